// Every ending after valid inputs leaves the same report (status output, step summary, report
// JSON, verdict), including `since: run` that fails, hangs or is cancelled while GitHub is
// read; and timers of 25–30 days neither overflow nor fire at once.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { demo } from '../../emulator/scenarios.mjs'
import type { GitHubEmulator } from '../../emulator/github.mjs'
import { closeAll, run, start, startEmu, startGitHub, tempDir, until, type Run } from './support.js'

afterEach(closeAll)

const onRun = (gh: GitHubEmulator, workspace: string) => ({
  githubToken: gh.token,
  env: {
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'acme/graphs',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: workspace
  }
})

/** The status output, the summary, the report file and the verdict agree on `status`. */
function expectFullReport(r: Run, workspace: string, status: string): void {
  expect(r.outputs.status).toBe(status)
  expect(r.code).toBe(1)
  expect(r.summary).toContain('### ')
  const file = JSON.parse(readFileSync(join(workspace, 'ges-report.json'), 'utf8')) as {
    status: string
    passed: boolean
  }
  expect(file.status).toBe(status)
  expect(file.passed).toBe(false)
  expect(r.report?.status).toBe(status)
}

describe('since: run inside the report', () => {
  it('a GitHub API that answers 502: status error, summary and report file naming since', async () => {
    const gh = await startGitHub({ onRequest: () => ({ status: 502, body: { message: 'Server Error' } }) })
    const emu = await startEmu(demo())
    const workspace = tempDir('ges-e2e-workspace-')
    const r = await run(emu, { inputs: { since: 'run', 'report-file': 'ges-report.json' }, ...onRun(gh, workspace) })

    expectFullReport(r, workspace, 'error')
    expect(r.report?.error?.message).toContain('Input "since" ("run") could not be read: GitHub answered HTTP 502')
    expect(r.summary).toContain('GitHub answered HTTP 502')
    expect(emu.requests).toHaveLength(0) // no GES call with a window nobody could read
  })

  it('a GitHub API that hangs is bounded by the deadline, and still reports', async () => {
    const gh = await startGitHub({ onRequest: () => new Promise<void>((resolve) => setTimeout(resolve, 8000).unref()) })
    const emu = await startEmu(demo())
    const workspace = tempDir('ges-e2e-workspace-')
    const r = await run(emu, {
      inputs: { since: 'run', timeout: '2s', 'report-file': 'ges-report.json' },
      ...onRun(gh, workspace)
    })

    expectFullReport(r, workspace, 'error')
    expect(r.report?.error?.message).toContain('GitHub did not answer within 2 s')
    expect(r.durationMs).toBeLessThan(2000 + 3000)
  })

  it('SIGINT while GitHub is read: status cancelled, summary and report written, within 2 s', async () => {
    const gh = await startGitHub({ onRequest: () => new Promise<void>((resolve) => setTimeout(resolve, 8000).unref()) })
    const emu = await startEmu(demo())
    const workspace = tempDir('ges-e2e-workspace-')
    const action = start(emu, {
      inputs: { since: 'run', timeout: '30s', 'report-file': 'ges-report.json' },
      ...onRun(gh, workspace)
    })
    await until(() => gh.requests.length > 0, 8000, 'the action to ask GitHub for the run')
    const signalled = Date.now()
    expect(action.child.kill('SIGINT')).toBe(true)
    const r = await action.done

    expect(Date.now() - signalled).toBeLessThan(2000)
    expect(r.signal).toBeNull()
    expectFullReport(r, workspace, 'cancelled')
    expect(r.summary).toContain('cancelled')
    expect(emu.requests).toHaveLength(0)
  })
})

describe('one deadline', () => {
  it('the last poll falls on the deadline, not a second later: the span of the requests is the timeout', async () => {
    const emu = await startEmu(demo({ fillerJobs: 0 }, { runMs: 60_000 }))
    const r = await run(emu, { inputs: { timeout: '3s' } })

    expect(r.outputs.status).toBe('timeout')
    // Request times count from the first request, made just after the deadline was set.
    const last = Math.max(...emu.requests.map((q) => q.at))
    expect(last).toBeGreaterThan(3000 - 1000)
    expect(last).toBeLessThanOrEqual(3000 + 500)
  })
})

describe('timers longer than Node holds (2^31 − 1 ms, about 24.8 days)', () => {
  it.each([['30d'], ['25d']])(
    'timeout and request-timeout %s: a 1 s job succeeds promptly, with no error and no overflow warning',
    async (days) => {
      const emu = await startEmu(demo({ fillerJobs: 0 }, { runMs: 1000 }))
      const r = await run(emu, { inputs: { timeout: days, 'request-timeout': days } })

      expect(r.stderr).not.toContain('TimeoutOverflowWarning')
      expect(r.outputs.status).toBe('success')
      expect(r.code).toBe(0)
      expect(r.report?.error).toBeNull()
      expect(r.log).not.toContain('request timed out')
      expect(r.durationMs).toBeLessThan(6000)
    }
  )
})
