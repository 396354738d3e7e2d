import { CancelledError } from '../shared/cancellation.js'
import type { GesConnection } from '../ges/connect.js'
import { isImport, type Job } from '../ges/model.js'
import { ApiError } from '../http/api-error.js'
import { hintForApiError } from '../http/error-hints.js'
import { seenJob } from '../report/not-found.js'
import type { StartedImportReport } from '../report/started-import.js'
import type { ApiVersion, StartImportSettings } from '../settings/settings.js'
import { clipLine } from '../shared/text.js'
import { DAY_MS, formatDuration, formatUtcDate, formatUtcTime } from '../shared/time.js'
import { delayAfterPoll } from '../shared/backoff.js'
import { timeLeft } from '../shared/deadline.js'
import type { RetryContext } from '../shared/run-context.js'
import type { ExpectedJob } from '../waiter/tracked-job.js'

/** The deadline, clock and back-off bounds of the run, and the naming of the body. */
export interface StartOptions extends RetryContext {
  apiVersion: ApiVersion
}

/** The import was started: the job to wait for, already named (graph, job name) before GES says more. */
export interface Started {
  started: true
  job: Job
  /** What the answers about `job` must agree with: this graph's ImportGraph, begun after the request. */
  expected: ExpectedJob
  report: StartedImportReport
}

/** It was not (or may have been): how the step ends, with what to tell the user. */
export interface NotStarted {
  started: false
  end: 'error' | 'cancelled'
  error: ApiError
  report: StartedImportReport
}

/** An import that may have begun this long before the request was sent is listed as a candidate (clocks differ). */
const RECENT_MS = 10 * 60_000
/** At most this many candidates are listed. */
const MAX_RECENT = 10

/**
 * Starts the import (ImportGraph) once. The graph id comes from the graph list, which the status
 * polls then reuse. Only what surely was not processed is tried again, within the deadline:
 * throttling (429 / APIG.0308, after Retry-After) and a connection refused before sending.
 * A reset, a timeout, a 5xx or a 200 without a job id after the body was sent is ambiguous: the
 * call is never sent again (ImportGraph is not idempotent), and the graph's recent imports are
 * listed once so that the user can see whether one began.
 */
export async function startImport(
  source: GesConnection,
  start: StartImportSettings,
  options: StartOptions
): Promise<Started | NotStarted> {
  const { log } = options
  const report = (
    result: StartedImportReport['result'],
    more: Partial<StartedImportReport> = {}
  ): StartedImportReport => ({
    result,
    graph: start.graphName,
    jobId: null,
    requestId: null,
    paths: start.paths,
    recentJobs: null,
    recentJobsError: null,
    ...more
  })
  const notStarted = (result: 'refused' | 'not-sent', error: ApiError, hint?: string): NotStarted => ({
    started: false,
    end: 'error',
    error: finalError(error, hint),
    report: report(result, { requestId: error.details.requestId ?? null })
  })

  let graphId: string
  try {
    graphId = await findGraphId(source, start.graphName, options)
  } catch (error) {
    if (error instanceof CancelledError || options.signal.aborted) return cancelled(report('not-sent'), false)
    if (!(error instanceof ApiError)) throw error
    return notStarted('not-sent', error)
  }

  log.info(`Starting the import of graph "${start.graphName}" (ImportGraph, ${describePaths(start.paths)})`)
  const sentAt = options.clock.now()
  for (let attempt = 0; ; attempt += 1) {
    // The last poll's grace is for reading, not for a write that no time is left to wait for.
    if (timeLeft(options.deadline, options.clock.now()) <= 0) {
      return notStarted(
        'not-sent',
        new ApiError(
          'transient',
          'Starting the GES import (ImportGraph) was not sent: the timeout was reached before the graph was found',
          { notSent: true }
        ),
        'No import was started: raise "timeout" so that the step has time to start the import and wait for it.'
      )
    }
    let answer: Awaited<ReturnType<GesConnection['startImport']>>
    try {
      answer = await source.startImport(graphId, start.body)
    } catch (error) {
      // Cancelled mid-request: it may have reached GES. No time is left to list.
      if (error instanceof CancelledError || options.signal.aborted) return cancelled(report('unknown'), true)
      if (!(error instanceof ApiError)) throw error
      const wait = retryDelay(error, attempt, options)
      if (wait !== undefined) {
        log.info(`${error.message}: no import was started; trying again in ${formatDuration(wait)}`)
        try {
          await options.clock.sleep(wait, options.signal)
        } catch (sleepError) {
          if (sleepError instanceof CancelledError) return cancelled(report('not-sent'), false)
          throw sleepError
        }
        continue
      }
      if (retriable(error)) {
        const left = timeLeft(options.deadline, options.clock.now())
        const asked = error.details.retryAfterMs
        // Say why it stopped: GES's own Retry-After may ask for more than the time left.
        const why =
          asked !== undefined && asked >= left
            ? `GES asked to wait ${formatDuration(asked)} (Retry-After), more than the ${formatDuration(Math.max(0, left))} left before the timeout`
            : `tried ${attempt + 1} ${attempt === 0 ? 'time' : 'times'} until the timeout`
        return notStarted(
          'not-sent',
          withMessage(error, `${error.message}; ${why}: no import was started`),
          'GES did not take the request before the timeout, so no import was started: run the step again later, or raise "timeout".'
        )
      }
      if (error.details.notSent) return notStarted('not-sent', saidNotStarted(error))
      // A 200 that carries an error code (GES v1's habit) was answered by GES after it read the
      // request, and a 303 See Other answers a request that was processed (RFC 9110 §15.4.4):
      // whether either started a job is not known, so neither is called a refusal.
      const processed = error.details.status === 200 || error.details.status === 303
      if ((error.kind === 'permanent' || error.kind === 'auth') && !processed) {
        return notStarted('refused', saidNotStarted(error), refusalHint(error, options.apiVersion))
      }
      return ambiguous(source, start, sentAt, error, options, report)
    }
    if (answer.jobId === undefined) {
      const error = new ApiError(
        'transient',
        `Starting the GES import (ImportGraph) failed: GES answered without one readable job id (${clipLine(JSON.stringify(answer.json) ?? 'no body', 200)})`,
        { status: 200, requestId: answer.requestId }
      )
      return ambiguous(source, start, sentAt, error, options, report)
    }
    log.info(`GES started ImportGraph job ${answer.jobId} on graph "${start.graphName}"`)
    return {
      started: true,
      job: {
        id: answer.jobId,
        name: 'ImportGraph',
        type: null,
        graph: start.graphName,
        status: 'pending',
        rawStatus: '',
        beginTime: null,
        beginTimeRaw: null,
        endTime: null,
        failReason: null,
        files: null
      },
      expected: { name: 'ImportGraph', graph: start.graphName, notBefore: sentAt - DAY_MS },
      report: report('started', { jobId: answer.jobId, requestId: answer.requestId ?? null })
    }
  }
}

/** The graph list is safe to read again: retried on transient errors and throttling until the deadline. */
async function findGraphId(source: GesConnection, graphName: string, options: StartOptions): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const { graphs, complete } = await source.listGraphs()
      const named = graphs.filter((g) => g.name === graphName)
      if (named.length === 1) return named[0].id
      if (named.length > 1) {
        // Names are unique in a project; a list that says otherwise cannot tell us where to import.
        throw new ApiError(
          'permanent',
          `The graph list names ${named.length} graphs "${graphName}" (ids ${named.map((g) => g.id).join(', ')}): no import was started, since the target is not known`,
          {},
          'Check the graphs of the project in the GES console; the graph list of GES (or a proxy in front of it) contradicts itself.'
        )
      }
      // A list not read to its end proves no absence (src/ges/ges-client.ts, listGraphs): read it again.
      if (!complete)
        throw new ApiError(
          'transient',
          `The graph "${graphName}" is not in the part of the graph list GES gave (${graphs.length} graphs; the list did not hold still or held entries that are no graph)`
        )
      const similar = graphs.find((g) => g.name.toLowerCase() === graphName.toLowerCase())
      throw new ApiError(
        'permanent',
        `The graph "${graphName}" is not in the project's graph list (${graphs.length} ${graphs.length === 1 ? 'graph' : 'graphs'}): no import was started`,
        {},
        `Check "graph-name"${similar ? ` (did you mean "${similar.name}"?)` : ''}: the import is started on a graph that exists in this project.`
      )
    } catch (error) {
      if (!(error instanceof ApiError) || error.kind === 'permanent' || error.kind === 'auth') throw error
      const wait = delayAfterPoll(attempt, options.retryMinMs, options.retryMaxMs, throttleOf(error))
      if (wait >= timeLeft(options.deadline, options.clock.now()))
        throw withMessage(error, `${error.message}; no import was started before the timeout`)
      options.log.info(`${error.message}; trying again in ${formatDuration(wait)}`)
      await options.clock.sleep(wait, options.signal)
    }
  }
}

/** Surely not processed: throttled by the gateway, or a connection refused before a byte was sent. */
function retriable(error: ApiError): boolean {
  return error.kind === 'throttled' || (error.details.notSent === true && error.details.networkCode === 'ECONNREFUSED')
}

/** The wait before trying a POST again, or undefined when it must not be (or cannot be, within the deadline). */
function retryDelay(error: ApiError, attempt: number, options: StartOptions): number | undefined {
  if (!retriable(error)) return undefined
  const wait = delayAfterPoll(attempt, options.retryMinMs, options.retryMaxMs, throttleOf(error))
  return wait < timeLeft(options.deadline, options.clock.now()) ? wait : undefined
}

function throttleOf(error: ApiError): { retryAfterMs?: number } | undefined {
  return error.kind === 'throttled' ? error.details : undefined
}

/**
 * The answer to the POST was lost: GES may have started the import. It is not sent again; the
 * graph's imports that began around the request are listed once, within the time left.
 */
async function ambiguous(
  source: GesConnection,
  start: StartImportSettings,
  sentAt: number,
  error: ApiError,
  options: StartOptions,
  report: (result: 'unknown', more: Partial<StartedImportReport>) => StartedImportReport
): Promise<NotStarted> {
  const { log } = options
  const message = `${error.message.replace(/\.$/, '')}. An import may have started: GES may have received the request, which is not sent again (ImportGraph is not idempotent)`
  log.warning(message)
  let recentJobs: StartedImportReport['recentJobs'] = null
  let recentJobsError: string | null = null
  try {
    const since = sentAt - RECENT_MS
    const jobs = await source.listJobs({ graphName: start.graphName, startDate: formatUtcDate(since - DAY_MS) })
    const recent = jobs
      .filter((job) => isImport(job) && (job.beginTime === null ? job.beginTimeRaw === null : job.beginTime >= since))
      .sort((a, b) => (b.beginTime ?? Infinity) - (a.beginTime ?? Infinity))
      .slice(0, MAX_RECENT)
    recentJobs = recent.map(seenJob)
    log.info(
      recent.length === 0
        ? `The job center lists no import of graph "${start.graphName}" that began since ${formatUtcTime(since)} UTC`
        : `Imports of graph "${start.graphName}" that began since ${formatUtcTime(since)} UTC, newest first:\n${recent
            .map(
              (job) =>
                `  ${job.id}: ${job.rawStatus || 'no status'}, begun ${job.beginTime === null ? 'not yet' : `${formatUtcTime(job.beginTime)} UTC`}`
            )
            .join('\n')}`
    )
  } catch (listError) {
    if (!(listError instanceof ApiError) && !(listError instanceof CancelledError)) throw listError
    recentJobsError = listError.message
    log.warning(`Could not list the recent jobs of graph "${start.graphName}": ${listError.message}`)
  }
  return {
    started: false,
    end: 'error',
    error: new ApiError(
      'permanent',
      message,
      error.details,
      `Check the jobs of graph "${start.graphName}" (listed in the summary, or in the GES console) before running this step again: running it again starts another import.`
    ),
    report: report('unknown', { requestId: error.details.requestId ?? null, recentJobs, recentJobsError })
  }
}

function cancelled(report: StartedImportReport, maybeStarted: boolean): NotStarted {
  const message = maybeStarted
    ? 'The run was cancelled while the import was being started: an import may have started; check the graph in the GES console'
    : 'The run was cancelled before the import was started'
  return { started: false, end: 'cancelled', error: new ApiError('transient', message), report }
}

/** What to fix after a refusal: the input, named. */
function refusalHint(error: ApiError, apiVersion: ApiVersion): string | undefined {
  const code = error.details.code ?? ''
  // docs/ges-api.md#starting-an-import-importgraph: GES.7000 and GES.8011 say the graph does not exist, GES.7015 that it is not running.
  if (/^GES\.(?:7000|8011)$/i.test(code)) return 'The graph does not exist: check "graph-name".'
  if (/^GES\.7015$/i.test(code))
    return 'The graph is not running: start it in the GES console (or let its running operation end), then run the step again.'
  if (error.details.status === 403) {
    return 'The credentials may read jobs but not start an import: ImportGraph needs the system policy "GES Development" (or "GES FullAccess") in this project; "GES ReadOnlyAccess" only reads. GES also needs read access to the OBS paths.'
  }
  if (error.details.status === 400 && !/^GES\.00(?:01|16)$/i.test(code) && code !== '') {
    return `GES refused the import (${code}): check "import-edges", "import-vertices", "import-schema", "import-log-dir" and "import-options" (field names in the ${apiVersion} naming).`
  }
  if (/^GES\.0001$/i.test(code)) {
    return `GES rejected a parameter (GES.0001): check "import-edges", "import-vertices", "import-schema", "import-log-dir" and "import-options" (field names in the ${apiVersion} naming), then "project-id".`
  }
  return hintForApiError(error)
}

/** The error that ends the step: permanent (it stopped the wait), with the hint that names the input. */
function finalError(error: ApiError, hint?: string): ApiError {
  return new ApiError('permanent', error.message, error.details, hint ?? hintForApiError(error))
}

/** The error, saying that no import was started (after its own sentence, if it ends in one). */
function saidNotStarted(error: ApiError): ApiError {
  return withMessage(error, `${error.message.replace(/\.$/, '')}: no import was started`)
}

function withMessage(error: ApiError, message: string): ApiError {
  return new ApiError(error.kind, message, error.details, error.hint)
}

function describePaths(paths: Record<string, string>): string {
  return Object.entries(paths)
    .map(([field, path]) => `${field} ${path}`)
    .join(', ')
}
