import type { Clock } from './clock.js'

/**
 * A request started near the deadline (the last poll is made at the deadline itself) may run
 * this far past it, no further: with the report written after it, the step ends within 3 s of
 * `timeout` whatever the server does.
 */
export const LAST_POLL_GRACE_MS = 1000

/**
 * Time left before `at`, as seen at `now`: the one subtraction of the action. Stages that take
 * the deadline as a number (pure parts tested with a fake clock) ask here, never compute it.
 */
export function timeLeft(at: number, now: number): number {
  return at - now
}

/**
 * The budget of a request: request-timeout, but never past the deadline plus the last poll's
 * grace. 0 means no time is left: the request must not be sent. Each page of a listing and
 * each retry asks again, so a slow server shrinks the budget of the next request.
 */
export function requestBudget(requestTimeoutMs: number, now: number, deadline: number): number {
  return Math.max(0, Math.min(requestTimeoutMs, timeLeft(deadline, now) + LAST_POLL_GRACE_MS))
}

/**
 * The step's one deadline, `timeout` after the step began: every stage (since: run, the
 * start, the wait, the comparison, the log reads, the comment) spends the same time.
 *
 * No signal aborts at it: every wait takes a budget of at most the time left when it begins,
 * some pass it on purpose (the last poll's grace, the comment's), and a real-time timer is a
 * clock the fake-clock tests cannot drive (docs/architecture.md, "The run context").
 */
export class Deadline {
  /** Epoch ms: when the run began, and when its time is up. */
  readonly began: number
  readonly at: number

  constructor(
    private readonly clock: Clock,
    timeoutMs: number,
    /** request-timeout: the most one request may take while the deadline is far. */
    private readonly requestTimeoutMs = Infinity
  ) {
    this.began = clock.now()
    this.at = this.began + timeoutMs
  }

  /** Milliseconds left; 0 or less once the deadline has passed. */
  leftMs(): number {
    return timeLeft(this.at, this.clock.now())
  }

  /** Milliseconds since the run began. */
  elapsedMs(): number {
    return this.clock.now() - this.began
  }

  /** How long one request may take now (see requestBudget). */
  requestMs(): number {
    return requestBudget(this.requestTimeoutMs, this.clock.now(), this.at)
  }
}
