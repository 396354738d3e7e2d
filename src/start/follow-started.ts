import type { Settings } from '../settings/settings.js'
import type { WaitOutcome } from '../waiter/wait-for-jobs.js'
import type { NotStarted, Started } from './start-import.js'
import type { StartedImportReport } from '../report/started-import.js'

/**
 * The wait after a start follows exactly the returned job id, on the one graph (whose id the
 * graph list already gave), in the time left before the step's deadline.
 */
export function followStarted(settings: Settings, started: Started, remainingMs: number): Settings {
  const timeoutMs = Math.max(1, remainingMs)
  return {
    ...settings,
    jobIds: [started.job.id],
    graphNames: [settings.startImport?.graphName ?? started.job.graph ?? ''],
    since: undefined,
    until: undefined,
    timeoutMs,
    appearTimeoutMs: Math.min(settings.appearTimeoutMs, timeoutMs)
  }
}

/** A start that failed (or may have started an import) ends the step without a wait: nothing to follow. */
export function notStartedOutcome(
  notStarted: NotStarted,
  elapsedMs: number
): WaitOutcome & { startedImport: StartedImportReport } {
  return {
    end: notStarted.end,
    jobs: [],
    missing: [],
    skipped: [],
    error: notStarted.error,
    polls: 0,
    elapsedMs,
    startedImport: notStarted.report
  }
}
