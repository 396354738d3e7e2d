import type { Job } from '../ges/model.js'
import type { Report } from '../report/report.js'
import type { JobHistory } from './read-history.js'

const NONE: JobHistory = { history: null, expectedDurationSeconds: null, runningSeconds: null }

/**
 * The report with each job's history fields (null throughout without a history: `trend: 0`).
 * Added after the judge, so that the history cannot change the verdict. Pure.
 */
export function withHistory(report: Report, historyOf?: (jobId: string) => JobHistory | undefined): Report {
  return {
    ...report,
    jobs: report.jobs.map((job) => ({ ...job, ...(historyOf?.(job.jobId) ?? NONE) }))
  }
}

/** Each job's history as the reader knows it when the wait ended. */
export function historiesOf(
  jobs: readonly Job[],
  resultFor: (job: Job) => JobHistory
): (jobId: string) => JobHistory | undefined {
  const byId = new Map(jobs.map((job) => [job.id, resultFor(job)]))
  return (jobId) => byId.get(jobId)
}
