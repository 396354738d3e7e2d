import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import { compareImports, noPrevious, unavailable, type Comparison } from '../../src/compare/compare-imports.js'
import { formatPercent, lineDropRejection, lineDropRejections } from '../../src/report/line-drop-rule.js'
import type { ImportFile } from '../../src/ges/model.js'
import type { JobReport } from '../../src/report/report.js'
import { observed, reportOf } from '../../__fixtures__/evidence.js'
import { jobReport } from '../../src/report/report-entries.js'
import type { LineLimit } from '../../src/settings/line-limit.js'

const edge = (path: string, lines: number | null): ImportFile =>
  file({ path, successfulLines: lines, totalLines: lines })
const importOf = (id: string, files: ImportFile[]) =>
  job({ id, status: 'success', rawStatus: 'success', endTime: Date.UTC(2026, 10, 28, 9, 5, 0), files })

/** 1,000 lines then (a: 800, b: 200); `now` lines of a, b gone. */
function dropTo(now: number | null): Comparison {
  return compareImports(importOf('now', [edge('a', now)]), importOf('prev', [edge('a', 800), edge('b', 200)]))
}
/** Why max-line-drop fails the step for this job (the rejection's sentence), or undefined. */
const lineDropReason = (job: JobReport, limit: LineLimit) => lineDropRejection(job, limit)?.reason
const reasonFor = (c: Comparison, limit: LineLimit) =>
  lineDropReason(jobReport(observed(importOf('now', [])), c), limit)

describe('lineDropReason', () => {
  it.each<[string, LineLimit, number, boolean]>([
    ['a count, drop below', { kind: 'lines', lines: 300 }, 750, false],
    ['a count, drop equal (allowed)', { kind: 'lines', lines: 250 }, 750, false],
    ['a count, drop above', { kind: 'lines', lines: 249 }, 750, true],
    ['a percentage, drop equal (allowed)', { kind: 'percent', percent: 25 }, 750, false],
    ['a percentage, drop above', { kind: 'percent', percent: 24.9 }, 750, true],
    ['zero, no drop', { kind: 'lines', lines: 0 }, 1000, false],
    ['zero percent, one line less', { kind: 'percent', percent: 0 }, 999, true]
  ])('%s', (_, limit, now, fails) => {
    expect(reasonFor(dropTo(now), limit) !== undefined).toBe(fails)
  })

  it('names the job, the previous import, the share and the files with the biggest drops', () => {
    const reason = reasonFor(dropTo(500), { kind: 'percent', percent: 20 })
    expect(reason).toBe(
      'ImportGraph now (graph movies) imported 500 fewer successful lines than the previous import prev (50%), more than max-line-drop (20%); biggest drops: a -300; b vanished, -200'
    )
  })

  it('passes a growth whatever the rule', () => {
    expect(reasonFor(dropTo(5000), { kind: 'lines', lines: 0 })).toBeUndefined()
  })

  it('passes when there is no previous import', () => {
    expect(reasonFor(noPrevious(importOf('now', [])), { kind: 'lines', lines: 0 })).toBeUndefined()
  })

  it('fails, saying why, when the counts are unknown or the previous import could not be read (unknown is not zero)', () => {
    expect(reasonFor(dropTo(null), { kind: 'percent', percent: 20 })).toMatch(
      /^max-line-drop \(20%\) could not be checked for ImportGraph now \(graph movies\): GES did not report/
    )
    expect(
      reasonFor(unavailable(importOf('now', []), 'the job list could not be read'), { kind: 'lines', lines: 9 })
    ).toBe('max-line-drop (9) could not be checked for ImportGraph now (graph movies): the job list could not be read')
  })

  it('does not apply to jobs that were not compared', () => {
    expect(lineDropReason(jobReport(observed(importOf('now', []))), { kind: 'lines', lines: 0 })).toBeUndefined()
  })
})

describe('the judge with max-line-drop', () => {
  it('fails a successful import whose lines dropped too far, and only then', () => {
    const report = (c: Comparison, maxLineDrop?: LineLimit) =>
      reportOf(
        { end: 'finished', jobs: [importOf('now', [edge('a', 1)])], comparisons: new Map([['now', c]]) },
        { failOn: [], maxLineDrop }
      )
    const rule: LineLimit = { kind: 'percent', percent: 20 }
    expect(report(dropTo(500), rule).passed).toBe(false)
    // Never `success` on a failing step: the rule that rejected it is named, with what it measured.
    expect(report(dropTo(500), rule).status).toBe('rejected')
    expect(report(dropTo(500), rule).rejectedBy).toEqual([
      {
        rule: 'max-line-drop',
        limit: 20,
        unit: 'percent',
        measured: 50,
        jobId: 'now',
        reason: report(dropTo(500), rule).reasons[0]
      }
    ])
    expect(report(dropTo(900), rule)).toMatchObject({ status: 'success', passed: true, reasons: [], rejectedBy: [] })
    expect(report(dropTo(500)).reasons).toEqual([])
  })

  it('rejects a successful import it cannot check, with nothing measured (unknown is not zero)', () => {
    const report = reportOf(
      {
        end: 'finished',
        jobs: [importOf('now', [edge('a', 1)])],
        comparisons: new Map([['now', unavailable(importOf('now', []), 'the job list could not be read')]])
      },
      { failOn: [], maxLineDrop: { kind: 'lines', lines: 9 } }
    )
    expect(report.status).toBe('rejected')
    expect(report.rejectedBy).toMatchObject([{ rule: 'max-line-drop', limit: 9, unit: 'lines', measured: null }])
  })

  it('measures a count limit in lines', () => {
    expect(
      lineDropRejection(jobReport(observed(importOf('now', [])), dropTo(700)), { kind: 'lines', lines: 10 })
    ).toMatchObject({
      limit: 10,
      unit: 'lines',
      measured: 300
    })
  })

  it('leaves the status of an import that did not succeed as it is, and still names the rule', () => {
    const part = job({
      id: 'now',
      status: 'partFailed',
      rawStatus: 'partiallyFailed',
      files: [
        file({ status: 'partFailed', rawStatus: 'partFailed', successfulLines: 500, failedLines: 1, totalLines: 501 })
      ]
    })
    const report = reportOf(
      { end: 'finished', jobs: [part], comparisons: new Map([['now', dropTo(500)]]) },
      { failOn: ['failed'], maxLineDrop: { kind: 'lines', lines: 0 } }
    )
    expect(report.status).toBe('partFailed')
    expect(report.passed).toBe(false)
    expect(report.rejectedBy.map((r) => r.rule)).toEqual(['max-line-drop'])
  })
})

describe('formatPercent', () => {
  it.each([
    [49.6, '49.6%'],
    [20, '20%'],
    [0.04, '<0.1%'],
    [0.1, '0.1%'],
    [0.96, '1%'],
    [0, '0%'],
    [33.333, '33.3%']
  ])('%d → %s', (share, text) => expect(formatPercent(share)).toBe(text))
})

describe('lineDropRejection: a previous import of no lines', () => {
  it('names no share of nothing, and measures a percentage limit as unknown', () => {
    const odd = compareImports(importOf('now', [edge('a', -5)]), importOf('prev', [edge('a', 0)]))
    const job = jobReport(observed(importOf('now', [])), odd)
    const rejection = lineDropRejection(job, { kind: 'percent', percent: 10 })
    expect(rejection).toMatchObject({ measured: null, unit: 'percent' })
    expect(rejection?.reason).toContain('than the previous import prev, more than max-line-drop (10%)')
  })
})

describe('lineDropRejection: what the reason names', () => {
  it('a job GES gave no name or graph is still named, by its id', () => {
    const nameless = job({ id: 'now', name: null, graph: null, status: 'success', rawStatus: 'success', files: [] })
    expect(lineDropReason(jobReport(observed(nameless), dropTo(500)), { kind: 'lines', lines: 0 })).toMatch(
      /^job now imported 500 fewer successful lines than the previous import prev \(50%\), more than max-line-drop \(0\)/
    )
  })

  it('the five biggest drops, never a file that grew', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((path, i) => edge(path, 100 + i))
    const after = [
      edge('a', 50), // -50
      edge('b', 41), // -60
      edge('c', 32), // -70
      edge('d', 23), // -80
      edge('e', 14), // -90
      edge('f', 5), // -100
      edge('g', 200) // +94
      // h vanished: -107
    ]
    const c = compareImports(importOf('now', after), importOf('prev', before))
    expect(lineDropReason(jobReport(observed(importOf('now', [])), c), { kind: 'lines', lines: 0 })).toMatch(
      /; biggest drops: h vanished, -107; f -100; e -90; d -80; c -70$/
    )
  })
  it('names only files that lost lines: not one that grew, nor a new file without lines', () => {
    const c = compareImports(
      importOf('now', [edge('a', 500), edge('b', 300), edge('empty', 0)]),
      importOf('prev', [edge('a', 800), edge('b', 200)])
    )
    expect(lineDropReason(jobReport(observed(importOf('now', [])), c), { kind: 'lines', lines: 0 })).toMatch(
      /, more than max-line-drop \(0\); biggest drops: a -300$/
    )
  })
})

describe('lineDropRejections: one rejection per job that breaks the rule', () => {
  it('names each job that dropped too far, and no other', () => {
    const grew = compareImports(importOf('b', [edge('a', 2000)]), importOf('prev', [edge('a', 1000)]))
    const report = {
      jobs: [
        jobReport(observed(importOf('a', [])), dropTo(500)),
        jobReport(observed(importOf('b', [])), grew),
        jobReport(observed(importOf('c', [])), dropTo(100))
      ]
    }
    expect(lineDropRejections(report, { kind: 'percent', percent: 10 }).map((r) => [r.jobId, r.measured])).toEqual([
      ['a', 50],
      ['c', 90]
    ])
  })
})
