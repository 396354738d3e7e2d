import * as core from '@actions/core'
import { abortOnSignals } from './cancellation.js'
import type { Comparison } from './compare/compare-imports.js'
import { compareWithPrevious } from './compare/previous-import.js'
import { connectToGes } from './ges/connect.js'
import type { ApiError } from './http/api-error.js'
import { ActionsHttpTransport } from './http/transport.js'
import { renderComment } from './report/comment.js'
import { escapeMarkdown } from './report/escape.js'
import { hintFor, failureMessage } from './report/explain.js'
import { renderMarkdown, type ReportContext } from './report/markdown.js'
import { buildReport } from './report/report.js'
import { decideVerdict, type Verdict } from './report/verdict.js'
import { formatDuration } from './settings/duration.js'
import { getSettings } from './settings/input-helper.js'
import { InputError } from './settings/input-error.js'
import type { Settings } from './settings/settings.js'
import { setOutputs } from './sinks/outputs.js'
import { postReportComment } from './sinks/pr-comment/post-report-comment.js'
import { writeReportFile } from './sinks/report-file.js'
import { STEP_SUMMARY_MAX_BYTES, writeStepSummary } from './sinks/step-summary.js'
import { runnerLog } from './util/log.js'
import { formatUtcDate } from './util/time.js'
import { VERSION } from './version.js'
import { requestBudget } from './waiter/backoff.js'
import { systemClock } from './waiter/clock.js'
import { JobMonitor } from './waiter/job-monitor.js'
import { waitForJobs, type WaitOutcome } from './waiter/wait-for-jobs.js'

const DAY_MS = 86_400_000

/** The action: inputs → settings → wait → report → sinks → verdict. Never throws. */
export async function run(): Promise<void> {
  const controller = new AbortController()
  const stopListening = abortOnSignals(controller, runnerLog)
  try {
    const settings = getSettings()
    const outcome = await wait(settings, controller.signal)
    await publish(settings, outcome)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    core.setFailed(`ges-job-waiter: ${message}`)
    if (error instanceof InputError) {
      // No request was made, so there is no report: the summary says why, in one line.
      await writeStepSummary(
        `### ❌ GES job wait did not start: invalid input\n\n${escapeMarkdown(message, 2000)}\n`
      ).catch(() => undefined)
    }
  } finally {
    stopListening()
  }
}

type Outcome = WaitOutcome & { comparisons: Map<string, Comparison> }

async function wait(settings: Settings, signal: AbortSignal): Promise<Outcome> {
  const transport = new ActionsHttpTransport(`ges-job-waiter/${VERSION}`, signal, settings.requestTimeoutMs)
  try {
    // startTime is a date in the server's undocumented time zone: ask from one day earlier
    // and apply the exact window here.
    const startDate = settings.since !== undefined ? formatUtcDate(settings.since - DAY_MS) : undefined
    const deadline = systemClock.now() + settings.timeoutMs
    const budget = (): number => requestBudget(settings.requestTimeoutMs, systemClock.now(), deadline)
    const source = connectToGes(settings, transport, runnerLog, budget)
    const monitor = new JobMonitor(source, settings, startDate, runnerLog)
    core.startGroup(
      `Waiting for GES jobs (${describeTargets(settings)}; timeout ${formatDuration(settings.timeoutMs)})`
    )
    let outcome: WaitOutcome
    try {
      outcome = await waitForJobs(monitor, { ...settings, clock: systemClock, signal, log: runnerLog })
    } finally {
      core.endGroup()
    }
    const comparisons =
      outcome.end === 'finished'
        ? await compareWithPrevious(outcome.jobs, {
            source,
            listing: (graph) => monitor.completeListing(graph),
            deadline,
            clock: systemClock,
            signal,
            log: runnerLog,
            retryMinMs: settings.pollIntervalMs,
            retryMaxMs: settings.maxPollIntervalMs
          })
        : new Map<string, Comparison>()
    return { ...outcome, comparisons }
  } finally {
    transport.dispose()
  }
}

function describeTargets(settings: Settings): string {
  if (settings.jobIds.length > 0) return `job ${settings.jobIds.join(', ')}`
  const graphs = settings.graphNames.length > 0 ? `graph ${settings.graphNames.join(', ')}` : 'any graph'
  return `${settings.select} ${settings.jobName ?? 'any'} job, ${graphs}`
}

async function publish(settings: Settings, outcome: Outcome): Promise<void> {
  const report = buildReport(outcome, outcome.comparisons)
  const stopped = outcome.end === 'error' ? outcome.error : undefined
  const verdict = decideVerdict(report, settings, stopped?.message)

  let reportFile: string | undefined
  if (settings.reportFile) {
    try {
      reportFile = await writeReportFile(settings.reportFile, report)
    } catch (error) {
      core.warning(`Could not write report-file "${settings.reportFile}": ${(error as Error).message}`)
    }
  }
  setOutputs(report, outcome.elapsedMs, reportFile)

  const context: ReportContext = {
    verdict,
    elapsedMs: outcome.elapsedMs,
    missing: outcome.missing.map((m) => m.description),
    vanished: outcome.vanished,
    error: outcome.error && {
      message: outcome.error.message,
      reference: outcome.error.reference,
      stopped: Boolean(stopped)
    },
    hint: hintFor(report, verdict, settings.timeoutMs, outcome.error)
  }
  if (settings.summary) {
    const fullListAt = settings.reportFile ? 'the report file and the `report` output' : 'the `report` output'
    try {
      await writeStepSummary(renderMarkdown(report, context, { maxBytes: STEP_SUMMARY_MAX_BYTES, fullListAt }))
    } catch (error) {
      core.warning(`Could not write the step summary: ${(error as Error).message}`)
    }
  }
  let commentUrl: string | undefined
  if (settings.prComment && outcome.end === 'cancelled') {
    // The runner gives a cancelled step seconds, not the time of a round of GitHub calls.
    core.info('pr-comment: the run was cancelled; the pull request comment is left as it was')
  } else if (settings.prComment) {
    const { githubToken, tag } = settings.prComment
    commentUrl = await postReportComment(
      {
        token: githubToken,
        tag,
        render: (runUrl) => renderComment(report, context, runUrl, Date.now())
      },
      runnerLog
    )
  }
  core.setOutput('comment-url', commentUrl ?? '')

  core.info(
    `GES job status: ${report.status} (${report.jobs.length} ${report.jobs.length === 1 ? 'job' : 'jobs'}, ${report.totals.failedLines} failed lines, waited ${formatDuration(outcome.elapsedMs)})`
  )
  if (verdict.fail) core.setFailed(failureMessage(report, withReference(verdict, stopped)))
}

/** The annotation names the error code and request id (`HTTP 401, APIG.0301, request id …`) too, as the summary does. */
function withReference(verdict: Verdict, stopped: ApiError | undefined): Verdict {
  if (!stopped?.reference) return verdict
  return {
    ...verdict,
    reasons: verdict.reasons.map((reason) => (reason === stopped.message ? `${reason} (${stopped.reference})` : reason))
  }
}
