import type { Comparison } from '../compare/compare-imports.js'
import type { FileKind, ImportFile, Job } from '../ges/model.js'
import type { WaitOutcome } from '../waiter/wait-for-jobs.js'

/** The overall status, as the `status` output and the JSON report give it. */
export type ReportStatus = 'success' | 'failed' | 'partiallyFailed' | 'timeout' | 'not-found' | 'cancelled'

export interface FileReport {
  kind: FileKind
  path: string
  status: string
  totalLines: number | null
  successfulLines: number | null
  failedLines: number | null
  cause: string | null
  log: string | null
}

export interface JobReport {
  jobId: string
  jobName: string | null
  jobType: string | null
  graph: string | null
  status: string
  beginTime: string | null
  endTime: string | null
  durationSeconds: number | null
  failReason: string | null
  files: FileReport[]
  /** Against the previous successful import of the graph; null when not compared (not a finished import). */
  comparison: Comparison | null
}

export interface Totals {
  totalLines: number
  successfulLines: number
  failedLines: number
  failedFiles: number
}

/** The JSON report (the `report` output and `report-file`). */
export interface Report {
  status: ReportStatus
  jobs: JobReport[]
  totals: Totals
}

const FAILED_FILE = new Set(['failed', 'partFailed', 'unknown'])

/**
 * `failed` when a job failed or a file failed (any case), else `partiallyFailed` when a job
 * partially failed or a file partFailed, else `success`, unless the wait ended without an
 * answer (timeout, not found, cancelled, error). Never `success` for what was not seen: a
 * job must say exactly `success`, and a file in a status we do not know counts as partFailed.
 */
export function overallStatus(outcome: Pick<WaitOutcome, 'end' | 'jobs'>): ReportStatus {
  const { jobs } = outcome
  const files = jobs.flatMap((job) => job.files ?? [])
  if (jobs.some((job) => job.status === 'failed') || files.some((file) => file.status === 'failed')) return 'failed'
  const partial =
    jobs.some((job) => job.status === 'partiallyFailed') ||
    files.some((file) => file.status === 'partFailed' || file.status === 'unknown')
  switch (outcome.end) {
    case 'finished':
      if (jobs.length === 0 || !jobs.every((job) => job.status === 'success' || job.status === 'partiallyFailed')) {
        return 'failed' // cannot happen when the monitor is right; if it does, do not say success
      }
      return partial ? 'partiallyFailed' : 'success'
    case 'timeout':
      return 'timeout'
    case 'not-found':
      return 'not-found'
    case 'cancelled':
      return 'cancelled'
    case 'error':
      return 'failed'
  }
}

function iso(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString().replace(/\.000Z$/, 'Z')
}

function fileReport(file: ImportFile): FileReport {
  return {
    kind: file.kind,
    path: file.path,
    // Our normalised name for known statuses; what GES said for the others.
    status: file.status === 'unknown' ? file.rawStatus || 'unknown' : file.status,
    totalLines: file.totalLines,
    successfulLines: file.successfulLines,
    failedLines: file.failedLines,
    cause: file.cause,
    log: file.log
  }
}

export function jobReport(job: Job, comparison: Comparison | null = null): JobReport {
  const duration =
    job.beginTime !== null && job.endTime !== null
      ? Math.max(0, Math.round((job.endTime - job.beginTime) / 1000))
      : null
  return {
    jobId: job.id,
    jobName: job.name,
    jobType: job.type,
    graph: job.graph,
    status: job.status === 'unknown' ? job.rawStatus || 'unknown' : job.status,
    beginTime: iso(job.beginTime),
    endTime: iso(job.endTime),
    durationSeconds: duration,
    failReason: job.failReason,
    files: (job.files ?? []).map(fileReport),
    comparison
  }
}

/** Line counts GES did not give (null) count nowhere. */
export function totalsOf(jobs: Job[]): Totals {
  const files = jobs.flatMap((job) => job.files ?? [])
  const sum = (pick: (file: ImportFile) => number | null): number =>
    files.reduce((total, file) => total + (pick(file) ?? 0), 0)
  return {
    totalLines: sum((f) => f.totalLines),
    successfulLines: sum((f) => f.successfulLines),
    failedLines: sum((f) => f.failedLines),
    failedFiles: files.filter((f) => FAILED_FILE.has(f.status)).length
  }
}

export function buildReport(
  outcome: Pick<WaitOutcome, 'end' | 'jobs'>,
  comparisons: ReadonlyMap<string, Comparison> = new Map()
): Report {
  const jobs = outcome.jobs.map((job) => jobReport(job, comparisons.get(job.id) ?? null))
  return { status: overallStatus(outcome), jobs, totals: totalsOf(outcome.jobs) }
}
