// A loopback stand-in for the GitHub REST API, for the unit tests of `since: run`: it answers each
// request with what `answer` gives for its path, after `delayMs`, or never ('hang').
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type GitHubAnswer = { status: number; body: unknown; delayMs?: number } | 'hang'

let server: Server | undefined
/** The requests the running stand-in received, in order. */
export const seen: IncomingMessage[] = []

/** Starts the stand-in (one at a time); its base URL. */
export async function startGitHubApi(answer: (path: string) => GitHubAnswer): Promise<string> {
  seen.length = 0
  const started = createServer((req, res) => {
    seen.push(req)
    const a = answer(req.url ?? '')
    if (a === 'hang') return
    setTimeout(() => {
      res.writeHead(a.status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(a.body))
    }, a.delayMs ?? 0)
  })
  server = started
  await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(started.address() as AddressInfo).port}`
}

/** Stops it, hanging connections included (for afterEach, or to make the API unreachable). */
export async function stopGitHubApi(): Promise<void> {
  const open = server
  server = undefined
  if (!open) return
  open.closeAllConnections()
  await new Promise((resolve) => open.close(resolve))
}
