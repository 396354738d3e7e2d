import { CancelledError } from './cancellation.js'
import { startTimer } from './timers.js'

/** Time, injectable: tests drive the waiter through hours of polling without sleeping. */
export interface Clock {
  now(): number
  /** Resolves after `ms`, or rejects with CancelledError as soon as `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(new CancelledError())
      const onAbort = (): void => {
        stopTimer()
        reject(new CancelledError())
      }
      // A poll-interval of days must not overflow into a 1 ms sleep.
      const stopTimer = startTimer(
        () => {
          signal.removeEventListener('abort', onAbort)
          resolve()
        },
        ms,
        { ref: true }
      )
      signal.addEventListener('abort', onAbort, { once: true })
    })
}
