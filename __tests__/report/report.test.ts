import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import { normalizeJob } from '../../src/ges/normalize.js'
import { buildReport, jobReport, overallStatus, totalsOf } from '../../src/report/report.js'
import type { WaitEnd } from '../../src/waiter/wait-for-jobs.js'

const done = (overrides: Parameters<typeof job>[0]): ReturnType<typeof job> =>
  job({
    status: 'success',
    rawStatus: 'success',
    endTime: Date.UTC(2026, 10, 28, 9, 10, 0),
    files: [file()],
    ...overrides
  })

describe('overallStatus when the wait finished', () => {
  it('is success when every job and file succeeded', () => {
    expect(overallStatus({ end: 'finished', jobs: [done({ id: 'a' }), done({ id: 'b' })] })).toBe('success')
  })

  it('is success for a finished job without import details', () => {
    expect(overallStatus({ end: 'finished', jobs: [done({ id: 'a', name: 'DeleteGraph', files: null })] })).toBe(
      'success'
    )
  })

  it('is failed when a job failed', () => {
    expect(
      overallStatus({
        end: 'finished',
        jobs: [done({ id: 'a' }), done({ id: 'b', status: 'failed', rawStatus: 'failed' })]
      })
    ).toBe('failed')
  })

  it('is failed when a file failed though the job says success', () => {
    expect(
      overallStatus({
        end: 'finished',
        jobs: [done({ id: 'a', files: [file(), file({ status: 'failed', rawStatus: 'failed' })] })]
      })
    ).toBe('failed')
  })

  it.each(['failed', 'Failed', 'FAILED'])('is failed for a file status %j as GES sends it', (raw) => {
    const parsed = normalizeJob(
      {
        jobId: 'a',
        jobName: 'ImportGraph',
        status: 'success',
        jobDetail: { edgesetPath: [{ path: 'e', status: raw }] }
      },
      'x'
    )
    expect(overallStatus({ end: 'finished', jobs: [parsed] })).toBe('failed')
  })

  it('failed beats partial', () => {
    const jobs = [
      done({
        id: 'a',
        status: 'partiallyFailed',
        rawStatus: 'partiallyFailed',
        files: [file({ status: 'partFailed' })]
      }),
      done({ id: 'b', files: [file({ status: 'failed' })] })
    ]
    expect(overallStatus({ end: 'finished', jobs })).toBe('failed')
    expect(overallStatus({ end: 'finished', jobs: [...jobs].reverse() })).toBe('failed')
  })

  it('is partiallyFailed when a job partially failed', () => {
    expect(
      overallStatus({
        end: 'finished',
        jobs: [done({ id: 'a', status: 'partiallyFailed', rawStatus: 'partiallyFailed' })]
      })
    ).toBe('partiallyFailed')
  })

  it('is partiallyFailed when a file partFailed though the job says success', () => {
    expect(
      overallStatus({
        end: 'finished',
        jobs: [done({ id: 'a', files: [file(), file({ status: 'partFailed', rawStatus: 'partFailed' })] })]
      })
    ).toBe('partiallyFailed')
  })

  it('never says success for a file status it does not know', () => {
    const status = overallStatus({
      end: 'finished',
      jobs: [done({ id: 'a', files: [file({ status: 'unknown', rawStatus: 'Skipped' })] })]
    })
    expect(status).not.toBe('success')
    expect(status).toBe('partiallyFailed')
  })

  it('never says success for a "finished" wait with an unfinished or unknown job, or no job', () => {
    expect(
      overallStatus({ end: 'finished', jobs: [done({ id: 'a', status: 'unknown', rawStatus: 'archived' })] })
    ).toBe('failed')
    expect(overallStatus({ end: 'finished', jobs: [done({ id: 'a', status: 'running', rawStatus: 'running' })] })).toBe(
      'failed'
    )
    expect(overallStatus({ end: 'finished', jobs: [] })).toBe('failed')
  })
})

describe('overallStatus when the wait did not finish', () => {
  it.each<[WaitEnd, string]>([
    ['timeout', 'timeout'],
    ['not-found', 'not-found'],
    ['cancelled', 'cancelled']
  ])('%s → %s', (end, expected) => {
    expect(overallStatus({ end, jobs: [job({ id: 'a', status: 'running' })] })).toBe(expected)
    expect(overallStatus({ end, jobs: [] })).toBe(expected)
  })

  it('an error end is failed, even with a job that succeeded', () => {
    expect(overallStatus({ end: 'error', jobs: [] })).toBe('failed')
    expect(overallStatus({ end: 'error', jobs: [done({ id: 'a' })] })).toBe('failed')
  })

  it('a failure already seen is reported even if the wait then timed out', () => {
    expect(
      overallStatus({
        end: 'timeout',
        jobs: [done({ id: 'a', status: 'failed', rawStatus: 'failed' }), job({ id: 'b' })]
      })
    ).toBe('failed')
  })
})

describe('totalsOf', () => {
  it('sums line counts over all files of all jobs', () => {
    const jobs = [
      done({
        id: 'a',
        files: [
          file({ totalLines: 10, successfulLines: 7, failedLines: 3 }),
          file({ totalLines: 5, successfulLines: 5, failedLines: 0 })
        ]
      }),
      done({ id: 'b', files: [file({ totalLines: 100, successfulLines: 60, failedLines: 40 })] })
    ]
    expect(totalsOf(jobs)).toEqual({ totalLines: 115, successfulLines: 72, failedLines: 43, failedFiles: 0 })
  })

  it('counts null line counts nowhere', () => {
    const jobs = [
      done({
        id: 'a',
        files: [
          file({ kind: 'schema', totalLines: null, successfulLines: null, failedLines: null }),
          file({ totalLines: 8, successfulLines: null, failedLines: 2 })
        ]
      })
    ]
    expect(totalsOf(jobs)).toEqual({ totalLines: 8, successfulLines: 0, failedLines: 2, failedFiles: 0 })
  })

  it('counts failed, partFailed and unknown files as failed files', () => {
    const files = [
      file({ status: 'failed' }),
      file({ status: 'partFailed' }),
      file({ status: 'unknown' }),
      file({ status: 'success' })
    ]
    expect(totalsOf([done({ id: 'a', files })]).failedFiles).toBe(3)
  })

  it('is all zeros without files', () => {
    expect(totalsOf([done({ id: 'a', files: null })])).toEqual({
      totalLines: 0,
      successfulLines: 0,
      failedLines: 0,
      failedFiles: 0
    })
    expect(totalsOf([])).toEqual({ totalLines: 0, successfulLines: 0, failedLines: 0, failedFiles: 0 })
  })
})

describe('jobReport and buildReport', () => {
  it('writes times as ISO UTC and the duration in seconds', () => {
    const r = jobReport(
      done({ id: 'a', beginTime: Date.UTC(2026, 10, 28, 9, 0, 0), endTime: Date.UTC(2026, 10, 28, 9, 1, 30) })
    )
    expect(r.beginTime).toBe('2026-11-28T09:00:00Z')
    expect(r.endTime).toBe('2026-11-28T09:01:30Z')
    expect(r.durationSeconds).toBe(90)
  })

  it('has no duration without both times', () => {
    expect(jobReport(job({ id: 'a', endTime: null })).durationSeconds).toBeNull()
    expect(jobReport(job({ id: 'a', beginTime: null })).beginTime).toBeNull()
  })

  it('shows what GES said for statuses it does not know', () => {
    const r = jobReport(
      done({
        id: 'a',
        status: 'unknown',
        rawStatus: 'archived',
        files: [file({ status: 'unknown', rawStatus: 'Skipped' }), file({ status: 'unknown', rawStatus: '' })]
      })
    )
    expect(r.status).toBe('archived')
    expect(r.files.map((f) => f.status)).toEqual(['Skipped', 'unknown'])
  })

  it('uses normalised names for known statuses', () => {
    const r = jobReport(done({ id: 'a', files: [file({ status: 'failed', rawStatus: 'Failed' })] }))
    expect(r.files[0].status).toBe('failed')
  })

  it('builds status, jobs and totals together', () => {
    const report = buildReport({
      end: 'finished',
      jobs: [done({ id: 'a', files: [file({ status: 'partFailed', failedLines: 4 })] })]
    })
    expect(report.status).toBe('partiallyFailed')
    expect(report.jobs.map((j) => j.jobId)).toEqual(['a'])
    expect(report.totals.failedLines).toBe(4)
    expect(report.totals.failedFiles).toBe(1)
    expect(report.jobs[0].files).toHaveLength(1)
  })

  it('gives an empty file list for a job without details', () => {
    expect(buildReport({ end: 'finished', jobs: [done({ id: 'a', files: null })] }).jobs[0].files).toEqual([])
  })
})
