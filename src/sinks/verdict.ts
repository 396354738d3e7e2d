import * as core from '@actions/core'
import { failureMessage } from '../report/explain.js'
import type { Report } from '../report/report.js'
import type { Log } from '../shared/log.js'
import { formatDuration } from '../shared/time.js'

/** The last step: the report's warnings and status in the log, and a failed step when it did not pass. */
export function giveVerdict(report: Report, log: Log): void {
  for (const warning of [...report.warnings, ...report.stale.map((s) => s.message)]) log.warning(warning)
  const failedLines =
    report.totals.failedLines === null ? 'failed lines unknown' : `${report.totals.failedLines} failed lines`
  log.info(
    `GES job status: ${report.status} (${report.jobs.length} ${report.jobs.length === 1 ? 'job' : 'jobs'}, ${failedLines}, waited ${formatDuration(report.waitedSeconds * 1000)})`
  )
  if (!report.passed) core.setFailed(failureMessage(report))
}
