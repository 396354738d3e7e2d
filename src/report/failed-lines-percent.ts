import { formatPercent } from './line-drop-rule.js'
import type { Report } from './report.js'

/**
 * `max-failed-lines` as a percentage of all lines of edge and vertex files (schema files have
 * no counts: docs/ges-api.md#import-details-and-line-counts). A share of an unknown total cannot be checked, so the step
 * fails and names the files whose counts GES did not report.
 */
export function failedLinesPercentReasons(report: Pick<Report, 'jobs'>, percent: number): string[] {
  const rule = `max-failed-lines (${percent}%)`
  const files = report.jobs.flatMap((job) => job.files).filter((file) => file.kind !== 'schema')
  const unknown = files.filter((file) => file.totalLines === null || file.failedLines === null)
  if (unknown.length > 0) {
    const named = unknown
      .slice(0, 3)
      .map((file) => file.path)
      .join(', ')
    return [
      `${rule} could not be checked: GES did not report the line counts of ${unknown.length} ${unknown.length === 1 ? 'file' : 'files'} (${named}${unknown.length > 3 ? ', …' : ''})`
    ]
  }
  const total = files.reduce((sum, file) => sum + (file.totalLines as number), 0)
  const failed = files.reduce((sum, file) => sum + (file.failedLines as number), 0)
  if (failed * 100 <= percent * total) return []
  const share = total > 0 ? formatPercent((failed * 100) / total) : 'all'
  return [
    `${failed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} lines failed (${share}), more than ${rule}`
  ]
}
