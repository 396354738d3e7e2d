import type { Comparison } from '../compare/compare-imports.js'
import { fileResultsOf, importResult } from '../ges/import-result.js'
import { showStatus } from '../ges/job-status.js'
import type { ImportFile, Job } from '../ges/model.js'
import { logKey, type LogRead } from '../obs/log-targets.js'
import { isoTime } from '../shared/text.js'
import type { ObservedJob } from '../waiter/tracked-job.js'
import type { FileReport, JobOutcome, JobReport, Totals } from './report.js'

/** What the report says of each job and file, and the totals: the entries, not the verdict on them. */

type Evidenced = Pick<ObservedJob, 'job' | 'disagreement' | 'unconfirmed'>

/**
 * A job's result, its files included: answers that disagree first, then what the job and its
 * files say (ges/import-result.ts), where a success the waiter could not confirm is unknown.
 */
export function jobOutcome(observed: Evidenced): JobOutcome {
  if (observed.disagreement) return 'disagreeing'
  const result = importResult(observed.job)
  return result === 'success' && observed.unconfirmed !== undefined ? 'unknown' : result
}

function fileReport(file: ImportFile, logRead: LogRead | undefined): FileReport {
  return {
    kind: file.kind,
    path: file.path,
    // Our normalised name for known statuses; what GES said for the others.
    status: file.status === 'unknown' ? showStatus(file.rawStatus) || 'unknown' : file.status,
    totalLines: file.totalLines,
    successfulLines: file.successfulLines,
    failedLines: file.failedLines,
    cause: file.cause,
    log: file.log,
    rejectedLines: logRead?.ok ? logRead.lines : null,
    logRead: logRead === undefined ? null : logRead.ok ? 'ok' : logRead.reason,
    logNote: (logRead?.ok && logRead.note) || null
  }
}

export function jobReport(
  observed: ObservedJob,
  comparison: Comparison | null = null,
  logReads: ReadonlyMap<string, LogRead> = new Map()
): JobReport {
  const { job } = observed
  const duration =
    job.beginTime !== null && job.endTime !== null
      ? Math.max(0, Math.round((job.endTime - job.beginTime) / 1000))
      : null
  return {
    jobId: job.id,
    jobName: job.name,
    jobType: job.type,
    graph: job.graph,
    // Escaped: the summary drops zero-width characters, and `succ\u200bess` must not read as success.
    status: job.status === 'unknown' ? showStatus(job.rawStatus) || 'unknown' : job.status,
    outcome: jobOutcome(observed),
    fileResults: fileResultsOf(job),
    answers: observed.answers,
    disagreement: observed.disagreement ?? null,
    unconfirmed: observed.unconfirmed ?? null,
    vanished: observed.vanished,
    unreadable: job.unreadable ?? null,
    beginTime: isoTime(job.beginTime),
    endTime: isoTime(job.endTime),
    durationSeconds: duration,
    failReason: job.failReason,
    files: (job.files ?? []).map((file) => fileReport(file, logReads.get(logKey(job.id, file)))),
    comparison
  }
}

/**
 * Line totals. A count GES did not report is unknown, so is any sum over it: edge and vertex
 * files always carry counts (-1 when "not returned by this version"); schema files only in
 * v2, so a schema file without counts is left out rather than made unknown.
 */
export function totalsOf(jobs: Job[]): Totals {
  // No job, no counts: nothing is known of the lines (unknown is not zero).
  const unreported = jobs.length === 0 || jobs.some((job) => fileResultsOf(job) === 'not-reported')
  const files = jobs.flatMap((job) => job.files ?? [])
  const sum = (pick: (file: ImportFile) => number | null): number | null => {
    if (unreported) return null
    let total = 0
    for (const file of files) {
      const value = pick(file)
      if (value !== null) total += value
      else if (file.kind !== 'schema') return null
    }
    return total
  }
  return {
    totalLines: sum((f) => f.totalLines),
    successfulLines: sum((f) => f.successfulLines),
    failedLines: sum((f) => f.failedLines),
    failedFiles: unreported ? null : files.filter((f) => f.status === 'failed' || f.status === 'partFailed').length
  }
}

/** The totals of what the wait saw: counts read from answers that disagree are one side's word, not the result: unknown. */
export function evidenceTotals(observed: readonly Pick<ObservedJob, 'job' | 'disagreement'>[]): Totals {
  return observed.some((o) => o.disagreement)
    ? { totalLines: null, successfulLines: null, failedLines: null, failedFiles: null }
    : totalsOf(observed.map((o) => o.job))
}
