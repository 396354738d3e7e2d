import { errorMessage } from '../shared/text.js'
import * as core from '@actions/core'
import { appendFileSync } from 'node:fs'
import { escapeMarkdown } from '../report/escape.js'
import { InputError } from '../settings/input-error.js'
import { isWritten, noteWritten } from './written.js'
import { writeStepSummary } from './step-summary.js'

/**
 * The ending with no report to judge: invalid inputs (no request was made), or an error in
 * judging or publishing the report itself (a forced exit: leaveForcedExitReport below). The outputs still tell the verdict, the step fails,
 * and the summary says why in one line.
 */
export async function reportWithoutJudging(error: unknown): Promise<void> {
  const message = errorMessage(error)
  core.setOutput('status', 'error')
  core.setOutput('passed', 'false')
  noteWritten('status')
  core.setFailed(`ges-job-waiter: ${message}`)
  const heading =
    error instanceof InputError
      ? 'GES job wait did not start: invalid input'
      : 'GES job wait stopped on an unexpected error'
  await writeStepSummary(`### ❌ ${heading}\n\n${escapeMarkdown(message, 2000)}\n`).catch(() => undefined)
}

/**
 * A second SIGINT/SIGTERM ends the step at once, which may fall while the report is still being
 * written (the summary renders in an on-demand chunk). Whatever is not out yet is written here,
 * synchronously since the process exits right after: `status: cancelled`, `passed: false` and a
 * one-line summary, so that a gate never reads a missing output and the run page says why.
 */
export function leaveForcedExitReport(): void {
  if (!isWritten('status')) {
    core.setOutput('status', 'cancelled')
    core.setOutput('passed', 'false')
  }
  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  if (!isWritten('summary') && summaryFile) {
    appendFileSync(
      summaryFile,
      '### 🛑 GES job wait cancelled\n\nA second signal ended the step before its report was written · the step fails\n'
    )
  }
  process.exitCode = 1
}
