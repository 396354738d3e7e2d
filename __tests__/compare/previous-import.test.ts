import { describe, expect, it } from '@jest/globals'
import { FakeClock, FakeJobSource, RecordingLog, type ScriptedJob } from '../../__fixtures__/fake-job-source.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { compareWithPrevious, type PreviousImportOptions } from '../../src/compare/previous-import.js'
import type { JobQuery } from '../../src/ges/ges-client.js'
import type { JobSource } from '../../src/ges/job-source.js'
import type { ListingEnd } from '../../src/ges/listing-tail.js'
import type { Job } from '../../src/ges/model.js'
import { ApiError } from '../../src/http/api-error.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const HOUR = 3_600_000

const imported = (id: string, hoursAgo: number, lines: number, overrides: Partial<Job> = {}): Job =>
  job({
    id,
    status: 'success',
    rawStatus: 'success',
    beginTime: T0 - hoursAgo * HOUR,
    endTime: T0 - hoursAgo * HOUR + 60_000,
    files: [file({ path: 'rate.csv', successfulLines: lines, totalLines: lines })],
    ...overrides
  })
const current = imported('now', 0, 500)

function setup(jobs: Job[], listing?: Job[], deadline = T0 + HOUR) {
  const clock = new FakeClock(T0)
  const source = new FakeJobSource(
    clock,
    jobs.map((j): ScriptedJob => ({ job: j }))
  )
  const log = new RecordingLog()
  const options: PreviousImportOptions = {
    source,
    listings: () => (listing ? [{ jobs: listing }] : []),
    deadline,
    clock,
    signal: new AbortController().signal,
    log,
    retryMinMs: 1000,
    retryMaxMs: 4000
  }
  return { clock, source, log, options }
}

describe('compareWithPrevious', () => {
  it('reuses a complete discovery listing: no request', async () => {
    const history = [imported('prev', 24, 1000), imported('older', 48, 10)]
    const { source, options, log } = setup([], [...history, current])
    const comparisons = await compareWithPrevious([current], options)
    expect(source.calls).toEqual([])
    expect(comparisons.get('now')).toMatchObject({ result: 'compared', previousJobId: 'prev', lineDelta: -500 })
    expect(log.of('info')).toEqual(['ImportGraph now: 500 successful lines, 1,000 in the previous import prev (-500)'])
  })

  it('lists the graph once, in the 1-day window, when there is no complete listing (one listing for two jobs)', async () => {
    const second = imported('now2', 0.5, 700)
    const { source, options } = setup([imported('prev', 24, 1000), current, second])
    const comparisons = await compareWithPrevious([current, second], options)
    expect(source.callsOf('listJobs').map((c) => c.args[0] as JobQuery)).toEqual([
      { graphName: 'movies', startDate: '2026-11-26' }
    ])
    // Read to the end (its `enough` is only the deadline): its pages may be fetched a few at a time.
    expect(source.callsOf('listJobs')[0].args[2]).toBe(true)
    expect(comparisons.get('now')).toMatchObject({ previousJobId: 'now2', lineDelta: -200 })
    expect(comparisons.get('now2')).toMatchObject({ previousJobId: 'prev', lineDelta: -300 })
  })

  it('lists again when an earlier import was still running at discovery, and compares with it once it succeeded', async () => {
    const wasRunning = imported('late', 2, 900, { status: 'running', rawStatus: 'running', files: null, endTime: null })
    const { source, options } = setup(
      [imported('prev', 24, 1000), imported('late', 2, 900), current],
      [imported('prev', 24, 1000), wasRunning, current]
    )
    const comparisons = await compareWithPrevious([current], options)
    expect(source.callsOf('listJobs')).toHaveLength(1)
    expect(comparisons.get('now')).toMatchObject({ previousJobId: 'late', lineDelta: -400 })
  })

  it('takes another waited-for job as it ended, not as the discovery listing saw it: no extra request', async () => {
    const other = imported('other', 2, 900)
    const running = { ...other, status: 'running' as const, rawStatus: 'running', files: null }
    const { source, options } = setup([], [imported('prev', 24, 1000), running, current])
    const comparisons = await compareWithPrevious([current, other], options)
    expect(source.calls).toEqual([])
    expect(comparisons.get('now')).toMatchObject({ previousJobId: 'other', lineDelta: -400 })
    expect(comparisons.get('other')).toMatchObject({ previousJobId: 'prev', lineDelta: -100 })
  })

  it('does not reuse a listing made before the job began: an import queued ahead of it may have succeeded since', async () => {
    // GES runs a graph's imports one after another: 'queued' (pending, no begin time) was ahead of
    // 'now', which was pending too when discovery listed the graph. 'queued' then ran and succeeded.
    const pending = { status: 'pending' as const, rawStatus: 'pending', beginTime: null, endTime: null, files: null }
    const { source, options } = setup(
      [imported('prev', 24, 1000), imported('queued', 1, 900), current],
      [imported('prev', 24, 1000), imported('queued', 1, 900, pending), { ...current, ...pending }]
    )
    const comparisons = await compareWithPrevious([current], options)
    expect(source.callsOf('listJobs')).toHaveLength(1)
    expect(comparisons.get('now')).toMatchObject({ previousJobId: 'queued', lineDelta: -400 })
  })

  it('does not reuse a listing that does not show the job: it was made before the job was listed', async () => {
    const { source, options } = setup(
      [imported('prev', 24, 1000), imported('between', 1, 900), current],
      [imported('prev', 24, 1000)]
    )
    const comparisons = await compareWithPrevious([current], options)
    expect(source.callsOf('listJobs')).toHaveLength(1)
    expect(comparisons.get('now')).toMatchObject({ previousJobId: 'between', lineDelta: -400 })
  })

  it('says there is no previous import, and passes over failed and running ones', async () => {
    const { options } = setup([
      imported('failed', 3, 9, { status: 'failed', rawStatus: 'failed' }),
      imported('running', 1, 9, { status: 'running', rawStatus: 'running' }),
      current
    ])
    expect((await compareWithPrevious([current], options)).get('now')).toMatchObject({ result: 'no-previous' })
  })

  it('cannot decide when a possibly later import cannot be read', async () => {
    const broken = imported('broken', 2, 0, { unreadable: 'jobDetail is a list', files: null })
    const { options } = setup([imported('prev', 24, 1000), broken, current])
    const comparison = (await compareWithPrevious([current], options)).get('now')
    expect(comparison).toMatchObject({ result: 'unavailable' })
    expect(comparison?.reason).toContain('job broken of the same graph may be a later import')
  })

  it('cannot decide when a possibly later import is listed twice with two answers (twin entries disagree)', async () => {
    // A hostile job center lists job "twin" once as `success` with 100,000 lines and once as `failed`: if it
    // succeeded, it is the baseline and the current 500 lines are a drop; passing over it would compare with "prev".
    const twin = imported('twin', 2, 100_000, {
      listingConflict: 'The job list names job twin twice, once as "success", once as "failed"'
    })
    const { options } = setup([imported('prev', 24, 400), twin, current])
    const comparison = (await compareWithPrevious([current], options)).get('now')
    expect(comparison).toMatchObject({ result: 'unavailable' })
    expect(comparison?.reason).toContain('job twin of the same graph may be a later import')
    expect(comparison?.reason).toContain('once as "success", once as "failed"')
  })

  it('cannot decide when a later import finished but whether it succeeded is unknown (the verdict’s rule)', async () => {
    for (const [later, why] of [
      [imported('later', 2, 0, { files: null }), 'GES did not report its file results'],
      [
        imported('later', 2, 0, { files: [file({ path: 'rate.csv', successfulLines: 9, failedLines: 1 })] }),
        'its files are in a status nobody documented or their line counts contradict'
      ]
    ] as const) {
      const { options } = setup([imported('prev', 24, 1000), later, current])
      const comparison = (await compareWithPrevious([current], options)).get('now')
      expect(comparison).toMatchObject({ result: 'unavailable' })
      expect(comparison?.reason).toBe(
        `job later of the same graph finished and may be the previous import, but whether it succeeded is unknown: ${why}`
      )
    }
  })

  it('compares only finished imports; a job without graph or begin time is unavailable', async () => {
    const { options, source } = setup([])
    const comparisons = await compareWithPrevious(
      [
        imported('export', 0, 1, { name: 'ExportGraph' }),
        imported('running', 0, 1, { status: 'running', rawStatus: 'running' }),
        imported('no-graph', 0, 1, { graph: null }),
        imported('no-begin', 0, 1, { beginTime: null })
      ],
      options
    )
    expect([...comparisons.keys()]).toEqual(['no-graph', 'no-begin'])
    expect(comparisons.get('no-graph')?.reason).toMatch(/which graph/)
    expect(comparisons.get('no-begin')?.reason).toMatch(/begin time/)
    expect(source.calls).toEqual([])
  })

  it('turns a listing that fails into "unavailable", never an exception', async () => {
    const { options, source } = setup([current])
    source.fault = () =>
      new ApiError('permanent', 'Listing GES jobs failed: GES.0001', { status: 400, code: 'GES.0001' })
    const comparison = (await compareWithPrevious([current], options)).get('now')
    expect(source.calls).toHaveLength(1)
    expect(comparison?.reason).toBe(
      'the job list could not be read: Listing GES jobs failed: GES.0001 (HTTP 400, GES.0001)'
    )
  })

  it('retries a transient error after a back-off, at most 3 attempts in all', async () => {
    const { options, source, clock } = setup([imported('prev', 24, 1000), current])
    source.fault = (_, n) => (n < 1 ? new ApiError('transient', 'server error (502)', { status: 502 }) : undefined)
    expect((await compareWithPrevious([current], options)).get('now')).toMatchObject({ previousJobId: 'prev' })
    expect(clock.sleeps).toHaveLength(1)

    source.fault = () => new ApiError('transient', 'server error (502)', { status: 502 })
    const again = await compareWithPrevious([current], options)
    expect(again.get('now')?.reason).toMatch(/server error \(502\)/)
    expect(source.callsOf('listJobs')).toHaveLength(2 + 3)
  })

  it('makes no request once the deadline has passed', async () => {
    const { options, source } = setup([current], undefined, T0)
    const comparison = (await compareWithPrevious([current], options)).get('now')
    expect(source.calls).toEqual([])
    expect(comparison).toMatchObject({
      result: 'unavailable',
      reason: 'no time was left before the timeout to read the job list'
    })
  })

  it('stops paging at the deadline and says the listing was cut short', async () => {
    const clock = new FakeClock(T0)
    let pages = 0
    const source = {
      listJobs: async (_: JobQuery, enough?: (jobs: ReadonlyMap<string, Job>) => boolean) => {
        for (;;) {
          pages += 1
          clock.t += 30_000 // each page takes 30 s
          if (enough?.(new Map())) return []
        }
      },
      getJob: () => Promise.reject(new Error('unused')),
      listGraphs: () => Promise.reject(new Error('unused'))
    }
    const comparisons = await compareWithPrevious([current], {
      ...setup([]).options,
      source,
      clock,
      deadline: T0 + 60_000
    })
    expect(pages).toBe(2)
    expect(comparisons.get('now')?.reason).toBe('the timeout passed while the job list was being read')
  })

  describe('history search in expanding date windows', () => {
    /** A job center that filters startTime on the UTC begin date and answers 100 jobs a page. */
    function windowed(jobs: Job[]) {
      const queries: JobQuery[] = []
      let requests = 0
      const source = {
        listJobs: async (query: JobQuery) => {
          queries.push(query)
          const kept = jobs.filter(
            (j) =>
              query.startDate === undefined ||
              new Date(j.beginTime as number).toISOString().slice(0, 10) >= query.startDate
          )
          requests += Math.max(1, Math.ceil(kept.length / 100))
          return kept
        },
        getJob: () => Promise.reject(new Error('unused')),
        listGraphs: () => Promise.reject(new Error('unused'))
      }
      return { source, queries, requests: () => requests }
    }
    const older = Array.from({ length: 450 }, (_, i) => imported(`old${i}`, (10 + (i * 390) / 450) * 24, 10))

    it('previous import 3 days back behind 450 older ones: 2 GES requests (1- then 7-day window)', async () => {
      const { source, queries, requests } = windowed([...older, imported('prev', 72, 1000), current])
      const comparisons = await compareWithPrevious([current], { ...setup([]).options, source })
      expect(comparisons.get('now')).toMatchObject({ previousJobId: 'prev', lineDelta: -500 })
      expect(queries.map((q) => q.startDate)).toEqual(['2026-11-26', '2026-11-20'])
      expect(requests()).toBe(2)
    })

    it('a window is trusted only for an import that began inside it: the slack day is not enough', async () => {
      // 'edge' began 1.5 days back: inside the 1-day window's startDate (2 days back), not its 1 day.
      const { source, queries } = windowed([...older, imported('edge', 36, 1000), current])
      const comparisons = await compareWithPrevious([current], { ...setup([]).options, source })
      expect(comparisons.get('now')).toMatchObject({ previousJobId: 'edge' })
      expect(queries).toHaveLength(2)
    })

    it('no previous import (450 failed ones): every window, then the full listing', async () => {
      const failed = older.map((j) => ({ ...j, status: 'failed' as const, rawStatus: 'failed' }))
      const { source, queries, requests } = windowed([...failed, current])
      const comparisons = await compareWithPrevious([current], { ...setup([]).options, source })
      expect(comparisons.get('now')).toMatchObject({ result: 'no-previous' })
      expect(queries.map((q) => q.startDate)).toEqual([
        '2026-11-26',
        '2026-11-20',
        '2026-10-28',
        '2026-08-29',
        '2025-11-27',
        undefined
      ])
      // Pages per window: ~0, ~8, ~24, ~94 and ~411 jobs, then all 451.
      expect(requests()).toBe(1 + 1 + 1 + 1 + 5 + 5)
    })

    it('a successful import whose begin time cannot be read may be the previous one: unavailable, not "no previous"', async () => {
      const undated = imported('undated', 0, 9000, { beginTime: null, beginTimeRaw: 'yesterday' })
      const { source, queries } = windowed([
        ...older.map((j) => ({ ...j, status: 'failed' as const })),
        undated,
        current
      ])
      const comparison = (await compareWithPrevious([current], { ...setup([]).options, source })).get('now')
      expect(comparison).toMatchObject({ result: 'unavailable' })
      expect(comparison?.reason).toBe(
        'job undated of the same graph succeeded and may be the previous import, but its begin time cannot be read ("yesterday")'
      )
      expect(queries).toHaveLength(6)
    })

    it('a server that ignores startTime (the whole history in every window) still gives the newest previous import', async () => {
      const history = [...older, imported('prev', 72, 1000), current]
      const source = { ...windowed([]).source, listJobs: async () => history }
      const comparisons = await compareWithPrevious([current], { ...setup([]).options, source })
      expect(comparisons.get('now')).toMatchObject({ previousJobId: 'prev', lineDelta: -500 })
    })

    it('each waited-for job of the graph needs its previous import inside the window', async () => {
      const second = imported('now2', 0.5, 700)
      const { source, queries } = windowed([...older, imported('prev', 5 * 24, 900), second, current])
      const comparisons = await compareWithPrevious([current, second], { ...setup([]).options, source })
      expect(comparisons.get('now')).toMatchObject({ previousJobId: 'now2' })
      expect(comparisons.get('now2')).toMatchObject({ previousJobId: 'prev' })
      expect(queries).toHaveLength(2)
    })

    describe('a listing the wait read to the end from a start date (the one that confirmed the finish)', () => {
      const withListing = (source: ReturnType<typeof windowed>['source'], jobs: Job[], startDate: string) => ({
        ...setup([]).options,
        source,
        listings: () => [{ jobs, startDate }]
      })

      it('holds the previous import after its start date plus a day: no request', async () => {
        // Asked from 2026-11-27 (a day before T0's date): trusted for imports from 2026-11-28 00:00 UTC.
        const { source, queries } = windowed([])
        const history = [imported('prev', 3, 1000), imported('older', 5, 10), current]
        const comparisons = await compareWithPrevious([current], withListing(source, history, '2026-11-27'))
        expect(comparisons.get('now')).toMatchObject({ previousJobId: 'prev', lineDelta: -500 })
        expect(queries).toEqual([])
      })

      it('is not trusted for an import that began within the slack day: the windows are read', async () => {
        // 'prev' began 2026-11-27 23:00 UTC: a server in UTC-2 would not have listed it from "2026-11-27".
        const history = [...older, imported('prev', 10, 1000), current]
        const { source, queries } = windowed(history)
        const listed = history.filter((j) => (j.beginTime as number) >= Date.UTC(2026, 10, 28))
        const comparisons = await compareWithPrevious([current], withListing(source, listed, '2026-11-27'))
        expect(comparisons.get('now')).toMatchObject({ previousJobId: 'prev' })
        expect(queries.map((q) => q.startDate)).toEqual(['2026-11-26'])
      })

      it('is trusted only from a day after its start date: an import it shows in the slack day proves nothing', async () => {
        // The filter's timestamp is undocumented: the listing shows 'early' (2026-11-27 05:00 UTC)
        // but not 'newer' (10:00), which began after it. Only the 1-day window finds 'newer'.
        const history = [...older, imported('early', 28, 800), imported('newer', 23, 1000), current]
        const { source, queries } = windowed(history)
        const listed = [imported('early', 28, 800), current]
        const comparisons = await compareWithPrevious([current], withListing(source, listed, '2026-11-27'))
        expect(comparisons.get('now')).toMatchObject({ previousJobId: 'newer' })
        expect(queries.map((q) => q.startDate)).toEqual(['2026-11-26'])
      })

      it('skips the windows it already covers, and reads the first one it does not', async () => {
        // Read from 8 days back: it covers the 1- and 7-day windows; the previous import is 9 days back.
        const history = [...older, imported('prev', 9 * 24, 1000), current]
        const { source, queries, requests } = windowed(history)
        const listed = history.filter((j) => (j.beginTime as number) >= T0 - 8 * 24 * HOUR)
        const comparisons = await compareWithPrevious([current], withListing(source, listed, '2026-11-20'))
        expect(comparisons.get('now')).toMatchObject({ previousJobId: 'prev' })
        expect(queries.map((q) => q.startDate)).toEqual(['2026-10-28'])
        expect(requests()).toBe(1)
      })

      it('trusts an import that began exactly at its start date plus a day (midnight UTC), not a millisecond before', async () => {
        const boundary = Date.UTC(2026, 10, 28)
        for (const [offset, expected] of [
          [0, []],
          [-1, ['2026-11-26']]
        ] as const) {
          const prev = imported('prev', 0, 1000, { beginTime: boundary + offset })
          const { source, queries } = windowed([...older, prev, current])
          const comparisons = await compareWithPrevious([current], withListing(source, [prev, current], '2026-11-27'))
          expect(comparisons.get('now')).toMatchObject({ previousJobId: 'prev' })
          expect(queries.map((q) => q.startDate)).toEqual(expected)
        }
      })

      it('read from far back (since a year and more ago), it covers every window: only the full listing is left', async () => {
        const failed = older.map((j) => ({ ...j, status: 'failed' as const, rawStatus: 'failed' }))
        const history = [...failed, imported('ancient', 500 * 24, 1000), current]
        const { source, queries } = windowed(history)
        const listed = history.filter((j) => (j.beginTime as number) >= Date.UTC(2025, 6, 2))
        const comparisons = await compareWithPrevious([current], withListing(source, listed, '2025-07-01'))
        expect(comparisons.get('now')).toMatchObject({ previousJobId: 'ancient' })
        expect(queries.map((q) => q.startDate)).toEqual([undefined])
      })

      it('a newer successful import wins over one inside the trusted part: the newest previous one is taken', async () => {
        const history = [
          imported('prev', 3, 1000),
          imported('newest', 1, 700),
          imported('failedLater', 0.5, 1, { status: 'failed', rawStatus: 'failed' }),
          current
        ]
        const { source, queries } = windowed(history)
        const comparisons = await compareWithPrevious([current], withListing(source, history, '2026-11-27'))
        expect(comparisons.get('now')).toMatchObject({ previousJobId: 'newest', lineDelta: -200 })
        expect(queries).toEqual([])
      })

      it('is not reused while an earlier import of the series was running in it: the windows are read', async () => {
        const running = imported('late', 2, 900, { status: 'running', rawStatus: 'running', files: null })
        const { source, queries } = windowed([imported('late', 2, 900), imported('prev', 3, 1000), current])
        const listed = [running, imported('prev', 3, 1000), current]
        const comparisons = await compareWithPrevious([current], withListing(source, listed, '2026-11-27'))
        expect(comparisons.get('now')).toMatchObject({ previousJobId: 'late', lineDelta: -400 })
        expect(queries.map((q) => q.startDate)).toEqual(['2026-11-26'])
      })
    })
  })

  describe('a listing of the end of the list (the page of the import on), and windows that go on from its last page', () => {
    const end = (total: number, ids: string[]): ListingEnd => ({ total, offset: total - ids.length, ids })
    /**
     * A source whose listBeyond answers each start date from `beyond` (undefined: the pages do not
     * prove it) and whose full listing holds `history`.
     */
    function extensible(history: Job[], beyond: Record<string, Job[] | undefined>, deadline = T0 + HOUR) {
      const calls: string[] = []
      const clock = new FakeClock(T0)
      const source: JobSource = {
        listJobs: async (query: JobQuery) => {
          calls.push(`listJobs ${query.startDate ?? 'all'}`)
          return history.filter(
            (j) =>
              query.startDate === undefined ||
              new Date(j.beginTime as number).toISOString().slice(0, 10) >= query.startDate
          )
        },
        listBeyond: async (query: JobQuery, narrower: { end: ListingEnd }, stop: () => boolean) => {
          const from = narrower.end
          calls.push(`listBeyond ${query.startDate ?? 'all'} from ${from.offset}`)
          clock.t += 1000
          if (stop()) return undefined
          const jobs = beyond[query.startDate ?? 'all']
          return (
            jobs && {
              jobs,
              end:
                jobs.length === 0
                  ? from
                  : end(
                      from.total + jobs.length,
                      jobs.map((j) => j.id)
                    )
            }
          )
        },
        getJob: () => Promise.reject(new Error('unused')),
        listGraphs: () => Promise.reject(new Error('unused'))
      }
      const tail = {
        jobs: [current],
        startDate: '2026-11-27',
        before: current.beginTime as number,
        end: end(5001, ['now'])
      }
      const options: PreviousImportOptions = {
        ...setup([], undefined, deadline).options,
        source,
        clock,
        listings: () => [tail]
      }
      return { calls, options }
    }

    it('finds the previous import 3 days back with one page per window, never the whole list', async () => {
      const { calls, options } = extensible([], { '2026-11-26': [], '2026-11-20': [imported('prev', 72, 1000)] })
      const comparisons = await compareWithPrevious([current], options)
      expect(comparisons.get('now')).toMatchObject({ previousJobId: 'prev', lineDelta: -500 })
      expect(calls).toEqual(['listBeyond 2026-11-26 from 5000', 'listBeyond 2026-11-20 from 5000'])
    })

    it('no previous import: each window, then the list without a date, from where the last one ended', async () => {
      const { calls, options } = extensible([], {
        '2026-11-26': [],
        '2026-11-20': [],
        '2026-10-28': [imported('failed', 24 * 20, 1, { status: 'failed', rawStatus: 'failed' })],
        '2026-08-29': [],
        '2025-11-27': [],
        all: []
      })
      const comparisons = await compareWithPrevious([current], options)
      expect(comparisons.get('now')).toMatchObject({ result: 'no-previous' })
      expect(calls).toEqual([
        'listBeyond 2026-11-26 from 5000',
        'listBeyond 2026-11-20 from 5000',
        'listBeyond 2026-10-28 from 5000',
        'listBeyond 2026-08-29 from 5001',
        'listBeyond 2025-11-27 from 5001',
        'listBeyond all from 5001'
      ])
    })

    it('reads the whole window when its pages do not prove what it adds, and the next ones in full too', async () => {
      // The 7-day window is in another order: only a full read shows 'newer', the previous import.
      const history = [imported('prev', 100, 1000), imported('newer', 72, 900), current]
      const { calls, options } = extensible(history, { '2026-11-26': [], '2026-11-20': undefined })
      const comparisons = await compareWithPrevious([current], options)
      expect(comparisons.get('now')).toMatchObject({ previousJobId: 'newer', lineDelta: -400 })
      expect(calls).toEqual([
        'listBeyond 2026-11-26 from 5000',
        'listBeyond 2026-11-20 from 5000',
        'listJobs 2026-11-20'
      ])
    })

    it('is not used for an import that began after its anchor: it does not hold what began before that one', async () => {
      const later = imported('later', -1, 600)
      const history = [imported('prev', 2, 1000), current, later]
      const { calls, options } = extensible(history, { '2026-11-26': [] })
      const comparisons = await compareWithPrevious([later], options)
      expect(comparisons.get('later')).toMatchObject({ previousJobId: 'now' })
      expect(calls).toEqual(['listJobs 2026-11-26'])
    })

    it('a window cut by the deadline is never complete: unavailable', async () => {
      const { calls, options } = extensible([], { '2026-11-26': [] }, T0 + 500)
      const comparisons = await compareWithPrevious([current], options)
      expect(comparisons.get('now')).toMatchObject({
        result: 'unavailable',
        reason: 'the timeout passed while the job list was being read'
      })
      expect(calls).toEqual(['listBeyond 2026-11-26 from 5000'])
    })
  })
})
