import { describe, expect, it } from '@jest/globals'
import { FakeClock, FakeJobSource, RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { file, job } from '../../__fixtures__/jobs.js'
import type { Job } from '../../src/ges/model.js'
import { JobMonitor } from '../../src/waiter/job-monitor.js'
import type { TargetCriteria } from '../../src/waiter/targets.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const done = { status: 'success' as const, rawStatus: 'success', files: [file()] }
const jobs = [
  { job: job({ id: 'target', ...done }) },
  { job: job({ id: 'old', beginTime: T0 - 86_400_000, ...done }) },
  { job: job({ id: 'social', graph: 'social', ...done }) }
]

async function listingAfterOnePoll(criteria: Partial<TargetCriteria>, startDate?: string) {
  const monitor = new JobMonitor(
    new FakeJobSource(new FakeClock(T0), jobs),
    { jobIds: [], graphNames: [], jobName: 'ImportGraph', select: 'latest', ...criteria },
    startDate,
    new RecordingLog()
  )
  await monitor.poll()
  return monitor.completeListings('movies').map((l) => ({ ids: l.jobs.map((j) => j.id), startDate: l.startDate }))
}

describe('JobMonitor.completeListings', () => {
  it('keeps the discovery listing of a named graph', async () => {
    expect(await listingAfterOnePoll({ graphNames: ['movies'] })).toEqual([
      { ids: ['target', 'old'], startDate: undefined }
    ])
  })

  it('takes a graph out of a listing of all graphs', async () => {
    expect(await listingAfterOnePoll({})).toEqual([{ ids: ['target', 'old'], startDate: undefined }])
  })

  it('keeps nothing when the listing was cut short (job ids)', async () => {
    expect(await listingAfterOnePoll({ jobIds: ['target'] })).toEqual([])
  })

  it('keeps a listing filtered by date (since) with its start date', async () => {
    expect(await listingAfterOnePoll({ graphNames: ['movies'] }, '2026-11-27')).toEqual([
      { ids: ['target', 'old'], startDate: '2026-11-27' }
    ])
  })
})

/**
 * A target that runs, then finishes at T0 + 10 s, beside an older import; two polls (identification,
 * then the finish). `listJobs` calls: their query and whether paging could stop early.
 */
async function pollUntilFinished(criteria: Partial<TargetCriteria>, overrides: Partial<Job> = {}) {
  const clock = new FakeClock(T0)
  const running = { status: 'running' as const, rawStatus: 'running', files: null, beginTime: T0, ...overrides }
  const source = new FakeJobSource(clock, [
    { job: job({ id: 'target', ...running }), changes: [[T0 + 10_000, { ...done, ...overrides }]] },
    { job: job({ id: 'old', beginTime: T0 - 3_600_000, ...done }) }
  ])
  const monitor = new JobMonitor(
    source,
    { jobIds: [], graphNames: ['movies'], jobName: 'ImportGraph', select: 'latest', ...criteria },
    undefined,
    new RecordingLog()
  )
  await monitor.poll()
  clock.t = T0 + 20_000
  await monitor.poll() // the status endpoint says it finished; the list confirms it
  const calls = source.callsOf('listJobs').map((c) => ({ query: c.args[0], stopsEarly: c.args[1] !== undefined }))
  return { calls, kept: monitor.completeListings('movies') }
}

describe('the listing that confirms a finish', () => {
  it('is read to its last page and kept with its start date; while the job runs, paging stops once it is seen', async () => {
    const { calls, kept } = await pollUntilFinished({ jobIds: ['target'] })
    expect(calls).toEqual([
      { query: { graphName: undefined, startDate: undefined }, stopsEarly: true },
      // A day before the job's begin time, read to the end.
      { query: { graphName: 'movies', startDate: '2026-11-27' }, stopsEarly: false }
    ])
    expect(kept).toEqual([
      { jobs: expect.arrayContaining([expect.objectContaining({ id: 'old' })]), startDate: '2026-11-27' }
    ])
  })

  it('stops once the job is seen when discovery already read the whole history of the graph', async () => {
    const { calls } = await pollUntilFinished({})
    expect(calls.map((c) => c.stopsEarly)).toEqual([false, true])
  })

  it.each([
    ['no begin time (nothing is earlier than it)', { beginTime: null }],
    ['not an import (nothing to compare)', { name: 'DeleteGraph' }]
  ])('stops once the job is seen when the finished job has %s', async (_what, overrides) => {
    const { calls, kept } = await pollUntilFinished({ jobIds: ['target'] }, overrides)
    expect(calls.map((c) => c.stopsEarly)).toEqual([true, true])
    expect(kept).toEqual([])
  })
})

it('reads to the end when discovery listed the graph before the job began: an import queued ahead of it ran since', async () => {
  // GES runs a graph's imports one after another. At discovery both imports were pending (no
  // begin time); 'queued' then ran first and succeeded: it is the previous import, not 'old'.
  const clock = new FakeClock(T0)
  const pending = { status: 'pending' as const, rawStatus: 'pending', files: null, beginTime: null, endTime: null }
  const lines = (n: number) => [file({ path: 'rate.csv', successfulLines: n, totalLines: n })]
  const source = new FakeJobSource(clock, [
    {
      job: job({ id: 'target', ...pending }),
      changes: [
        [T0 + 10_000, { status: 'running', rawStatus: 'running', beginTime: T0 + 10_000 }],
        [T0 + 20_000, { ...done, files: lines(500) }]
      ]
    },
    {
      job: job({ id: 'queued', ...pending }),
      changes: [[T0 + 5_000, { ...done, beginTime: T0 + 1_000, files: lines(900) }]]
    },
    { job: job({ id: 'old', beginTime: T0 - 3_600_000, ...done, files: lines(1000) }) }
  ])
  const criteria = { jobIds: [], graphNames: ['movies'], jobName: 'ImportGraph', select: 'latest' as const }
  const monitor = new JobMonitor(source, criteria, undefined, new RecordingLog())
  await monitor.poll() // discovery: the whole history, both imports pending
  clock.t = T0 + 30_000
  await monitor.poll()
  clock.t = T0 + 40_000
  expect(source.callsOf('listJobs').map((c) => c.args[1] !== undefined)).toEqual([false, false])
  const target = monitor.jobs().find((j) => j.id === 'target')
  expect(target).toMatchObject({ status: 'success', beginTime: T0 + 10_000 })
  const { compareWithPrevious } = await import('../../src/compare/previous-import.js')
  const calls = source.calls.length
  const comparisons = await compareWithPrevious([target as Job], {
    source,
    listings: (graph) => monitor.completeListings(graph),
    deadline: T0 + 3_600_000,
    clock,
    signal: new AbortController().signal,
    log: new RecordingLog(),
    retryMinMs: 1000,
    retryMaxMs: 4000
  })
  expect(source.calls.length).toBe(calls)
  expect(comparisons.get('target')).toMatchObject({ previousJobId: 'queued', lineDelta: -400 })
})
