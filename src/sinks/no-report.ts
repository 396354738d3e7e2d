import * as core from '@actions/core'
import { escapeMarkdown } from '../report/escape.js'
import { InputError } from '../settings/input-error.js'
import { writeStepSummary } from './step-summary.js'

/**
 * The ending with no report to judge: invalid inputs (no request was made), or an error in
 * judging or publishing the report itself. The outputs still tell the verdict, the step fails,
 * and the summary says why in one line.
 */
export async function reportWithoutJudging(error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  core.setOutput('status', 'error')
  core.setOutput('passed', 'false')
  core.setFailed(`ges-job-waiter: ${message}`)
  const heading =
    error instanceof InputError
      ? 'GES job wait did not start: invalid input'
      : 'GES job wait stopped on an unexpected error'
  await writeStepSummary(`### ❌ ${heading}\n\n${escapeMarkdown(message, 2000)}\n`).catch(() => undefined)
}
