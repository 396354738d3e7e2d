import { describe, expect, it } from '@jest/globals'
import {
  FakeClock,
  FakeJobSource,
  RecordingLog,
  seededRandom,
  type Method,
  type ScriptedJob
} from '../../__fixtures__/fake-job-source.js'
import { file, job } from '../../__fixtures__/jobs.js'
import type { Job } from '../../src/ges/model.js'
import { ApiError } from '../../src/http/api-error.js'
import { CancelledError } from '../../src/shared/cancellation.js'
import { JobMonitor } from '../../src/waiter/job-monitor.js'
import type { TargetCriteria } from '../../src/waiter/targets.js'
import { backoffDelay } from '../../src/shared/backoff.js'
import { waitForJobs, type WaitOptions, type WaitOutcome } from '../../src/waiter/wait-for-jobs.js'
import { judge } from '../../src/report/judge.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const S = 1000
const MIN = 60 * S
const HOUR = 60 * MIN

const running = (id: string, overrides: Partial<Job> = {}): Job =>
  job({ id, status: 'running', rawStatus: 'running', beginTime: T0 - MIN, ...overrides })
const succeeded = (at: number, files = [file()]): Partial<Job> => ({
  status: 'success',
  rawStatus: 'success',
  endTime: at,
  files
})
const transient = (n = 502): ApiError =>
  new ApiError('transient', `Listing GES jobs failed: server error (${n})`, { status: n })

function setup(jobs: ScriptedJob[], criteria: Partial<TargetCriteria> = {}) {
  const clock = new FakeClock(T0)
  const source = new FakeJobSource(clock, jobs)
  const log = new RecordingLog()
  const controller = new AbortController()
  const monitor = new JobMonitor(
    source,
    { jobIds: [], graphNames: [], jobName: 'ImportGraph', select: 'latest', ...criteria },
    undefined,
    log
  )
  /** timeoutMs: the deadline that far after the wait starts. */
  const run = ({ timeoutMs = 30 * MIN, ...options }: Partial<WaitOptions> & { timeoutMs?: number } = {}) =>
    waitForJobs(monitor, {
      deadline: clock.now() + timeoutMs,
      pollIntervalMs: 5 * S,
      maxPollIntervalMs: 60 * S,
      waitForJob: true,
      clock,
      signal: controller.signal,
      log,
      random: () => 0,
      ...options
    })
  /** When each poll started: the first at T0, then after each sleep. */
  const pollTimes = (): number[] => clock.sleeps.reduce((times, ms) => [...times, times[times.length - 1] + ms], [T0])
  const failing = (method: Method, calls: number[], error: (n: number) => Error): void => {
    source.fault = (m, n) => (m === method && calls.includes(n) ? error(n) : undefined)
  }
  return { clock, source, log, controller, monitor, run, pollTimes, failing }
}

describe('finishing', () => {
  it('ends when the job succeeds, at the first poll that sees it', async () => {
    const { run, pollTimes } = setup([{ job: running('j1'), changes: [[T0 + 40 * S, succeeded(T0 + 40 * S)]] }])
    const outcome = await run()
    expect(outcome.end).toBe('finished')
    expect(outcome.elapsedMs).toBe(40 * S)
    expect(outcome.polls).toBe(9)
    expect(pollTimes()).toHaveLength(9)
    expect(outcome.jobs.map(({ job: j }) => [j.id, j.status])).toEqual([['j1', 'success']])
    expect(outcome.missing).toEqual([])
    expect(vanishedIds(outcome)).toEqual([])
    expect(outcome.error).toBeUndefined()
  })

  it('ends at once when the job had already finished', async () => {
    const { run, clock } = setup([{ job: running('j1'), changes: [[T0 - 1, succeeded(T0 - 1)]] }])
    const outcome = await run()
    expect(outcome.end).toBe('finished')
    expect(outcome.polls).toBe(1)
    expect(clock.sleeps).toEqual([])
  })

  it('ends on a failed job too: finishing is not succeeding', async () => {
    const { run } = setup([
      {
        job: running('j1'),
        changes: [[T0 + 10 * S, { status: 'failed', rawStatus: 'failed', files: [file({ status: 'failed' })] }]]
      }
    ])
    const outcome = await run()
    expect(outcome.end).toBe('finished')
    expect(outcome.jobs[0].job.status).toBe('failed')
  })

  it('does not take an unknown status for the end', async () => {
    const { run } = setup([
      { job: running('j1'), changes: [[T0 + 10 * S, { status: 'unknown', rawStatus: 'archiving' }]] }
    ])
    const outcome = await run({ timeoutMs: 2 * MIN })
    expect(outcome.end).toBe('timeout')
    expect(outcome.jobs[0].job.rawStatus).toBe('archiving')
  })
})

describe('timeout', () => {
  it('times out with a last poll exactly at the deadline', async () => {
    const { run, pollTimes, clock } = setup([{ job: running('j1') }])
    const outcome = await run({ timeoutMs: 60 * S, pollIntervalMs: 7 * S, maxPollIntervalMs: 7 * S })
    expect(outcome.end).toBe('timeout')
    expect(outcome.elapsedMs).toBe(60 * S)
    expect(pollTimes()).toEqual([0, 7, 14, 21, 28, 35, 42, 49, 56, 60].map((s) => T0 + s * S))
    expect(outcome.polls).toBe(10)
    expect(clock.t).toBe(T0 + 60 * S)
  })

  it('never sleeps past the deadline with jitter and back-off', async () => {
    const { run, pollTimes } = setup([{ job: running('j1') }])
    const outcome = await run({ timeoutMs: 10 * MIN + 1234, random: seededRandom(7) })
    expect(outcome.end).toBe('timeout')
    const times = pollTimes()
    expect(times[times.length - 1]).toBe(T0 + 10 * MIN + 1234)
    expect(times.every((t) => t <= T0 + 10 * MIN + 1234)).toBe(true)
  })

  it('sleeps the jittered back-off of the random source it is given, poll after poll', async () => {
    const { run, clock } = setup([{ job: running('j1') }])
    await run({ timeoutMs: 5 * MIN, random: seededRandom(11) })
    const expected = seededRandom(11)
    const schedule = clock.sleeps.slice(0, -1) // the last sleep is cut to the deadline
    expect(schedule.length).toBeGreaterThan(5)
    expect(schedule).toEqual(schedule.map((_, attempt) => backoffDelay(attempt, 5 * S, 60 * S, expected)))
    expect(new Set(schedule).size).toBeGreaterThan(3) // jittered, not a fixed step
  })

  it('a target still missing at the timeout is not-found (appear-timeout is never longer than timeout)', async () => {
    const { run, log } = setup([], { graphNames: ['movies'] })
    const outcome = await run({ timeoutMs: 2 * MIN })
    expect(outcome.end).toBe('not-found')
    expect(outcome.notFound?.reason).toBe('appear-timeout')
    expect(outcome.elapsedMs).toBe(2 * MIN)
    expect(outcome.jobs).toEqual([])
    expect(outcome.missing.map((m) => m.description)).toEqual(['an ImportGraph job of graph "movies"'])
    expect(log.of('info').some((l) => l.startsWith('Waiting for an ImportGraph job of graph "movies" to appear'))).toBe(
      true
    )
  })

  it('finds a job that appears later', async () => {
    const { run, source } = setup([
      {
        job: running('late', { beginTime: T0 + 30 * S }),
        listedFrom: T0 + 30 * S,
        changes: [[T0 + 50 * S, succeeded(T0 + 50 * S)]]
      }
    ])
    const outcome = await run()
    expect(outcome.end).toBe('finished')
    expect(outcome.jobs.map(({ job: j }) => j.id)).toEqual(['late'])
    // Listed at every poll until found, then followed through the status endpoint; the list
    // confirms the finish the status endpoint reports (and brings the import details).
    expect(source.callsOf('listJobs').map((c) => (c.at - T0) / S)).toEqual([0, 5, 10, 15, 20, 25, 30, 50])
  })
})

describe('errors', () => {
  it('retries transient errors and warns once per error streak', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 60 * S, succeeded(T0 + 60 * S)]] }])
    h.failing('getJob', [1, 2, 3, 6, 7], () => transient())
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(h.log.of('warning')).toHaveLength(2)
    expect(h.log.of('warning')[0]).toMatch(
      /^Poll 3 failed, will retry \(next check in 5s\): Listing GES jobs failed: server error \(502\) \[HTTP 502\]$/
    )
    expect(h.log.of('info')).toContain('GES answers again after 3 failed polls')
    expect(h.log.of('info')).toContain('GES answers again after 2 failed polls')
    // The last retried error is kept for the report.
    expect(outcome.error?.kind).toBe('transient')
  })

  it('warns once for a long outage, and says so at most once a minute after that', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 40 * MIN, succeeded(T0 + 40 * MIN)]] }])
    h.source.fault = (method, _n, at) =>
      method === 'getJob' && at >= T0 + 5 * MIN && at < T0 + 35 * MIN ? transient(503) : undefined
    const outcome = await h.run({ timeoutMs: HOUR, maxPollIntervalMs: 5 * S })
    expect(outcome.end).toBe('finished')
    expect(h.log.of('warning')).toHaveLength(1)
    const failures = h.log.of('info').filter((l) => / failed, will retry/.test(l))
    expect(failures.length).toBeGreaterThan(0)
    expect(failures.length).toBeLessThanOrEqual(31)
    expect(h.log.of('debug').filter((l) => / failed, will retry/.test(l)).length).toBeGreaterThan(300)
    expect(h.log.of('info')).toContain('GES answers again after 360 failed polls')
  })

  it('honours Retry-After when throttled', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 60 * S, succeeded(T0 + 60 * S)]] }])
    h.failing(
      'getJob',
      [0],
      () => new ApiError('throttled', 'throttled', { status: 429, code: 'APIG.0308', retryAfterMs: 17 * S })
    )
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(h.clock.sleeps.slice(0, 3)).toEqual([5 * S, 17 * S, 5 * S])
  })

  it('waits at least 2 s when throttled without Retry-After', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 10 * S, succeeded(T0 + 10 * S)]] }])
    h.failing('getJob', [0], () => new ApiError('throttled', 'throttled', { status: 429, code: 'APIG.0308' }))
    await h.run({ pollIntervalMs: 500, maxPollIntervalMs: 500 })
    expect(h.clock.sleeps.slice(0, 3)).toEqual([500, 2000, 500])
  })

  it('never polls faster than poll-interval, even when Retry-After says 0', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 2 * MIN, succeeded(T0 + 2 * MIN)]] }])
    // Throttled (Retry-After: 0) for the next 10 status requests; bounded so that a waiter that
    // does not advance the clock still ends.
    h.failing(
      'getJob',
      Array.from({ length: 10 }, (_, i) => i),
      () => new ApiError('throttled', 'throttled', { status: 429, retryAfterMs: 0 })
    )
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(Math.min(...h.clock.sleeps)).toBeGreaterThanOrEqual(5 * S)
  })

  it('cuts a long Retry-After at the deadline and still polls there', async () => {
    const h = setup([{ job: running('j1') }])
    h.failing('getJob', [0], () => new ApiError('throttled', 'throttled', { status: 429, retryAfterMs: HOUR }))
    const outcome = await h.run({ timeoutMs: MIN })
    expect(outcome.end).toBe('timeout')
    expect(h.pollTimes()).toEqual([T0, T0 + 5 * S, T0 + MIN])
  })

  it.each([
    [
      'permanent',
      new ApiError('permanent', 'Listing GES jobs failed: rejected (400)', { status: 400, code: 'GES.0001' })
    ],
    [
      'auth',
      new ApiError('auth', 'Listing GES jobs failed: authentication failed (401)', { status: 401, code: 'APIG.0301' })
    ]
  ])('stops at once on a %s error from the listing', async (_kind, error) => {
    const h = setup([{ job: running('j1') }])
    h.failing('listJobs', [0], () => error)
    const outcome = await h.run()
    expect(outcome.end).toBe('error')
    expect(outcome.error).toBe(error)
    expect(outcome.polls).toBe(1)
    expect(h.clock.sleeps).toEqual([])
    expect(h.source.calls).toHaveLength(1)
  })

  it('stops at once on an auth error from the status endpoint (never hammers on 401)', async () => {
    const h = setup([{ job: running('j1') }])
    h.failing('getJob', [0], () => new ApiError('auth', 'authentication failed (401)', { status: 401 }))
    const outcome = await h.run()
    expect(outcome.end).toBe('error')
    expect(outcome.error?.kind).toBe('auth')
    expect(outcome.polls).toBe(2)
    expect(h.source.callsOf('getJob')).toHaveLength(1)
  })

  it('retries a transient failure to load the graph ids, meanwhile reading the list', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 20 * S, succeeded(T0 + 20 * S)]] }])
    h.failing('listGraphs', [0], () => transient())
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(h.source.callsOf('listGraphs')).toHaveLength(2)
    expect(h.source.callsOf('getJob').map((c) => (c.at - T0) / S)).toEqual([10, 15, 20])
  })
})

describe('cancellation', () => {
  it('stops while sleeping when the signal aborts', async () => {
    const h = setup([{ job: running('j1') }])
    h.clock.onSleep = (ms, clock) => {
      if (clock.t + ms > T0 + 12 * S) {
        clock.t = T0 + 12 * S
        h.controller.abort()
      }
    }
    const outcome = await h.run()
    expect(outcome.end).toBe('cancelled')
    expect(outcome.elapsedMs).toBe(12 * S)
    expect(outcome.polls).toBe(3)
    expect(outcome.jobs.map(({ job: j }) => j.id)).toEqual(['j1'])
  })

  it('stops when a request is cancelled in flight', async () => {
    const h = setup([{ job: running('j1') }])
    h.failing('getJob', [2], () => new CancelledError())
    const outcome = await h.run()
    expect(outcome.end).toBe('cancelled')
    expect(outcome.polls).toBe(4)
  })

  it('stops after the poll when the signal aborted during it', async () => {
    const h = setup([{ job: running('j1') }])
    h.source.fault = () => {
      h.controller.abort()
      return undefined
    }
    const outcome = await h.run()
    expect(outcome.end).toBe('cancelled')
    expect(outcome.polls).toBe(1)
    expect(h.clock.sleeps).toEqual([])
  })

  it('rethrows what is neither an ApiError nor a cancellation', async () => {
    const h = setup([{ job: running('j1') }])
    h.failing('getJob', [0], () => new TypeError('bug'))
    await expect(h.run()).rejects.toThrow('bug')
  })
})

describe('wait-for-job false', () => {
  it('ends with not-found after one listing when no job matches', async () => {
    const h = setup([{ job: running('other', { name: 'DeleteGraph' }) }])
    const outcome = await h.run({ waitForJob: false })
    expect(outcome.end).toBe('not-found')
    expect(outcome.polls).toBe(1)
    expect(outcome.missing.map((m) => m.description)).toEqual(['an ImportGraph job'])
    expect(h.clock.sleeps).toEqual([])
  })

  it('does not conclude not-found from a listing that failed', async () => {
    const h = setup([])
    h.failing('listJobs', [0], () => transient())
    const outcome = await h.run({ waitForJob: false })
    expect(outcome.end).toBe('not-found')
    expect(outcome.polls).toBe(2)
  })

  it('waits for a job it found', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 10 * S, succeeded(T0 + 10 * S)]] }])
    expect((await h.run({ waitForJob: false })).end).toBe('finished')
  })

  it('with two job ids and one missing, is not-found but keeps the one found', async () => {
    const h = setup([{ job: running('a1') }], { jobIds: ['a1', 'b2'] })
    const outcome = await h.run({ waitForJob: false })
    expect(outcome.end).toBe('not-found')
    expect(outcome.jobs.map(({ job: j }) => j.id)).toEqual(['a1'])
    expect(outcome.missing.map((m) => m.key)).toEqual(['id:b2'])
  })
})

describe('appear-timeout', () => {
  const old = (id: string, minutesAgo: number, overrides: Partial<Job> = {}): ScriptedJob => ({
    job: job({ id, status: 'success', rawStatus: 'success', beginTime: T0 - minutesAgo * MIN, ...overrides })
  })

  it('ends not-found on a poll made at appear-timeout itself, with the newest jobs seen instead', async () => {
    const h = setup(
      [
        old('o1', 90),
        old('o2', 10, { name: 'DeleteGraph' }),
        old('o3', 50),
        old('o4', 70),
        old('o5', 20),
        old('o6', 30),
        old('o7', 40)
      ],
      { graphNames: ['movies'], since: T0 }
    )
    const outcome = await h.run({ appearTimeoutMs: 2 * MIN + 500 })
    expect(outcome.end).toBe('not-found')
    expect(outcome.elapsedMs).toBe(2 * MIN + 500)
    expect(h.pollTimes().at(-1)).toBe(T0 + 2 * MIN + 500)
    expect(outcome.notFound).toMatchObject({ reason: 'appear-timeout', appearTimeoutMs: 2 * MIN + 500, misplaced: [] })
    expect(outcome.notFound?.newest.map((j) => j.id)).toEqual(['o2', 'o5', 'o6', 'o7', 'o3'])
  })

  it('does not apply once the job has appeared: the wait goes on to the timeout', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 5 * MIN, succeeded(T0 + 5 * MIN)]] }])
    const outcome = await h.run({ appearTimeoutMs: 1 * MIN })
    expect(outcome.end).toBe('finished')
    expect(outcome.notFound).toBeUndefined()
  })

  it('a job that appears before appear-timeout is found', async () => {
    const h = setup([
      {
        job: running('late', { beginTime: T0 + 50 * S }),
        listedFrom: T0 + 50 * S,
        changes: [[T0 + 70 * S, succeeded(T0 + 70 * S)]]
      }
    ])
    expect((await h.run({ appearTimeoutMs: 1 * MIN })).end).toBe('finished')
  })

  it('is not concluded from a listing that failed: the next answering listing decides', async () => {
    const h = setup([])
    h.failing('listJobs', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], () => transient())
    const outcome = await h.run({ appearTimeoutMs: 10 * S, timeoutMs: 10 * MIN })
    expect(outcome.end).toBe('not-found')
    expect(outcome.polls).toBe(13)
    expect(outcome.elapsedMs).toBeGreaterThan(10 * S)
  })

  it('a job id listed under another graph ends the wait at the first poll', async () => {
    const h = setup([{ job: running('x1', { graph: 'social' }) }, old('o1', 5)], {
      jobIds: ['x1'],
      graphNames: ['movies']
    })
    const outcome = await h.run()
    expect(outcome.end).toBe('not-found')
    expect(outcome.polls).toBe(1)
    expect(outcome.notFound?.reason).toBe('other-graph')
    expect(outcome.notFound?.misplaced.map((j) => [j.id, j.graph])).toEqual([['x1', 'social']])
    expect(h.source.callsOf('listJobs')[0].args[0]).toEqual({ graphName: undefined, startDate: undefined })
  })

  it('a job id listed under one of the graphs named is followed as before', async () => {
    const h = setup([{ job: running('x1', { graph: 'social' }), changes: [[T0 + 10 * S, succeeded(T0 + 10 * S)]] }], {
      jobIds: ['x1'],
      graphNames: ['movies', 'social']
    })
    expect((await h.run()).end).toBe('finished')
  })
})

describe('requests per poll', () => {
  const noise = Array.from({ length: 50 }, (_, i): ScriptedJob => ({
    job: running(`noise${i}`, { beginTime: T0 - HOUR, status: 'success', rawStatus: 'success' })
  }))

  it('lists once to find the jobs, then makes one status request per unfinished job per poll', async () => {
    const h = setup(
      [
        ...noise,
        { job: running('m1', { graph: 'movies' }), changes: [[T0 + 20 * S, succeeded(T0 + 20 * S)]] },
        { job: running('s1', { graph: 'social' }), changes: [[T0 + 50 * S, succeeded(T0 + 50 * S)]] }
      ],
      { graphNames: ['movies', 'social'] }
    )
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(outcome.jobs.map(({ job: j }) => j.id).sort()).toEqual(['m1', 's1'])
    // Two listings to find the jobs, then one per job to confirm its finish.
    expect(h.source.callsOf('listJobs').map((c) => [c.at, (c.args[0] as { graphName?: string }).graphName])).toEqual([
      [T0, 'movies'],
      [T0, 'social'],
      [T0 + 20 * S, 'movies'],
      [T0 + 50 * S, 'social']
    ])
    expect(h.source.callsOf('listGraphs')).toHaveLength(1)
    const perPoll = new Map<number, string[]>()
    for (const call of h.source.callsOf('getJob'))
      perPoll.set((call.at - T0) / S, [...(perPoll.get((call.at - T0) / S) ?? []), call.args.join('/')])
    expect([...perPoll.entries()]).toEqual([
      [5, ['g-movies/m1', 'g-social/s1']],
      [10, ['g-movies/m1', 'g-social/s1']],
      [15, ['g-movies/m1', 'g-social/s1']],
      [20, ['g-movies/m1', 'g-social/s1']],
      [25, ['g-social/s1']],
      [30, ['g-social/s1']],
      [35, ['g-social/s1']],
      [40, ['g-social/s1']],
      [45, ['g-social/s1']],
      [50, ['g-social/s1']]
    ])
  })

  it('falls back to the list for good when the status endpoint does not know the job (GES.7007)', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 30 * S, succeeded(T0 + 30 * S)]] }])
    h.source.unknownToStatusEndpoint.add('j1')
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(outcome.error).toBeUndefined()
    expect(h.log.of('warning')).toEqual([])
    expect(h.source.callsOf('getJob').map((c) => c.at)).toEqual([T0 + 5 * S])
    // The finish listed at 30 s is confirmed by a second listing at 35 s (one answer is not
    // evidence that agrees): one more request than before.
    expect(h.source.callsOf('listJobs').map((c) => (c.at - T0) / S)).toEqual([0, 5, 10, 15, 20, 25, 30, 35])
    expect(h.log.of('debug').some((l) => l.includes('GES.7007') && l.includes('job list'))).toBe(true)
    // The fallback listing narrows to a day before the job began (it began 2026-11-28 08:59 UTC).
    expect(
      h.source
        .callsOf('listJobs')
        .slice(1)
        .map((c) => (c.args[0] as { startDate?: string }).startDate)
    ).toEqual(Array(7).fill('2026-11-27'))
  })

  it('reads a job without a graph from the list', async () => {
    const h = setup([{ job: running('j1', { graph: null }), changes: [[T0 + 10 * S, succeeded(T0 + 10 * S)]] }])
    expect((await h.run()).end).toBe('finished')
    expect(h.source.callsOf('getJob')).toEqual([])
    expect(h.source.callsOf('listGraphs')).toEqual([])
  })

  it('fetches import details once from the list when the final status lacks them', async () => {
    const files = [file({ path: 'm/e.csv', totalLines: 9, successfulLines: 9 })]
    const h = setup([{ job: running('j1'), changes: [[T0 + 20 * S, succeeded(T0 + 20 * S, files)]] }])
    h.source.statusOmitsDetail = true
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(outcome.elapsedMs).toBe(20 * S)
    expect(outcome.jobs[0].job).toMatchObject({
      id: 'j1',
      name: 'ImportGraph',
      graph: 'movies',
      status: 'success',
      files
    })
    expect(h.source.callsOf('listJobs').map((c) => (c.at - T0) / S)).toEqual([0, 20])
  })

  it('tries the details only once when the list has none either', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 20 * S, succeeded(T0 + 20 * S, null as never)]] }])
    h.source.statusOmitsDetail = true
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(outcome.jobs[0].job.files).toBeNull()
    expect(h.source.callsOf('listJobs')).toHaveLength(2)
  })

  it('retries the detail listing after a transient error', async () => {
    const files = [file()]
    const h = setup([{ job: running('j1'), changes: [[T0 + 10 * S, succeeded(T0 + 10 * S, files)]] }])
    h.source.statusOmitsDetail = true
    h.failing('listJobs', [1], () => transient())
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(outcome.jobs[0].job.files).toEqual(files)
    expect(h.source.callsOf('listJobs').map((c) => (c.at - T0) / S)).toEqual([0, 10, 15])
  })
})

describe('vanished jobs', () => {
  it('reports a job the job center stops listing', async () => {
    const h = setup([{ job: running('j1'), listedUntil: T0 + 12 * S }])
    const outcome = await h.run({ timeoutMs: MIN })
    expect(outcome.end).toBe('timeout')
    expect(vanishedIds(outcome)).toEqual(['j1'])
    expect(outcome.jobs.map(({ job: j }) => [j.id, j.status])).toEqual([['j1', 'running']])
    expect(h.log.of('warning').filter((l) => l.includes('no longer in the job center'))).toHaveLength(1)
  })

  it('follows a job that is listed again', async () => {
    const h = setup([
      {
        job: running('j1', { graph: null }),
        listedUntil: T0 + 12 * S,
        listedAgainAt: T0 + 30 * S,
        changes: [[T0 + 40 * S, succeeded(T0 + 40 * S)]]
      }
    ])
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(vanishedIds(outcome)).toEqual([])
    expect(h.log.of('info')).toContain('Job j1 is listed again')
  })
})

describe('a long wait', () => {
  it('simulates six hours at max-poll-interval 60s without sleeping, with a short info log', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 6 * HOUR, succeeded(T0 + 6 * HOUR)]] }])
    const started = performance.now()
    const outcome = await h.run({
      timeoutMs: 8 * HOUR,
      pollIntervalMs: 5 * S,
      maxPollIntervalMs: 60 * S,
      random: seededRandom(42)
    })
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(outcome.end).toBe('finished')
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(6 * HOUR)
    expect(outcome.elapsedMs).toBeLessThanOrEqual(6 * HOUR + MIN)
    expect(Math.max(...h.clock.sleeps)).toBeLessThanOrEqual(60 * S)
    const info = h.log.of('info')
    // At most about one line a minute (plus found / done), however often it polled.
    expect(info.length).toBeLessThanOrEqual(6 * 60 + 5)
    expect(outcome.polls).toBeGreaterThan(info.length)
  })

  it('keeps the info log to about a line a minute when polling every 5 s for six hours', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 6 * HOUR, succeeded(T0 + 6 * HOUR)]] }])
    const outcome = await h.run({ timeoutMs: 8 * HOUR, pollIntervalMs: 5 * S, maxPollIntervalMs: 5 * S })
    expect(outcome.end).toBe('finished')
    expect(outcome.polls).toBe(6 * 720 + 1)
    const info = h.log.of('info')
    expect(info.length).toBeLessThanOrEqual(6 * 60 + 5)
    expect(info.length).toBeGreaterThanOrEqual(6 * 60 - 5) // a heartbeat, not silence
    expect(h.log.of('debug').length).toBeGreaterThanOrEqual(outcome.polls - 1 - info.length)
  })

  it('logs a status change at once, between heartbeats', async () => {
    const h = setup([
      {
        job: running('j1', { status: 'pending', rawStatus: 'pending', beginTime: null }),
        changes: [
          [T0 + 12 * S, { status: 'running', rawStatus: 'running', beginTime: T0 + 12 * S }],
          [T0 + 30 * S, succeeded(T0 + 30 * S)]
        ]
      }
    ])
    await h.run()
    const info = h.log.of('info')
    expect(info[0]).toBe('Found ImportGraph j1 of graph "movies": pending')
    expect(info[1]).toMatch(/^ImportGraph j1 of graph "movies": pending, 0ms elapsed, next check in 5s$/)
    expect(info[2]).toMatch(/^ImportGraph j1 of graph "movies": running, 15s elapsed, next check in 5s$/)
    expect(info).toHaveLength(3)
  })
})

function vanishedIds(outcome: WaitOutcome): string[] {
  return outcome.jobs.filter((o) => o.vanished).map((o) => o.job.id)
}

describe('answers that disagree', () => {
  it('never settles while the status endpoint says success and the list says running; both are asked again every poll', async () => {
    const h = setup([{ job: running('j1', { files: [file({ status: 'partFailed' })] }) }])
    h.source.statusAnswer = (listed) => ({ ...listed, ...succeeded(T0 + 10 * S) })
    const outcome = await h.run({ timeoutMs: 2 * MIN })
    expect(outcome.end).toBe('timeout')
    const [seen] = outcome.jobs
    expect(seen.answers).toEqual({ statusEndpoint: 'success', jobList: 'running' })
    expect(seen.disagreement).toBe(
      'GES answers about job j1 disagree: the status endpoint says "success", the job list says "running"'
    )
    // Each poll after the first asks both.
    expect(h.source.callsOf('getJob').length).toBe(outcome.polls - 1)
    expect(h.source.callsOf('listJobs').length).toBe(outcome.polls)
    expect(h.log.of('warning').filter((l) => l.includes('disagree'))).toHaveLength(1)
  })

  it('settles once the list catches up and both agree', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 30 * S, succeeded(T0 + 30 * S)]] }])
    h.source.statusAnswer = (listed, at) => (at >= T0 + 10 * S ? { ...listed, ...succeeded(T0 + 10 * S) } : listed)
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(outcome.elapsedMs).toBe(30 * S)
    expect(outcome.jobs[0].disagreement).toBeUndefined()
    expect(outcome.jobs[0].answers).toEqual({ statusEndpoint: 'success', jobList: 'success' })
  })

  it('ends at once when two answers gave different final statuses: no later answer can mend that', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 10 * S, succeeded(T0 + 10 * S)]] }])
    // The status endpoint said failed once, then success like the list.
    h.source.statusAnswer = (listed, at) =>
      at < T0 + 10 * S ? { ...listed, status: 'failed', rawStatus: 'failed' } : listed
    const outcome = await h.run({ timeoutMs: MIN })
    expect(outcome.end).toBe('finished')
    expect(outcome.elapsedMs).toBe(10 * S) // the poll that read the second final status, not the 1 min timeout
    expect(outcome.jobs[0].disagreement).toMatch(
      /more than one final status: the status endpoint says "failed", the status endpoint says "success"/
    )
  })

  it('disagrees on a file reported with different statuses by the two endpoints', async () => {
    const h = setup([
      { job: running('j1'), changes: [[T0 + 10 * S, succeeded(T0 + 10 * S, [file({ path: 'e.csv' })])]] }
    ])
    h.source.statusAnswer = (listed) =>
      listed.status === 'success'
        ? { ...listed, files: [file({ path: 'e.csv', status: 'partFailed', rawStatus: 'partFailed' })] }
        : listed
    const outcome = await h.run({ timeoutMs: MIN })
    expect(outcome.end).toBe('timeout')
    expect(outcome.jobs[0].disagreement).toBe(
      'GES answers about job j1 disagree: the status endpoint reports edgeset file "e.csv" as partFailed, the job list as success'
    )
  })
})

describe('the most serious error of a poll', () => {
  it('stops at once on a 401 from one graph even when another graph answered 502 in the same poll', async () => {
    const h = setup([{ job: running('m1', { graph: 'movies' }) }, { job: running('s1', { graph: 'social' }) }], {
      graphNames: ['movies', 'social']
    })
    h.source.fault = (method, _n, _at, args) => {
      if (method !== 'listJobs') return undefined
      const graph = (args[0] as { graphName?: string }).graphName
      return graph === 'movies'
        ? new ApiError('transient', 'bad gateway', { status: 502 })
        : new ApiError('auth', 'rejected', { status: 401, code: 'APIG.0301' })
    }
    const outcome = await h.run()
    expect(outcome.end).toBe('error')
    expect(outcome.error?.details.status).toBe(401)
    expect(outcome.polls).toBe(1) // no second signature with a rejected key
  })

  it('keeps the order of the errors irrelevant', async () => {
    const h = setup([{ job: running('m1', { graph: 'movies' }) }, { job: running('s1', { graph: 'social' }) }], {
      graphNames: ['movies', 'social']
    })
    h.source.fault = (method, _n, _at, args) =>
      method === 'listJobs' && (args[0] as { graphName?: string }).graphName === 'movies'
        ? new ApiError('auth', 'rejected', { status: 401 })
        : method === 'listJobs'
          ? new ApiError('throttled', 'slow down', { status: 429 })
          : undefined
    const outcome = await h.run()
    expect(outcome.end).toBe('error')
    expect(outcome.error?.details.status).toBe(401)
  })
})

describe('begin times that cannot be read', () => {
  it('skips such a job, says so once, and reports it on the outcome', async () => {
    const unreadable = job({
      id: 'zz-unreadable',
      status: 'running',
      rawStatus: 'running',
      beginTime: null,
      beginTimeRaw: 'Tue, 31 Nov 2026 10:00:00 GMT'
    })
    const { run, log } = setup([
      { job: unreadable },
      { job: running('readable'), changes: [[T0 + 10 * S, succeeded(T0 + 10 * S)]] }
    ])
    const outcome = await run()
    expect(outcome.end).toBe('finished')
    expect(outcome.jobs.map(({ job: j }) => j.id)).toEqual(['readable'])
    expect(outcome.skipped).toEqual([
      { id: 'zz-unreadable', graph: 'movies', beginTimeRaw: 'Tue, 31 Nov 2026 10:00:00 GMT' }
    ])
    const notes = log.lines.filter((l) => l.message.includes('begin time cannot be read'))
    expect(notes).toEqual([
      {
        level: 'warning',
        message: 'Skipped job zz-unreadable of graph "movies": begin time cannot be read: Tue, 31 Nov 2026 10:00:00 GMT'
      }
    ])
  })
})

// A finish the list does not confirm, and statuses spelled other than documented.
describe('a finish only the status endpoint saw', () => {
  const judged = (outcome: WaitOutcome) =>
    judge(outcome, { failOn: ['failed', 'partFailed', 'unknown'], timeoutMs: MIN })
  /** j1 succeeds at 20 s; from then on the list leaves it out (the status endpoint still answers). */
  const droppedAtFinish = () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 20 * S, succeeded(T0 + 20 * S)]] }])
    h.source.listOmits = (j) => j.status === 'success'
    return h
  }

  it('is confirmed by a second answer from the status endpoint in the next poll, not by the first', async () => {
    const h = droppedAtFinish()
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(outcome.elapsedMs).toBe(25 * S)
    expect(h.source.callsOf('getJob').map((c) => (c.at - T0) / S)).toEqual([5, 10, 15, 20, 25])
    expect(outcome.jobs[0]).toMatchObject({ vanished: true, answers: { statusEndpoint: 'success' } })
    expect(outcome.jobs[0].unconfirmed).toBeUndefined()
    expect(h.log.of('warning')).toContain(
      'Job j1 is no longer in the job center, though the status endpoint says "success"; asking the status endpoint again to confirm'
    )
    expect(judged(outcome)).toMatchObject({ status: 'success', passed: true })
  })

  it('is not confirmed by a second status answer that reports the files otherwise', async () => {
    const h = droppedAtFinish()
    // Every other answer reports the file failed: no two answers in a row say the same.
    let answers = 0
    h.source.statusAnswer = (listed) =>
      ++answers % 2 === 0 ? { ...listed, files: [file({ status: 'failed', rawStatus: 'failed' })] } : listed
    const outcome = await h.run({ timeoutMs: 40 * S })
    expect(outcome.end).toBe('timeout')
    expect(judged(outcome).passed).toBe(false)
  })

  it('is unknown with the reason when the deadline comes before a second answer', async () => {
    const h = droppedAtFinish()
    const outcome = await h.run({ timeoutMs: 20 * S })
    expect(outcome.end).toBe('timeout')
    const reason =
      'GES said job j1 is "success" only once, through the status endpoint; no listing or second answer confirmed it before the wait ended'
    expect(outcome.jobs[0].unconfirmed).toBe(reason)
    const report = judged(outcome)
    expect(report).toMatchObject({ status: 'unknown', passed: false })
    expect(report.reasons).toEqual([reason])
    expect(report.jobs[0]).toMatchObject({ outcome: 'unknown', unconfirmed: reason })
  })

  it('is not confirmed when the status endpoint then stops knowing the job, whatever fail-on says', async () => {
    const h = droppedAtFinish()
    h.source.fault = (method, _n, at) =>
      method === 'getJob' && at > T0 + 20 * S
        ? new ApiError('permanent', 'GES.7007', { status: 400, code: 'GES.7007' })
        : undefined
    const outcome = await h.run({ timeoutMs: MIN })
    expect(outcome.end).toBe('timeout')
    expect(outcome.jobs[0].unconfirmed).toMatch(/only once, through the status endpoint/)
    const report = judge(outcome, { failOn: [], timeoutMs: MIN })
    expect(report).toMatchObject({ status: 'unknown', passed: false })
  })
})

describe('a final status spelled other than documented', () => {
  const judged = (outcome: WaitOutcome) =>
    judge(outcome, { failOn: ['failed', 'partFailed', 'unknown'], timeoutMs: MIN })
  const spelled = (raw: string, status: Job['status'] = 'success'): Partial<Job> => ({
    ...succeeded(T0 + 10 * S),
    status,
    rawStatus: raw
  })

  it.each([
    ['Success', 'success', 'success'],
    [' success ', 'success', 'success'],
    ['FAILED', 'failed', 'failed']
  ] as const)(
    '%j from the status endpoint, %j from the list: a named disagreement at once',
    async (raw, listRaw, status) => {
      const h = setup([{ job: running('j1'), changes: [[T0 + 10 * S, spelled(listRaw, status)]] }])
      h.source.statusAnswer = (listed) => (listed.status === status ? { ...listed, rawStatus: raw } : listed)
      const outcome = await h.run()
      expect(outcome.end).toBe('finished')
      expect(outcome.elapsedMs).toBe(10 * S)
      expect(outcome.jobs[0].disagreement).toBe(
        `GES spells the final status of job j1 in two ways: the status endpoint says "${raw}", the job list says "${listRaw}" (documented: "${status}")`
      )
      expect(judged(outcome)).toMatchObject({ status: 'error', passed: false })
    }
  )

  it('both endpoints saying "Success": the documented status, with a warning', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 10 * S, spelled('Success')]] }])
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(outcome.jobs[0]).toMatchObject({ answers: { statusEndpoint: 'Success', jobList: 'Success' } })
    const report = judged(outcome)
    expect(report).toMatchObject({ status: 'success', passed: true })
    expect(report.warnings).toEqual([
      'GES reports job j1 as "Success", which is not a documented spelling: read as "success"'
    ])
  })

  it('"Success" from the only endpoint that answers (no graph id): unknown at once, with the reason', async () => {
    const h = setup([{ job: running('j1', { graph: null }), changes: [[T0 + 10 * S, spelled('Success')]] }])
    const outcome = await h.run()
    expect(outcome.end).toBe('finished')
    expect(outcome.elapsedMs).toBe(10 * S)
    const report = judge(outcome, { failOn: [], timeoutMs: MIN })
    expect(report).toMatchObject({ status: 'unknown', passed: false })
    expect(report.reasons).toEqual([
      'job j1 reports status "Success", not the documented "success", and no second GES endpoint gave the same answer'
    ])
  })

  it('"FAILED" from the only endpoint that answers: failed, with a warning', async () => {
    const h = setup([{ job: running('j1', { graph: null }), changes: [[T0 + 10 * S, spelled('FAILED', 'failed')]] }])
    const outcome = await h.run()
    const report = judge(outcome, { failOn: [], timeoutMs: MIN })
    expect(report.status).toBe('failed')
    expect(report.warnings).toContain(
      'GES reports job j1 as "FAILED", which is not a documented spelling: read as "failed"'
    )
  })
})

describe('the job this step started', () => {
  const startedJob = job({ id: 'mine', status: 'pending', rawStatus: '', beginTime: null })
  const expected = { name: 'ImportGraph', graph: 'movies', notBefore: T0 - 24 * HOUR }

  it('ends not-found (started-unseen) at appear-timeout when neither endpoint ever shows it', async () => {
    const { monitor, run, clock } = setup([], { jobIds: ['mine'], graphNames: ['movies'] })
    monitor.follow(startedJob, expected)
    const outcome = await run({ appearTimeoutMs: 102 * S })
    expect(outcome.end).toBe('not-found')
    expect(outcome.notFound?.reason).toBe('started-unseen')
    expect(clock.now() - T0).toBe(102 * S) // one poll falls on appear-timeout itself
  })

  it('is waited for past appear-timeout once an endpoint has shown it', async () => {
    const { monitor, run } = setup(
      [{ job: running('mine', { beginTime: T0 }), changes: [[T0 + 10 * MIN, succeeded(T0 + 10 * MIN)]] }],
      { jobIds: ['mine'], graphNames: ['movies'] }
    )
    monitor.follow(startedJob, expected)
    const outcome = await run({ appearTimeoutMs: 2 * MIN })
    expect(outcome.end).toBe('finished')
  })
})

describe('a graph-name the project does not have', () => {
  it('ends not-found after the first poll, with the graphs listed and the closest names', async () => {
    const h = setup([], { graphNames: ['moviez'] })
    const outcome = await h.run({ appearTimeoutMs: 5 * MIN })
    expect(outcome.end).toBe('not-found')
    expect(outcome.polls).toBe(1)
    expect(outcome.elapsedMs).toBe(0)
    expect(outcome.notFound).toMatchObject({
      reason: 'unknown-graph',
      absentGraphs: [{ graph: 'moviez', graphsListed: 2, closest: ['movies'] }]
    })
    expect(h.source.callsOf('listGraphs')).toHaveLength(1)
  })

  it('a graph that exists, without a job yet, waits for appear-timeout as before', async () => {
    const h = setup([], { graphNames: ['social'] })
    const outcome = await h.run({ appearTimeoutMs: 1 * MIN })
    expect(outcome.notFound?.reason).toBe('appear-timeout')
    expect(outcome.elapsedMs).toBe(1 * MIN)
  })

  it('a graph list that could not be read to its end never counts as absent, and is not asked again', async () => {
    const h = setup([], { graphNames: ['moviez'] })
    h.failing('listGraphs', [0], () => new ApiError('permanent', 'Listing GES graphs failed: 1000 pages'))
    const outcome = await h.run({ appearTimeoutMs: 1 * MIN })
    expect(outcome.notFound?.reason).toBe('appear-timeout')
    expect(h.source.callsOf('listGraphs')).toHaveLength(1)
  })

  it('a graph list that failed for a while is asked again at the next poll', async () => {
    const h = setup([], { graphNames: ['moviez'] })
    h.failing('listGraphs', [0, 1], () => transient())
    const outcome = await h.run({ appearTimeoutMs: 5 * MIN })
    expect(outcome.notFound?.reason).toBe('unknown-graph')
    expect(outcome.polls).toBe(3)
  })

  it('a job listed under the name means the graph existed: not this case', async () => {
    const h = setup([{ job: job({ id: 'old', graph: 'gone', status: 'success', beginTime: T0 - HOUR }) }], {
      graphNames: ['gone'],
      since: T0
    })
    const outcome = await h.run({ appearTimeoutMs: 1 * MIN })
    expect(outcome.notFound?.reason).toBe('appear-timeout')
  })

  it('a listing that failed proves nothing: no graph-list read, and no "not found" in the report', async () => {
    const h = setup([], { graphNames: ['moviez'] })
    h.failing('listJobs', [0], () => new ApiError('permanent', 'Listing GES jobs failed: rejected (400)'))
    const outcome = await h.run()
    expect(outcome.end).toBe('error')
    expect(outcome.searched).toBe(false)
    expect(h.source.callsOf('listGraphs')).toHaveLength(0)
    expect(judge(outcome, { failOn: ['failed', 'partFailed', 'unknown'], timeoutMs: 30 * MIN }).missing).toEqual([])
  })
})

describe('a graph-name absent from the graph list, for jobs that may create it', () => {
  it.each([undefined, 'CreateGraph'])(
    'job-name %s: waited for as before (the job may create the graph)',
    async (jobName) => {
      const h = setup([], { graphNames: ['newgraph'], jobName })
      const outcome = await h.run({ appearTimeoutMs: 1 * MIN })
      expect(outcome.notFound?.reason).toBe('appear-timeout')
      expect(h.source.callsOf('listGraphs')).toHaveLength(0)
    }
  )
})

describe('listed entries without a readable job id', () => {
  const idless = (beginTime: number, graph = 'movies'): Job =>
    job({ id: '', status: 'failed', rawStatus: 'failed', beginTime, graph })

  it('with latest: one of the graph newer than the job chosen is on the outcome, and the report is not a success', async () => {
    const { run } = setup(
      [
        { job: running('chosen'), changes: [[T0 + 10 * S, succeeded(T0 + 10 * S)]] },
        { job: idless(T0 + MIN) },
        { job: idless(T0 - MIN) },
        { job: idless(T0 + MIN, 'social') }
      ],
      { graphNames: ['movies'] }
    )
    const outcome = await run()
    expect(outcome.end).toBe('finished')
    expect(outcome.jobs.map(({ job: j }) => j.id)).toEqual(['chosen'])
    expect(outcome.idless?.map((j) => j.beginTime)).toEqual([T0 + MIN, T0 - MIN])
    expect(outcome.idlessNewer?.map((j) => j.beginTime)).toEqual([T0 + MIN])
    const report = judge(outcome, { failOn: ['failed'], timeoutMs: 30 * MIN })
    expect(report.status).toBe('unknown')
    expect(report.warnings[0]).toMatch(/^2 listed job\(s\) without a readable job id match/)
  })

  it('with all: said, never a newer import (each matching job is a target)', async () => {
    const { run } = setup(
      [{ job: running('chosen'), changes: [[T0 + 10 * S, succeeded(T0 + 10 * S)]] }, { job: idless(T0 + MIN) }],
      { graphNames: ['movies'], select: 'all' }
    )
    const outcome = await run()
    expect(outcome.idless).toHaveLength(1)
    expect(outcome.idlessNewer).toEqual([])
    expect(judge(outcome, { failOn: ['failed'], timeoutMs: 30 * MIN }).status).toBe('success')
  })
})
