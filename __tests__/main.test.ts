// The pipeline of src/main.ts with its stages mocked (the actions/typescript-action pattern):
// which stages run, in what order, what they hand on, and that every ending after valid inputs
// reaches the judge, the sinks and the verdict. The judge itself is the real one.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import { evidence } from '../__fixtures__/evidence.js'
import { file, job } from '../__fixtures__/jobs.js'
import { ApiError } from '../src/http/api-error.js'
import type { Evidence } from '../src/report/judge.js'
import type { Report } from '../src/report/report.js'
import type { StartedImportReport } from '../src/report/started-import.js'
import { InputError } from '../src/settings/input-error.js'
import type { Settings } from '../src/settings/settings.js'
import { CancelledError } from '../src/shared/cancellation.js'
import type { RunContext } from '../src/shared/run-context.js'
import type { SinceRunResult } from '../src/since-run/since-run.js'
import type { StartResult } from '../src/start/start-stage.js'
import type { Waited } from '../src/waiter/wait-stage.js'

const getSettings = jest.fn<() => Settings>()
const resolveSinceRun = jest.fn<(s: Settings, c: RunContext, ua: string) => Promise<SinceRunResult>>()
const connectToGes = jest.fn((): object => ({ source: true }))
const startIfAsked = jest.fn<(s: Settings, source: object, c: RunContext) => Promise<StartResult>>()
const waitForTargets =
  jest.fn<(s: Settings, plan: { since?: number; follow?: unknown }, source: object, c: RunContext) => Promise<Waited>>()
const gatherEvidence =
  jest.fn<(s: Settings, w: Waited, start: object, source: object, c: RunContext) => Promise<Evidence>>()
const publish = jest.fn<(r: Report, s: Settings, c: RunContext) => Promise<void>>()
const giveVerdict = jest.fn<(r: Report) => void>()
const dispose = jest.fn()

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../src/settings/input-helper.js', () => ({ getSettings }))
jest.unstable_mockModule('../src/http/transport.js', () => ({
  ActionsHttpTransport: jest.fn(() => ({ send: jest.fn(), dispose }))
}))
jest.unstable_mockModule('../src/since-run/since-run.js', () => ({ resolveSinceRun }))
jest.unstable_mockModule('../src/ges/connect.js', () => ({ connectToGes }))
jest.unstable_mockModule('../src/start/start-stage.js', () => ({ startIfAsked }))
jest.unstable_mockModule('../src/waiter/wait-stage.js', () => ({ waitForTargets }))
jest.unstable_mockModule('../src/evidence/gather-evidence.js', () => ({ gatherEvidence }))
jest.unstable_mockModule('../src/sinks/publish.js', () => ({ publish }))
jest.unstable_mockModule('../src/sinks/verdict.js', () => ({ giveVerdict }))

const { run } = await import('../src/main.js')

const SETTINGS = {
  endpoint: 'https://ges.example',
  iamEndpoint: 'https://iam.example',
  apiVersion: 'v2',
  credentials: { kind: 'token', token: 't' },
  jobIds: [],
  graphNames: ['movies'],
  jobName: 'ImportGraph',
  select: 'latest',
  waitForJob: true,
  timeoutMs: 60_000,
  appearTimeoutMs: 60_000,
  pollIntervalMs: 100,
  maxPollIntervalMs: 300,
  requestTimeoutMs: 2000,
  failOn: ['failed', 'partFailed', 'unknown'],
  summary: true,
  importLogLines: 0
} as unknown as Settings

const succeeded = job({ id: 'j1', status: 'success', rawStatus: 'success', files: [file()] })
const WAITED: Waited = {
  outcome: { ...evidence({ end: 'finished', jobs: [succeeded] }), polls: 1 },
  listings: () => []
}
const STARTED_REPORT: StartedImportReport = {
  result: 'refused',
  graph: 'movies',
  jobId: null,
  requestId: 'r1',
  paths: {},
  recentJobs: null,
  recentJobsError: null
}

/** The report the sinks got. */
const published = (): Report => publish.mock.calls[0][0]
const order: string[] = []

beforeEach(() => {
  jest.clearAllMocks()
  order.length = 0
  getSettings.mockReturnValue(SETTINGS)
  resolveSinceRun.mockImplementation(async () => (order.push('since-run'), { since: undefined }))
  startIfAsked.mockImplementation(async () => (order.push('start'), { elapsedMs: 0 }))
  waitForTargets.mockImplementation(async () => (order.push('wait'), WAITED))
  gatherEvidence.mockImplementation(async (_s, waited) => (order.push('evidence'), { ...waited.outcome }))
  publish.mockImplementation(async () => void order.push('publish'))
  giveVerdict.mockImplementation(() => void order.push('verdict'))
})
afterEach(() => {
  delete process.env.GITHUB_STEP_SUMMARY
})

describe('the pipeline', () => {
  it('runs since: run, start, wait, evidence, publish and verdict in order, on one run context', async () => {
    await run()
    expect(order).toEqual(['since-run', 'start', 'wait', 'evidence', 'publish', 'verdict'])
    expect(published().status).toBe('success')
    expect(giveVerdict.mock.calls[0][0]).toBe(published())
    // One context, so one deadline: every stage gets the same object.
    const context = resolveSinceRun.mock.calls[0][1]
    expect(startIfAsked.mock.calls[0][2]).toBe(context)
    expect(waitForTargets.mock.calls[0][3]).toBe(context)
    expect(gatherEvidence.mock.calls[0][4]).toBe(context)
    expect(publish.mock.calls[0][2]).toBe(context)
    expect(context.deadline.leftMs()).toBeGreaterThan(50_000)
    expect(context.deadline.leftMs()).toBeLessThanOrEqual(60_000)
    expect(dispose).toHaveBeenCalledTimes(1) // the transport is released
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('hands the window of since: run to the wait and to the judge (stale imports)', async () => {
    const since = Date.now() - 60_000
    resolveSinceRun.mockResolvedValue({ since })
    await run()
    expect(waitForTargets.mock.calls[0][1]).toEqual({ since, follow: undefined })
  })

  it('hands the started job to the wait, and the start to the evidence', async () => {
    const follow = { job: succeeded, expected: { name: 'ImportGraph', graph: 'movies', notBefore: 0 } }
    const start = { follow, startedImport: { ...STARTED_REPORT, result: 'started' as const }, elapsedMs: 5 }
    startIfAsked.mockResolvedValue(start)
    await run()
    expect(waitForTargets.mock.calls[0][1].follow).toBe(follow)
    expect(gatherEvidence.mock.calls[0][2]).toBe(start)
  })
})

describe('every ending after valid inputs is judged and published', () => {
  it('since: run that fails ends before GES, with an error report', async () => {
    const error = new ApiError('permanent', 'Input "since" ("run") could not be read: GitHub answered HTTP 403')
    resolveSinceRun.mockResolvedValue({
      ended: { end: 'error', jobs: [], missing: [], skipped: [], error, elapsedMs: 3 }
    })
    await run()
    expect(connectToGes).not.toHaveBeenCalled()
    expect(startIfAsked).not.toHaveBeenCalled()
    expect(waitForTargets).not.toHaveBeenCalled()
    expect(published().status).toBe('error')
    expect(published().error?.message).toContain('could not be read')
    expect(giveVerdict).toHaveBeenCalledTimes(1)
  })

  it('since: run cancelled ends with a cancelled report', async () => {
    resolveSinceRun.mockResolvedValue({ ended: { end: 'cancelled', jobs: [], missing: [], skipped: [], elapsedMs: 3 } })
    await run()
    expect(published().status).toBe('cancelled')
    expect(order).toEqual(['publish', 'verdict'])
  })

  it('a refused start ends without a wait, its report kept', async () => {
    const error = new ApiError('permanent', 'GES refused the import', { status: 400 })
    startIfAsked.mockResolvedValue({
      ended: { end: 'error', jobs: [], missing: [], skipped: [], error, elapsedMs: 9, startedImport: STARTED_REPORT }
    })
    await run()
    expect(waitForTargets).not.toHaveBeenCalled()
    expect(published().status).toBe('error')
    expect(published().startedImport).toEqual(STARTED_REPORT)
  })

  it.each([
    ['since: run', () => resolveSinceRun.mockRejectedValue(new TypeError('boom in since'))],
    ['the start', () => startIfAsked.mockRejectedValue(new TypeError('boom in start'))],
    ['the wait', () => waitForTargets.mockRejectedValue(new TypeError('boom in wait'))],
    ['the evidence', () => gatherEvidence.mockRejectedValue(new TypeError('boom in evidence'))],
    [
      'connecting',
      () =>
        connectToGes.mockImplementation(() => {
          throw new TypeError('boom in connect')
        })
    ]
  ])('an exception in %s is an error report naming it, not a step without outputs', async (_stage, arrange) => {
    arrange()
    await run()
    expect(published().status).toBe('error')
    expect(published().passed).toBe(false)
    expect(published().error?.message).toMatch(/^The action stopped on an unexpected error: boom in /)
    expect(published().hint).toContain('defect of ges-job-waiter')
    expect(giveVerdict).toHaveBeenCalledTimes(1)
    expect(dispose).toHaveBeenCalledTimes(1)
    connectToGes.mockImplementation(() => ({ source: true }))
  })

  it('an exception after SIGINT (a socket torn down by the cancellation) is a cancelled report', async () => {
    waitForTargets.mockImplementation(async (_s, _p, _source, context) => {
      process.emit('SIGINT')
      expect(context.signal.aborted).toBe(true)
      throw new Error('socket hang up')
    })
    await run()
    expect(published().status).toBe('cancelled')
  })

  it('a cancellation that surfaces as an exception is a cancelled report', async () => {
    waitForTargets.mockRejectedValue(new CancelledError())
    await run()
    expect(published().status).toBe('cancelled')
  })
})

describe('endings without a report to judge', () => {
  it('invalid inputs: status error, passed false, the step fails, a one-line summary; no stage runs', async () => {
    process.env.GITHUB_STEP_SUMMARY = '/dev/null'
    getSettings.mockImplementation(() => {
      throw new InputError('timeout', 'is not a duration', '30m')
    })
    await run()
    expect(core.setOutput).toHaveBeenCalledWith('status', 'error')
    expect(core.setOutput).toHaveBeenCalledWith('passed', 'false')
    expect(core.setFailed).toHaveBeenCalledWith('ges-job-waiter: Input "timeout" is not a duration. Example: 30m')
    expect(core.summary.addRaw).toHaveBeenCalledWith(expect.stringContaining('did not start: invalid input'))
    expect(resolveSinceRun).not.toHaveBeenCalled()
    expect(publish).not.toHaveBeenCalled()
  })

  it('a sink that throws still leaves the status output and a failed step', async () => {
    process.env.GITHUB_STEP_SUMMARY = '/dev/null'
    publish.mockRejectedValue(new Error('disk full'))
    await run()
    expect(core.setOutput).toHaveBeenCalledWith('status', 'error')
    expect(core.setFailed).toHaveBeenCalledWith('ges-job-waiter: disk full')
    expect(core.summary.addRaw).toHaveBeenCalledWith(expect.stringContaining('unexpected error'))
    expect(dispose).toHaveBeenCalledTimes(1)
  })
})
