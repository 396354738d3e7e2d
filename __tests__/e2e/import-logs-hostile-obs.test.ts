// Attacks on reading the import logs: an OBS that answers ranges oddly (more bytes than asked, none, a slow drip).
// A raw loopback server, not the emulator: these answers are what a broken gateway sends.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DEMO_CREDENTIALS, partFailed } from '../../emulator/scenarios.mjs'
import { closeAll, run, startEmu } from './support.js'

const servers: Array<() => void> = []
afterEach(async () => {
  for (const close of servers.splice(0)) close()
  await closeAll()
})

async function rawObs(answer: (res: ServerResponse) => void): Promise<{ url: string; count: () => number }> {
  let count = 0
  const server = createServer((_req, res) => {
    count += 1
    answer(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(() => {
    server.closeAllConnections()
    server.close()
  })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, count: () => count }
}

const runWith = async (obsUrl: string) => {
  const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
  const r = await run(emu, {
    inputs: {
      token: undefined,
      'access-key': DEMO_CREDENTIALS.aksk.ak,
      'secret-key': DEMO_CREDENTIALS.aksk.sk,
      'obs-endpoint': obsUrl,
      timeout: '6s',
      'request-timeout': '2s'
    }
  })
  expect(r.outputs.status).toBe('partFailed')
  expect(r.code).toBe(1)
  return { r, user: r.report?.jobs[0].files.find((f) => f.path.endsWith('user.csv')) }
}

describe('a hostile OBS answering the ranged read', () => {
  it('a 206 with more bytes than asked: only 64 KiB are read, the cut last line is not shown', async () => {
    const line = `${'q'.repeat(99)}\n`
    const obs = await rawObs((res) => {
      res.writeHead(206, { 'Content-Range': 'bytes 0-65535/999999' })
      res.end(line.repeat(2_000)) // 200,000 bytes
    })
    const { user } = await runWith(obs.url)
    expect(user?.logRead).toBe('ok')
    expect(user?.rejectedLines).toEqual(Array.from({ length: 5 }, () => 'q'.repeat(99)))
    expect(obs.count()).toBe(1)
  })

  it('a 206 whose body is empty though Content-Range announces bytes: one line, not "its log is empty"', async () => {
    const obs = await rawObs((res) => {
      res.writeHead(206, { 'Content-Range': 'bytes 0-65535/100000', 'Content-Length': '0' })
      res.end()
    })
    const { user, r } = await runWith(obs.url)
    expect(user?.rejectedLines).toBeNull()
    expect(user?.logRead).toBe("not read: OBS's answer ended after 0 of the 65536 bytes its Content-Range announced")
    expect(r.summary).not.toContain('its log is empty')
  })

  it('a slow drip that never finishes: not read, within the request timeout, verdict unchanged', async () => {
    const obs = await rawObs((res) => {
      res.writeHead(206, { 'Content-Range': 'bytes 0-65535/100000' })
      const timer = setInterval(() => res.write('line: dripping\n'), 100)
      res.on('close', () => clearInterval(timer))
    })
    const { user, r } = await runWith(obs.url)
    expect(user?.rejectedLines).toBeNull()
    expect(user?.logRead).toMatch(/^not read: OBS gave no complete answer \(request timed out/)
    expect(r.durationMs).toBeLessThan(6000 + 3000)
  })
})
