import { describe, expect, it } from '@jest/globals'
import { observed } from '../../__fixtures__/evidence.js'
import { done, file, job, KINDS } from '../../__fixtures__/jobs.js'
import { normalizeJob } from '../../src/ges/normalize.js'
import { logKey, type LogRead } from '../../src/obs/log-targets.js'
import { evidenceTotals, jobOutcome, jobReport, totalsOf } from '../../src/report/report-entries.js'

describe('jobOutcome: a job with its files', () => {
  it.each([
    ['success', KINDS.success, 'success'],
    ['a failed job', KINDS.failed, 'failed'],
    ['a success with a partFailed file', KINDS.partFailed, 'partFailed'],
    ['an import whose file results were not reported', KINDS.unreported, 'unknown'],
    ['a file in an undocumented status', KINDS.oddFile, 'unknown'],
    ['a running job', KINDS.running, 'unfinished'],
    ['a finished job that is not an import, without details', KINDS.notImport, 'success'],
    [
      'a job partFailed itself, files fine',
      done({ id: 'p', status: 'partFailed', rawStatus: 'partiallyFailed' }),
      'partFailed'
    ],
    ['a success with a failed file', done({ id: 'f', files: [file(), file({ status: 'failed' })] }), 'failed'],
    ['a failed job whose files were not reported', done({ id: 'fn', status: 'failed', files: null }), 'failed'],
    ['an unreadable entry that says success', done({ id: 'u', unreadable: 'jobDetail is a list' }), 'unfinished'],
    ['an unknown job status', done({ id: 'x', status: 'unknown', rawStatus: 'archived' }), 'unfinished'],
    ['an import whose details name no file (`{}`, empty lists)', done({ id: 'e', files: [] }), 'unknown'],
    ['a job that is not an import with empty details', done({ id: 'd', name: 'DeleteGraph', files: [] }), 'success'],
    [
      'a success file with failed lines',
      done({ id: 'c', files: [file({ successfulLines: 94, failedLines: 6 })] }),
      'unknown'
    ],
    [
      'more successful and failed lines than lines',
      done({ id: 'm', files: [file({ status: 'partFailed', successfulLines: 100, failedLines: 9 })] }),
      'partFailed'
    ],
    [
      'more successful lines than lines',
      done({ id: 's', files: [file({ successfulLines: 101, failedLines: 0 })] }),
      'unknown'
    ]
  ])('%s → %s', (_, j, expected) => {
    expect(jobOutcome(observed(j))).toBe(expected)
  })

  it('is "disagreeing" whenever the answers disagree, whatever the job says', () => {
    for (const j of Object.values(KINDS)) {
      expect(
        jobOutcome(observed(j, { disagreement: 'the status endpoint says "success", the job list says "running"' }))
      ).toBe('disagreeing')
    }
  })

  it.each(['failed', 'Failed', 'FAILED'])('reads a file status %j as GES sends it as failed', (raw) => {
    const parsed = normalizeJob(
      {
        jobId: 'a',
        jobName: 'ImportGraph',
        status: 'success',
        jobDetail: { edgesetPath: [{ path: 'e', status: raw }] }
      },
      'x'
    )
    expect(jobOutcome(observed(parsed))).toBe('failed')
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

  it('leaves out a schema file without counts (v1 gives none), but an edge file without one makes the sum unknown', () => {
    const schema = file({ kind: 'schema', totalLines: null, successfulLines: null, failedLines: null })
    expect(
      totalsOf([done({ id: 'a', files: [schema, file({ totalLines: 8, successfulLines: 6, failedLines: 2 })] })])
    ).toEqual({
      totalLines: 8,
      successfulLines: 6,
      failedLines: 2,
      failedFiles: 0
    })
    expect(
      totalsOf([done({ id: 'a', files: [file({ totalLines: 8, successfulLines: null, failedLines: 2 })] })])
    ).toEqual({
      totalLines: 8,
      successfulLines: null,
      failedLines: 2,
      failedFiles: 0
    })
  })

  it('counts failed and partFailed files as failed files', () => {
    const files = [
      file({ status: 'failed' }),
      file({ status: 'partFailed' }),
      file({ status: 'unknown' }),
      file({ status: 'success' })
    ]
    expect(totalsOf([done({ id: 'a', files })]).failedFiles).toBe(2)
  })

  it('is unknown, not zero, for no jobs: nothing was seen', () => {
    expect(totalsOf([])).toEqual({ totalLines: null, successfulLines: null, failedLines: null, failedFiles: null })
  })
})

describe('jobReport', () => {
  it('writes times as ISO UTC and the duration in seconds', () => {
    const r = jobReport(
      observed(done({ id: 'a', beginTime: Date.UTC(2026, 10, 28, 9, 0, 0), endTime: Date.UTC(2026, 10, 28, 9, 1, 30) }))
    )
    expect(r.beginTime).toBe('2026-11-28T09:00:00Z')
    expect(r.endTime).toBe('2026-11-28T09:01:30Z')
    expect(r.durationSeconds).toBe(90)
  })

  it('has no duration without both times', () => {
    expect(jobReport(observed(job({ id: 'a', endTime: null }))).durationSeconds).toBeNull()
    expect(jobReport(observed(job({ id: 'a', beginTime: null }))).beginTime).toBeNull()
  })

  it('shows what GES said for statuses it does not know', () => {
    const r = jobReport(
      observed(
        done({
          id: 'a',
          status: 'unknown',
          rawStatus: 'archived',
          files: [file({ status: 'unknown', rawStatus: 'Skipped' }), file({ status: 'unknown', rawStatus: '' })]
        })
      )
    )
    expect(r.status).toBe('archived')
    expect(r.files.map((f) => f.status)).toEqual(['Skipped', 'unknown'])
    // A job status GES left empty is "unknown", never an empty cell: a reader sees that it was not said.
    expect(jobReport(observed(done({ id: 'b', status: 'unknown', rawStatus: '' }))).status).toBe('unknown')
  })

  it('carries the evidence: both answers, the disagreement, vanished and unreadable', () => {
    const r = jobReport(
      observed(done({ id: 'a', unreadable: 'jobDetail is a list' }), {
        answers: { statusEndpoint: 'success', jobList: 'running' },
        disagreement: 'they disagree',
        vanished: true
      })
    )
    expect(r).toMatchObject({
      answers: { statusEndpoint: 'success', jobList: 'running' },
      disagreement: 'they disagree',
      vanished: true,
      unreadable: 'jobDetail is a list',
      outcome: 'disagreeing'
    })
  })
})

describe('jobReport: statuses GES does not document', () => {
  it('shows a look-alike with escapes (the summary drops zero-width characters), and a plain one as it is', () => {
    const lookAlike = jobReport(
      observed(
        job({
          id: 'a',
          status: 'unknown',
          rawStatus: 'succ\u200bess',
          files: [file({ status: 'unknown', rawStatus: 'Succ\u0435ss' })]
        })
      )
    )
    expect(lookAlike.status).toBe('succ\\u200bess')
    expect(lookAlike.files[0].status).toBe('Succ\\u0435ss')
    expect(jobReport(observed(job({ id: 'a', status: 'unknown', rawStatus: 'cancelled' }))).status).toBe('cancelled')
  })
})

describe('report entries: what the waiter could not confirm, and what GES said as it said it', () => {
  it('a success the waiter could not confirm is unknown; a failure stays a failure', () => {
    expect(jobOutcome(observed(KINDS.success, { unconfirmed: 'said once' }))).toBe('unknown')
    expect(jobOutcome(observed(KINDS.success))).toBe('success')
    expect(jobOutcome(observed(KINDS.failed, { unconfirmed: 'said once' }))).toBe('failed')
  })

  it('a known status is given by its name, whatever spelling GES used', () => {
    const odd = done({ id: 'sp', rawStatus: 'Success ', files: [file({ rawStatus: 'SUCCESS' })] })
    const report = jobReport(observed(odd))
    expect(report.status).toBe('success')
    expect(report.files[0].status).toBe('success')
  })

  it('what reading each file’s log gave: ok with its note, or why not; nothing when not read', () => {
    const files = [file({ path: 'a.csv' }), file({ path: 'b.csv' }), file({ path: 'c.csv' }), file({ path: 'd.csv' })]
    const j = done({ id: 'logs', files })
    const reads = new Map<string, LogRead>([
      [logKey('logs', files[0]), { ok: true, lines: ['line 1'], note: 'not UTF-8' }],
      [logKey('logs', files[1]), { ok: true, lines: [] }],
      [logKey('logs', files[2]), { ok: false, reason: 'HTTP 403' }]
    ])
    const entries = jobReport(observed(j), null, reads).files.map((f) => [f.logRead, f.logNote, f.rejectedLines])
    expect(entries).toEqual([
      ['ok', 'not UTF-8', ['line 1']],
      ['ok', null, []],
      ['HTTP 403', null, null],
      [null, null, null]
    ])
  })

  it('no duration without a begin time, and no file entries without details', () => {
    const report = jobReport(observed(done({ id: 'nb', beginTime: null, files: null })))
    expect(report.durationSeconds).toBeNull()
    expect(report.files).toEqual([])
  })

  it('one job without file results, or one whose answers disagree, makes every total unknown', () => {
    expect(totalsOf([KINDS.success, KINDS.unreported]).totalLines).toBeNull()
    const totals = evidenceTotals([observed(KINDS.success), observed(KINDS.success, { disagreement: 'x' })])
    expect(totals).toEqual({ totalLines: null, successfulLines: null, failedLines: null, failedFiles: null })
  })
})
