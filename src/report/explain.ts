import { isDocumentedSpelling, jobStatus, quoteStatus } from '../ges/job-status.js'
import type { ApiError } from '../http/api-error.js'
import { hintForApiError } from '../http/error-hints.js'
import { withoutInvisibleInLines } from '../shared/invisible.js'
import { clipLine } from '../shared/text.js'
import { formatDuration } from '../shared/time.js'
import type { JobReport, Report } from './report.js'

/** What to do next, when the step fails: one sentence a person can act on. */
export function hintFor(
  report: Pick<Report, 'passed' | 'status' | 'jobs' | 'notFound'>,
  timeoutMs: number,
  error?: ApiError
): string | undefined {
  if (report.passed) return undefined
  if (error && report.status === 'error' && (error.kind === 'permanent' || error.kind === 'auth'))
    return hintForApiError(error)
  if (report.jobs.some((job) => job.disagreement)) {
    return 'GES gave answers that disagree (named above): check the job in the GES console before trusting this import.'
  }
  const unconfirmed = report.jobs.filter((job) => job.unconfirmed)
  if (unconfirmed.length > 0 && report.status === 'unknown') return unconfirmedHint(unconfirmed)
  switch (report.status) {
    case 'failed':
    case 'partFailed': {
      const read = report.jobs.some((job) => job.files.some((f) => f.rejectedLines?.length))
        ? "Read the rejected lines shown (the whole log is at each failed file's log location)"
        : 'Open the log location of each failed file to see the rejected lines'
      // Only a partial failure can be let through by fail-on; a failed import never should.
      const letPass =
        report.status === 'partFailed' ? ' To let partially failed imports pass, set fail-on: failed,unknown.' : ''
      return `${read}, fix the data and import again.${letPass}`
    }
    case 'rejected':
      return 'GES reports the import as a success, but a rule this workflow set rejects it (named above): check the data against the previous import, or change max-line-drop / max-failed-lines if the change is expected.'
    case 'unknown':
      if (report.jobs.every((job) => job.outcome === 'success'))
        return 'Check the newer job named above, or set "job-id".'
      return 'GES did not report the file results: check the import in the GES console, or leave "unknown" out of fail-on if this GES version never reports them.'
    case 'timeout':
      return `The job did not finish within ${formatDuration(timeoutMs)}: raise "timeout", or check the job in the GES console.`
    case 'not-found':
      if (report.notFound?.reason === 'other-graph')
        return 'Check "job-id" and "graph-name": they name different graphs.'
      if (report.notFound?.reason === 'unknown-graph')
        return 'Fix "graph-name" to a graph of this project (graph names are case-sensitive), or check "project-id" and "region" if the graph is in another project.'
      if (report.notFound?.reason === 'started-unseen')
        return 'The import may still run: check the graph\'s jobs in the GES console before running the step again (running it again starts another import); raise "appear-timeout" if GES is slow to show new jobs.'
      if (report.notFound?.reason === 'appear-timeout')
        return 'Check "graph-name", "job-name", "job-id" and "since"/"until" (times are UTC) against the jobs seen instead; raise "appear-timeout" if the import starts later.'
      return 'Check "graph-name", "job-name", "job-id" and "since"/"until" (times are UTC); set wait-for-job: true to wait for a job that starts later.'
    case 'cancelled':
      return 'The run was cancelled; the job itself goes on in GES.'
    default:
      return undefined
  }
}

/**
 * A success only one answer gave is not a missing detail that fail-on could accept: say what
 * was missing (a confirming answer, or a documented spelling) and where to look instead.
 */
function unconfirmedHint(jobs: JobReport[]): string {
  const ids = jobs.map((job) => job.jobId).join(', ')
  const undocumented = jobs
    .flatMap((job) => [job.answers.statusEndpoint ?? '', job.answers.jobList ?? ''])
    .find((raw) => jobStatus(raw) === 'success' && !isDocumentedSpelling(raw))
  if (undocumented !== undefined)
    return `GES gave the final status of ${ids} as ${quoteStatus(undocumented)}, a spelling it does not document, and no second endpoint said the same, so it does not count as success (fail-on cannot change that): check the job in the GES console before trusting this import.`
  return `GES said ${ids} succeeded in one answer only, the status endpoint's: no listing showed the finish and no second status answer came before the wait ended, so it does not count as success (fail-on cannot change that). Check the job in the GES console before trusting this import; if GES is only slow to list finished jobs, a longer "timeout" gives it the time to confirm.`
}

const MAX_FILES_NAMED = 5

/**
 * The runner cuts an annotation at 4,096 characters (`_maxIssueMessageLength` in actions/runner)
 * without saying so: the message names the jobs that fit and how many it left out.
 */
export const ANNOTATION_MAX_CHARS = 4096

/** The error annotation: why the step fails, then the bad jobs, files and causes, within ANNOTATION_MAX_CHARS. */
export function failureMessage(report: Report): string {
  // An annotation is a log line too: the same cleaning (shared/invisible.ts).
  const lines = failureLines(report).map((line) => withoutInvisibleInLines(line))
  // Room for the line that says how many jobs were left out.
  const room = ANNOTATION_MAX_CHARS - 120
  let used = -1
  let shown = 0
  while (shown < lines.length && used + lines[shown].length + 1 <= room) used += lines[shown++].length + 1
  if (shown === 0) return `${lines[0].slice(0, room - 1)}…`
  const left = lines.length - shown
  const cut = left > 0 ? [`and ${left} more ${left === 1 ? 'job' : 'jobs'}: see the step summary or the report`] : []
  return [...lines.slice(0, shown), ...cut].join('\n')
}

/** The reasons, then a line per bad job. */
function failureLines(report: Report): string[] {
  const parts = [`GES job wait: ${report.reasons.join('; ')}`]
  for (const job of report.jobs) {
    const bad = job.files.filter((f) => f.status !== 'success')
    if (job.outcome === 'success' && bad.length === 0) continue
    let text = `${job.jobName ?? 'job'} ${job.jobId}${job.graph ? ` (graph ${job.graph})` : ''}: ${job.status}`
    if (job.failReason) text += ` — ${clipLine(job.failReason, 200)}`
    const named = bad.slice(0, MAX_FILES_NAMED).map((f) => {
      const lines = f.failedLines !== null ? `, ${f.failedLines} failed lines` : ''
      return `${f.kind} ${f.path}: ${f.status}${lines}${f.cause ? ` — ${clipLine(f.cause, 200)}` : ''}`
    })
    if (bad.length > MAX_FILES_NAMED) named.push(`and ${bad.length - MAX_FILES_NAMED} more`)
    if (named.length > 0) text += `; ${named.join('; ')}`
    parts.push(text)
  }
  return parts
}
