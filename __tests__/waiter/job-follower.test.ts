// The job follower on its own: which endpoint it asks for which job, what it logs (once), and how
// it reads the job list (one listing per graph, from which date, read to the end or not).
import { describe, expect, it } from '@jest/globals'
import { FakeClock, FakeJobSource, RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { file, job } from '../../__fixtures__/jobs.js'
import type { JobSource } from '../../src/ges/job-source.js'
import type { TailListing } from '../../src/ges/listing-tail.js'
import type { Job } from '../../src/ges/model.js'
import { ApiError } from '../../src/http/api-error.js'
import { CompleteListings } from '../../src/shared/complete-listings.js'
import { DAY_MS, formatUtcDate } from '../../src/shared/time.js'
import { JobFollower } from '../../src/waiter/job-follower.js'
import type { PollErrors } from '../../src/waiter/poll-errors.js'
import { answerOf, expectJob, trackJob, type TrackedJob } from '../../src/waiter/tracked-job.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const HOUR = 3_600_000
const running = (overrides: Partial<Job> = {}): Job =>
  job({ id: 'j1', status: 'running', rawStatus: 'running', beginTime: T0 - HOUR, ...overrides })
const success = (overrides: Partial<Job> = {}): Job =>
  running({ status: 'success', rawStatus: 'success', endTime: T0, files: [file()], ...overrides })

function setup(jobs: Job[], startDate?: string) {
  const clock = new FakeClock(T0)
  const source = new FakeJobSource(
    clock,
    jobs.map((j) => ({ job: j }))
  )
  const log = new RecordingLog()
  const listings = new CompleteListings()
  const follower = new JobFollower(source, startDate, listings, log)
  const errors: PollErrors = []
  const follow = (poll: number, tracked: TrackedJob[], listed = new Map<string, Job[]>()) =>
    follower.follow(poll, tracked, listed, errors)
  return { clock, source, log, listings, follower, errors, follow }
}

/** A job found in the listing of poll 1. */
const found = (j: Job): TrackedJob => trackJob(answerOf('job list', 1, j), j)
const permanent = (message: string, code?: string) =>
  new ApiError('permanent', message, { status: 400, ...(code !== undefined && { code }) })

describe('the graph list behind the status endpoint', () => {
  it('refused for good: every job is followed through the job list, with a warning saying so', async () => {
    const h = setup([running()])
    h.source.fault = (method) => (method === 'listGraphs' ? permanent('Listing the graphs failed: 403') : undefined)
    const t = found(running())
    await h.follow(2, [t])
    expect(h.log.of('warning')).toEqual(['Listing the graphs failed: 403; following jobs through the job list instead'])
    expect(t.listOnly).toBe(true)
    expect(h.source.callsOf('getJob')).toEqual([])
    expect(h.errors).toEqual([])
  })

  it('failing for a while: the poll error is kept, and this poll reads the job from the list meanwhile', async () => {
    const h = setup([running()])
    h.source.fault = (method) => (method === 'listGraphs' ? new ApiError('transient', 'HTTP 502') : undefined)
    const t = found(running())
    await h.follow(2, [t])
    expect(h.errors.map((e) => e.message)).toEqual(['HTTP 502'])
    expect(h.source.callsOf('listJobs')).toHaveLength(1)
    expect(t.listOnly).toBe(false)
  })

  it('read again for a graph it lacks, and failing then: the earlier list stays, and nothing is gone', async () => {
    const h = setup([running({ graph: 'kg' })])
    h.source.fault = (method, n) =>
      method === 'listGraphs' && n > 0 ? new ApiError('transient', 'HTTP 502') : undefined
    await h.follow(2, [found(running())]) // reads the graph list
    const t = trackJob(answerOf('job list', 2, running({ graph: 'kg' })), running({ graph: 'kg' }))
    await h.follow(3, [t])
    expect(h.source.callsOf('listGraphs').map((c) => c.args)).toEqual([[], [true]])
    expect(t.graphGone).toBeUndefined()
    expect(h.errors).toEqual([])
  })
})

describe('an import whose graph is not in the graph list, read in full', () => {
  it('is neither asked of the status endpoint nor listed again: nothing can change that', async () => {
    const h = setup([success({ graph: 'kg' })])
    const t = found(success({ graph: 'kg' }))
    await h.follow(2, [t])
    expect(t.graphGone).toBeDefined()
    expect(h.source.callsOf('getJob')).toEqual([])
    expect(h.source.callsOf('listJobs')).toEqual([])
  })

  it('names the graph, cut when long, and says nothing of a status the list never gave', async () => {
    const graph = 'g'.repeat(300)
    const h = setup([running({ graph, rawStatus: '', status: 'unknown' })])
    const t = found(running({ graph, rawStatus: '', status: 'unknown' }))
    await h.follow(2, [t])
    expect(t.graphGone).toBe(
      `Graph "${'g'.repeat(100)}" of ImportGraph job j1 is not in the graph list of the project, read in full: GES no longer has that graph, and the data the job imported went with it`
    )
  })
})

describe('the status endpoint', () => {
  it('GES.7000 for the job this step started, before any listing: the graph is gone, cut when long', async () => {
    const graph = 'm'.repeat(150)
    const h = setup([running({ graph })])
    h.source.graphs = [{ id: 'g-long', name: graph }]
    h.source.fault = (method) =>
      method === 'getJob' ? permanent('Getting the status of GES job j1 failed: GES.7000', 'GES.7000') : undefined
    const t = expectJob(running({ graph }))
    await h.follow(1, [t])
    expect(t.graphGone).toBe(
      `Graph "${'m'.repeat(100)}" of ImportGraph job j1 no longer exists: the status endpoint answers GES.7000 ("the graph does not exist or has been deleted"), and the data the job imported went with the graph [HTTP 400, GES.7000]`
    )
  })

  it.each(['GES.70001', 'XGES.7000'])(
    '%s is not GES.7000: the job is read from the list, its graph not gone',
    async (code) => {
      const h = setup([running()])
      h.source.fault = (method) => (method === 'getJob' ? permanent(`failed: ${code}`, code) : undefined)
      const t = found(running())
      await h.follow(2, [t])
      expect(t.graphGone).toBeUndefined()
      expect(t.listOnly).toBe(true)
    }
  )

  it('forgetting a job it said had finished: a warning, once, naming what it said', async () => {
    const h = setup([success()])
    h.source.listOmits = () => true // the list does not confirm it
    h.source.fault = (method, n) =>
      method === 'getJob' && n > 0
        ? permanent('Getting the status of GES job j1 failed: GES.7007', 'GES.7007')
        : undefined
    const t = found(running())
    await h.follow(2, [t])
    await h.follow(3, [t])
    await h.follow(4, [t])
    expect(h.log.of('warning').filter((w) => w.includes('from now on'))).toEqual([
      'Getting the status of GES job j1 failed: GES.7007; reading job j1 from the job list from now on, though the status endpoint said "success" before [HTTP 400, GES.7007]'
    ])
  })

  it('forgetting a job it said had finished, with an error that has no reference: no empty brackets', async () => {
    const h = setup([success()])
    h.source.listOmits = () => true
    h.source.fault = (method, n) =>
      method === 'getJob' && n > 0
        ? new ApiError('permanent', 'Getting the status of GES job j1 failed', {})
        : undefined
    const t = found(running())
    await h.follow(2, [t])
    await h.follow(3, [t])
    expect(h.log.of('warning')).toContain(
      'Getting the status of GES job j1 failed; reading job j1 from the job list from now on, though the status endpoint said "success" before'
    )
  })

  it('forgetting a job only the list said had finished: a debug line, no warning', async () => {
    const h = setup([success()])
    h.source.fault = (method) =>
      method === 'getJob' ? new ApiError('permanent', 'Getting the status of GES job j1 failed', {}) : undefined
    const t = found(success())
    await h.follow(2, [t])
    expect(h.log.of('debug')).toEqual([
      'Getting the status of GES job j1 failed; reading job j1 from the job list from now on'
    ])
    expect(h.log.of('warning')).toEqual([])
  })

  it('a status GES does not document: a warning per status, once while it lasts, for each job', async () => {
    const h = setup([
      running({ status: 'unknown', rawStatus: 'cancelled' }),
      running({ id: 'j2', status: 'unknown', rawStatus: 'cancelled' })
    ])
    const ts = [found(running()), found(running({ id: 'j2' }))]
    await h.follow(2, ts)
    await h.follow(3, ts)
    h.source.jobs[0].job = running({ status: 'unknown', rawStatus: 'paused' })
    await h.follow(4, ts)
    h.source.jobs[0].job = running({ status: 'unknown', rawStatus: 'cancelled' })
    await h.follow(5, ts)
    expect(h.log.of('warning')).toEqual([
      'Job j1 reports status "cancelled", which is not a documented GES job status: treated as not finished, the wait goes on',
      'Job j2 reports status "cancelled", which is not a documented GES job status: treated as not finished, the wait goes on',
      'Job j1 reports status "paused", which is not a documented GES job status: treated as not finished, the wait goes on',
      'Job j1 reports status "cancelled", which is not a documented GES job status: treated as not finished, the wait goes on'
    ])
  })

  it.each([
    [
      { rawStatus: 'succ\u200bess' },
      'status "succ\\u200bess", which only looks like "success" (GES documents no such spelling)'
    ],
    [{ rawStatus: '' }, 'no status'],
    [{ rawStatus: 'x...', statusUnreadable: 'too long' }, 'a status that cannot be read: too long']
  ] as [Partial<Job>, string][])('an unknown status %j is named in the warning as %s', async (answer, named) => {
    const h = setup([running({ status: 'unknown', ...answer })])
    await h.follow(2, [found(running())])
    expect(h.log.of('warning')).toContain(`Job j1 reports ${named}: treated as not finished, the wait goes on`)
  })
})

describe('the job list', () => {
  it('an entry that cannot be read, with a status GES does not document: each said once, however many polls', async () => {
    const broken = running({ status: 'unknown', rawStatus: 'cancelled', unreadable: 'jobDetail is a list' })
    const h = setup([broken])
    const t = found(running())
    t.listOnly = true
    await h.follow(2, [t])
    await h.follow(3, [t])
    expect(h.log.of('warning')).toEqual([
      'Job j1: its entry in the job list cannot be read (jobDetail is a list); asking again until it can or the wait times out',
      'Job j1 reports status "cancelled", which is not a documented GES job status: treated as not finished, the wait goes on'
    ])
  })

  it('an entry that cannot be read for another reason is warned again', async () => {
    const h = setup([running({ unreadable: 'jobDetail is a list' })])
    const t = found(running())
    t.listOnly = true
    await h.follow(2, [t])
    h.source.jobs[0].job = running({ unreadable: 'jobDetail is a number' })
    await h.follow(3, [t])
    expect(h.log.of('warning')).toEqual([
      'Job j1: its entry in the job list cannot be read (jobDetail is a list); asking again until it can or the wait times out',
      'Job j1: its entry in the job list cannot be read (jobDetail is a number); asking again until it can or the wait times out'
    ])
  })

  it('the job this step started, not listed yet: said once, and not gone', async () => {
    const h = setup([])
    const t = expectJob(running())
    await h.follow(1, [t])
    await h.follow(2, [t])
    expect(h.log.of('info')).toEqual(['Job j1 is not in the job list yet; waiting for it to appear'])
    expect(t.vanished).toBe(false)
  })

  it('the job this step started, answered by the status endpoint but not listed: gone from the list', async () => {
    const h = setup([success()])
    h.source.listOmits = () => true
    const t = expectJob(running())
    await h.follow(1, [t])
    expect(t.vanished).toBe(true)
    expect(h.log.of('warning')).toEqual([
      'Job j1 is no longer in the job center, though the status endpoint says "success"; asking the status endpoint again to confirm'
    ])
  })

  it.each([
    ['a running job', running(), 'running'],
    ['a finished job only the list answers for', success(), 'success'],
    ['a job without status', running({ status: 'unknown', rawStatus: '' }), 'without status']
  ])('%s that the list drops: waited for, in case it comes back', async (_name, last, seen) => {
    const h = setup([])
    const t = found(last)
    t.listOnly = true
    await h.follow(2, [t])
    expect(t.vanished).toBe(true)
    expect(h.log.of('warning')).toEqual([
      `Job j1 is no longer in the job center (last seen ${seen}); waiting in case it comes back`
    ])
  })

  it('a listing of this poll is reused, not asked again', async () => {
    const h = setup([success()])
    const t = found(running())
    t.listOnly = true
    await h.follow(2, [t], new Map([['movies', [success()]]]))
    expect(h.source.callsOf('listJobs')).toEqual([])
    expect(t.job.status).toBe('success')
  })

  it('a job of a graph is read from a listing of that graph; a job of no graph from one of every graph', async () => {
    const h = setup([running(), running({ id: 'j2', graph: null })])
    const ts = [found(running()), found(running({ id: 'j2', graph: null }))]
    ts[0].listOnly = true
    await h.follow(2, ts)
    const graphs = h.source.callsOf('listJobs').map((c) => (c.args[0] as { graphName?: string }).graphName)
    expect(graphs.sort()).toEqual(['movies', undefined])
  })
})

describe('how far the job list is read', () => {
  const enoughOf = (h: ReturnType<typeof setup>) =>
    h.source.callsOf('listJobs').map((c) => c.args[1] as ((seen: ReadonlyMap<string, Job>) => boolean) | undefined)

  it('while jobs run: until every job followed is seen, no further', async () => {
    const h = setup([running(), running({ id: 'j2' })])
    const ts = [found(running()), found(running({ id: 'j2' }))]
    ts.forEach((t) => (t.listOnly = true))
    await h.follow(2, ts)
    const [enough] = enoughOf(h)
    expect(enough?.(new Map([['j1', running()]]))).toBe(false)
    expect(
      enough?.(
        new Map([
          ['j1', running()],
          ['j2', running({ id: 'j2' })]
        ])
      )
    ).toBe(true)
    expect(ts.map((t) => t.latest['job list']?.poll)).toEqual([2, 2])
  })

  it('jobs of no graph share one listing of every graph, and each gets its answer', async () => {
    const jobs = [running({ graph: null }), running({ id: 'j2', graph: null })]
    const h = setup(jobs)
    const ts = jobs.map((j) => found(j))
    await h.follow(2, ts)
    expect(h.source.callsOf('listJobs')).toHaveLength(1)
    expect(ts.map((t) => t.latest['job list']?.poll)).toEqual([2, 2])
  })

  it('one finished import and one running: until both are seen, not to the end', async () => {
    const h = setup([success(), running({ id: 'j2' })])
    const ts = [found(success()), found(running({ id: 'j2' }))]
    ts.forEach((t) => (t.listOnly = true))
    await h.follow(2, ts)
    expect(enoughOf(h)[0]).toBeDefined()
  })

  it('a finished import of no graph: until it is seen (the comparison needs a listing of its graph)', async () => {
    const h = setup([success({ graph: null })])
    const t = found(success({ graph: null }))
    await h.follow(2, [t])
    expect(enoughOf(h)[0]).toBeDefined()
  })

  it('finished imports: to the end, kept for the comparison, unless discovery read the whole history after they began', async () => {
    const h = setup([success()])
    const t = found(success())
    t.listOnly = true
    await h.follow(2, [t])
    expect(enoughOf(h)).toEqual([undefined])
    expect(h.listings.of('movies')).toHaveLength(1)

    const windowed = setup([success()])
    windowed.listings.record('movies', [success()], '2026-11-01')
    const tw = found(success())
    tw.listOnly = true
    await windowed.follow(2, [tw])
    expect(enoughOf(windowed)).toEqual([undefined])

    const tail = setup([success()])
    tail.listings.record('movies', [success()], undefined, { before: T0, end: { page: 1 } as never })
    const tt = found(success())
    tt.listOnly = true
    await tail.follow(2, [tt])
    expect(enoughOf(tail)).toEqual([undefined])

    const whole = setup([success()])
    whole.listings.record('movies', [success()], undefined)
    const th = found(success())
    th.listOnly = true
    await whole.follow(2, [th])
    expect(enoughOf(whole)[0]).toBeDefined()
  })

  it('finished imports in a long history: the end of the list from them on, never cut short, kept with its anchor', async () => {
    const h = setup([success()])
    const stops: boolean[] = []
    const tailListing: TailListing = {
      jobs: [success()],
      before: T0 - HOUR,
      end: { page: 3 } as never,
      startDate: '2026-11-27'
    }
    const listTail: JobSource['listTail'] = async (_graph, _ids, stop) => {
      stops.push(stop())
      return tailListing
    }
    Object.assign(h.source, { listTail })
    const t = found(success())
    t.listOnly = true
    await h.follow(2, [t])
    expect(stops).toEqual([false])
    expect(h.source.callsOf('listJobs')).toEqual([])
    expect(h.listings.of('movies')).toEqual([
      { jobs: tailListing.jobs, startDate: '2026-11-27', before: T0 - HOUR, end: tailListing.end }
    ])
  })
})

describe('the start date of a listing', () => {
  const startDateOf = (h: ReturnType<typeof setup>) =>
    (h.source.callsOf('listJobs')[0].args[0] as { startDate?: string }).startDate

  const follow = async (jobs: Job[], startDate?: string) => {
    const h = setup(jobs, startDate)
    const ts = jobs.map((j) => found(j))
    ts.forEach((t) => (t.listOnly = true))
    await h.follow(2, ts)
    return startDateOf(h)
  }

  it('is a day before the earliest begin time of the jobs it confirms', async () => {
    const jobs = [running({ beginTime: T0 - HOUR }), running({ id: 'j2', beginTime: T0 - 30 * HOUR })]
    expect(await follow(jobs)).toBe(formatUtcDate(T0 - 30 * HOUR - DAY_MS))
  })

  it("is the run's own start date when a job has no begin time", async () => {
    const jobs = [running(), running({ id: 'j2', beginTime: null })]
    expect(await follow(jobs, '2026-11-01')).toBe('2026-11-01')
    expect(await follow(jobs)).toBeUndefined()
  })

  it("is the run's own start date when that is later, never an earlier one", async () => {
    expect(await follow([running()], '2026-11-28')).toBe('2026-11-28')
    expect(await follow([running()], '2026-11-01')).toBe(formatUtcDate(T0 - HOUR - DAY_MS))
  })
})

describe('disagreements in the log', () => {
  it('each new one is warned once, saying whether asking again can settle it', async () => {
    const h = setup([running()])
    h.source.statusAnswer = () => success()
    const t = found(running())
    await h.follow(2, [t])
    await h.follow(3, [t])
    h.source.jobs[0].job = success({ rawStatus: 'Success' })
    await h.follow(4, [t])
    expect(h.log.of('warning')).toEqual([
      'GES answers about job j1 disagree: the status endpoint says "success", the job list says "running"; asking both again',
      'GES spells the final status of job j1 in two ways: the status endpoint says "success", the job list says "Success" (documented: "success"); no further answer can settle it'
    ])
  })
})
