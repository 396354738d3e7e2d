import { formatDuration } from '../settings/duration.js'
import type { ApiError } from '../http/api-error.js'
import { hintForApiError } from '../http/error-hints.js'
import type { Report } from './report.js'
import type { Verdict } from './verdict.js'

/** What to do next, when the step fails: one sentence a person can act on. */
export function hintFor(report: Report, verdict: Verdict, timeoutMs: number, error?: ApiError): string | undefined {
  if (!verdict.fail) return undefined
  if (error && (error.kind === 'permanent' || error.kind === 'auth')) return hintForApiError(error)
  switch (report.status) {
    case 'failed':
    case 'partiallyFailed':
      return 'Open the log location of each failed file to see the rejected lines, fix the data and import again. To let partially failed imports pass, set fail-on: failed.'
    case 'timeout':
      return `The job did not finish within ${formatDuration(timeoutMs)}: raise "timeout", or check the job in the GES console.`
    case 'not-found':
      return 'Check "graph-name", "job-name", "job-id" and "since"/"until" (times are UTC); set wait-for-job: true to wait for a job that starts later.'
    case 'cancelled':
      return 'The run was cancelled; the job itself goes on in GES.'
    default:
      return undefined
  }
}

const MAX_FILES_NAMED = 5

/** The error annotation: names the job, the bad files and their causes. */
export function failureMessage(report: Report, verdict: Verdict): string {
  const parts = [`GES job wait: ${verdict.reasons.join('; ')}`]
  for (const job of report.jobs) {
    const bad = job.files.filter((f) => f.status !== 'success')
    const isBad = job.status !== 'success' || bad.length > 0
    if (!isBad) continue
    let text = `${job.jobName ?? 'job'} ${job.jobId}${job.graph ? ` (graph ${job.graph})` : ''}: ${job.status}`
    if (job.failReason) text += ` — ${clip(job.failReason)}`
    const named = bad.slice(0, MAX_FILES_NAMED).map((f) => {
      const lines = f.failedLines !== null ? `, ${f.failedLines} failed lines` : ''
      return `${f.kind} ${f.path}: ${f.status}${lines}${f.cause ? ` — ${clip(f.cause)}` : ''}`
    })
    if (bad.length > MAX_FILES_NAMED) named.push(`and ${bad.length - MAX_FILES_NAMED} more`)
    if (named.length > 0) text += `; ${named.join('; ')}`
    parts.push(text)
  }
  return parts.join('\n')
}

function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}
