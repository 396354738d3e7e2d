import type { Job } from '../ges/model.js'
import type { LineLimit } from '../settings/line-limit.js'
import type { FailOn } from '../settings/settings.js'
import type { WaitOutcome } from '../waiter/wait-for-jobs.js'
import { failedLinesPercentRejections, failedLinesRejection } from './failed-lines-percent.js'
import { countContradiction } from '../ges/import-result.js'
import { lineDropRejections } from './line-drop-rule.js'
import type { JobOutcome, JobReport, ReportStatus, RuleRejection, Totals } from './report.js'

/** The rules from the inputs that decide whether the step passes. */
export interface VerdictRules {
  failOn: readonly FailOn[]
  maxFailedLines?: number
  /** max-failed-lines as a percentage of all lines. */
  maxFailedLinesPercent?: number
  /** The largest allowed drop of successful lines against the previous import. */
  maxLineDrop?: LineLimit
}

/** What the verdict reads besides the report entries: how the wait ended. */
export type WaitEvidence = Pick<WaitOutcome, 'end' | 'missing' | 'jobs' | 'idless' | 'idlessNewer'>

/** The error that stopped the wait, as the report shows it. */
export interface StoppingError {
  message: string
  reference: string
}

export interface Verdict {
  status: ReportStatus
  passed: boolean
  /** Why the step fails: empty when it passes. The rules' sentences are among them. */
  reasons: string[]
  rejectedBy: RuleRejection[]
  warnings: string[]
}

/**
 * What the wait means: the status, whether the step passes and why not. Pure. A success that
 * a rule of the workflow rejects is `rejected`, never `success`: `success` always passes.
 */
export function verdict(
  evidence: WaitEvidence,
  jobs: JobReport[],
  totals: Totals,
  rules: VerdictRules,
  stoppingError: StoppingError | null
): Verdict {
  const seen = overallStatus(evidence, jobs)
  const rejectedBy = ruleRejections(jobs, totals, rules)
  const reasons = [...failReasons(evidence, seen, jobs, rules, stoppingError), ...rejectedBy.map((r) => r.reason)]
  const passed = reasons.length === 0
  return {
    status: seen === 'success' && !passed ? 'rejected' : seen,
    passed,
    reasons,
    rejectedBy,
    warnings: [...warningsOf(jobs, totals), ...idlessWarnings(evidence.idless ?? [])]
  }
}

/** As GES sent them. */
const idless = (job: Job): string =>
  `graph ${JSON.stringify(job.graph?.slice(0, 100) ?? '')}, begin time ${JSON.stringify(job.beginTimeRaw?.slice(0, 60) ?? '')}`

/** Id-less entries that could have been targets (docs/evidence-rules.md). */
function idlessWarnings(entries: readonly Job[]): string[] {
  const named = entries.slice(0, 5).map(idless).join('; ') + (entries.length > 5 ? '; …' : '')
  return entries.length === 0
    ? []
    : [
        `${entries.length} listed job(s) without a readable job id match (${named}): none can be waited for; the job chosen may not be the newest or the only one`
      ]
}

/**
 * Seen failure first: a failed import is `failed` however the wait ended. Otherwise how the
 * wait ended, answers that disagree (`error`), then the imports' own results.
 */
function overallStatus(evidence: WaitEvidence, jobs: JobReport[]): Exclude<ReportStatus, 'rejected'> {
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
      return outcomes.has('unknown') || evidence.idlessNewer?.length ? 'unknown' : 'success'
  }
}

/**
 * At a timeout (both callers ask only then): the wait ran out only because a finish the waiter
 * saw was never confirmed, every target found and finished.
 */
function unconfirmedAtDeadline(evidence: WaitEvidence, jobs: JobReport[]): boolean {
  return (
    evidence.missing.length === 0 &&
    evidence.jobs.some((o) => o.unconfirmed !== undefined) &&
    jobs.every((j) => j.outcome !== 'unfinished' && j.outcome !== 'disagreeing')
  )
}

export const NOT_FOUND = 'no matching job was found'

/** Why the import or the wait fails the step, before the workflow's own rules. */
function failReasons(
  evidence: WaitEvidence,
  status: ReportStatus,
  jobs: JobReport[],
  rules: VerdictRules,
  stoppingError: StoppingError | null
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
  // whatever fail-on says
  for (const job of evidence.idlessNewer ?? [])
    reasons.push(`a newer job without a readable job id (${idless(job)}): the newest import's result is unknown`)
  if (end === 'timeout' && !unconfirmedAtDeadline(evidence, jobs))
    reasons.push('the wait timed out before the job finished')
  if (end === 'not-found') reasons.push(NOT_FOUND)
  if (end === 'cancelled') reasons.push('the run was cancelled before the job finished')
  if ((end === 'error' || status === 'error') && reasons.length === 0)
    reasons.push('the wait could not establish the result')
  return reasons
}

/** The workflow's own rules (max-failed-lines, max-line-drop) that reject what the wait saw. */
function ruleRejections(jobs: JobReport[], totals: Totals, rules: VerdictRules): RuleRejection[] {
  const rejections: RuleRejection[] = []
  // No job, no file: the share of failed lines has nothing to reject (the count below would be unknown).
  if (rules.maxFailedLinesPercent !== undefined)
    rejections.push(...failedLinesPercentRejections({ jobs }, rules.maxFailedLinesPercent))
  if (rules.maxLineDrop) rejections.push(...lineDropRejections({ jobs }, rules.maxLineDrop))
  if (rules.maxFailedLines !== undefined && jobs.length > 0) {
    const rejection = failedLinesRejection(totals.failedLines, rules.maxFailedLines)
    if (rejection) rejections.push(rejection)
  }
  return rejections
}

function unknownReason(job: JobReport): string {
  if (job.fileResults === 'not-reported')
    return `GES did not report the file results of job ${job.jobId} (set fail-on without "unknown" to accept that)`
  // A job whose outcome is unknown has no failed or partFailed file (it would be failed or
  // partFailed): a file not `success` is in a status GES does not document, shown as GES spelled it.
  const odd = job.files.filter((f) => f.status !== 'success').map((f) => `"${f.status}"`)
  if (odd.length === 0) {
    const contradictions = job.files.map(countContradiction).filter((c) => c !== undefined)
    return `job ${job.jobId} reports line counts that contradict: ${contradictions.join('; ')}`
  }
  return `job ${job.jobId} reports files in a status that is not documented (${[...new Set(odd)].join(', ')})`
}

/** Things to know even when the step passes: details GES did not report, counts that contradict. */
function warningsOf(jobs: JobReport[], totals: Totals): string[] {
  const warnings: string[] = []
  for (const job of jobs) {
    if (job.fileResults === 'not-reported' && job.outcome !== 'unfinished' && job.outcome !== 'disagreeing')
      warnings.push(`file results not reported by GES for job ${job.jobId}: its line counts are unknown`)
    // Reported: a job with no file results is either not-reported (above) or not an import, which is never unknown.
    else if (job.outcome === 'unknown' && job.unconfirmed === null) warnings.push(unknownReason(job))
  }
  const unknownCounts = totals.totalLines === null || totals.successfulLines === null || totals.failedLines === null
  const agreeing = jobs.every((j) => j.outcome !== 'disagreeing')
  if (unknownCounts && agreeing && warnings.length === 0 && jobs.some((j) => j.fileResults === 'reported'))
    warnings.push('GES did not report the line counts of every file: the totals are unknown')
  return warnings
}
