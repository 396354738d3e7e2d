import type { Transport } from '../http/transport.js'
import type { Clock } from './clock.js'
import { Deadline } from './deadline.js'
import type { Log } from './log.js'

/**
 * What every stage of one run shares, made once after the settings: the one deadline, the
 * clock, the log, the cancellation signal (SIGINT/SIGTERM) and the HTTP transport. Stages take
 * it instead of making their own, so that time left is counted in one place.
 */
export interface RunContext {
  readonly deadline: Deadline
  readonly clock: Clock
  readonly log: Log
  /** Aborts when the runner cancels the step. */
  readonly signal: AbortSignal
  readonly transport: Transport
  /** The wait's back-off bounds, for the retries after it (the start, the comparison). */
  readonly retryMinMs: number
  readonly retryMaxMs: number
}

/**
 * What a retrying step after the wait's own polls takes (the start, the comparison): the
 * deadline as a time (pure parts run on a fake clock), the clock, and the back-off bounds.
 */
export interface RetryContext {
  /** Epoch ms: the run's deadline (Deadline.at). */
  readonly deadline: number
  readonly clock: Clock
  readonly signal: AbortSignal
  readonly log: Log
  readonly retryMinMs: number
  readonly retryMaxMs: number
}

/** The retry context of a run. */
export function retryContext(context: RunContext): RetryContext {
  const { clock, signal, log, retryMinMs, retryMaxMs } = context
  return { deadline: context.deadline.at, clock, signal, log, retryMinMs, retryMaxMs }
}

export interface RunContextSettings {
  readonly timeoutMs: number
  readonly requestTimeoutMs: number
  readonly pollIntervalMs: number
  readonly maxPollIntervalMs: number
}

/** The context of a run whose timeout starts now; dispose() releases the transport. */
export function openRunContext(
  settings: RunContextSettings,
  parts: { signal: AbortSignal; transport: Transport; clock: Clock; log: Log }
): RunContext & { dispose(): void } {
  const deadline = new Deadline(parts.clock, settings.timeoutMs, settings.requestTimeoutMs)
  return {
    ...parts,
    deadline,
    retryMinMs: settings.pollIntervalMs,
    retryMaxMs: settings.maxPollIntervalMs,
    dispose: () => parts.transport.dispose()
  }
}
