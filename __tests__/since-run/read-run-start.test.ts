import { afterEach, describe, expect, it } from '@jest/globals'
import { seen, startGitHubApi as github, stopGitHubApi } from '../../__fixtures__/github-api.js'
import { readRunStart } from '../../src/since-run/read-run-start.js'
import type { RunStartSource } from '../../src/settings/settings.js'

afterEach(stopGitHubApi)

const source = (apiUrl: string, runAttempt: string | null = '2'): RunStartSource => ({
  apiUrl,
  repository: 'octo/deploy',
  runId: '77',
  ...(runAttempt && { runAttempt }),
  githubToken: 'ghs_secret'
})
const STARTED = '2026-11-28T09:30:00Z'

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(Error)
  const message = (error as Error).message
  expect(message).toMatch(/^Input "since" \("run"\) could not be read: /)
  expect(message).not.toContain('ghs_secret')
  return message
}

describe('readRunStart', () => {
  it('reads run_started_at of the attempt, with the token as a bearer', async () => {
    const url = await github(() => ({ status: 200, body: { id: 77, run_attempt: 2, run_started_at: STARTED } }))
    expect(await readRunStart(source(url), 'ua')).toBe(Date.parse(STARTED))
    expect(seen.map((r) => r.url)).toEqual(['/repos/octo/deploy/actions/runs/77/attempts/2'])
    expect(seen[0].headers.authorization).toBe('Bearer ghs_secret')
  })

  it('falls back to the run when the attempt endpoint is not found, and asks the run without an attempt', async () => {
    const url = await github((path) =>
      path.includes('/attempts/')
        ? { status: 404, body: { message: 'Not Found' } }
        : { status: 200, body: { run_started_at: STARTED } }
    )
    expect(await readRunStart(source(url), 'ua')).toBe(Date.parse(STARTED))
    expect(seen.map((r) => r.url)).toEqual([
      '/repos/octo/deploy/actions/runs/77/attempts/2',
      '/repos/octo/deploy/actions/runs/77'
    ])
    seen.length = 0
    await readRunStart(source(url, null), 'ua')
    expect(seen.map((r) => r.url)).toEqual(['/repos/octo/deploy/actions/runs/77'])
  })

  it.each([403, 404])('HTTP %i names github-token and the permission actions: read', async (status) => {
    const url = await github(() => ({ status, body: { message: 'Resource not accessible by integration' } }))
    const message = await failure(readRunStart(source(url), 'ua'))
    expect(message).toContain(`HTTP ${status}: Resource not accessible by integration`)
    expect(message).toContain('"github-token" needs the permission actions: read')
  })

  it('HTTP 401 names github-token', async () => {
    const url = await github(() => ({ status: 401, body: { message: 'Bad credentials' } }))
    expect(await failure(readRunStart(source(url), 'ua'))).toContain(
      'GitHub refused "github-token" (HTTP 401: Bad credentials)'
    )
  })

  it('a run without a readable run_started_at is an error, not "no window"', async () => {
    const url = await github(() => ({ status: 200, body: { run_started_at: 'yesterday' } }))
    expect(await failure(readRunStart(source(url), 'ua'))).toContain('no readable run_started_at ("yesterday")')
  })

  it('a GitHub that does not answer fails within the short timeout', async () => {
    const url = await github(() => 'hang')
    expect(await failure(readRunStart(source(url), 'ua', 300))).toContain('did not answer within 0.3 s')
  })

  it('stops at once when the run is cancelled', async () => {
    const url = await github(() => 'hang')
    const controller = new AbortController()
    const reading = readRunStart(source(url), 'ua', 5000, controller.signal)
    setTimeout(() => controller.abort(), 50)
    await expect(reading).rejects.toThrow('cancelled while reading the start of the run (since: run)')
  })

  it('an unreachable API names the host and GITHUB_API_URL', async () => {
    const url = await github(() => ({ status: 200, body: {} }))
    await stopGitHubApi()
    expect(await failure(readRunStart(source(url), 'ua', 2000))).toContain('check GITHUB_API_URL')
  })
})
