import { afterEach, describe, expect, it } from '@jest/globals'
import { startGitHubApi, stopGitHubApi, type GitHubAnswer } from '../../__fixtures__/github-api.js'
import { resolveSinceRun } from '../../src/since-run/since-run.js'
import type { RunStartSource } from '../../src/settings/settings.js'
import { systemClock } from '../../src/shared/clock.js'
import { Deadline } from '../../src/shared/deadline.js'

/** A GitHub API that answers run_started_at after `delayMs`, or never ('hang'). */
const github = (answer: GitHubAnswer): Promise<string> => startGitHubApi(() => answer)

afterEach(stopGitHubApi)

const STARTED = '2026-11-28T09:30:00Z'
const source = (apiUrl: string): RunStartSource => ({
  apiUrl,
  repository: 'octo/deploy',
  runId: '77',
  runAttempt: '1',
  githubToken: 'ghs_secret'
})
const log = { debug: () => undefined, info: () => undefined, warning: () => undefined }
function context(timeoutMs: number, signal = new AbortController().signal) {
  return { deadline: new Deadline(systemClock, timeoutMs, 30_000), clock: systemClock, log, signal }
}

describe('resolveSinceRun', () => {
  it('without since: run, hands on the since of the settings and makes no request', async () => {
    expect(await resolveSinceRun({ since: 5 }, context(60_000), 'ua')).toEqual({ since: 5 })
    expect(await resolveSinceRun({}, context(60_000), 'ua')).toEqual({ since: undefined })
  })

  it('gives the start of the run as the window', async () => {
    const url = await github({ status: 200, body: { run_started_at: STARTED } })
    expect(await resolveSinceRun({ sinceRun: source(url) }, context(60_000), 'ua')).toEqual({
      since: Date.parse(STARTED)
    })
  })

  it('a refusal ends the run with an error report naming since, not an exception', async () => {
    const url = await github({ status: 403, body: { message: 'Resource not accessible by integration' } })
    const result = await resolveSinceRun({ sinceRun: source(url) }, context(60_000), 'ua')
    expect('ended' in result && result.ended.end).toBe('error')
    const ended = 'ended' in result ? result.ended : undefined
    expect(ended?.error?.message).toMatch(/^Input "since" \("run"\) could not be read: GitHub answered HTTP 403/)
    expect(ended?.error?.kind).toBe('permanent')
    expect(ended?.error?.hint).toContain('give "since" a time')
    expect(ended?.jobs).toEqual([])
  })

  it('the read fits in the deadline: a GitHub that does not answer ends it within the time left', async () => {
    const url = await github('hang')
    const began = Date.now()
    const result = await resolveSinceRun({ sinceRun: source(url) }, context(400), 'ua')
    expect(Date.now() - began).toBeLessThan(3000) // not the read's own 10 s
    const ended = 'ended' in result ? result.ended : undefined
    expect(ended?.end).toBe('error')
    expect(ended?.error?.message).toContain('did not answer within 0.4 s')
  })

  it('a cancellation while GitHub is read ends the run cancelled', async () => {
    const url = await github('hang')
    const controller = new AbortController()
    const reading = resolveSinceRun({ sinceRun: source(url) }, context(60_000, controller.signal), 'ua')
    setTimeout(() => controller.abort(), 50)
    const result = await reading
    expect('ended' in result && result.ended.end).toBe('cancelled')
  })

  it('an until before the start of the run ends the run with an error naming until', async () => {
    const url = await github({ status: 200, body: { run_started_at: STARTED } })
    const result = await resolveSinceRun(
      { sinceRun: source(url), until: Date.parse(STARTED) - 1 },
      context(60_000),
      'ua'
    )
    const ended = 'ended' in result ? result.ended : undefined
    expect(ended?.end).toBe('error')
    expect(ended?.error?.message).toMatch(/^Input "until" is before the start of this run/)
  })
})
