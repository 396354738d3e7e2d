import { describe, expect, it } from '@jest/globals'
import { FakeClock, RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { file, job } from '../../__fixtures__/jobs.js'
import type { JobQuery } from '../../src/ges/ges-client.js'
import type { Job } from '../../src/ges/model.js'
import { ApiError } from '../../src/http/api-error.js'
import { HISTORY_REQUESTS, HistoryReader } from '../../src/history/read-history.js'
import type { CompleteListing } from '../../src/shared/complete-listings.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const HOUR = 3_600_000
const DAY = 24 * HOUR

const imported = (id: string, ago: number, minutes = 10, overrides: Partial<Job> = {}): Job =>
  job({
    id,
    status: 'success',
    rawStatus: 'success',
    beginTime: T0 - ago,
    endTime: T0 - ago + minutes * 60_000,
    files: [file({ successfulLines: 1000 })],
    ...overrides
  })
const running = job({ id: 'now', beginTime: T0 - 60_000 })
/** `count` imports of `graph`, one every `every` ms before now. */
const series = (count: number, every: number, graph = 'movies'): Job[] =>
  Array.from({ length: count }, (_, i) => imported(`${graph}-${i + 1}`, (i + 1) * every, 10, { graph }))

/** The job center a page at a time, as GesClient.listJobs reads it with a stop condition. */
class PagedSource {
  readonly queries: JobQuery[] = []
  fault?: (n: number) => Error | undefined
  constructor(
    public jobs: Job[],
    private readonly pageSize = 100
  ) {}
  async listJobs(query: JobQuery, enough?: (jobs: ReadonlyMap<string, Job>) => boolean): Promise<Job[]> {
    this.queries.push(query)
    const error = this.fault?.(this.queries.length - 1)
    if (error) throw error
    const from = query.startDate === undefined ? -Infinity : Date.parse(`${query.startDate}T00:00:00Z`)
    const matching = this.jobs.filter((j) => j.graph === query.graphName && (j.beginTime ?? Infinity) >= from)
    const pages: Job[][] = []
    for (let i = 0; i < matching.length || i === 0; i += this.pageSize) pages.push(matching.slice(i, i + this.pageSize))
    const seen = new Map<string, Job>()
    for (const [i, page] of pages.entries()) {
      for (const j of page) seen.set(j.id, j)
      if (i < pages.length - 1 && enough?.(seen)) break
      if (i > 0) this.queries.push(query) // every further page is one more request
    }
    return [...seen.values()]
  }
}

/** Sleeps take a turn of the event loop, so that reads answered at once finish first, as over the network. */
class TickClock extends FakeClock {
  override async sleep(ms: number, signal: AbortSignal): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve))
    return super.sleep(ms, signal)
  }
}

function setup(
  jobs: Job[],
  { listings = [] as CompleteListing[], trend = 10, pageSize = 100, deadline = T0 + HOUR } = {}
) {
  const clock = new TickClock(T0)
  const source = new PagedSource(jobs, pageSize)
  const log = new RecordingLog()
  const reader = new HistoryReader({
    trend,
    source,
    // Listings of the graphs they hold (as the monitor keeps them: per graph queried).
    listings: (graph) =>
      listings
        .filter((l) => l.jobs.some((j) => j.graph === graph))
        .map((l) => ({ ...l, jobs: l.jobs.filter((j) => j.graph === graph) })),
    deadline,
    clock,
    signal: new AbortController().signal,
    log
  })
  return { clock, source, log, reader }
}

const ids = (reader: HistoryReader, current: Job = running): string[] | undefined =>
  reader.resultFor(current, T0).history?.map((e) => e.jobId)
const dates = (source: PagedSource): (string | undefined)[] => source.queries.map((q) => q.startDate)

/** The nine imports before the running one, newest first: what trend 10 draws beside it. */
const NINE_BEFORE = Array.from({ length: 9 }, (_, i) => `movies-${9 - i}`)

describe('HistoryReader', () => {
  it('asks nothing when a listing the wait read to the end, without a start date, holds the graph', async () => {
    const jobs = [...series(12, DAY), series(3, DAY, 'social')[0], running]
    const { source, reader } = setup(jobs, { listings: [{ jobs }] })
    reader.observe([running])
    await reader.settle()
    expect(source.queries).toEqual([])
    expect(ids(reader)).toEqual(NINE_BEFORE)
    expect(reader.resultFor(running, T0)).toMatchObject({ expectedDurationSeconds: 600 })
  })

  it('asks nothing when a dated listing already holds trend − 1 imports after its date', async () => {
    const jobs = [...series(12, 6 * HOUR), running]
    const { source, reader } = setup(jobs, { listings: [{ jobs, startDate: '2026-11-25' }] })
    reader.observe([running])
    await reader.settle()
    expect(source.queries).toEqual([])
    expect(ids(reader)).toHaveLength(9)
  })

  it('widens the window while it holds too few imports: daily imports take 2 requests', async () => {
    const { source, reader } = setup([...series(20, DAY), running])
    reader.observe([running])
    await reader.settle()
    expect(dates(source)).toEqual(['2026-11-20', '2026-10-28'])
    expect(ids(reader)).toEqual(NINE_BEFORE)
  })

  it('narrows the window when one page does not hold it: hourly imports', async () => {
    const { source, reader } = setup([...series(400, HOUR), running])
    reader.observe([running])
    await reader.settle()
    expect(dates(source)).toEqual(['2026-11-20', '2026-11-25'])
    expect(ids(reader)).toHaveLength(9)
    expect(ids(reader)?.at(-1)).toBe('movies-1')
  })

  it(`never asks more than ${HISTORY_REQUESTS} requests, and keeps only what is known complete`, async () => {
    // Yearly imports: 7 days, 30 days, 365 days hold at most one; the listing without a date is never made.
    const { source, reader } = setup([...series(12, 200 * DAY), running])
    reader.observe([running])
    await reader.settle()
    expect(dates(source)).toEqual(['2026-11-20', '2026-10-28', '2025-11-27'])
    expect(ids(reader)).toEqual(['movies-1'])
    expect(reader.resultFor(running, T0).expectedDurationSeconds).toBeNull()
  })

  it('shares the budget between graphs', async () => {
    const social = job({ id: 'now-social', graph: 'social', beginTime: T0 - 60_000 })
    const { source, reader } = setup([...series(20, 3 * DAY), ...series(20, 3 * DAY, 'social'), running, social])
    reader.observe([running, social])
    await reader.settle()
    expect(source.queries.length).toBe(HISTORY_REQUESTS)
    expect(source.queries.map((q) => q.graphName)).toEqual(['movies', 'movies', 'social'])
  })

  it('does not count the waited-for jobs as their own history, and reads a graph once', async () => {
    const second = job({ id: 'now2', beginTime: T0 - 30_000 })
    const jobs = [...series(3, DAY), running, second]
    const { source, reader } = setup(jobs, { listings: [{ jobs }] })
    reader.observe([running, second])
    reader.observe([running, second])
    await reader.settle()
    expect(ids(reader, second)).toEqual(['movies-3', 'movies-2', 'movies-1'])
    expect(source.queries).toEqual([])
  })

  it('with trend 1 reads nothing: the chart is this import alone', async () => {
    const { source, reader } = setup([...series(20, DAY), running], { trend: 1 })
    reader.observe([running])
    await reader.settle()
    expect(source.queries).toEqual([])
    expect(ids(reader)).toEqual([])
  })

  it('a failed read is one warning, and the history unknown unless what was read holds it; nothing throws', async () => {
    const social = job({ id: 'now-social', graph: 'social', beginTime: T0 - 60_000 })
    const jobs = [...series(2, HOUR), running]
    const { source, reader, log } = setup([...jobs, ...series(20, DAY, 'social'), social], {
      listings: [{ jobs, startDate: '2026-11-27' }]
    })
    source.fault = () => new ApiError('transient', 'Listing GES jobs failed: HTTP 503', { status: 503 })
    reader.observe([running, social])
    await reader.settle()
    expect(log.of('warning')).toEqual([
      'The earlier imports of graph "movies" could not be read for the trend chart (Listing GES jobs failed: HTTP 503); the verdict is unchanged'
    ])
    // Fewer than trend − 1 known, and the read failed: unknown, not "only these two".
    expect(ids(reader)).toBeUndefined()
    expect(ids(reader, social)).toBeUndefined()
  })

  it('starts reading after the second poll, so that the first status poll never waits behind it', async () => {
    const { source, reader } = setup([...series(20, DAY), running])
    reader.observe([running])
    await new Promise((resolve) => setImmediate(resolve))
    expect(source.queries).toEqual([])
    reader.observe([running])
    await new Promise((resolve) => setImmediate(resolve))
    expect(dates(source)).toEqual(['2026-11-20', '2026-10-28'])
  })

  it('past the deadline, still keeps what the listings the wait read hold', async () => {
    const jobs = [...series(3, HOUR), running]
    const { source, reader } = setup([...jobs, ...series(20, DAY)], {
      deadline: T0,
      listings: [{ jobs, startDate: '2026-11-27' }]
    })
    reader.observe([running])
    await reader.settle()
    expect(source.queries).toEqual([])
    expect(ids(reader)).toEqual(['movies-3', 'movies-2', 'movies-1'])
  })

  it('asks nothing once the deadline has passed, and settle does not wait past it', async () => {
    const { source, reader, clock } = setup([...series(20, DAY), running], { deadline: T0 })
    reader.observe([running])
    await reader.settle()
    expect(source.queries).toEqual([])
    expect(clock.sleeps).toEqual([])
    expect(ids(reader)).toBeUndefined()
  })

  it('settle waits for a read under way only until the deadline; its late failure is not heard', async () => {
    const { source, reader, clock, log } = setup([running], { deadline: T0 + 5000 })
    let fail: (error: Error) => void = () => undefined
    source.listJobs = () => new Promise<Job[]>((_, reject) => (fail = reject))
    reader.observe([running])
    await reader.settle()
    expect(clock.now()).toBe(T0 + 5000)
    fail(new ApiError('transient', 'the transport was closed'))
    await new Promise((resolve) => setImmediate(resolve))
    expect(log.of('warning')).toEqual([])
    expect(ids(reader)).toBeUndefined()
  })

  it('says how long the graph usually takes while an import runs, and when it is slower', async () => {
    const jobs = [imported('a', DAY, 9), imported('b', 2 * DAY, 11), imported('c', 3 * DAY, 10), running]
    const { reader, clock } = setup(jobs, { listings: [{ jobs }] })
    reader.observe([running])
    await reader.settle()
    clock.t += 10 * 60_000
    expect(reader.note(running)).toEqual({
      text: 'running at least 10m: imports of this graph usually take 9m–11m (median 10m)',
      slower: false
    })
    clock.t += 4 * 60_000
    expect(reader.note(running)).toEqual({
      text: 'running at least 14m, slower than usual: imports of this graph usually take 9m–11m (median 10m)',
      slower: true
    })
    expect(reader.resultFor(running, clock.now())).toMatchObject({ expectedDurationSeconds: 600, runningSeconds: 840 })
    const done = { ...running, status: 'success' as const, endTime: clock.now() }
    expect(reader.note(done)).toBeUndefined()
    expect(reader.resultFor(done, clock.now()).runningSeconds).toBeNull()
  })

  it('counts the running time from the first poll that saw it running, not while it was pending', async () => {
    const jobs = [imported('a', DAY, 9), imported('b', 2 * DAY, 11), imported('c', 3 * DAY, 10)]
    const pending = job({ id: 'now', status: 'pending', rawStatus: 'pending', beginTime: null })
    const { reader, clock } = setup(jobs, { listings: [{ jobs }] })
    reader.observe([pending])
    clock.t += 5 * 60_000
    expect(reader.note(pending)).toBeUndefined()
    const started = { ...pending, status: 'running' as const, rawStatus: 'running', beginTime: clock.t }
    reader.observe([started])
    clock.t += 10 * 60_000
    expect(reader.note(started)?.text).toBe(
      'running at least 10m: imports of this graph usually take 9m–11m (median 10m)'
    )
  })

  it('says nothing usual with fewer than 3 successful imports, nor for a job that is not an import', async () => {
    const jobs = [imported('a', DAY), imported('b', 2 * DAY, 10, { status: 'failed' }), imported('c', 3 * DAY), running]
    const { reader } = setup(jobs, { listings: [{ jobs }] })
    reader.observe([running])
    await reader.settle()
    expect(reader.note(running)).toBeUndefined()
    expect(reader.resultFor({ ...running, name: 'ExportGraph' }, T0).history).toBeNull()
  })
})
