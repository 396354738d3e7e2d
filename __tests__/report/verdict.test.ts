import { describe, expect, it } from '@jest/globals'
import { observed } from '../../__fixtures__/evidence.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { compareImports, unavailable } from '../../src/compare/compare-imports.js'
import type { ImportFile, Job } from '../../src/ges/model.js'
import { evidenceTotals, jobReport } from '../../src/report/report-entries.js'
import { verdict, type VerdictRules } from '../../src/report/verdict.js'
import type { ObservedJob } from '../../src/waiter/tracked-job.js'
import type { WaitEnd } from '../../src/waiter/wait-for-jobs.js'

const ALL: VerdictRules = { failOn: ['failed', 'partFailed', 'unknown'] }

const lines = (successful: number | null, failed: number | null = 0) =>
  file({
    totalLines: successful === null || failed === null ? null : successful + failed,
    successfulLines: successful,
    failedLines: failed
  })
const success = (id = 'now', files: ImportFile[] | null = [lines(500)]): Job =>
  job({ id, status: 'success', rawStatus: 'success', beginTime: Date.UTC(2026, 10, 28, 9), files })
const partFailed = (id = 'now'): Job =>
  job({
    id,
    status: 'partFailed',
    rawStatus: 'partiallyFailed',
    files: [file({ status: 'partFailed', totalLines: 10, successfulLines: 7, failedLines: 3 })]
  })
/** The previous import had 1,000 successful lines. */
const previous = job({
  id: 'prev',
  status: 'success',
  rawStatus: 'success',
  beginTime: Date.UTC(2026, 10, 27, 9),
  files: [lines(1000)]
})

/** The verdict on what the wait saw, with each job compared against `previous`. */
function decide(
  jobs: (Job | ObservedJob)[],
  rules: Partial<VerdictRules> = {},
  end: WaitEnd = 'finished',
  missing = 0
) {
  const seen = jobs.map((j) => ('job' in j ? j : observed(j)))
  const reports = seen.map((o) => jobReport(o, compareImports(o.job, previous)))
  return verdict(
    { end, jobs: seen, missing: Array.from({ length: missing }, (_, i) => ({ key: `m${i}`, description: 'x' })) },
    reports,
    evidenceTotals(seen),
    { ...ALL, ...rules },
    null
  )
}

describe('verdict: success is never a failing step', () => {
  it('passes a success that no rule rejects', () => {
    expect(decide([success()], { maxLineDrop: { kind: 'percent', percent: 50 }, maxFailedLines: 0 })).toEqual({
      status: 'success',
      passed: true,
      reasons: [],
      rejectedBy: [],
      warnings: []
    })
  })

  it('calls a success that max-line-drop rejects "rejected", naming the rule, its limit and the drop', () => {
    const v = decide([success()], { maxLineDrop: { kind: 'percent', percent: 20 } })
    expect(v.status).toBe('rejected')
    expect(v.passed).toBe(false)
    expect(v.rejectedBy).toEqual([
      { rule: 'max-line-drop', limit: 20, unit: 'percent', measured: 50, jobId: 'now', reason: v.reasons[0] }
    ])
    expect(v.reasons).toHaveLength(1)
  })

  it('calls a success max-failed-lines cannot check "rejected": unknown is not zero', () => {
    const v = decide([success('now', [lines(500, null)])], { maxFailedLines: 10 })
    expect(v.status).toBe('rejected')
    expect(v.rejectedBy).toEqual([
      { rule: 'max-failed-lines', limit: 10, unit: 'lines', measured: null, jobId: null, reason: v.reasons[0] }
    ])
  })

  it('does the same for the percentage form', () => {
    const v = decide([success('now', [lines(500, null)])], { maxFailedLinesPercent: 1 })
    expect(v.status).toBe('rejected')
    expect(v.rejectedBy).toMatchObject([{ rule: 'max-failed-lines', limit: 1, unit: 'percent', measured: null }])
  })

  it('a max-line-drop that cannot be checked rejects too', () => {
    const seen = observed(success())
    const v = verdict(
      { end: 'finished', jobs: [seen], missing: [] },
      [jobReport(seen, unavailable(seen.job, 'the job list could not be read'))],
      evidenceTotals([seen]),
      { ...ALL, maxLineDrop: { kind: 'lines', lines: 0 } },
      null
    )
    expect(v.status).toBe('rejected')
    expect(v.rejectedBy).toMatchObject([
      { rule: 'max-line-drop', limit: 0, unit: 'lines', measured: null, jobId: 'now' }
    ])
  })

  it('keeps what GES said when the import did not succeed, still naming the rule that fails the step', () => {
    const v = decide([partFailed()], { failOn: ['failed'], maxFailedLines: 2 })
    expect(v.status).toBe('partFailed')
    expect(v.passed).toBe(false)
    expect(v.rejectedBy).toMatchObject([{ rule: 'max-failed-lines', limit: 2, unit: 'lines', measured: 3 }])
    expect(v.reasons).toEqual(['3 lines failed, more than max-failed-lines (2)'])
  })

  it('a partFailed import fail-on lets pass, under every limit, passes as partFailed', () => {
    expect(decide([partFailed()], { failOn: ['failed'], maxFailedLines: 3 })).toMatchObject({
      status: 'partFailed',
      passed: true,
      rejectedBy: []
    })
  })

  it('puts the import’s own reasons before the rules’', () => {
    const v = decide([partFailed()], { maxFailedLines: 0 })
    expect(v.reasons).toEqual(['the import partially failed', '3 lines failed, more than max-failed-lines (0)'])
  })

  it('applies no line rule when no job was found: the wait’s end is the reason', () => {
    const v = decide([], { maxFailedLines: 0, maxFailedLinesPercent: 0 }, 'not-found', 1)
    expect(v).toMatchObject({
      status: 'not-found',
      passed: false,
      rejectedBy: [],
      reasons: ['no matching job was found']
    })
  })

  it('a timeout with the rule broken stays a timeout (the import never succeeded)', () => {
    const running = job({ id: 'now', status: 'running', rawStatus: 'running' })
    const v = decide([running], { maxFailedLines: 0 }, 'timeout')
    expect(v.status).toBe('timeout')
    expect(v.rejectedBy.map((r) => r.rule)).toEqual(['max-failed-lines'])
  })
})

describe('verdict: how the wait ended', () => {
  it.each<[WaitEnd, string]>([
    ['timeout', 'the wait timed out before the job finished'],
    ['cancelled', 'the run was cancelled before the job finished'],
    ['error', 'the wait could not establish the result']
  ])('%s fails the step, saying so', (end, reason) => {
    const v = decide([job({ id: 'now', status: 'running', rawStatus: 'running' })], {}, end)
    expect(v.status).toBe(end)
    expect(v.reasons).toEqual([reason])
  })

  it('a success only one answer gave, at the deadline, is unknown: the finish was seen, never confirmed', () => {
    const once = observed(success(), { unconfirmed: 'said once' })
    const v = decide([once], {}, 'timeout')
    expect(v).toMatchObject({ status: 'unknown', passed: false, reasons: ['said once'] })
  })

  it('the same with a target still missing is a timeout', () => {
    const once = observed(success(), { unconfirmed: 'said once' })
    expect(decide([once], {}, 'timeout', 1).status).toBe('timeout')
  })

  it('an unconfirmed success fails even when fail-on leaves out unknown, and is never rejected', () => {
    const v = decide([observed(success(), { unconfirmed: 'said once' })], { failOn: [], maxFailedLines: 0 })
    expect(v.status).toBe('unknown')
    expect(v.reasons).toEqual(['said once'])
  })

  it('answers that disagree are an error, with the disagreement as the reason', () => {
    const v = decide([observed(success(), { disagreement: 'they disagree' })])
    expect(v).toMatchObject({ status: 'error', reasons: ['they disagree'] })
  })

  it('a failed import is failed however the wait ended', () => {
    const failed = job({ id: 'now', status: 'failed', rawStatus: 'failed', files: [file({ status: 'failed' })] })
    for (const end of ['finished', 'timeout', 'cancelled', 'error', 'not-found'] as const)
      expect(decide([failed], {}, end).status).toBe('failed')
  })
})

describe('verdict: warnings', () => {
  it('warns of file results not reported, once per job', () => {
    const v = decide([success('now', null)], { failOn: [] })
    expect(v.status).toBe('unknown')
    expect(v.passed).toBe(true)
    expect(v.warnings).toEqual(['file results not reported by GES for job now: its line counts are unknown'])
  })

  it('warns of line counts that contradict when fail-on lets them pass', () => {
    const v = decide([success('now', [file({ path: 'e.csv', successfulLines: 99, failedLines: 1 })])], { failOn: [] })
    expect(v.warnings).toEqual([
      'job now reports line counts that contradict: "e.csv" is reported as success with 1 failed lines'
    ])
  })
})

describe('verdict: the warning that the totals are unknown', () => {
  it('a reported file without line counts: the totals are unknown, said once', () => {
    const v = decide([
      success('now', [lines(500), file({ totalLines: null, successfulLines: null, failedLines: null })])
    ])
    expect(v.warnings).toEqual(['GES did not report the line counts of every file: the totals are unknown'])
  })

  it('not said when the counts are known, or when a job already warns', () => {
    expect(decide([success()]).warnings).toEqual([])
    expect(decide([success('now', null)]).warnings).toEqual([
      'file results not reported by GES for job now: its line counts are unknown'
    ])
  })
})

describe('verdict: a timeout that only a finish never confirmed caused', () => {
  const saidOnce = (j: Job): ObservedJob => observed(j, { unconfirmed: `job ${j.id} said success once` })
  const running = (id: string): Job => job({ id, status: 'running' })

  it('is the imports’ own result when every target was found and finished', () => {
    expect(decide([saidOnce(success('a'))], {}, 'timeout').status).toBe('unknown')
    expect(decide([saidOnce(success('a')), partFailed('b')], {}, 'timeout').status).toBe('partFailed')
  })

  it('is a timeout when a target is missing, none was unconfirmed, or another still runs', () => {
    expect(decide([saidOnce(success('a'))], {}, 'timeout', 1).status).toBe('timeout')
    expect(decide([success('a')], {}, 'timeout').status).toBe('timeout')
    const v = decide([saidOnce(success('a')), running('b')], {}, 'timeout')
    expect(v.status).toBe('timeout')
    expect(v.reasons).toContain('the wait timed out before the job finished')
  })

  it('is an error when answers about another job disagree', () => {
    const disagreeing = observed(success('b'), { disagreement: 'the list says success, the status endpoint failed' })
    expect(decide([saidOnce(success('a')), disagreeing], {}, 'timeout').status).toBe('error')
  })
})

describe('verdict: an error with nothing else to say', () => {
  it('says the result could not be established, however the error came about', () => {
    expect(decide([], {}, 'error').reasons).toEqual(['the wait could not establish the result'])
    expect(decide([], {}, 'finished').reasons).toEqual(['the wait could not establish the result'])
  })
})

describe('verdict: how the wait ended fails the step whatever fail-on lets pass', () => {
  it('a wait that ended in error, with a failed import fail-on accepts: still fails, the result was not established', () => {
    const failed = job({ id: 'now', status: 'failed', rawStatus: 'failed', files: [file({ status: 'failed' })] })
    expect(decide([failed], { failOn: [] }, 'error')).toMatchObject({
      status: 'failed',
      passed: false,
      reasons: ['the wait could not establish the result']
    })
  })
})

describe('verdict: the reason an unknown import gives names what made it unknown', () => {
  it('every file whose counts contradict, and only those', () => {
    const v = decide([
      success('now', [
        file({ path: 'a.csv', successfulLines: 99, failedLines: 1 }),
        lines(500),
        file({ path: 'b.csv', successfulLines: 98, failedLines: 2 })
      ])
    ])
    expect(v.reasons).toEqual([
      'job now reports line counts that contradict: "a.csv" is reported as success with 1 failed lines; "b.csv" is reported as success with 2 failed lines'
    ])
  })

  it('every status GES does not document, once each, and no file that succeeded', () => {
    const odd = (rawStatus: string) => file({ status: 'unknown', rawStatus })
    const v = decide([success('now', [odd('skipped'), lines(500), odd('queued'), odd('skipped')])])
    expect(v.reasons).toEqual(['job now reports files in a status that is not documented ("skipped", "queued")'])
  })
})

describe('verdict: warnings say only what is true of the evidence', () => {
  const running = job({ id: 'now', status: 'running', rawStatus: 'running' })

  it('no warning of file results for a job that never finished: they were not due', () => {
    expect(decide([running], {}, 'timeout').warnings).toEqual([])
  })

  it('no warning of file results when answers about the job disagree: the disagreement is the reason', () => {
    const v = decide([observed(success('now', null), { disagreement: 'they disagree' })])
    expect(v).toMatchObject({ status: 'error', reasons: ['they disagree'], warnings: [] })
  })

  it('a success seen only once warns of nothing else: its counts agree', () => {
    const v = decide([observed(success(), { unconfirmed: 'said once' })], { failOn: [] }, 'timeout')
    expect(v).toMatchObject({ status: 'unknown', reasons: ['said once'], warnings: [] })
  })

  it.each(['totalLines', 'successfulLines', 'failedLines'] as const)(
    'a file without %s makes the totals unknown, and says so',
    (count) => {
      expect(decide([success('now', [lines(500), file({ [count]: null })])]).warnings).toEqual([
        'GES did not report the line counts of every file: the totals are unknown'
      ])
    }
  )

  it('no warning that counts are missing when the answers disagree: they were reported, not agreed', () => {
    const v = decide([success('a'), observed(success('b'), { disagreement: 'they disagree' })])
    expect(v.warnings).toEqual([])
  })

  it('one warning, not two, when a job without file results leaves the totals unknown', () => {
    expect(decide([success('a'), success('b', null)]).warnings).toEqual([
      'file results not reported by GES for job b: its line counts are unknown'
    ])
  })

  it('the totals warning beside a job that is not an import', () => {
    const other = job({ id: 'del', name: 'DeleteGraph', status: 'success', rawStatus: 'success', files: null })
    expect(decide([success('now', [file({ totalLines: null })]), other]).warnings).toEqual([
      'GES did not report the line counts of every file: the totals are unknown'
    ])
  })

  it('no totals warning when no job was found: the counts of nothing are not missing counts', () => {
    expect(decide([], {}, 'not-found', 1).warnings).toEqual([])
  })
})
