import { formatPercent } from './line-drop-rule.js'
import type { Report, RuleRejection } from './report.js'

/**
 * `max-failed-lines` as a percentage of all lines of edge and vertex files (schema files have
 * no counts: docs/ges-api.md#import-details-and-line-counts). A share of an unknown total cannot be checked, so the step
 * fails and names the files whose counts GES did not report.
 */
export function failedLinesPercentRejections(report: Pick<Report, 'jobs'>, percent: number): RuleRejection[] {
  const rule = `max-failed-lines (${percent}%)`
  const rejection = (measured: number | null, reason: string): RuleRejection => ({
    rule: 'max-failed-lines',
    limit: percent,
    unit: 'percent',
    measured,
    jobId: null,
    reason
  })
  const files = report.jobs.flatMap((job) => job.files).filter((file) => file.kind !== 'schema')
  const unknown = files.filter((file) => file.totalLines === null || file.failedLines === null)
  if (unknown.length > 0) {
    const named = unknown
      .slice(0, 3)
      .map((file) => file.path)
      .join(', ')
    return [
      rejection(
        null,
        `${rule} could not be checked: GES did not report the line counts of ${unknown.length} ${unknown.length === 1 ? 'file' : 'files'} (${named}${unknown.length > 3 ? ', …' : ''})`
      )
    ]
  }
  const total = files.reduce((sum, file) => sum + (file.totalLines as number), 0)
  const failed = files.reduce((sum, file) => sum + (file.failedLines as number), 0)
  if (failed * 100 <= percent * total) return []
  // Failed lines out of no lines at all: counts that contradict, every line of it failed.
  const share = total > 0 ? (failed * 100) / total : 100
  return [
    rejection(
      share,
      `${failed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} lines failed (${total > 0 ? formatPercent(share) : 'all'}), more than ${rule}`
    )
  ]
}

/**
 * `max-failed-lines` as a count over all files. Unknown is not zero: a total GES did not
 * report cannot be checked, and the step fails saying so.
 */
export function failedLinesRejection(failedLines: number | null, max: number): RuleRejection | undefined {
  const rejection = (reason: string): RuleRejection => ({
    rule: 'max-failed-lines',
    limit: max,
    unit: 'lines',
    measured: failedLines,
    jobId: null,
    reason
  })
  if (failedLines === null)
    return rejection(`max-failed-lines (${max}) cannot be checked: GES did not report the failed lines of every file`)
  if (failedLines > max) return rejection(`${failedLines} lines failed, more than max-failed-lines (${max})`)
  return undefined
}
