import type { Comparison } from '../compare/compare-imports.js'
import { lineDropReasons } from './line-drop-rule.js'
import { isFinished, isImport, type ImportFile, type Job } from '../ges/model.js'
import { isDocumentedSpelling, quoteStatus, showStatus } from '../ges/job-status.js'
import type { LineLimit } from '../settings/line-limit.js'
import type { FailOn } from '../settings/settings.js'
import { logKey, type LogRead } from '../obs/log-targets.js'
import type { ObservedJob } from '../waiter/tracked-job.js'
import type { WaitOutcome } from '../waiter/wait-for-jobs.js'
import { hintFor } from './explain.js'
import { failedLinesPercentReasons } from './failed-lines-percent.js'
import { countContradiction } from './file-counts.js'
import { notFoundReport } from './not-found.js'
import type { FileReport, FileResults, JobOutcome, JobReport, Report, ReportStatus, Totals } from './report.js'
import { staleJobs } from './stale.js'
import type { StartedImportReport } from './started-import.js'

/** The rules from the inputs that the judge applies. */
export interface JudgeRules {
  failOn: readonly FailOn[]
  maxFailedLines?: number
  /** max-failed-lines as a percentage of all lines. */
  maxFailedLinesPercent?: number
  /** The largest allowed drop of successful lines against the previous import. */
  maxLineDrop?: LineLimit
  /** For the hint after a timeout. */
  timeoutMs: number
  /** For the stale-import warning: how the jobs were chosen, and the time now (none: no check). */
  since?: number
  jobIds?: readonly string[]
  select?: 'latest' | 'all'
  now?: number
}

/** What the wait saw: the outcome of the waiter. */
export type Evidence = Pick<
  WaitOutcome,
  'end' | 'jobs' | 'missing' | 'skipped' | 'error' | 'elapsedMs' | 'notFound' | 'searched'
> & {
  /** Each finished import compared with the previous successful one, by job id. */
  comparisons?: ReadonlyMap<string, Comparison>
  /** The import this step started, or tried to. */
  startedImport?: StartedImportReport
  /** What reading each failed file's log on OBS gave, by logKey. */
  logReads?: ReadonlyMap<string, LogRead>
}

/**
 * The one place that decides what the wait means: the status, whether the step passes and why
 * not. Pure. It never calls success what it did not see: a job must say exactly `success`, every
 * answer about it must agree, and an import's file results must have been reported (or
 * `fail-on` must leave out `unknown`).
 */
export function judge(evidence: Evidence, rules: JudgeRules): Report {
  const jobs = evidence.jobs.map((o) =>
    jobReport(o, evidence.comparisons?.get(o.job.id) ?? null, evidence.logReads ?? new Map())
  )
  // Counts read from answers that disagree are one side's word, not the result: unknown.
  const totals = evidence.jobs.some((o) => o.disagreement)
    ? { totalLines: null, successfulLines: null, failedLines: null, failedFiles: null }
    : totalsOf(evidence.jobs.map((o) => o.job))
  const status = overallStatus(evidence, jobs)
  const error = evidence.error
    ? {
        message: evidence.error.message,
        reference: evidence.error.reference,
        httpStatus: evidence.error.details.status ?? null,
        code: evidence.error.details.code ?? null,
        requestId: evidence.error.details.requestId ?? null,
        stoppedWait: evidence.end === 'error'
      }
    : null
  const notFound = evidence.end === 'not-found' && evidence.notFound ? notFoundReport(evidence.notFound) : null
  // Not found says what was searched when the waiter told why (appear-timeout, another graph…).
  const reasons = failReasons(evidence, status, jobs, totals, rules, error?.stoppedWait ? error : null).map((reason) =>
    reason === NOT_FOUND && notFound ? notFound.message : reason
  )
  const stale =
    rules.now === undefined
      ? []
      : staleJobs(
          evidence.jobs.map((o) => o.job),
          // The job this step started was chosen by GES's answer, like a job-id: never stale.
          {
            since: rules.since,
            jobIds: [...(rules.jobIds ?? []), ...(evidence.startedImport?.jobId ? [evidence.startedImport.jobId] : [])],
            select: rules.select ?? 'latest'
          },
          rules.now
        )
  const report: Report = {
    status,
    passed: reasons.length === 0,
    reasons,
    hint: null,
    warnings: [...evidence.jobs.flatMap((o) => (o.warning ? [o.warning] : [])), ...warningsOf(jobs, totals)],
    jobs,
    totals,
    // "Not found" needs a search that answered: a listing that failed saw nothing missing.
    missing: evidence.searched === false ? [] : evidence.missing.map((m) => m.description),
    notFound,
    stale,
    skipped: evidence.skipped.map((s) => ({ jobId: s.id, graph: s.graph, beginTime: s.beginTimeRaw })),
    // A retried error the wait got past is not part of a success: a green report carries none.
    error: status === 'success' ? null : error,
    waitedSeconds: Math.round(evidence.elapsedMs / 1000),
    ...(evidence.startedImport && { startedImport: evidence.startedImport })
  }
  report.hint = hintFor(report, rules.timeoutMs, evidence.error) ?? null
  return report
}

/**
 * A job's result, its files included. Failure evidence wins over missing details: a failed
 * job whose files were not reported is still failed.
 */
type Evidenced = Pick<ObservedJob, 'job' | 'disagreement' | 'unconfirmed' | 'spellingConfirmed'>

export function jobOutcome(observed: Evidenced): JobOutcome {
  const { job } = observed
  if (observed.disagreement) return 'disagreeing'
  if (!isFinished(job)) return 'unfinished'
  const files = job.files ?? []
  if (job.status === 'failed' || files.some((f) => f.status === 'failed')) return 'failed'
  if (job.status === 'partFailed' || files.some((f) => f.status === 'partFailed')) return 'partFailed'
  if (unconfirmedReason(observed) !== undefined) return 'unknown'
  if (fileResultsOf(job) === 'not-reported' || files.some((f) => f.status === 'unknown')) return 'unknown'
  if (files.some((f) => countContradiction(f) !== undefined)) return 'unknown'
  return 'success'
}

/**
 * Why a success is not evidence enough: said once and never confirmed (the waiter tells), or
 * spelled other than GES documents (`Success`, ` success `) without both endpoints saying so.
 */
function unconfirmedReason(observed: Evidenced): string | undefined {
  if (observed.unconfirmed) return observed.unconfirmed
  const { job } = observed
  if (
    observed.disagreement ||
    !isFinished(job) ||
    job.status !== 'success' ||
    isDocumentedSpelling(job.rawStatus) ||
    observed.spellingConfirmed
  )
    return undefined
  return `job ${job.id} reports status ${quoteStatus(job.rawStatus)}, not the documented "success", and no second GES endpoint gave the same answer`
}

function fileResultsOf(job: Job): FileResults {
  // An import whose details name no file at all (`{}`, empty lists) reported nothing, not 0 lines.
  if (job.files !== null && (job.files.length > 0 || !isImport(job))) return 'reported'
  return isImport(job) ? 'not-reported' : 'not-applicable'
}

/**
 * Seen failure first: a failed import is `failed` however the wait ended. Otherwise how the
 * wait ended, answers that disagree (`error`), then the imports' own results.
 */
function overallStatus(evidence: Evidence, jobs: JobReport[]): ReportStatus {
  const { end } = evidence
  const outcomes = new Set(jobs.map((j) => j.outcome))
  if (outcomes.has('failed')) return 'failed'
  switch (end) {
    case 'timeout':
      // Every job finished, but a finish was never confirmed: that is what is unknown, not the time.
      if (unconfirmedAtDeadline(evidence, jobs)) return outcomes.has('partFailed') ? 'partFailed' : 'unknown'
      return outcomes.has('disagreeing') ? 'error' : end
    case 'cancelled':
    case 'not-found':
      return outcomes.has('disagreeing') ? 'error' : end
    case 'error':
      return 'error'
    case 'finished':
      if (jobs.length === 0 || outcomes.has('disagreeing') || outcomes.has('unfinished')) return 'error' // the monitor never ends so
      if (outcomes.has('partFailed')) return 'partFailed'
      return outcomes.has('unknown') ? 'unknown' : 'success'
  }
}

/** The wait timed out only because a finish the waiter saw was never confirmed: every target was found and finished. */
function unconfirmedAtDeadline(evidence: Evidence, jobs: JobReport[]): boolean {
  return (
    evidence.end === 'timeout' &&
    evidence.missing.length === 0 &&
    evidence.jobs.some((o) => o.unconfirmed !== undefined) &&
    jobs.every((j) => j.outcome !== 'unfinished' && j.outcome !== 'disagreeing')
  )
}

function failReasons(
  evidence: Evidence,
  status: ReportStatus,
  jobs: JobReport[],
  totals: Totals,
  rules: JudgeRules,
  stoppingError: { message: string; reference: string } | null
): string[] {
  const { end } = evidence
  const reasons: string[] = []
  // Whatever its text (even none), an error that stopped the wait fails the step.
  if (stoppingError) {
    const text = stoppingError.message || 'the wait was stopped by an error'
    reasons.push(stoppingError.reference ? `${text} (${stoppingError.reference})` : text)
  }
  for (const job of jobs) if (job.disagreement) reasons.push(job.disagreement)
  const has = (outcome: JobOutcome): boolean => jobs.some((j) => j.outcome === outcome)
  if (has('failed') && rules.failOn.includes('failed')) reasons.push('the import failed')
  if (has('partFailed') && rules.failOn.includes('partFailed')) reasons.push('the import partially failed')
  // A success not confirmed fails whatever fail-on says: fail-on is about the import's details.
  reasons.push(...jobs.filter((j) => j.unconfirmed !== null).map((j) => j.unconfirmed as string))
  if (rules.failOn.includes('unknown'))
    reasons.push(...jobs.filter((j) => j.outcome === 'unknown' && j.unconfirmed === null).map(unknownReason))
  // How the wait ended fails the step even when a failed import gave the status.
  if (end === 'timeout' && !unconfirmedAtDeadline(evidence, jobs))
    reasons.push('the wait timed out before the job finished')
  if (end === 'not-found') reasons.push(NOT_FOUND)
  if (end === 'cancelled') reasons.push('the run was cancelled before the job finished')
  if ((end === 'error' || status === 'error') && reasons.length === 0)
    reasons.push('the wait could not establish the result')
  // Issue 12: max-failed-lines as a percentage, and max-line-drop against the previous import.
  if (rules.maxFailedLinesPercent !== undefined && jobs.length > 0)
    reasons.push(...failedLinesPercentReasons({ jobs }, rules.maxFailedLinesPercent))
  if (rules.maxLineDrop) reasons.push(...lineDropReasons({ jobs }, rules.maxLineDrop))
  if (rules.maxFailedLines !== undefined && jobs.length > 0) {
    if (totals.failedLines === null) {
      reasons.push(
        `max-failed-lines (${rules.maxFailedLines}) cannot be checked: GES did not report the failed lines of every file`
      )
    } else if (totals.failedLines > rules.maxFailedLines) {
      reasons.push(`${totals.failedLines} lines failed, more than max-failed-lines (${rules.maxFailedLines})`)
    }
  }
  return reasons
}

const NOT_FOUND = 'no matching job was found'

function unknownReason(job: JobReport): string {
  if (job.fileResults === 'not-reported')
    return `GES did not report the file results of job ${job.jobId} (set fail-on without "unknown" to accept that)`
  const odd = job.files.filter((f) => !KNOWN_FILE_STATUS.has(f.status)).map((f) => `"${f.status}"`)
  if (odd.length === 0) {
    const contradictions = job.files.map(countContradiction).filter((c) => c !== undefined)
    return `job ${job.jobId} reports line counts that contradict: ${contradictions.join('; ')}`
  }
  return `job ${job.jobId} reports files in a status that is not documented (${[...new Set(odd)].join(', ')})`
}

const KNOWN_FILE_STATUS = new Set(['success', 'failed', 'partFailed'])

function warningsOf(jobs: JobReport[], totals: Totals): string[] {
  const warnings: string[] = []
  for (const job of jobs) {
    if (job.fileResults === 'not-reported' && job.outcome !== 'unfinished' && job.outcome !== 'disagreeing')
      warnings.push(`file results not reported by GES for job ${job.jobId}: its line counts are unknown`)
    else if (job.outcome === 'unknown' && job.fileResults === 'reported' && job.unconfirmed === null)
      warnings.push(unknownReason(job))
  }
  const unknownCounts = totals.totalLines === null || totals.successfulLines === null || totals.failedLines === null
  const agreeing = jobs.every((j) => j.outcome !== 'disagreeing')
  if (unknownCounts && agreeing && warnings.length === 0 && jobs.some((j) => j.fileResults === 'reported'))
    warnings.push('GES did not report the line counts of every file: the totals are unknown')
  return warnings
}

function iso(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString().replace(/\.000Z$/, 'Z')
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
    unconfirmed: unconfirmedReason(observed) ?? null,
    vanished: observed.vanished,
    unreadable: job.unreadable ?? null,
    beginTime: iso(job.beginTime),
    endTime: iso(job.endTime),
    durationSeconds: duration,
    failReason: job.failReason,
    files: (job.files ?? []).map((file) => fileReport(file, logReads.get(logKey(job.id, file)))),
    comparison
  }
}

/**
 * Line totals. A count GES did not report is unknown, so is any sum over it: edge and vertex
 * files always carry counts (-1 when "not returned by this version", ges-api.md §2); schema
 * files only in v2, so a schema file without counts is left out rather than made unknown.
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
