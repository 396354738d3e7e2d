// The finish in a long history: the target is the oldest of 1,000 imports of its graph, listed
// newest first. Identification reads every page down to it; the finish (the listing that
// confirms it, the search for the previous import in widening date windows) reads only the page
// of the target and, per window, the page where the narrower one ended. Exact request counts,
// and a job center that does not hold still gets the whole list read, with the right answer.
import { afterEach, describe, expect, it } from '@jest/globals'
import { movieImportDetail } from '../../emulator/scenarios.mjs'
import type { Emulator, JobSpec, RequestRecord } from '../../emulator/server.mjs'
import { closeAll, run, startEmu, expectRequestCount, nearUtcMidnight } from './support.js'

afterEach(closeAll)

const MINUTE = 60_000
const DAY = 86_400_000
const TARGET = 'target-job-0000000000000000000001'
const PREVIOUS = 'previous-job-00000000000000000001'

function finished(id: string, beginMs: number): JobSpec {
  return {
    id,
    graph: 'movies',
    beginTime: new Date(beginMs).toISOString(),
    timeline: [
      { atMs: 0, status: 'success', endTime: new Date(beginMs + MINUTE).toISOString(), jobDetail: movieImportDetail() }
    ]
  }
}

/** 1,000 imports of the last 100 minutes; the target, running, began 150 minutes ago. */
function history(now: number): JobSpec[] {
  return [
    ...Array.from({ length: 1000 }, (_, i) => finished(`new${String(i).padStart(29, '0')}`, now - MINUTE - i * 6_000)),
    { id: TARGET, graph: 'movies', beginTime: new Date(now - 150 * MINUTE).toISOString(), timeline: [] }
  ]
}

/**
 * The job center, newest first, with the target running until the first status poll and
 * succeeding 300 ms later, however long identification took: every run sees it running first.
 * `then` adds jobs at that first poll.
 */
async function newestFirst(jobs: JobSpec[], then: (at: number) => JobSpec[] = () => []): Promise<Emulator> {
  let polled = false
  const emu: Emulator = await startEmu({
    jobs,
    order: 'newest',
    fillerJobs: 0,
    beforeAnswer: (q) => {
      if (polled || q.endpoint !== 'status') return
      polled = true
      const success = { atMs: q.at + 300, status: 'success', jobDetail: movieImportDetail() }
      const target = (job: JobSpec): JobSpec =>
        job.id === TARGET ? { ...job, timeline: [{ atMs: 0, status: 'running' }, success] } : job
      emu.setJobs([...jobs.map(target), ...then(q.at)])
    }
  })
  return emu
}

const inputs = { 'job-id': TARGET, since: '3h', 'max-line-drop': '20%', timeout: '30s' }

/** The GES requests after the last status poll, as startTime@offset. */
function afterLastPoll(emu: Emulator): string[] {
  const requests = emu.requests
  const last = requests.map((r) => r.endpoint).lastIndexOf('status')
  return requests.slice(last + 1).map(asked)
}

const asked = (r: RequestRecord): string =>
  `${r.endpoint}:${(r.query.startTime as string | undefined) ?? 'all'}@${r.query.offset as string}`

describe('the finish in a history of 1,000 imports, the target the oldest', () => {
  it('confirms the finish and finds the previous import 3 days back in 3 requests (was 33)', async () => {
    const now = Date.now()
    const jobs = [...history(now), finished(PREVIOUS, now - 3 * DAY)]
    const emu = await newestFirst(jobs)
    const r = await run(emu, { inputs })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.outputs['previous-job-id']).toBe(PREVIOUS)
    // Identification: the graph list and 11 pages, down to the target at offset 1,000.
    const firstPoll = emu.requests.findIndex((q) => q.endpoint === 'status')
    expect(emu.requests.slice(0, firstPoll).filter((q) => q.endpoint === 'list')).toHaveLength(11)
    const after = afterLastPoll(emu)
    // The page of the target (the finish confirmed), then the 1- and 7-day windows from there on.
    expectRequestCount(after.length, 3)
    expect(after.every((a) => a.startsWith('list:') && a.endsWith('@1000'))).toBe(true)
    expect(new Set(after.map((a) => a.split('@')[0])).size).toBe(after.length)
  })

  it('with no earlier import: one request per date window, never the history again (was 77)', async () => {
    const now = Date.now()
    const emu = await newestFirst(history(now))
    const r = await run(emu, { inputs })

    expect(r.code).toBe(0)
    expect(r.outputs['previous-job-id']).toBe('')
    expect(r.report?.jobs[0].comparison).toMatchObject({ result: 'no-previous' })
    const after = afterLastPoll(emu)
    // The page of the target, the 1, 7, 30, 90 and 365-day windows, then the list without a date.
    expectRequestCount(after.length, 7)
    expect(after.every((a) => a.endsWith('@1000'))).toBe(true)
    expect(after.at(-1)).toBe('list:all@1000')
    expect(new Set(after).size).toBe(after.length)
  })

  it('without since: the page of the target holds the previous import too, 1 request (was 33)', async () => {
    const now = Date.now()
    const jobs = [...history(now), finished(PREVIOUS, now - 3 * DAY)]
    const emu = await newestFirst(jobs)
    const r = await run(emu, { inputs: { ...inputs, since: undefined } })

    expect(r.code).toBe(0)
    expect(r.outputs['previous-job-id']).toBe(PREVIOUS)
    expect(afterLastPoll(emu)).toEqual(['list:all@1000'])
  })

  it('an import that finished before the run: the page of the target, then one page per window (was 22)', async () => {
    const now = Date.now()
    const jobs = [
      ...history(now).slice(0, 1000),
      finished(TARGET, now - 150 * MINUTE),
      finished(PREVIOUS, now - 3 * DAY)
    ]
    // The comparison alone (trend 0); then with the trend's history, at most its 3 pages more.
    const emu = await startEmu({ jobs, order: 'newest', fillerJobs: 0 })
    const r = await run(emu, { inputs: { ...inputs, trend: '0' } })

    expect(r.code).toBe(0)
    expect(r.outputs['previous-job-id']).toBe(PREVIOUS)
    const after = afterLastPoll(emu)
    expectRequestCount(after.length, 3)
    expect(after.every((a) => a.endsWith('@1000'))).toBe(true)

    const withTrend = await startEmu({ jobs, order: 'newest', fillerJobs: 0 })
    const t = await run(withTrend, { inputs })
    expect(t.outputs['previous-job-id']).toBe(PREVIOUS)
    expect(afterLastPoll(withTrend).length).toBeLessThanOrEqual(3 + 3)
  })

  it('reads the whole list when a job was added on top since identification: the target moved', async () => {
    const now = Date.now()
    const jobs = [...history(now), finished(PREVIOUS, now - 3 * DAY)]
    const newest: JobSpec = { id: 'newest-job-0000000000000000000001', graph: 'movies', timeline: [] }
    const emu = await newestFirst(jobs, (at) => [
      { ...newest, appearAtMs: at, beginTime: new Date(Date.now()).toISOString() }
    ])
    const r = await run(emu, { inputs })

    expect(r.code).toBe(0)
    expect(r.outputs['previous-job-id']).toBe(PREVIOUS)
    const after = afterLastPoll(emu)
    // The page where the target was (it is one further now), then the confirming listing from the
    // top, and the 1- and 7-day windows read whole: 1 + 3 × 11 pages.
    expect(after[0]).toMatch(/^list:.*@1000$/)
    expect(after[1]).toMatch(/^list:.*@0$/)
    expectRequestCount(after.length, 34)
  })

  it('reads the whole list when a wider window lists an older import among the newer ones and a newer job beyond', async () => {
    // From the 7-day window on, the previous import is listed at the place of a job of the last
    // 100 minutes, and that job at its place, after the target: the page of the target looks the
    // same and jobCount is right. The pages after it alone would name OLDER as the previous import.
    const now = Date.now()
    const OLDER = 'older-job-000000000000000000000001'
    const jobs = [...history(now), finished(PREVIOUS, now - 3 * DAY), finished(OLDER, now - 4 * DAY)]
    const moved = `new${String(500).padStart(29, '0')}`
    const D7 = new Date(now - 8 * DAY).toISOString().slice(0, 10)
    const swapped = (list: JobSpec[]): JobSpec[] => {
      const beginOf = (id: string): string => list.find((job) => job.id === id)?.beginTime as string
      const [previousBegin, movedBegin] = [beginOf(PREVIOUS), beginOf(moved)]
      // The emulator orders and filters by beginTime and lists beginTimeRaw.
      const at = (job: JobSpec, place: string): JobSpec => ({
        ...job,
        beginTime: place,
        beginTimeRaw: (job.beginTime as string).slice(0, 19)
      })
      return list.map((job) =>
        job.id === PREVIOUS ? at(job, movedBegin) : job.id === moved ? at(job, previousBegin) : job
      )
    }
    let current = jobs
    let polled = false
    let moving = true
    const emu: Emulator = await startEmu({
      jobs,
      order: 'newest',
      fillerJobs: 0,
      beforeAnswer: (q) => {
        if (!polled && q.endpoint === 'status') {
          polled = true
          const success = { atMs: q.at + 300, status: 'success', jobDetail: movieImportDetail() }
          current = current.map((job) =>
            job.id === TARGET ? { ...job, timeline: [{ atMs: 0, status: 'running' }, success] } : job
          )
          emu.setJobs(current)
        }
        const start = q.query.startTime as string | undefined
        if (moving && q.endpoint === 'list' && start !== undefined && start <= D7) {
          moving = false
          current = swapped(current)
          emu.setJobs(current)
        }
      }
    })
    const r = await run(emu, { inputs })

    expect(r.code).toBe(0)
    expect(moving).toBe(false)
    expect(r.outputs['previous-job-id']).toBe(PREVIOUS)
    // The 7-day window from the page of the target gave up, and was read from the top.
    const after = afterLastPoll(emu)
    if (!nearUtcMidnight()) expect(after.filter((a) => a === `list:${D7}@1000`)).toHaveLength(1)
    expect(after).toContain(`list:${D7}@0`)
  })

  it('reads the whole list when the previous import is listed before the target (not newest first)', async () => {
    // A successful import that began 10 minutes before the target, listed at the top: the pages
    // before the target hold an earlier import, so the whole list is read.
    const now = Date.now()
    // The emulator orders by beginTime and serves beginTimeRaw: listed first, began before the target.
    const hidden: JobSpec = {
      ...finished('hidden-previous-0000000000000000001', now),
      beginTimeRaw: new Date(now - 160 * MINUTE).toISOString().slice(0, 19)
    }
    const jobs = [...history(now), finished(PREVIOUS, now - 3 * DAY), hidden]
    const emu = await newestFirst(jobs)
    const r = await run(emu, { inputs })
    expect(r.code).toBe(0)
    expect(r.outputs['previous-job-id']).toBe('hidden-previous-0000000000000000001')
  })
})
