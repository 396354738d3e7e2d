import * as core from '@actions/core'
import { runnerLog } from '../shared/log.js'
import { noteWritten } from './written.js'

/** GitHub refuses step summaries over 1 MiB; stay well under it. */
export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024

/** Appends to the step summary; outside a runner (no GITHUB_STEP_SUMMARY) it says so and moves on. */
export async function writeStepSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    runnerLog.info('GITHUB_STEP_SUMMARY is not set: no step summary written')
    return
  }
  await core.summary.addRaw(markdown).write()
  noteWritten('summary')
}
