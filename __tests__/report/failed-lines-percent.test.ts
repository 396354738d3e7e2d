import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import type { ImportFile } from '../../src/ges/model.js'
import { failedLinesPercentRejections, failedLinesRejection } from '../../src/report/failed-lines-percent.js'
import type { Report } from '../../src/report/report.js'
import { reportOf as judged } from '../../__fixtures__/evidence.js'

const lines = (total: number | null, failed: number | null, path = 'e.csv'): ImportFile =>
  file({
    path,
    totalLines: total,
    failedLines: failed,
    successfulLines: total === null || failed === null ? null : total - failed
  })
const reportOf = (files: ImportFile[], rules = {}) =>
  judged({ end: 'finished', jobs: [job({ id: 'j', status: 'success', rawStatus: 'success', files })] }, rules)

/** Why the percentage rule fails the step: its rejections' sentences. */
const failedLinesPercentReasons = (report: Pick<Report, 'jobs'>, percent: number) =>
  failedLinesPercentRejections(report, percent).map((r) => r.reason)

describe('max-failed-lines as a percentage of all lines', () => {
  it.each<[number, number, number, boolean]>([
    [0.1, 10_000, 10, false],
    [0.1, 10_000, 11, true],
    [1, 200, 2, false],
    [1, 200, 3, true],
    [0, 100, 0, false],
    [0, 100, 1, true]
  ])('%d%% of %d lines with %d failed → fails %s', (percent, total, failed, fails) => {
    const reasons = failedLinesPercentReasons(reportOf([lines(total, failed)]), percent)
    expect(reasons.length > 0).toBe(fails)
  })

  it('says how many of how many lines failed', () => {
    expect(failedLinesPercentReasons(reportOf([lines(1000, 28)]), 1)).toEqual([
      '28 of 1,000 lines failed (2.8%), more than max-failed-lines (1%)'
    ])
  })

  it('leaves schema files (no counts) out', () => {
    const schema = file({ kind: 'schema', totalLines: null, failedLines: null, successfulLines: null })
    expect(failedLinesPercentReasons(reportOf([schema, lines(100, 0)]), 0.1)).toEqual([])
  })

  it('fails when a count is unknown: a share of an unknown total cannot be checked', () => {
    expect(failedLinesPercentReasons(reportOf([lines(100, 0), lines(null, null, 'x.csv')]), 50)).toEqual([
      'max-failed-lines (50%) could not be checked: GES did not report the line counts of 1 file (x.csv)'
    ])
  })

  it('is a verdict reason only when the percentage is set', () => {
    const files = [lines(100, 5)]
    expect(reportOf(files, { failOn: [], maxFailedLinesPercent: 4 }).passed).toBe(false)
    expect(reportOf(files, { failOn: [], maxFailedLinesPercent: 5 }).passed).toBe(true)
    expect(reportOf(files, { failOn: [] }).passed).toBe(true)
  })
})

describe('the rejections: rule, limit and what was measured', () => {
  it('a share above the percentage: measured in percent, over all jobs', () => {
    expect(failedLinesPercentRejections(reportOf([lines(200, 3)]), 1)).toEqual([
      {
        rule: 'max-failed-lines',
        limit: 1,
        unit: 'percent',
        measured: 1.5,
        jobId: null,
        reason: '3 of 200 lines failed (1.5%), more than max-failed-lines (1%)'
      }
    ])
  })

  it('failed lines out of no lines at all: all of them, 100%', () => {
    expect(
      failedLinesPercentRejections(
        reportOf([file({ totalLines: 0, successfulLines: 0, failedLines: 2, status: 'partFailed' })]),
        5
      )
    ).toMatchObject([{ measured: 100, reason: '2 of 0 lines failed (all), more than max-failed-lines (5%)' }])
  })

  it('nothing measured when a count is unknown', () => {
    expect(failedLinesPercentRejections(reportOf([lines(null, null)]), 5)).toMatchObject([{ measured: null, limit: 5 }])
  })

  it('a count: the failed lines against the limit, equal passes', () => {
    expect(failedLinesRejection(3, 3)).toBeUndefined()
    expect(failedLinesRejection(0, 0)).toBeUndefined()
    expect(failedLinesRejection(4, 3)).toEqual({
      rule: 'max-failed-lines',
      limit: 3,
      unit: 'lines',
      measured: 4,
      jobId: null,
      reason: '4 lines failed, more than max-failed-lines (3)'
    })
    expect(failedLinesRejection(null, 3)).toEqual({
      rule: 'max-failed-lines',
      limit: 3,
      unit: 'lines',
      measured: null,
      jobId: null,
      reason: 'max-failed-lines (3) cannot be checked: GES did not report the failed lines of every file'
    })
  })
})

describe('max-failed-lines as a percentage: counts GES did not report', () => {
  const unknown = (path: string) => lines(null, null, path)

  it('names the files without counts, at most three, and how many there are', () => {
    const reasons = (files: ImportFile[]) => failedLinesPercentReasons(reportOf(files), 50)
    expect(reasons([unknown('a.csv'), lines(10, 0), unknown('b.csv')])).toEqual([
      'max-failed-lines (50%) could not be checked: GES did not report the line counts of 2 files (a.csv, b.csv)'
    ])
    expect(reasons([unknown('a.csv'), unknown('b.csv'), unknown('c.csv')])).toEqual([
      'max-failed-lines (50%) could not be checked: GES did not report the line counts of 3 files (a.csv, b.csv, c.csv)'
    ])
    expect(reasons([unknown('a.csv'), unknown('b.csv'), unknown('c.csv'), unknown('d.csv')])).toEqual([
      'max-failed-lines (50%) could not be checked: GES did not report the line counts of 4 files (a.csv, b.csv, c.csv, …)'
    ])
  })

  it.each(['totalLines', 'failedLines'] as const)('%s alone unknown: the share cannot be checked either', (count) => {
    const file = { ...lines(100, 0, 'f.csv'), [count]: null }
    expect(failedLinesPercentRejections(reportOf([file]), 50)).toMatchObject([
      { measured: null, reason: expect.stringContaining('the line counts of 1 file (f.csv)') }
    ])
  })
})

describe('max-failed-lines as a percentage: one share over every job', () => {
  it('adds the lines of all jobs before comparing', () => {
    const jobWith = (id: string, total: number, failed: number) =>
      judged({
        end: 'finished',
        jobs: [job({ id, status: 'success', rawStatus: 'success', files: [lines(total, failed)] })]
      }).jobs[0]
    // 1 of 10 is 10%, 1 of 1,000 is 0.1%; together 2 of 1,010: under 1%.
    const jobs = [jobWith('a', 10, 1), jobWith('b', 1000, 1)]
    expect(failedLinesPercentRejections({ jobs }, 1)).toEqual([])
    expect(failedLinesPercentRejections({ jobs }, 0.19)).toMatchObject([
      { reason: '2 of 1,010 lines failed (0.2%), more than max-failed-lines (0.19%)' }
    ])
  })
})
