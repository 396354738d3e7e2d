import { describe, expect, it } from '@jest/globals'
import { DEFAULT_RULES, evidence, observed, reportOf } from '../../__fixtures__/evidence.js'
import { done, file, job, KINDS } from '../../__fixtures__/jobs.js'
import type { Job } from '../../src/ges/model.js'
import { unavailable } from '../../src/compare/compare-imports.js'
import { ApiError } from '../../src/http/api-error.js'
import { logKey } from '../../src/obs/log-targets.js'
import { judge } from '../../src/report/judge.js'
import type { StartedImportReport } from '../../src/report/started-import.js'
import type { FailOn } from '../../src/settings/settings.js'
import type { NotFoundDetails, WaitEnd } from '../../src/waiter/wait-for-jobs.js'

describe('judge: the status', () => {
  const cases: [WaitEnd, Job[], string][] = [
    ['finished', [KINDS.success], 'success'],
    ['finished', [KINDS.success, KINDS.notImport], 'success'],
    ['finished', [KINDS.success, KINDS.partFailed], 'partFailed'],
    ['finished', [KINDS.partFailed, KINDS.failed], 'failed'],
    ['finished', [KINDS.failed, KINDS.partFailed], 'failed'],
    ['finished', [KINDS.unreported], 'unknown'],
    ['finished', [KINDS.oddFile, KINDS.success], 'unknown'],
    ['finished', [KINDS.oddFile, KINDS.partFailed], 'partFailed'],
    ['finished', [], 'error'],
    ['finished', [KINDS.running], 'error'],
    ['timeout', [KINDS.running], 'timeout'],
    ['timeout', [KINDS.running, KINDS.partFailed], 'timeout'],
    ['timeout', [KINDS.running, KINDS.failed], 'failed'],
    ['timeout', [], 'timeout'],
    ['not-found', [], 'not-found'],
    ['not-found', [KINDS.success], 'not-found'],
    ['cancelled', [KINDS.running], 'cancelled'],
    ['cancelled', [KINDS.failed], 'failed'],
    ['error', [], 'error'],
    ['error', [KINDS.success], 'error'],
    ['error', [KINDS.failed], 'failed']
  ]
  it.each(cases)('end %s with jobs %j → %s', (end, jobs, status) => {
    expect(reportOf({ end, jobs }).status).toBe(status)
  })

  it('is error when answers still disagree at the end, however the wait ended', () => {
    const conflict = observed(KINDS.success, {
      disagreement: 'GES answers about job ok disagree: the status endpoint says "success", the job list says "running"'
    })
    for (const end of ['timeout', 'not-found', 'cancelled', 'finished'] as const) {
      const report = reportOf({ end, jobs: [conflict] })
      expect(report.status).toBe('error')
      expect(report.passed).toBe(false)
      expect(report.reasons).toContain(conflict.disagreement)
      expect(report.jobs[0].disagreement).toBe(conflict.disagreement)
    }
  })
})

describe('judge: whether the step passes', () => {
  const ALL: FailOn[] = ['failed', 'partFailed', 'unknown']
  const subsets: FailOn[][] = [[], ['failed'], ['partFailed'], ['unknown'], ['failed', 'partFailed'], ALL]
  const outcomes = [
    ['success', KINDS.success, undefined],
    ['failed', KINDS.failed, 'failed'],
    ['partFailed', KINDS.partFailed, 'partFailed'],
    ['unknown', KINDS.unreported, 'unknown'],
    ['unknown', KINDS.oddFile, 'unknown']
  ] as const
  for (const failOn of subsets) {
    it.each(outcomes)(`fail-on ${failOn.join(',') || 'none'}: a finished %s job`, (_, j, rule) => {
      const report = reportOf({ end: 'finished', jobs: [j] }, { failOn })
      expect(report.passed).toBe(rule === undefined || !failOn.includes(rule))
      expect(report.passed).toBe(report.reasons.length === 0)
    })
  }

  it.each(['timeout', 'not-found', 'cancelled', 'error'] as const)('always fails when the wait ended in %s', (end) => {
    const report = reportOf(
      { end, jobs: [], error: end === 'error' ? new ApiError('auth', 'rejected') : undefined },
      { failOn: [] }
    )
    expect(report.passed).toBe(false)
  })

  it('names each reason', () => {
    expect(reportOf({ end: 'finished', jobs: [KINDS.failed] }).reasons).toEqual(['the import failed'])
    expect(reportOf({ end: 'finished', jobs: [KINDS.partFailed] }).reasons).toEqual(['the import partially failed'])
    expect(reportOf({ end: 'timeout', jobs: [KINDS.running] }).reasons).toEqual([
      'the wait timed out before the job finished'
    ])
    expect(reportOf({ end: 'not-found' }).reasons).toEqual(['no matching job was found'])
    expect(reportOf({ end: 'cancelled' }).reasons).toEqual(['the run was cancelled before the job finished'])
    expect(reportOf({ end: 'finished', jobs: [KINDS.unreported] }).reasons).toEqual([
      'GES did not report the file results of job nodetail (set fail-on without "unknown" to accept that)'
    ])
    expect(reportOf({ end: 'finished', jobs: [KINDS.oddFile] }).reasons).toEqual([
      'job odd reports files in a status that is not documented ("skipped")'
    ])
  })

  it('puts the stopping error first, with its code and request id, and fails even on an empty message', () => {
    const error = new ApiError('auth', 'Listing GES jobs failed: authentication failed', {
      status: 401,
      code: 'APIG.0301',
      requestId: 'r1'
    })
    const report = reportOf({ end: 'error', jobs: [KINDS.failed], error })
    expect(report.reasons[0]).toBe(
      'Listing GES jobs failed: authentication failed (HTTP 401, APIG.0301, request id r1)'
    )
    expect(report.error).toEqual({
      message: 'Listing GES jobs failed: authentication failed',
      reference: 'HTTP 401, APIG.0301, request id r1',
      httpStatus: 401,
      code: 'APIG.0301',
      requestId: 'r1',
      stoppedWait: true
    })
    expect(reportOf({ end: 'error', error: new ApiError('permanent', '') }).reasons).toEqual([
      'the wait was stopped by an error'
    ])
  })

  it('keeps a retried error as information only when the wait ended otherwise, and none beside success', () => {
    const retried = new ApiError('transient', '502', { status: 502 })
    const success = reportOf({ end: 'finished', jobs: [KINDS.success], error: retried })
    expect(success.passed).toBe(true)
    expect(success.status).toBe('success')
    expect(success.error).toBeNull() // a green report carries no error
    const failed = reportOf({ end: 'finished', jobs: [KINDS.failed], error: retried })
    expect(failed.status).toBe('failed')
    expect(failed.error?.stoppedWait).toBe(false)
  })

  describe('max-failed-lines', () => {
    it('fails above the budget and passes at it', () => {
      const jobs = [KINDS.partFailed] // 3 failed lines
      expect(reportOf({ end: 'finished', jobs }, { failOn: [], maxFailedLines: 2 }).reasons).toEqual([
        '3 lines failed, more than max-failed-lines (2)'
      ])
      expect(reportOf({ end: 'finished', jobs }, { failOn: [], maxFailedLines: 3 }).passed).toBe(true)
      expect(reportOf({ end: 'finished', jobs: [KINDS.success] }, { failOn: [], maxFailedLines: 0 }).passed).toBe(true)
    })

    it('cannot be checked, so fails, when GES did not report the failed lines', () => {
      const jobs = [done({ id: 'a', files: [file({ failedLines: null })] })]
      const report = reportOf({ end: 'finished', jobs }, { failOn: [], maxFailedLines: 10 })
      expect(report.passed).toBe(false)
      expect(report.reasons[0]).toMatch(/^max-failed-lines \(10\) cannot be checked: GES did not report/)
    })

    it('adds its reason to the others', () => {
      const jobs = [done({ id: 'a', status: 'failed', files: [file({ status: 'failed', failedLines: 50 })] })]
      expect(reportOf({ end: 'finished', jobs }, { maxFailedLines: 5 }).reasons).toHaveLength(2)
    })
  })
})

describe('judge: unknown is not zero', () => {
  it('leaves totals unknown when an import did not report its files, and warns', () => {
    const report = reportOf({ end: 'finished', jobs: [KINDS.unreported] }, { failOn: ['failed', 'partFailed'] })
    expect(report.passed).toBe(true)
    expect(report.totals).toEqual({ totalLines: null, successfulLines: null, failedLines: null, failedFiles: null })
    expect(report.jobs[0].fileResults).toBe('not-reported')
    expect(report.warnings).toEqual(['file results not reported by GES for job nodetail: its line counts are unknown'])
  })

  it('counts a job that is not an import as no lines at all, without a warning', () => {
    const report = reportOf({ end: 'finished', jobs: [KINDS.notImport] })
    expect(report.totals).toEqual({ totalLines: 0, successfulLines: 0, failedLines: 0, failedFiles: 0 })
    expect(report.jobs[0].fileResults).toBe('not-applicable')
    expect(report.warnings).toEqual([])
  })

  it('an import that names no file reported nothing: totals unknown, not 0', () => {
    const report = reportOf({ end: 'finished', jobs: [done({ id: 'e', files: [] })] })
    expect(report.status).toBe('unknown')
    expect(report.passed).toBe(false)
    expect(report.totals).toEqual({ totalLines: null, successfulLines: null, failedLines: null, failedFiles: null })
  })

  it('line counts that contradict the file status: unknown, failing by default, a warning with fail-on without it', () => {
    const jobs = [done({ id: 'c', files: [file({ path: 'e.csv', successfulLines: 94, failedLines: 6 })] })]
    const reason = 'job c reports line counts that contradict: "e.csv" is reported as success with 6 failed lines'
    const strict = reportOf({ end: 'finished', jobs })
    expect(strict).toMatchObject({ status: 'unknown', passed: false, reasons: [reason] })
    const lenient = reportOf({ end: 'finished', jobs }, { failOn: ['failed', 'partFailed'] })
    expect(lenient).toMatchObject({ status: 'unknown', passed: true, warnings: [reason] })
  })

  it('counts from answers that disagree are unknown, not what one side said', () => {
    const report = reportOf({ end: 'timeout', jobs: [observed(KINDS.success, { disagreement: 'they disagree' })] })
    expect(report.status).toBe('error')
    expect(report.totals).toEqual({ totalLines: null, successfulLines: null, failedLines: null, failedFiles: null })
    expect(report.warnings).toEqual([])
  })

  it('warns once when some line counts are missing', () => {
    const jobs = [done({ id: 'a', files: [file({ totalLines: null })] })]
    const report = reportOf({ end: 'finished', jobs })
    expect(report.totals.totalLines).toBeNull()
    expect(report.totals.successfulLines).toBe(100)
    expect(report.warnings).toEqual(['GES did not report the line counts of every file: the totals are unknown'])
  })
})

describe('judge: listed entries without a readable job id', () => {
  const entry = job({ id: '', status: 'failed', beginTimeRaw: '2026-11-28T10:00:00' })

  it('are a warning; the verdict stays when none is newer than the job chosen', () => {
    const report = judge({ ...evidence({ end: 'finished', jobs: [KINDS.success] }), idless: [entry] }, DEFAULT_RULES)
    expect(report.status).toBe('success')
    expect(report.passed).toBe(true)
    expect(report.warnings).toEqual([
      '1 listed job(s) without a readable job id match (graph "movies", begin time "2026-11-28T10:00:00"): none can be waited for; the job chosen may not be the newest or the only one'
    ])
  })

  it('the warning names at most 5, clipped', () => {
    const many = Array.from({ length: 7 }, () => job({ id: '', graph: 'g'.repeat(300), beginTimeRaw: null }))
    const [warning] = judge(
      { ...evidence({ end: 'finished', jobs: [KINDS.success] }), idless: many },
      DEFAULT_RULES
    ).warnings
    expect(warning).toMatch(/^7 listed job\(s\) without a readable job id match \(graph "g{100}", begin time ""; /)
    expect(warning.split('graph "')).toHaveLength(6)
    expect(warning).toContain('""; …): none can be waited for')
  })

  it('one newer than the job chosen (latest): the newest import is unknown, whatever fail-on says', () => {
    const newer = { ...evidence({ end: 'finished', jobs: [KINDS.success] }), idless: [entry], idlessNewer: [entry] }
    const report = judge(newer, { ...DEFAULT_RULES, failOn: ['failed'] })
    expect(report.status).toBe('unknown')
    expect(report.passed).toBe(false)
    expect(report.reasons).toEqual([
      'a newer job without a readable job id (graph "movies", begin time "2026-11-28T10:00:00"): the newest import\'s result is unknown'
    ])
    expect(report.hint).toMatch(/set "job-id"/)
    expect(report.warnings).toHaveLength(1)
    // A failed import stays failed.
    expect(judge({ ...newer, ...evidence({ end: 'finished', jobs: [KINDS.failed] }) }, DEFAULT_RULES).status).toBe(
      'failed'
    )
  })
})

describe('judge: the rest of the report', () => {
  it('lists what was not found and how long the wait took', () => {
    const report = reportOf({ end: 'not-found', missing: ['an ImportGraph job of graph "movies"'], elapsedMs: 61_400 })
    expect(report.missing).toEqual(['an ImportGraph job of graph "movies"'])
    expect(report.waitedSeconds).toBe(61)
  })

  it('gives a hint only when the step fails', () => {
    expect(reportOf({ end: 'finished', jobs: [KINDS.success] }).hint).toBeNull()
    expect(reportOf({ end: 'timeout', jobs: [KINDS.running] }, { ...DEFAULT_RULES, timeoutMs: 60_000 }).hint).toMatch(
      /within 1m: raise "timeout"/
    )
  })
})

describe('judge: the job this step started', () => {
  it('is never called stale: GES named it, as a job-id would (since cannot be set with a start)', () => {
    const ended = Date.UTC(2026, 10, 26, 9, 0, 0)
    const started = job({ id: 'ff01', status: 'success', endTime: ended, files: [file()] })
    const startedImport = {
      result: 'started' as const,
      graph: 'movies',
      jobId: 'ff01',
      requestId: null,
      paths: { edgesetPath: 'bk1/e/' },
      recentJobs: null,
      recentJobsError: null
    }
    const now = ended + 30 * 3_600_000
    const parts = { end: 'finished' as const, elapsedMs: 5000, jobs: [started] }
    expect(judge({ ...evidence(parts), startedImport }, { ...DEFAULT_RULES, now }).stale).toEqual([])
    expect(judge(evidence(parts), { ...DEFAULT_RULES, now }).stale).toHaveLength(1)
  })
})

describe('judge: what the report carries over from the evidence', () => {
  const started: StartedImportReport = {
    result: 'started',
    graph: 'movies',
    jobId: 'ok',
    requestId: null,
    paths: {},
    recentJobs: null,
    recentJobsError: null
  }

  it('each job’s comparison and log reads, the waiter’s warnings, the skipped jobs and the started import', () => {
    const withFile = done({ id: 'ok', files: [file({ status: 'partFailed', failedLines: 1 })] })
    const comparison = unavailable(withFile, 'no time left')
    const report = judge(
      {
        ...evidence({ end: 'finished', jobs: [observed(withFile, { warning: 'listed twice' })] }),
        comparisons: new Map([['ok', comparison]]),
        logReads: new Map([[logKey('ok', withFile.files![0]), { ok: false as const, reason: 'HTTP 403' }]]),
        skipped: [{ id: 's', graph: 'movies', beginTimeRaw: 'yesterday' }],
        startedImport: started
      },
      DEFAULT_RULES
    )
    expect(report.jobs[0].comparison).toBe(comparison)
    expect(report.jobs[0].files[0].logRead).toBe('HTTP 403')
    expect(report.warnings).toContain('listed twice')
    expect(report.skipped).toEqual([{ jobId: 's', graph: 'movies', beginTime: 'yesterday' }])
    expect(report.startedImport).toBe(started)
    expect('startedImport' in reportOf({ end: 'finished', jobs: [KINDS.success] })).toBe(false)
  })

  it('names no target missing when no search answered', () => {
    const parts = { ...evidence({ end: 'timeout', missing: ['job x'] }) }
    expect(judge({ ...parts, searched: false }, DEFAULT_RULES).missing).toEqual([])
    expect(judge({ ...parts, searched: true }, DEFAULT_RULES).missing).toEqual(['job x'])
  })
})

describe('judge: why nothing was found', () => {
  const appearTimeout: NotFoundDetails = {
    reason: 'appear-timeout',
    searched: { jobIds: [], graphNames: ['movies'], jobName: 'ImportGraph', select: 'latest' },
    appearTimeoutMs: 120_000,
    newest: [],
    misplaced: []
  }
  const message = 'no matching job appeared within appear-timeout (2m)'

  it('says what the waiter found out in place of the bare "not found", and nothing else changes', () => {
    const conflict = observed(KINDS.success, { disagreement: 'they disagree' })
    const report = judge(
      { ...evidence({ end: 'not-found', jobs: [conflict] }), notFound: appearTimeout },
      DEFAULT_RULES
    )
    expect(report.reasons).toEqual(['they disagree', message])
    expect(report.notFound).toMatchObject({ reason: 'appear-timeout', message })
  })

  it('keeps the bare reason when the waiter did not say why', () => {
    expect(reportOf({ end: 'not-found' })).toMatchObject({ reasons: ['no matching job was found'], notFound: null })
  })

  it('carries no not-found section when the wait ended otherwise', () => {
    const report = judge(
      { ...evidence({ end: 'timeout', jobs: [KINDS.running] }), notFound: appearTimeout },
      DEFAULT_RULES
    )
    expect(report.notFound).toBeNull()
    expect(report.reasons).toEqual(['the wait timed out before the job finished'])
  })
})

describe('judge: a job that may be an earlier import (stale)', () => {
  const ended = Date.UTC(2026, 10, 26, 9, 0, 0)
  const old = job({ id: 'j1', status: 'success', endTime: ended, files: [file()] })
  const now = ended + 30 * 3_600_000
  const judged = (rules: Partial<typeof DEFAULT_RULES>) =>
    judge(evidence({ end: 'finished', jobs: [old] }), { ...DEFAULT_RULES, ...rules }).stale

  it('by default the newest job was chosen, and the warning says so; with select all it names the job', () => {
    expect(judged({ now }).map((s) => s.message)).toEqual([
      'the newest ImportGraph job of graph movies finished 30 hours ago; set since to ignore older imports'
    ])
    expect(judged({ now, select: 'all' }).map((s) => s.message)).toEqual([
      'ImportGraph job j1 of graph movies finished 30 hours ago; set since to ignore older imports'
    ])
  })

  it('is not checked without the time now', () => {
    expect(judged({})).toStrictEqual([])
  })
})
