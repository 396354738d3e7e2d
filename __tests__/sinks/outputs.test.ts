import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.js'
import { reportOf } from '../../__fixtures__/evidence.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { type Comparison, compareImports } from '../../src/compare/compare-imports.js'
import type { Report } from '../../src/report/report.js'

jest.unstable_mockModule('@actions/core', () => core)
const { setOutputs } = await import('../../src/sinks/outputs.js')

const outputs = (): Record<string, unknown> =>
  Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, value]))
const success = (id: string, successfulLines = 500) =>
  job({ id, status: 'success', rawStatus: 'success', files: [file({ successfulLines, totalLines: successfulLines })] })

beforeEach(() => {
  core.setOutput.mockClear()
})

describe('setOutputs: the verdict', () => {
  it('a success: status success, passed true', () => {
    setOutputs(reportOf({ end: 'finished', jobs: [success('a')] }), undefined)
    expect(outputs()).toMatchObject({ status: 'success', passed: 'true', 'job-id': 'a' })
  })

  it('a success a rule rejects: status rejected, passed false', () => {
    const now = success('a', 500)
    const report = reportOf(
      { end: 'finished', jobs: [now], comparisons: new Map([['a', compareImports(now, success('p', 1000))]]) },
      { maxLineDrop: { kind: 'percent', percent: 10 } }
    )
    setOutputs(report, undefined)
    expect(outputs()).toMatchObject({
      status: 'rejected',
      passed: 'false',
      'previous-job-id': 'p',
      'line-delta': '-500'
    })
    expect(JSON.parse(outputs().report as string)).toMatchObject({
      status: 'rejected',
      rejectedBy: [{ rule: 'max-line-drop' }]
    })
  })

  it('a failure: passed false', () => {
    setOutputs(reportOf({ end: 'timeout', jobs: [job({ id: 'a' })] }), '/tmp/r.json')
    expect(outputs()).toMatchObject({ status: 'timeout', passed: 'false', 'report-file': '/tmp/r.json' })
  })

  it('counts GES did not report are empty, never 0', () => {
    setOutputs(
      reportOf({ end: 'finished', jobs: [job({ id: 'a', status: 'success', rawStatus: 'success', files: null })] }),
      undefined
    )
    expect(outputs()).toMatchObject({
      'total-lines': '',
      'successful-lines': '',
      'failed-lines': '',
      'failed-files': ''
    })
  })
})

const { setCommentUrlOutput } = await import('../../src/sinks/outputs.js')

/** A comparison with only the fields the outputs read; the rest as compareImports leaves them. */
const comparison = (overrides: Partial<Comparison>): Comparison => ({
  ...compareImports(success('x'), success('p')),
  ...overrides
})
const withComparisons = (comparisons: (Comparison | null)[]): Report => {
  const report = reportOf({ end: 'finished', jobs: comparisons.map((_, i) => success(`j${i}`)) })
  return { ...report, jobs: report.jobs.map((job, i) => ({ ...job, comparison: comparisons[i] })) }
}

describe('setOutputs: every output', () => {
  it('job ids joined by commas, counts as numbers, report-file empty when none, the wait in seconds', () => {
    const report = reportOf({ end: 'finished', jobs: [success('a', 40), success('b', 60)], elapsedMs: 61_000 })
    setOutputs(report, undefined)
    expect(outputs()).toMatchObject({
      'job-id': 'a,b',
      'total-lines': '100',
      'successful-lines': '100',
      'failed-lines': '0',
      'failed-files': '0',
      'report-file': '',
      'duration-seconds': report.waitedSeconds
    })
    expect(report.waitedSeconds).toBeGreaterThan(0)
    expect(JSON.parse(outputs().report as string)).toEqual(report)
  })

  it('comment-url: the comment written, empty when none was', () => {
    setCommentUrlOutput('https://github.com/o/r/pull/1#issuecomment-2')
    expect(outputs()['comment-url']).toBe('https://github.com/o/r/pull/1#issuecomment-2')
    setCommentUrlOutput(undefined)
    expect(outputs()['comment-url']).toBe('')
  })
})

describe('setOutputs: the comparison outputs', () => {
  it('previous-job-id keeps one place per job, empty where a job has none', () => {
    setOutputs(withComparisons([comparison({ previousJobId: 'p1', lineDelta: 5 }), null]), undefined)
    expect(outputs()['previous-job-id']).toBe('p1,')
  })

  it('no job compared: previous-job-id and line-delta empty', () => {
    setOutputs(withComparisons([null, null]), undefined)
    expect(outputs()).toMatchObject({ 'previous-job-id': '', 'line-delta': '' })
  })

  it('line-delta sums the compared jobs', () => {
    setOutputs(
      withComparisons([
        comparison({ lineDelta: 5 }),
        comparison({ lineDelta: -2 }),
        comparison({ result: 'no-previous', lineDelta: null })
      ]),
      undefined
    )
    expect(outputs()['line-delta']).toBe('3')
  })

  it('line-delta empty when one compared change is unknown', () => {
    setOutputs(withComparisons([comparison({ lineDelta: 5 }), comparison({ lineDelta: null })]), undefined)
    expect(outputs()['line-delta']).toBe('')
  })

  it('line-delta empty when one job could not be compared', () => {
    setOutputs(
      withComparisons([comparison({ lineDelta: 5 }), comparison({ result: 'unavailable', lineDelta: null })]),
      undefined
    )
    expect(outputs()['line-delta']).toBe('')
  })
})

describe('setOutputs: a report too large for the outputs', () => {
  const MAX = 512 * 1024
  const big = (successPath: string, failedPath: string, comparisonFiles = 0): Report => {
    const ok = success('a')
    const report = reportOf({ end: 'finished', jobs: [ok] })
    const [jobReport] = report.jobs
    const okFile = { ...jobReport.files[0], path: successPath }
    const failedFile = { ...okFile, status: 'failed', path: failedPath }
    const changes = comparison({}).files
    const files = Array.from({ length: comparisonFiles }, () => changes[0])
    return {
      ...report,
      jobs: [{ ...jobReport, files: [okFile, failedFile], comparison: comparison({ files }) }]
    }
  }
  const reportOutput = (): Report & { truncated?: string; jobs: { filesOmitted?: number }[] } =>
    JSON.parse(outputs().report as string) as Report & { truncated?: string; jobs: { filesOmitted?: number }[] }

  it('exactly at the limit: the whole report; one character over: successful files left out', () => {
    const probe = big('x', 'f')
    const atLimit = big('x'.repeat(1 + MAX - JSON.stringify(probe).length), 'f')
    expect(JSON.stringify(atLimit).length).toBe(MAX)
    setOutputs(atLimit, undefined)
    expect(outputs().report).toBe(JSON.stringify(atLimit))

    const over = big('x'.repeat(2 + MAX - JSON.stringify(probe).length), 'f')
    setOutputs(over, undefined)
    const out = reportOutput()
    expect(out.truncated).toMatch(/report-file/)
    expect(out.jobs[0].files.map((f: { path: string }) => f.path)).toEqual(['f'])
    expect(out.jobs[0].filesOmitted).toBe(1)
    expect(out.status).toBe(over.status)
  })

  it('failed files kept up to exactly the limit, then every file list left out', () => {
    const huge = 'x'.repeat(MAX)
    setOutputs(big(huge, 'f'), undefined)
    const fits = (outputs().report as string).length
    const failedPath = 'f'.repeat(1 + MAX - fits)
    setOutputs(big(huge, failedPath), undefined)
    expect((outputs().report as string).length).toBe(MAX)
    expect(reportOutput().jobs[0].files.map((f: { path: string }) => f.path)).toEqual([failedPath])

    setOutputs(big(huge, failedPath + 'f', 3), undefined)
    const out = reportOutput()
    expect(out.truncated).toMatch(/report-file/)
    expect(out.jobs[0]).toMatchObject({ files: [], filesOmitted: 2, jobId: 'a' })
    expect(out.jobs[0].comparison).toMatchObject({ files: [], filesOmitted: 3, result: 'compared' })
  })

  it('every file list left out: a job without a comparison keeps none', () => {
    const report = big('x'.repeat(MAX), 'f'.repeat(MAX))
    setOutputs({ ...report, jobs: [{ ...report.jobs[0], comparison: null }] }, undefined)
    expect(reportOutput().jobs[0]).toMatchObject({ files: [], filesOmitted: 2, comparison: null })
  })
})

describe('setOutputs: sizes are UTF-8 bytes, and thousands of jobs fit', () => {
  const MAX = 512 * 1024
  const size = (name: string): number => Buffer.byteLength(outputs()[name] as string, 'utf8')

  it('multi-byte text: a report under 512 Ki characters but over 512 KiB is shortened', () => {
    const report = reportOf({ end: 'finished', jobs: [success('a')] })
    const [jobReport] = report.jobs
    const wide = { ...jobReport, files: [{ ...jobReport.files[0], path: '漢'.repeat(MAX / 2) }] }
    setOutputs({ ...report, jobs: [wide] }, undefined)
    expect(JSON.stringify({ ...report, jobs: [wide] }).length).toBeLessThan(MAX)
    expect(size('report')).toBeLessThanOrEqual(MAX)
    expect(JSON.parse(outputs().report as string).jobs[0].filesOmitted).toBe(1)
  })

  it('jobs whose own text is too large: the first jobs kept, omitted counts the rest of each list', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      job({ id: `j${i}`, status: 'failed', rawStatus: 'failed', failReason: 'r'.repeat(4000), files: [] })
    )
    const report = reportOf({ end: 'finished', jobs: many })
    setOutputs({ ...report, warnings: Array.from({ length: 300 }, () => 'w'.repeat(100)) }, undefined)
    expect(size('report')).toBeLessThanOrEqual(MAX)
    const out = JSON.parse(outputs().report as string) as Report & { omitted: Record<string, number> }
    expect(out.jobs.length).toBeGreaterThan(0)
    expect(out.jobs.length + out.omitted.jobs).toBe(300)
    expect(out.warnings.length + out.omitted.warnings).toBe(300)
    expect(out.jobs[0].jobId).toBe('j0')
    expect(out.omitted.reasons).toBe(0)
  })

  it('nothing but server text left: error and notFound go too, the verdict stays', () => {
    const report = reportOf({ end: 'finished', jobs: [success('a')] })
    const error = {
      message: 'e'.repeat(MAX),
      reference: '',
      httpStatus: null,
      code: null,
      requestId: null,
      stoppedWait: true
    }
    setOutputs({ ...report, error, jobs: report.jobs.map((j) => ({ ...j, failReason: 'f'.repeat(MAX) })) }, undefined)
    expect(size('report')).toBeLessThanOrEqual(MAX)
    expect(JSON.parse(outputs().report as string)).toMatchObject({ status: report.status, error: null, jobs: [] })
  })

  it('job-id and previous-job-id name whole ids up to 192 KiB each, the same jobs, with a warning', () => {
    const id = (i: number): string => `${String(i).padStart(4, '0')}${'x'.repeat(996)}`
    const many = Array.from({ length: 300 }, (_, i) => success(id(i)))
    core.warning.mockClear()
    setOutputs(reportOf({ end: 'finished', jobs: many }), undefined)
    const ids = (outputs()['job-id'] as string).split(',')
    expect(size('job-id')).toBeLessThanOrEqual(192 * 1024)
    expect(ids).toEqual(many.slice(0, ids.length).map((j) => j.id))
    expect(ids.length).toBe(Math.floor((192 * 1024 + 1) / 1001))
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining(`list the first ${ids.length} of 300 jobs`))

    core.warning.mockClear()
    setOutputs(reportOf({ end: 'finished', jobs: many.slice(0, 10) }), undefined)
    expect((outputs()['job-id'] as string).split(',')).toHaveLength(10)
    expect(core.warning).not.toHaveBeenCalled()
  })
})
