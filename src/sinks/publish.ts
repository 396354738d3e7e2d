import * as core from '@actions/core'
import type { Report } from '../report/report.js'
import type { Settings } from '../settings/settings.js'
import type { RunContext } from '../shared/run-context.js'
import { setCommentUrlOutput, setOutputs } from './outputs.js'
import { writeReportFile } from './report-file.js'
import { STEP_SUMMARY_MAX_BYTES, writeStepSummary } from './step-summary.js'

/**
 * Writes the judged report to every sink: report file, outputs, step summary and the pull
 * request comment. Each sink fails alone, with a warning: none of them changes the verdict.
 */
export async function publish(
  report: Report,
  settings: Pick<Settings, 'reportFile' | 'summary' | 'prComment'>,
  context: Pick<RunContext, 'deadline' | 'signal' | 'log'>
): Promise<void> {
  let reportFile: string | undefined
  if (settings.reportFile) {
    try {
      reportFile = await writeReportFile(settings.reportFile, report)
    } catch (error) {
      core.warning(`Could not write report-file "${settings.reportFile}": ${(error as Error).message}`)
    }
  }
  const outputComplete = setOutputs(report, reportFile)

  if (settings.summary) {
    const fullListAt = whereComplete(reportFile !== undefined, outputComplete)
    try {
      const { renderMarkdown } = await import('../report/render.js')
      await writeStepSummary(renderMarkdown(report, { maxBytes: STEP_SUMMARY_MAX_BYTES, fullListAt }))
    } catch (error) {
      core.warning(`Could not write the step summary: ${(error as Error).message}`)
    }
  }
  setCommentUrlOutput(await comment(report, settings, context))
}

/**
 * Where a summary cut to size says the complete lists are: only what holds them (a report file
 * not written, or an output shortened to GitHub's limit, holds them not).
 */
function whereComplete(fileWritten: boolean, outputComplete: boolean): string {
  if (fileWritten) return outputComplete ? 'the report file and the `report` output' : 'the report file'
  if (outputComplete) return 'the `report` output'
  return 'no output of this step (the `report` output is shortened too: set report-file to keep every job)'
}

/** The report on the pull request, when pr-comment asks for it; its URL, if one was written. */
async function comment(
  report: Report,
  settings: Pick<Settings, 'prComment'>,
  context: Pick<RunContext, 'deadline' | 'signal' | 'log'>
): Promise<string | undefined> {
  if (!settings.prComment) return undefined
  if (context.signal.aborted) {
    // The runner gives a cancelled step seconds, not the time of a round of GitHub calls; the
    // run may also be cancelled after the wait, while the previous import is read.
    context.log.info('pr-comment: the run was cancelled; the pull request comment is left as it was')
    return undefined
  }
  const { githubToken, tag, mode, prNumber } = settings.prComment
  try {
    const [{ renderComment, sameCommentContent }, { commentBudgetMs, postReportComment }] = await Promise.all([
      import('../report/render.js'),
      import('./pr-comment/post-report-comment.js')
    ])
    return await postReportComment(
      {
        token: githubToken,
        tag,
        mode,
        prNumber,
        render: (runUrl) => renderComment(report, runUrl, Date.now()),
        sameContent: sameCommentContent,
        timeoutMs: commentBudgetMs(context.deadline.leftMs()),
        cancel: context.signal
      },
      context.log
    )
  } catch (error) {
    context.log.warning(`Could not post the report on the pull request: ${(error as Error).message}`)
    return undefined
  }
}
