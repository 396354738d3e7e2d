import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import {
  earlierImports,
  historyEntry,
  holdsHistory,
  slowerThanUsual,
  usualDuration,
  type HistoryEntry
} from '../../src/history/history.js'
import type { Job } from '../../src/ges/model.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const HOUR = 3_600_000

const imported = (id: string, hoursAgo: number, overrides: Partial<Job> = {}): Job =>
  job({
    id,
    status: 'success',
    rawStatus: 'success',
    beginTime: T0 - hoursAgo * HOUR,
    endTime: T0 - hoursAgo * HOUR + 600_000,
    files: [file({ path: 'rate.csv', successfulLines: 1000, totalLines: 1000 })],
    ...overrides
  })
const current = { graph: 'movies', beginTime: T0 }

describe('earlierImports', () => {
  it('keeps the newest finished imports of the graph begun before this one, oldest first', () => {
    const jobs = [
      imported('d', 24),
      imported('a', 96),
      imported('c', 48),
      imported('b', 72),
      imported('later', -1),
      imported('running', 12, { status: 'running', endTime: null }),
      imported('other-graph', 6, { graph: 'social' }),
      imported('export', 6, { name: 'ExportGraph' }),
      imported('undated', 6, { beginTime: null }),
      imported('unreadable', 6, { unreadable: 'jobDetail is a string' }),
      imported('failed', 30, { status: 'failed' })
    ]
    expect(earlierImports(current, jobs, 9).map((j) => j.id)).toEqual(['a', 'b', 'c', 'failed', 'd'])
    expect(earlierImports(current, jobs, 2).map((j) => j.id)).toEqual(['failed', 'd'])
    expect(earlierImports(current, jobs, 0)).toEqual([])
    expect(earlierImports(current, jobs, 9, new Set(['d'])).map((j) => j.id)).toEqual(['a', 'b', 'c', 'failed'])
  })

  it('takes every finished import while this one has not begun, and a job listed twice once', () => {
    const jobs = [imported('a', 2), imported('a', 2), imported('b', -5)]
    expect(earlierImports({ graph: 'movies', beginTime: null }, jobs, 9).map((j) => j.id)).toEqual(['a', 'b'])
  })

  it('breaks ties of begin time by id', () => {
    expect(earlierImports(current, [imported('y', 1), imported('x', 1)], 9).map((j) => j.id)).toEqual(['x', 'y'])
  })
})

describe('holdsHistory', () => {
  const jobs = [imported('a', 96), imported('b', 72), imported('c', 48)]
  it('is true for a listing without a start date, however few imports it holds', () => {
    expect(holdsHistory(current, [], undefined, 9)).toBe(true)
  })
  it('needs as many imports as asked for begun at or after the date it is complete from', () => {
    expect(holdsHistory(current, jobs, T0 - 72 * HOUR, 2)).toBe(true)
    expect(holdsHistory(current, jobs, T0 - 72 * HOUR + 1, 2)).toBe(false)
    expect(holdsHistory(current, jobs, T0 - 100 * HOUR, 4)).toBe(false)
  })
})

describe('historyEntry', () => {
  it('sums edge and vertex files, leaves schema files out, and says how long it took', () => {
    const entry = historyEntry(
      imported('a', 24, {
        files: [
          file({ kind: 'schema', successfulLines: null, failedLines: null, totalLines: null }),
          file({ kind: 'edgeset', successfulLines: 900, failedLines: 0 }),
          file({ kind: 'vertexset', successfulLines: 100, failedLines: 0 })
        ]
      })
    )
    expect(entry).toEqual({
      jobId: 'a',
      beginTime: '2026-11-27T09:00:00Z',
      endTime: '2026-11-27T09:10:00Z',
      status: 'success',
      successfulLines: 1000,
      failedLines: 0,
      durationSeconds: 600
    })
  })

  it('says unknown, not zero, for counts GES did not report', () => {
    expect(historyEntry(imported('a', 1, { files: null }))).toMatchObject({ successfulLines: null, failedLines: null })
    expect(historyEntry(imported('a', 1, { files: [] }))).toMatchObject({ successfulLines: null, failedLines: null })
    expect(
      historyEntry(imported('a', 1, { files: [file({ successfulLines: 5 }), file({ failedLines: null })] }))
    ).toMatchObject({ successfulLines: 105, failedLines: null })
  })

  it('calls a success with a partFailed file partFailed, and an end before the begin no duration', () => {
    const entry = historyEntry(
      imported('a', 1, { endTime: T0 - 2 * HOUR, files: [file({ status: 'partFailed', failedLines: 3 })] })
    )
    expect(entry).toMatchObject({ status: 'partFailed', failedLines: 3, durationSeconds: null })
  })
})

describe('usualDuration', () => {
  const entry = (status: string, durationSeconds: number | null): HistoryEntry => ({
    jobId: 'x',
    beginTime: '2026-11-27T09:00:00Z',
    endTime: null,
    status,
    successfulLines: 1,
    failedLines: 0,
    durationSeconds
  })
  it('needs 3 successful imports with a duration', () => {
    expect(
      usualDuration([entry('success', 60), entry('success', 70), entry('failed', 5), entry('success', null)])
    ).toBe(undefined)
  })
  it('gives the median, shortest and longest of the successful ones', () => {
    expect(
      usualDuration([entry('success', 600), entry('failed', 1), entry('success', 540), entry('success', 660)])
    ).toEqual({ medianSeconds: 600, minSeconds: 540, maxSeconds: 660, imports: 3 })
    expect(usualDuration([60, 120, 180, 240].map((s) => entry('success', s)))?.medianSeconds).toBe(150)
  })
  it('calls slower than usual only what ran longer than every one of them', () => {
    const usual = { medianSeconds: 600, minSeconds: 540, maxSeconds: 660, imports: 3 }
    expect(slowerThanUsual(660, usual)).toBe(false)
    expect(slowerThanUsual(661, usual)).toBe(true)
  })
})
