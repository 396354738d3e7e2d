import { errorMessage } from '../shared/text.js'
import { ApiError } from '../http/api-error.js'
import { endedEarly } from '../report/ended-early.js'
import type { Evidence } from '../report/judge.js'
import type { Settings } from '../settings/settings.js'
import type { RunContext } from '../shared/run-context.js'
import { formatUtcTime } from '../shared/time.js'

const SINCE_RUN_HINT =
  'No GES job was read: fix what is named above (github-token, its "actions: read" permission, GITHUB_API_URL), or give "since" a time such as 2h instead of run.'

/** The window on the jobs' begin time that the wait searches. */
export interface JobWindow {
  /** Epoch ms; undefined: no lower bound. */
  since?: number
}

/** The window, or the report's evidence when the run ends here. */
export type SinceRunResult = JobWindow | { ended: Evidence }

/**
 * `since: run`: the start of this run attempt, read from the GitHub API — the one network call
 * before the wait. It spends the run's deadline like every other stage (at most 10 s of it),
 * stops at once on cancellation, and a failure ends the run with a report that names `since`.
 */
export async function resolveSinceRun(
  settings: Pick<Settings, 'since' | 'sinceRun' | 'until'>,
  context: Pick<RunContext, 'deadline' | 'clock' | 'log' | 'signal'>,
  userAgent: string
): Promise<SinceRunResult> {
  if (!settings.sinceRun) return { since: settings.since }
  const began = context.clock.now()
  const elapsed = (): number => context.clock.now() - began
  let since: number
  try {
    // Loaded only for `since: run` (an on-demand chunk); the time it takes is spent from the deadline.
    const { readRunStart, RUN_START_TIMEOUT_MS } = await import('./read-run-start.js')
    const timeoutMs = Math.max(0, Math.min(RUN_START_TIMEOUT_MS, context.deadline.leftMs()))
    since = await readRunStart(settings.sinceRun, userAgent, timeoutMs, context.signal)
  } catch (error) {
    if (context.signal.aborted) return { ended: endedEarly('cancelled', undefined, elapsed()) }
    const message = errorMessage(error)
    return { ended: endedEarly('error', new ApiError('permanent', message, {}, SINCE_RUN_HINT), elapsed()) }
  }
  context.log.info(
    `since: run → jobs that began at or after ${formatUtcTime(since)} UTC (the start of this run attempt)`
  )
  if (settings.until !== undefined && settings.until < since) {
    const message = `Input "until" is before the start of this run (since: run, ${formatUtcTime(since)} UTC): leave until empty or give a later time`
    return { ended: endedEarly('error', new ApiError('permanent', message), elapsed()) }
  }
  return { since }
}
