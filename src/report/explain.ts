import { formatDuration } from '../settings/duration.js'
import type { ApiError } from '../http/api-error.js'
import type { Report } from './report.js'
import type { Verdict } from './verdict.js'

/** What to do next, when the step fails: one sentence a person can act on. */
export function hintFor(report: Report, verdict: Verdict, timeoutMs: number, error?: ApiError): string | undefined {
  if (!verdict.fail) return undefined
  const code = error?.details.code ?? ''
  const status = error?.details.status
  if (error && (error.kind === 'permanent' || error.kind === 'auth')) {
    // Before the 401 catch-all: the gateway sends APIG.0303 with a 401 too.
    if (/^APIGW?\.0303$/i.test(code))
      return 'The request signature expired: the runner clock is more than 15 minutes off.'
    if (/^APIGW?\.0301$/i.test(code) || status === 401) {
      return 'Authentication failed: check the token or the access-key/secret-key pair (and security-token for temporary keys), and that they belong to this project. A bad AK/SK is not retried: 5 failures lock the key for 5 minutes.'
    }
    if (status === 403 && error.message.includes('iam:projects:list'))
      return 'Set "project-id" (the project is then not looked up in IAM), or grant the IAM user iam:projects:list.'
    if (status === 403)
      return 'The credentials lack permission: grant the IAM user a GES policy (GES ReadOnlyAccess is enough to read jobs) in this project.'
    if (status === 404)
      return 'Check "project-id", "region"/"endpoint" and "api-version": the job-center URL was not found.'
    if (/^GES\.7000$/i.test(code)) return 'The graph does not exist: check "graph-name".'
    return undefined
  }
  switch (report.status) {
    case 'failed':
    case 'partiallyFailed':
      return 'Open the log location of each failed file to see the rejected lines, fix the data and import again. To let partially failed imports pass, set fail-on: failed.'
    case 'timeout':
      return `The job did not finish within ${formatDuration(timeoutMs)}: raise "timeout", or check the job in the GES console.`
    case 'not-found':
      if (report.notFound?.reason === 'other-graph')
        return 'Check "job-id" and "graph-name": they name different graphs.'
      if (report.notFound?.reason === 'appear-timeout')
        return 'Check "graph-name", "job-name", "job-id" and "since"/"until" (times are UTC) against the jobs seen instead; raise "appear-timeout" if the import starts later.'
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
