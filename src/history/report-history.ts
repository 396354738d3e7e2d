import type { Report } from '../report/report.js'
import type { JobHistory } from './read-history.js'

const NONE: JobHistory = { history: null, expectedDurationSeconds: null, runningSeconds: null }

/**
 * The report with each job's history fields (null throughout without a history: `trend: 0`).
 * Added once the verdict is decided, so that the history cannot change it. Pure.
 */
export function withHistory(report: Report, histories?: ReadonlyMap<string, JobHistory>): Report {
  return { ...report, jobs: report.jobs.map((job) => ({ ...job, ...(histories?.get(job.jobId) ?? NONE) })) }
}
