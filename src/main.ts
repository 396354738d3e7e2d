import * as core from '@actions/core'
import { abortOnSignals } from './cancellation.js'
import type { Comparison } from './compare/compare-imports.js'
import { connectToGes } from './ges/connect.js'
import { HistoryReader } from './history/read-history.js'
import { historiesOf, withHistory } from './history/report-history.js'
import { ActionsHttpTransport } from './http/transport.js'
import { readImportLogs } from './obs/import-logs.js'
import type { LogRead } from './obs/log-targets.js'
import { escapeMarkdown } from './report/escape.js'
import { failureMessage } from './report/explain.js'
import { judge } from './report/judge.js'
import type { StartedImportReport } from './report/started-import.js'
import { getSettings } from './settings/input-helper.js'
import { resolveSinceRun } from './settings/run-start.js'
import { InputError } from './settings/input-error.js'
import type { Settings } from './settings/settings.js'
import { setOutputs } from './sinks/outputs.js'
import { writeReportFile } from './sinks/report-file.js'
import { STEP_SUMMARY_MAX_BYTES, writeStepSummary } from './sinks/step-summary.js'
import { runnerLog } from './util/log.js'
import { DAY_MS, formatDuration, formatUtcDate } from './util/time.js'
import { VERSION } from './version.js'
import { requestBudget } from './waiter/backoff.js'
import { systemClock } from './waiter/clock.js'
import { JobMonitor } from './waiter/job-monitor.js'
import { waitForJobs, type WaitOutcome } from './waiter/wait-for-jobs.js'

/** The action: inputs → settings → wait → report → sinks → verdict. Never throws. */
export async function run(): Promise<void> {
  const controller = new AbortController()
  const stopListening = abortOnSignals(controller, runnerLog)
  try {
    const settings = await resolveSinceRun(getSettings(), `ges-job-waiter/${VERSION}`, runnerLog, controller.signal)
    const outcome = await wait(settings, controller.signal)
    await publish(settings, outcome, controller.signal)
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

type Outcome = WaitOutcome & {
  comparisons: Map<string, Comparison>
  logReads: Map<string, LogRead>
  deadline: number
  startedImport?: StartedImportReport
  /** The earlier imports of each job's graph (`trend`), when read. */
  history?: ReturnType<typeof historiesOf>
}

async function wait(given: Settings, signal: AbortSignal): Promise<Outcome> {
  let settings = given
  const transport = new ActionsHttpTransport(`ges-job-waiter/${VERSION}`, signal, settings.requestTimeoutMs)
  try {
    // startTime is a date in the server's undocumented time zone: ask from one day earlier
    // and apply the exact window here.
    const startDate = settings.since !== undefined ? formatUtcDate(settings.since - DAY_MS) : undefined
    const deadline = systemClock.now() + settings.timeoutMs
    const budget = (): number => requestBudget(settings.requestTimeoutMs, systemClock.now(), deadline)
    const source = connectToGes(settings, transport, runnerLog, budget)
    // What every retry after the wait's own polls needs: the deadline, time, and the back-off bounds.
    const retries = {
      deadline,
      clock: systemClock,
      signal,
      log: runnerLog,
      retryMinMs: settings.pollIntervalMs,
      retryMaxMs: settings.maxPollIntervalMs
    }
    const began = systemClock.now()
    // Loaded on demand, like everything the first request does not need (cold start, issue 18).
    const starting = (): Promise<typeof import('./start/starting.js')> => import('./start/starting.js')
    const start = settings.startImport
      ? await (
          await starting()
        ).startImport(source, settings.startImport, { ...retries, apiVersion: settings.apiVersion })
      : undefined
    const startMs = systemClock.now() - began
    if (start && !start.started)
      return {
        ...(await starting()).notStartedOutcome(start, startMs),
        comparisons: new Map(),
        logReads: new Map(),
        deadline
      }
    if (start) settings = (await starting()).followStarted(settings, start, deadline - systemClock.now())
    const monitor = new JobMonitor(source, settings, startDate, runnerLog)
    if (start) monitor.follow(start.job, start.expected)
    core.startGroup(
      `Waiting for GES jobs (${describeTargets(settings)}; timeout ${formatDuration(settings.timeoutMs)})`
    )
    const history =
      settings.trend > 0
        ? new HistoryReader({ ...retries, trend: settings.trend, source, listings: (g) => monitor.completeListings(g) })
        : undefined
    let outcome: WaitOutcome
    try {
      outcome = await waitForJobs(monitor, {
        ...settings,
        clock: systemClock,
        signal,
        log: runnerLog,
        onPoll: history?.observe,
        jobNote: history?.note
      })
    } finally {
      core.endGroup()
    }
    await history?.settle()
    const waitEnded = systemClock.now()
    const comparisons =
      outcome.end === 'finished'
        ? await (
            await import('./compare/previous-import.js')
          ).compareWithPrevious(
            outcome.jobs.map((o) => o.job),
            {
              ...retries,
              source,
              listings: (graph) => [...monitor.completeListings(graph), ...(history?.listings(graph) ?? [])]
            }
          )
        : new Map<string, Comparison>()
    const logReads = signal.aborted
      ? new Map<string, LogRead>()
      : await readImportLogs(
          settings,
          outcome.jobs.map((o) => o.job),
          { transport, deadline, clock: systemClock, log: runnerLog }
        )
    return {
      ...outcome,
      comparisons,
      logReads,
      deadline,
      ...(history && {
        history: historiesOf(
          outcome.jobs.map((o) => o.job),
          (job) => history.resultFor(job, waitEnded)
        )
      }),
      ...(start && { startedImport: start.report, elapsedMs: outcome.elapsedMs + startMs })
    }
  } finally {
    transport.dispose()
  }
}

function describeTargets(settings: Settings): string {
  if (settings.jobIds.length > 0) return `job ${settings.jobIds.join(', ')}`
  const graphs = settings.graphNames.length > 0 ? `graph ${settings.graphNames.join(', ')}` : 'any graph'
  return `${settings.select} ${settings.jobName ?? 'any'} job, ${graphs}`
}

async function publish(settings: Settings, outcome: Outcome, signal: AbortSignal): Promise<void> {
  const report = withHistory(judge(outcome, { ...settings, now: Date.now() }), outcome.history)

  let reportFile: string | undefined
  if (settings.reportFile) {
    try {
      reportFile = await writeReportFile(settings.reportFile, report)
    } catch (error) {
      core.warning(`Could not write report-file "${settings.reportFile}": ${(error as Error).message}`)
    }
  }
  setOutputs(report, reportFile)

  if (settings.summary) {
    const fullListAt = settings.reportFile ? 'the report file and the `report` output' : 'the `report` output'
    try {
      const { renderMarkdown } = await import('./report/render.js')
      await writeStepSummary(renderMarkdown(report, { maxBytes: STEP_SUMMARY_MAX_BYTES, fullListAt }))
    } catch (error) {
      core.warning(`Could not write the step summary: ${(error as Error).message}`)
    }
  }
  let commentUrl: string | undefined
  if (settings.prComment && signal.aborted) {
    // The runner gives a cancelled step seconds, not the time of a round of GitHub calls; the
    // run may also be cancelled after the wait, while the previous import is read.
    runnerLog.info('pr-comment: the run was cancelled; the pull request comment is left as it was')
  } else if (settings.prComment) {
    const { githubToken, tag, mode, prNumber } = settings.prComment
    const [{ renderComment, sameCommentContent }, { commentBudgetMs, postReportComment }] = await Promise.all([
      import('./report/render.js'),
      import('./sinks/pr-comment/post-report-comment.js')
    ])
    commentUrl = await postReportComment(
      {
        token: githubToken,
        tag,
        mode,
        prNumber,
        render: (runUrl) => renderComment(report, runUrl, Date.now()),
        sameContent: sameCommentContent,
        timeoutMs: commentBudgetMs(outcome.deadline - systemClock.now()),
        cancel: signal
      },
      runnerLog
    )
  }
  core.setOutput('comment-url', commentUrl ?? '')

  for (const warning of [...report.warnings, ...report.stale.map((s) => s.message)]) runnerLog.warning(warning)
  const failedLines =
    report.totals.failedLines === null ? 'failed lines unknown' : `${report.totals.failedLines} failed lines`
  runnerLog.info(
    `GES job status: ${report.status} (${report.jobs.length} ${report.jobs.length === 1 ? 'job' : 'jobs'}, ${failedLines}, waited ${formatDuration(outcome.elapsedMs)})`
  )
  if (!report.passed) core.setFailed(failureMessage(report))
}
