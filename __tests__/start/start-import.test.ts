// The start policy: which failures of the ImportGraph POST are tried again (only what surely was
// not processed), which end the step at once, and what is listed after an ambiguous one.
import { describe, expect, it } from '@jest/globals'
import { FakeClock, RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { job } from '../../__fixtures__/jobs.js'
import { CancelledError } from '../../src/shared/cancellation.js'
import type { GesConnection } from '../../src/ges/connect.js'
import type { Graph, GraphList, Job } from '../../src/ges/model.js'
import { ApiError } from '../../src/http/api-error.js'
import type { StartImportSettings } from '../../src/settings/settings.js'
import { startImport, type NotStarted } from '../../src/start/start-import.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const START: StartImportSettings = {
  graphName: 'movies',
  body: { edgesetPath: 'bk1/e/', delimiter: ',' },
  paths: { edgesetPath: 'bk1/e/' }
}

type Answer = ApiError | Error | { jobId: string | undefined }

/** A GES connection whose POST answers come from a script, one per call. */
class FakeGes implements GesConnection {
  posts: { at: number; graphId: string; body: Record<string, unknown> }[] = []
  lists = 0
  graphLists = 0
  /** How many graph lists come back not read to their end (the graph list's `complete`). */
  incompleteLists = 0
  constructor(
    private readonly clock: FakeClock,
    private readonly answers: Answer[],
    private readonly recent: Job[] | Error = [],
    private readonly graphs: Graph[] = [{ id: 'g-1', name: 'movies' }],
    private readonly graphFaults: Error[] = []
  ) {}
  async listGraphs(): Promise<GraphList> {
    this.graphLists += 1
    const fault = this.graphFaults.shift()
    if (fault) throw fault
    return { graphs: this.graphs, complete: this.incompleteLists-- <= 0 }
  }
  async startImport(graphId: string, body: Record<string, unknown>) {
    this.posts.push({ at: this.clock.now(), graphId, body })
    const answer = this.answers.shift() ?? new Error('no more answers scripted')
    if (answer instanceof Error) throw answer
    return { jobId: answer.jobId, requestId: 'req-1', json: answer.jobId ? { jobId: answer.jobId } : { ok: true } }
  }
  async listJobs(): Promise<Job[]> {
    this.lists += 1
    if (this.recent instanceof Error) throw this.recent
    return this.recent
  }
  async getJob(): Promise<Job> {
    throw new Error('not used')
  }
}

function optionsFor(clock: FakeClock, timeoutMs = 60_000, log = new RecordingLog()) {
  return {
    apiVersion: 'v1' as const,
    deadline: T0 + timeoutMs,
    clock,
    signal: new AbortController().signal,
    log,
    retryMinMs: 1000,
    retryMaxMs: 4000
  }
}

function setUp(answers: Answer[], recent?: Job[] | Error, timeoutMs = 60_000) {
  const clock = new FakeClock(T0)
  const ges = new FakeGes(clock, answers, recent)
  const log = new RecordingLog()
  const run = () => startImport(ges, START, optionsFor(clock, timeoutMs, log))
  return { clock, ges, log, run }
}

const throttled = (retryAfterMs?: number) =>
  new ApiError('throttled', 'Starting failed: throttled', { status: 429, code: 'APIG.0308', retryAfterMs })
const refusedConnection = () =>
  new ApiError('transient', 'Starting failed: connection refused', { notSent: true, networkCode: 'ECONNREFUSED' })
const reset = () =>
  new ApiError('transient', 'Starting failed: socket hang up', { notSent: false, networkCode: 'ECONNRESET' })

function expectNotStarted(result: Awaited<ReturnType<ReturnType<typeof setUp>['run']>>): NotStarted {
  expect(result.started).toBe(false)
  return result as NotStarted
}

describe('startImport', () => {
  it('posts once to the graph id from the graph list and follows the returned job', async () => {
    const { ges, run } = setUp([{ jobId: 'job-1' }])
    const result = await run()
    expect(result.started).toBe(true)
    if (!result.started) return
    expect(result.job).toMatchObject({ id: 'job-1', graph: 'movies', name: 'ImportGraph', status: 'pending' })
    expect(result.report).toMatchObject({ result: 'started', jobId: 'job-1', requestId: 'req-1', graph: 'movies' })
    expect(ges.posts).toEqual([{ at: T0, graphId: 'g-1', body: START.body }])
    expect(ges.lists).toBe(0)
  })

  it('tries again after throttling, honouring Retry-After', async () => {
    const { ges, clock, run } = setUp([throttled(3000), { jobId: 'job-1' }])
    expect((await run()).started).toBe(true)
    expect(ges.posts.map((p) => p.at - T0)).toEqual([0, 3000])
    expect(clock.sleeps).toEqual([3000])
  })

  it('tries again after a connection refused before sending', async () => {
    const { ges, run } = setUp([refusedConnection(), refusedConnection(), { jobId: 'job-1' }])
    expect((await run()).started).toBe(true)
    expect(ges.posts).toHaveLength(3)
  })

  it('gives up without a try past the deadline when Retry-After is longer than the time left', async () => {
    const { ges, run } = setUp([throttled(120_000)], [], 60_000)
    const result = expectNotStarted(await run())
    expect(ges.posts).toHaveLength(1)
    expect(result.report.result).toBe('not-sent')
    expect(result.error.message).toContain('no import was started')
    expect(result.error.message).toContain('GES asked to wait 2m (Retry-After), more than the 1m left')
    expect(result.end).toBe('error')
  })

  it.each([
    ['a reset after sending', reset()],
    ['a timeout', new ApiError('transient', 'Starting failed: request timed out', { notSent: false })],
    ['a 502', new ApiError('transient', 'Starting failed: server error (502)', { status: 502 })],
    ['GES.7006', new ApiError('transient', 'Starting failed: internal error', { status: 400, code: 'GES.7006' })]
  ])('never sends again after %s, and lists the recent imports of the graph', async (_name, error) => {
    const recent = [
      job({ id: 'mine', beginTime: T0 + 1000, status: 'running' }),
      job({ id: 'old', beginTime: T0 - 3_600_000, status: 'success' }),
      job({ id: 'export', name: 'ExportGraph', beginTime: T0, status: 'running' }),
      job({ id: 'queued', beginTime: null, status: 'pending' })
    ]
    const { ges, log, run } = setUp([error, { jobId: 'never' }], recent)
    const result = expectNotStarted(await run())
    expect(ges.posts).toHaveLength(1)
    expect(ges.lists).toBe(1)
    expect(result.end).toBe('error')
    expect(result.error.kind).toBe('permanent')
    expect(result.error.message).toContain('An import may have started')
    expect(result.report.result).toBe('unknown')
    expect(result.report.recentJobs?.map((j) => j.jobId)).toEqual(['queued', 'mine'])
    expect(log.of('warning').join('\n')).toContain('An import may have started')
  })

  it('says so when the recent jobs cannot be listed', async () => {
    const { run } = setUp([reset()], new ApiError('transient', 'Listing failed: 503'))
    const result = expectNotStarted(await run())
    expect(result.report.recentJobs).toBeNull()
    expect(result.report.recentJobsError).toBe('Listing failed: 503')
  })

  it('treats a 200 without a job id as ambiguous', async () => {
    const { ges, run } = setUp([{ jobId: undefined }, { jobId: 'never' }])
    const result = expectNotStarted(await run())
    expect(ges.posts).toHaveLength(1)
    expect(result.report.result).toBe('unknown')
    expect(result.error.message).toContain('without one readable job id')
  })

  it.each([
    ['GES.7000', 400, 'check "graph-name"'],
    ['GES.8011', 400, 'check "graph-name"'],
    ['GES.7015', 400, 'not running'],
    ['GES.0001', 400, '"import-options"'],
    ['GES.1234', 400, '"import-edges"'],
    [undefined, 403, 'GES Development']
  ])('ends at once on a refusal %s (%d), naming what to fix', async (code, status, hint) => {
    const { ges, run } = setUp([
      new ApiError('permanent', 'Starting failed: rejected', { status, code, requestId: 'r-9' })
    ])
    const result = expectNotStarted(await run())
    expect(ges.posts).toHaveLength(1)
    expect(ges.lists).toBe(0)
    expect(result.report).toMatchObject({ result: 'refused', requestId: 'r-9' })
    expect(result.error.hint).toContain(hint)
    expect(result.error.details.requestId).toBe('r-9')
  })

  it('ends at once on a 401, without listing', async () => {
    const { ges, run } = setUp([new ApiError('auth', 'Starting failed: authentication failed (401)', { status: 401 })])
    const result = expectNotStarted(await run())
    expect(ges.posts).toHaveLength(1)
    expect(result.report.result).toBe('refused')
  })

  it('does not post when the graph is not in the graph list', async () => {
    const clock = new FakeClock(T0)
    const ges = new FakeGes(clock, [{ jobId: 'x' }], [], [{ id: 'g-2', name: 'Movies' }])
    const result = expectNotStarted(await startImport(ges, START, optionsFor(clock)))
    expect(ges.posts).toHaveLength(0)
    expect(result.error.hint).toContain('did you mean "Movies"?')
  })

  it('retries the graph list (a read) after a transient error', async () => {
    const clock = new FakeClock(T0)
    const ges = new FakeGes(clock, [{ jobId: 'job-1' }], [], undefined, [new ApiError('transient', '502')])
    const result = await startImport(ges, START, optionsFor(clock))
    expect(result.started).toBe(true)
    expect(ges.graphLists).toBe(2)
  })

  it('a cancellation during the POST says an import may have started', async () => {
    const { run } = setUp([new CancelledError()])
    const result = expectNotStarted(await run())
    expect(result.end).toBe('cancelled')
    expect(result.report.result).toBe('unknown')
    expect(result.error.message).toContain('may have started')
  })
})

describe('startImport: a 200 that carries an error code', () => {
  it('is not called a refusal: an import may have started', async () => {
    const { ges, run } = setUp([
      new ApiError('permanent', 'GES returned error GES.9999', { status: 200, code: 'GES.9999' })
    ])
    const result = expectNotStarted(await run())
    expect(ges.posts).toHaveLength(1)
    expect(result.report.result).toBe('unknown')
  })
})

describe('startImport: answers a redirect gives', () => {
  const redirect = (status: number) =>
    new ApiError('permanent', `Starting failed: the endpoint answered ${status} redirect. Set "endpoint".`, { status })

  it('a 303 See Other answers a processed request: an import may have started', async () => {
    const { ges, run } = setUp([redirect(303), { jobId: 'never' }])
    const result = expectNotStarted(await run())
    expect(ges.posts).toHaveLength(1)
    expect(ges.lists).toBe(1)
    expect(result.report.result).toBe('unknown')
    expect(result.error.message).toContain('Set "endpoint". An import may have started')
  })

  it.each([301, 302, 307, 308])('a %d points elsewhere: refused, no import started, not sent again', async (status) => {
    const { ges, run } = setUp([redirect(status), { jobId: 'never' }])
    const result = expectNotStarted(await run())
    expect(ges.posts).toHaveLength(1)
    expect(result.report.result).toBe('refused')
    expect(result.error.message).toMatch(/Set "endpoint": no import was started$/)
  })
})

describe('startImport: no time left', () => {
  it('posts nothing once the deadline has passed while the graph was being found', async () => {
    const clock = new FakeClock(T0)
    const ges = new FakeGes(clock, [{ jobId: 'x' }])
    const listGraphs = ges.listGraphs.bind(ges)
    ges.listGraphs = async () => {
      await clock.sleep(5000, new AbortController().signal)
      return listGraphs()
    }
    const result = expectNotStarted(await startImport(ges, START, optionsFor(clock, 5000)))
    expect(ges.posts).toHaveLength(0)
    expect(result.report.result).toBe('not-sent')
    expect(result.error.hint).toContain('"timeout"')
  })
})

describe('startImport: a graph list that names the graph twice', () => {
  it('posts nothing: the target is not known', async () => {
    const clock = new FakeClock(T0)
    const graphs = [
      { id: 'g-1', name: 'movies' },
      { id: 'g-2', name: 'movies' }
    ]
    const ges = new FakeGes(clock, [{ jobId: 'x' }], [], graphs)
    const result = expectNotStarted(await startImport(ges, START, optionsFor(clock)))
    expect(ges.posts).toHaveLength(0)
    expect(result.error.message).toContain('names 2 graphs "movies" (ids g-1, g-2)')
  })
})

describe('startImport: a graph list not read to its end', () => {
  it('proves no absence: the list is read again, and the import starts once the graph is in a complete one', async () => {
    const clock = new FakeClock(T0)
    const ges = new FakeGes(clock, [{ jobId: 'j-1' }], [], [{ id: 'g-9', name: 'other' }])
    ges.incompleteLists = 1
    const listGraphs = ges.listGraphs.bind(ges)
    let calls = 0
    ges.listGraphs = async () => {
      const list = await listGraphs()
      calls += 1
      return calls === 1 ? list : { ...list, graphs: [...list.graphs, { id: 'g-1', name: 'movies' }] }
    }
    const result = await startImport(ges, START, optionsFor(clock))
    expect(ges.graphLists).toBe(2)
    expect(ges.posts.map((p) => p.graphId)).toEqual(['g-1'])
    expect(result.report.result).toBe('started')
  })

  it('never refuses for good on an incomplete list: at the deadline nothing was posted, and it says why', async () => {
    const clock = new FakeClock(T0)
    const ges = new FakeGes(clock, [{ jobId: 'x' }], [], [{ id: 'g-9', name: 'other' }])
    ges.incompleteLists = Infinity
    const result = expectNotStarted(await startImport(ges, START, optionsFor(clock, 5000)))
    expect(ges.posts).toHaveLength(0)
    expect(ges.graphLists).toBeGreaterThan(1)
    expect(result.error.message).toContain('is not in the part of the graph list GES gave')
    expect(result.error.message).toContain('no import was started before the timeout')
  })
})
