import { describe, expect, it } from '@jest/globals'
import type { Report, ReportStatus } from '../../src/report/report.js'
import { decideVerdict } from '../../src/report/verdict.js'
import type { FailOn } from '../../src/settings/settings.js'

function report(status: ReportStatus, failedLines = 0): Report {
  return {
    status,
    jobs: [],
    totals: { totalLines: 100, successfulLines: 100 - failedLines, failedLines, failedFiles: failedLines > 0 ? 1 : 0 }
  }
}

const BOTH: FailOn[] = ['failed', 'partFailed']

describe('fail-on', () => {
  it.each<[ReportStatus, FailOn[], boolean]>([
    ['success', BOTH, false],
    ['success', [], false],
    ['failed', BOTH, true],
    ['failed', ['failed'], true],
    ['failed', ['partFailed'], false],
    ['failed', [], false],
    ['partiallyFailed', BOTH, true],
    ['partiallyFailed', ['partFailed'], true],
    ['partiallyFailed', ['failed'], false],
    ['partiallyFailed', [], false]
  ])('%s with fail-on %j → fail %s', (status, failOn, fail) => {
    const verdict = decideVerdict(report(status), { failOn })
    expect(verdict.fail).toBe(fail)
    expect(verdict.reasons.length > 0).toBe(fail)
  })

  it('says why', () => {
    expect(decideVerdict(report('failed'), { failOn: BOTH }).reasons).toEqual(['the import failed'])
    expect(decideVerdict(report('partiallyFailed'), { failOn: BOTH }).reasons).toEqual(['the import partially failed'])
  })

  it('passes with no reasons on success', () => {
    expect(decideVerdict(report('success'), { failOn: BOTH })).toEqual({ fail: false, reasons: [] })
  })
})

describe('a wait that never saw the end always fails', () => {
  it.each<[ReportStatus, RegExp]>([
    ['timeout', /timed out/],
    ['not-found', /no matching job/],
    ['cancelled', /cancelled/]
  ])('%s, even with fail-on none', (status, reason) => {
    for (const failOn of [[], BOTH] as FailOn[][]) {
      const verdict = decideVerdict(report(status), { failOn })
      expect(verdict.fail).toBe(true)
      expect(verdict.reasons.join(' ')).toMatch(reason)
    }
  })

  it('an error that stopped the wait fails with its message, even with fail-on none', () => {
    const verdict = decideVerdict(
      report('failed'),
      { failOn: [] },
      'Listing GES jobs failed: authentication failed (401)'
    )
    expect(verdict).toEqual({ fail: true, reasons: ['Listing GES jobs failed: authentication failed (401)'] })
  })

  it('an error is not also reported as a failed import', () => {
    expect(decideVerdict(report('failed'), { failOn: BOTH }, 'boom').reasons).toEqual(['boom'])
  })
})

describe('max-failed-lines', () => {
  it('fails when more lines failed than allowed, even when fail-on passes the status', () => {
    const verdict = decideVerdict(report('partiallyFailed', 11), { failOn: ['failed'], maxFailedLines: 10 })
    expect(verdict.fail).toBe(true)
    expect(verdict.reasons).toEqual(['11 lines failed, more than max-failed-lines (10)'])
  })

  it('passes at exactly the limit', () => {
    expect(decideVerdict(report('partiallyFailed', 10), { failOn: [], maxFailedLines: 10 }).fail).toBe(false)
  })

  it('with 0, any failed line fails', () => {
    expect(decideVerdict(report('partiallyFailed', 1), { failOn: [], maxFailedLines: 0 }).fail).toBe(true)
    expect(decideVerdict(report('success', 0), { failOn: [], maxFailedLines: 0 }).fail).toBe(false)
  })

  it('adds its reason to the status reason', () => {
    expect(decideVerdict(report('failed', 50), { failOn: BOTH, maxFailedLines: 5 }).reasons).toHaveLength(2)
  })

  it('no limit when unset', () => {
    expect(decideVerdict(report('partiallyFailed', 1_000_000), { failOn: [] }).fail).toBe(false)
  })
})
