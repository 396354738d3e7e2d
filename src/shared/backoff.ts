import { timeLeft } from './deadline.js'

/**
 * The delay before poll number `attempt + 1` (attempt counts the polls made, from 0): the
 * Smithy waiter rule, a random delay between `minMs` and `minMs·2^attempt`, capped at `maxMs`.
 * Jitter keeps many workflows from polling in step. Pure: `random` is injected.
 */
export function backoffDelay(
  attempt: number,
  minMs: number,
  maxMs: number,
  random: () => number = Math.random
): number {
  // Past the point where the exponential exceeds maxMs, stop growing it (and avoid Infinity).
  const ceiling = attempt >= 52 ? maxMs : Math.min(maxMs, minMs * 2 ** attempt)
  return Math.min(maxMs, Math.round(minMs + random() * (ceiling - minMs)))
}

/** The API gateway asks for 2–5 s after APIG.0308 when it sends no Retry-After. */
const THROTTLE_FLOOR_MS = 2000

/**
 * The delay after poll `attempt`: the back-off, or after throttling the server's Retry-After —
 * but never below poll-interval, since "Retry-After: 0" (or a date in the past) must not turn
 * the wait into a busy loop against a gateway that is throttling us.
 */
export function delayAfterPoll(
  attempt: number,
  minMs: number,
  maxMs: number,
  throttle?: { retryAfterMs?: number },
  random: () => number = Math.random
): number {
  const backoff = backoffDelay(attempt, minMs, maxMs, random)
  if (!throttle) return backoff
  return throttle.retryAfterMs !== undefined
    ? Math.max(minMs, throttle.retryAfterMs)
    : Math.max(THROTTLE_FLOOR_MS, backoff)
}

/**
 * How long to sleep before the next poll: the wanted delay, but never past the deadline, so
 * the last poll happens at the deadline itself. Returns undefined when the deadline has passed.
 */
export function sleepBeforeNextPoll(wantedMs: number, now: number, deadline: number): number | undefined {
  const remaining = timeLeft(deadline, now)
  if (remaining <= 0) return undefined
  return Math.max(0, Math.min(wantedMs, remaining))
}
