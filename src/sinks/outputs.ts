import * as core from '@actions/core'
import type { Report } from '../report/report.js'
import { noteWritten } from './written.js'

/** GitHub caps a job's outputs at 1 MB in total; a larger report goes out without file lists. */
const MAX_REPORT_OUTPUT = 512 * 1024

/** Counts GES did not report are empty, never 0: unknown is not zero. */
const countOutput = (n: number | null): string => (n === null ? '' : String(n))

export function setOutputs(report: Report, reportFile: string | undefined): void {
  core.setOutput('job-id', report.jobs.map((job) => job.jobId).join(','))
  core.setOutput('status', report.status)
  // The output to gate on: `status` says what happened, `passed` whether the step passes.
  core.setOutput('passed', report.passed ? 'true' : 'false')
  noteWritten('status')
  core.setOutput('total-lines', countOutput(report.totals.totalLines))
  core.setOutput('successful-lines', countOutput(report.totals.successfulLines))
  core.setOutput('failed-lines', countOutput(report.totals.failedLines))
  core.setOutput('failed-files', countOutput(report.totals.failedFiles))
  core.setOutput('report', reportOutput(report))
  core.setOutput('report-file', reportFile ?? '')
  core.setOutput('duration-seconds', report.waitedSeconds)
  setComparisonOutputs(report)
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
function setComparisonOutputs(report: Report): void {
  const previous = report.jobs.map((job) => job.comparison?.previousJobId ?? '')
  core.setOutput('previous-job-id', previous.some(Boolean) ? previous.join(',') : '')
  const compared = report.jobs.flatMap((job) => (job.comparison?.result === 'compared' ? [job.comparison] : []))
  const unknown = report.jobs.some((job) => job.comparison?.result === 'unavailable')
  const known = compared.every((c) => c.lineDelta !== null)
  const delta = compared.reduce((sum, c) => sum + (c.lineDelta ?? 0), 0)
  core.setOutput('line-delta', compared.length > 0 && known && !unknown ? String(delta) : '')
}

/**
 * The report as an output. When it is too large, successful files go first, then all file
 * lists, each job saying how many files it left out; the report file is always complete.
 */
function reportOutput(report: Report): string {
  const json = JSON.stringify(report)
  if (json.length <= MAX_REPORT_OUTPUT) return json
  const note = 'file lists shortened to fit the outputs limit: see report-file for the complete report'
  const keepFailed = report.jobs.map((job) => {
    const files = job.files.filter((file) => file.status !== 'success')
    return { ...job, files, filesOmitted: job.files.length - files.length }
  })
  const shorter = JSON.stringify({ ...report, jobs: keepFailed, truncated: note })
  if (shorter.length <= MAX_REPORT_OUTPUT) return shorter
  const jobs = report.jobs.map((job) => ({
    ...job,
    files: [],
    filesOmitted: job.files.length,
    comparison: job.comparison && { ...job.comparison, files: [], filesOmitted: job.comparison.files.length }
  }))
  return JSON.stringify({ ...report, jobs, truncated: note })
}
