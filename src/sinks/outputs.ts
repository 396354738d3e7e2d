import * as core from '@actions/core'
import type { Report } from '../report/report.js'
import { noteWritten } from './written.js'

/**
 * GitHub caps a job's outputs at 1 MB in total (and an expression reading more fails): the
 * report gets half, `job-id` and `previous-job-id` (every id of thousands of jobs) what is left.
 */
const MAX_REPORT_OUTPUT = 512 * 1024
const MAX_IDS_OUTPUT = 192 * 1024

/** Counts GES did not report are empty, never 0: unknown is not zero. */
const countOutput = (n: number | null): string => (n === null ? '' : String(n))

/** Sets every output; true when the `report` output is the whole report (not shortened). */
export function setOutputs(report: Report, reportFile: string | undefined): boolean {
  const shown = idsShown(report)
  core.setOutput(
    'job-id',
    report.jobs
      .slice(0, shown)
      .map((job) => job.jobId)
      .join(',')
  )
  core.setOutput('status', report.status)
  // The output to gate on: `status` says what happened, `passed` whether the step passes.
  core.setOutput('passed', report.passed ? 'true' : 'false')
  noteWritten('status')
  core.setOutput('total-lines', countOutput(report.totals.totalLines))
  core.setOutput('successful-lines', countOutput(report.totals.successfulLines))
  core.setOutput('failed-lines', countOutput(report.totals.failedLines))
  core.setOutput('failed-files', countOutput(report.totals.failedFiles))
  const output = reportOutput(report)
  core.setOutput('report', output.json)
  core.setOutput('report-file', reportFile ?? '')
  core.setOutput('duration-seconds', report.waitedSeconds)
  setComparisonOutputs(report, shown)
  if (shown < report.jobs.length)
    core.warning(
      `job-id and previous-job-id list the first ${shown} of ${report.jobs.length} jobs: GitHub caps a job's outputs at 1 MB. The report file (report-file) has every job.`
    )
  return output.complete
}

/** How many jobs `job-id` and `previous-job-id` can name within MAX_IDS_OUTPUT each (whole ids, the same jobs). */
function idsShown(report: Report): number {
  let jobIds = -1
  let previousIds = -1
  for (const [i, job] of report.jobs.entries()) {
    jobIds += Buffer.byteLength(job.jobId, 'utf8') + 1
    previousIds += Buffer.byteLength(job.comparison?.previousJobId ?? '', 'utf8') + 1
    if (jobIds > MAX_IDS_OUTPUT || previousIds > MAX_IDS_OUTPUT) return i
  }
  return report.jobs.length
}

/** `comment-url`: the pull request comment written, '' when none was. */
export function setCommentUrlOutput(url: string | undefined): void {
  core.setOutput('comment-url', url ?? '')
}

/**
 * `previous-job-id`: one entry per job of `job-id`, empty where there is none ('' when no job
 * has one). `line-delta`: the signed change of successful lines over the compared jobs; ''
 * when none was compared or a change is unknown (unknown is not zero).
 */
function setComparisonOutputs(report: Report, shown: number): void {
  const previous = report.jobs.slice(0, shown).map((job) => job.comparison?.previousJobId ?? '')
  core.setOutput('previous-job-id', previous.some(Boolean) ? previous.join(',') : '')
  const compared = report.jobs.flatMap((job) => (job.comparison?.result === 'compared' ? [job.comparison] : []))
  const unknown = report.jobs.some((job) => job.comparison?.result === 'unavailable')
  const known = compared.every((c) => c.lineDelta !== null)
  const delta = compared.reduce((sum, c) => sum + (c.lineDelta ?? 0), 0)
  core.setOutput('line-delta', compared.length > 0 && known && !unknown ? String(delta) : '')
}

/** The top-level lists that grow with the jobs: a shortened output keeps a prefix of each. */
const LISTS = ['jobs', 'reasons', 'rejectedBy', 'warnings', 'missing', 'stale', 'skipped'] as const
type ListName = (typeof LISTS)[number]

const bytes = (json: string): number => Buffer.byteLength(json, 'utf8')

/**
 * The report as an output, at most MAX_REPORT_OUTPUT bytes of UTF-8 (GitHub counts bytes, and
 * server text is often multi-byte). When too large, successful files go first, then all file
 * lists, each job saying how many files it left out; then each list is cut to its first entries
 * and `omitted` says how many each left out; the report file is always complete.
 */
function reportOutput(report: Report): { json: string; complete: boolean } {
  const json = JSON.stringify(report)
  if (bytes(json) <= MAX_REPORT_OUTPUT) return { json, complete: true }
  return { json: shortened(report), complete: false }
}

function shortened(report: Report): string {
  const note = 'file lists shortened to fit the outputs limit: see report-file for the complete report'
  const keepFailed = report.jobs.map((job) => {
    const files = job.files.filter((file) => file.status !== 'success')
    return { ...job, files, filesOmitted: job.files.length - files.length }
  })
  const shorter = JSON.stringify({ ...report, jobs: keepFailed, truncated: note })
  if (bytes(shorter) <= MAX_REPORT_OUTPUT) return shorter
  const jobs = report.jobs.map((job) => ({
    ...job,
    files: [],
    filesOmitted: job.files.length,
    comparison: job.comparison && { ...job.comparison, files: [], filesOmitted: job.comparison.files.length }
  }))
  const fileless = JSON.stringify({ ...report, jobs, truncated: note })
  if (bytes(fileless) <= MAX_REPORT_OUTPUT) return fileless
  return cutLists({ ...report, jobs })
}

/**
 * Thousands of jobs with long server text: the first `keep` entries of every list, `keep`
 * halved until it fits, with `omitted` counting what each list left out. With none kept,
 * what is left is the verdict, the totals and our own text.
 */
function cutLists(report: Report): string {
  const note =
    'lists shortened to fit the outputs limit (omitted says how many entries each left out): see report-file for the complete report'
  const longest = Math.max(...LISTS.map((name) => report[name].length))
  for (let keep = longest; ; keep = Math.floor(keep / 2)) {
    const cut = cutTo(report, keep)
    const json = JSON.stringify({ ...cut, truncated: note })
    if (bytes(json) <= MAX_REPORT_OUTPUT || keep === 0) {
      if (bytes(json) <= MAX_REPORT_OUTPUT) return json
      // Even with no list entry the rest holds server text too large (an error, why not found).
      return JSON.stringify({ ...cut, notFound: null, error: null, startedImport: undefined, truncated: note })
    }
  }
}

function cutTo(report: Report, keep: number): Report & { omitted: Record<ListName, number> } {
  const omitted = Object.fromEntries(LISTS.map((name) => [name, Math.max(0, report[name].length - keep)])) as Record<
    ListName,
    number
  >
  const lists = Object.fromEntries(LISTS.map((name) => [name, report[name].slice(0, keep)]))
  return { ...report, ...lists, omitted }
}
