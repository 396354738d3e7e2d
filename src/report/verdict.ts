import { lineDropReasons } from '../compare/line-drop-rule.js'
import type { LineLimit } from '../settings/line-limit.js'
import type { FailOn } from '../settings/settings.js'
import { failedLinesPercentReasons } from './failed-lines-percent.js'
import type { Report } from './report.js'

export interface Verdict {
  /** Whether the step fails. */
  fail: boolean
  /** Why, for the error annotation; empty when it passes. */
  reasons: string[]
}

export interface VerdictRules {
  failOn: FailOn[]
  maxFailedLines?: number
  maxFailedLinesPercent?: number
  maxLineDrop?: LineLimit
}

/**
 * `fail-on` decides for failed and partially failed imports; `max-failed-lines` adds a line
 * budget. A wait that never saw the end (timeout, not found, cancelled, error) always fails:
 * the step must not pass on an import nobody saw succeed.
 */
export function decideVerdict(report: Report, rules: VerdictRules, waitError?: string): Verdict {
  const reasons: string[] = []
  // Whatever its text (even none), an error that stopped the wait fails the step.
  if (waitError !== undefined) reasons.push(waitError || 'the wait was stopped by an error')
  switch (report.status) {
    case 'failed':
      if (waitError === undefined && rules.failOn.includes('failed')) reasons.push('the import failed')
      break
    case 'partiallyFailed':
      if (rules.failOn.includes('partFailed')) reasons.push('the import partially failed')
      break
    case 'timeout':
      reasons.push('the wait timed out before the job finished')
      break
    case 'not-found':
      reasons.push('no matching job was found')
      break
    case 'cancelled':
      reasons.push('the run was cancelled before the job finished')
      break
    case 'success':
      break
  }
  if (rules.maxFailedLines !== undefined && report.totals.failedLines > rules.maxFailedLines) {
    reasons.push(`${report.totals.failedLines} lines failed, more than max-failed-lines (${rules.maxFailedLines})`)
  }
  // Issue 12: max-failed-lines as a percentage, and max-line-drop against the previous import.
  if (rules.maxFailedLinesPercent !== undefined)
    reasons.push(...failedLinesPercentReasons(report, rules.maxFailedLinesPercent))
  if (rules.maxLineDrop) reasons.push(...lineDropReasons(report, rules.maxLineDrop))
  return { fail: reasons.length > 0, reasons }
}
