import type { Job } from '../ges/model.js'
import { ApiError } from '../http/api-error.js'
import { CancelledError } from '../shared/cancellation.js'
import { formatDuration } from '../shared/time.js'
import type { Log } from '../shared/log.js'
import { delayAfterPoll, sleepBeforeNextPoll } from '../shared/backoff.js'
import type { Clock } from '../shared/clock.js'
import type { AbsentGraph } from './job-finder.js'
import { describeJob, type JobMonitor } from './job-monitor.js'
import { newerIdless, type MissingTarget, type SkippedJob, type TargetCriteria } from './targets.js'
import { observe, type ObservedJob } from './tracked-job.js'

export type WaitEnd = 'finished' | 'timeout' | 'not-found' | 'cancelled' | 'error'

export interface WaitOutcome {
  end: WaitEnd
  /** The jobs found, with the evidence read about each. */
  jobs: ObservedJob[]
  /** Targets never found. */
  missing: MissingTarget[]
  /** Whether a listing searched for the missing targets answered (false: none did, nothing was seen missing). */
  searched?: boolean
  /** Listed jobs passed over because their begin time cannot be read. */
  skipped: SkippedJob[]
  /** Listed entries without a readable job id that could have been targets. */
  idless?: Job[]
  /** With `latest`, those newer than the job chosen for their graph: the newest import's result is unknown. */
  idlessNewer?: Job[]
  /** The error that stopped the wait (end 'error'), else the last retryable one, if any. */
  error?: ApiError
  polls: number
  elapsedMs: number
  /** Set when the wait ended not-found: why, and what the job center listed instead. */
  notFound?: NotFoundDetails
}

export interface NotFoundDetails {
  /**
   * appear-timeout passed; wait-for-job is false; a job id belongs to another graph; or the
   * job this step started was shown by neither endpoint within appear-timeout; or a named graph
   * is not in the project's graph list (unknown-graph).
   */
  reason: 'appear-timeout' | 'not-waiting' | 'other-graph' | 'started-unseen' | 'unknown-graph'
  searched: TargetCriteria
  /** unknown-graph: the named graphs the project's graph list, read to its end, does not hold. */
  absentGraphs?: AbsentGraph[]
  appearTimeoutMs?: number
  /** Newest jobs of the last listing, newest first (at most 5): what was seen instead. */
  newest: Job[]
  /** Jobs of the ids asked for that the job center lists under another graph. */
  misplaced: Job[]
}

export interface WaitOptions {
  /** Epoch ms: the run's one deadline; the last poll happens at it. */
  deadline: number
  pollIntervalMs: number
  maxPollIntervalMs: number
  waitForJob: boolean
  /** With waitForJob: how long targets may take to appear before the wait ends not-found. */
  appearTimeoutMs?: number
  clock: Clock
  signal: AbortSignal
  log: Log
  random?: () => number
  /** Quiet polls between two log lines that say nothing new. */
  heartbeatMs?: number
  /** Told the jobs after every poll that answered (the import history starts reading from them). */
  onPoll?: (jobs: readonly Job[]) => void
  /** What a job's progress line adds (how long its graph's imports usually take); `slower` is news. */
  jobNote?: (job: Job) => { text: string; slower: boolean } | undefined
}

const HEARTBEAT_MS = 60_000

/**
 * Polls until every target is found and finished, the timeout passes, the run is cancelled
 * or an error that retrying cannot fix. Transient errors, throttling included, are retried
 * on the shared back-off schedule; the last poll happens at the deadline.
 */
export async function waitForJobs(monitor: JobMonitor, options: WaitOptions): Promise<WaitOutcome> {
  const { clock, signal, log } = options
  const start = clock.now()
  const { deadline } = options
  const progress = new ProgressLog(log, options.heartbeatMs ?? HEARTBEAT_MS)
  let polls = 0
  let lastError: ApiError | undefined
  let errorStreak = 0

  // appear-timeout counts from the start of the wait, and never past the deadline.
  const appearDeadline = Math.min(start + (options.appearTimeoutMs ?? Infinity), deadline)
  const outcome = (end: WaitEnd, error = lastError, notFound?: NotFoundDetails['reason']): WaitOutcome => ({
    end,
    ...(notFound && {
      notFound: {
        reason: notFound,
        searched: monitor.criteria,
        // What it came to: the deadline may have cut it short.
        appearTimeoutMs: options.appearTimeoutMs === undefined ? undefined : appearDeadline - start,
        ...monitor.seen(),
        ...(notFound === 'unknown-graph' && { absentGraphs: monitor.absentGraphs() })
      }
    }),
    jobs: monitor.observed().map(observe),
    missing: monitor.missing(),
    searched: monitor.searched(),
    skipped: monitor.skipped(),
    idless: monitor.idless(),
    idlessNewer: newerIdless(monitor.idless(), monitor.jobs(), monitor.criteria),
    ...(error ? { error } : {}),
    polls,
    elapsedMs: clock.now() - start
  })

  for (;;) {
    let pollError: ApiError | undefined
    try {
      polls += 1
      await monitor.poll()
      options.onPoll?.(monitor.jobs())
      if (errorStreak > 0)
        log.info(`GES answers again after ${errorStreak} failed ${errorStreak === 1 ? 'poll' : 'polls'}`)
      errorStreak = 0
    } catch (error) {
      if (error instanceof CancelledError || signal.aborted) return outcome('cancelled')
      if (!(error instanceof ApiError)) throw error
      if (error.kind === 'permanent' || error.kind === 'auth') return outcome('error', error)
      pollError = lastError = error
      errorStreak += 1
    }
    if (signal.aborted) return outcome('cancelled')
    if (monitor.complete()) return outcome('finished')
    // A job id listed under another graph than graph-name: no wait can make it ours.
    if (monitor.seen().misplaced.length > 0) return outcome('not-found', undefined, 'other-graph')
    // A graph-name that the project does not have (a typo): no job of it can appear.
    if (monitor.absentGraphs().length > 0 && monitor.missing().length > 0)
      return outcome('not-found', undefined, 'unknown-graph')
    const now = clock.now()
    // Not found needs a listing that answered: a failed poll proves nothing missing.
    if (!pollError && monitor.missing().length > 0) {
      if (!options.waitForJob) return outcome('not-found', undefined, 'not-waiting')
      if (now >= appearDeadline) return outcome('not-found', undefined, 'appear-timeout')
    }
    // A started job GES never shows is not "still running": appear-timeout applies to it too.
    if (!pollError && monitor.unseen().length > 0 && now >= appearDeadline)
      return outcome('not-found', undefined, 'started-unseen')

    const throttle = pollError?.kind === 'throttled' ? pollError.details : undefined
    const wanted = delayAfterPoll(
      polls - 1,
      options.pollIntervalMs,
      options.maxPollIntervalMs,
      throttle,
      options.random
    )
    // While a target is missing, one poll falls on appear-timeout itself.
    const missing = (monitor.missing().length > 0 || monitor.unseen().length > 0) && now < appearDeadline
    const sleep = sleepBeforeNextPoll(wanted, now, missing ? appearDeadline : deadline)
    if (sleep === undefined) return outcome('timeout')

    const elapsed = formatDuration(now - start)
    const next = `next check in ${formatDuration(sleep)}`
    if (pollError) {
      const message = `Poll ${polls} failed, will retry (${next}): ${pollError.message}${pollError.reference ? ` [${pollError.reference}]` : ''}`
      if (errorStreak === 1) log.warning(message)
      // The state is the error, not the message: the message changes with every poll number.
      else
        progress.line(
          `error:${pollError.kind}:${pollError.details.code ?? pollError.details.status ?? ''}`,
          message,
          now,
          pollError.message
        )
    } else {
      for (const job of monitor.jobs()) {
        const note = options.jobNote?.(job)
        progress.line(
          `job:${job.id}`,
          `${describeJob(job)}: ${job.rawStatus || 'no status'}, ${elapsed} elapsed, ${next}${note ? `; ${note.text}` : ''}`,
          now,
          `${job.rawStatus}${note?.slower ? ' (slower than usual)' : ''}`
        )
      }
      for (const target of monitor.missing()) {
        progress.line(
          `missing:${target.key}`,
          `Waiting for ${target.description} to appear, ${elapsed} elapsed, ${next}`,
          now,
          'missing'
        )
      }
    }
    try {
      await clock.sleep(sleep, signal)
    } catch (error) {
      if (error instanceof CancelledError) return outcome('cancelled')
      throw error
    }
  }
}

/**
 * One info line when something changes, else one per heartbeat: a six-hour wait reads as a
 * story, not as thousands of identical lines. Every poll still shows at debug level.
 */
class ProgressLog {
  private readonly last = new Map<string, { state: string; at: number }>()

  constructor(
    private readonly log: Log,
    private readonly heartbeatMs: number
  ) {}

  line(key: string, message: string, now: number, state = message): void {
    const previous = this.last.get(key)
    if (!previous || previous.state !== state || now - previous.at >= this.heartbeatMs) {
      this.log.info(message)
      this.last.set(key, { state, at: now })
    } else {
      this.log.debug(message)
    }
  }
}
