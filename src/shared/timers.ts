/**
 * Node keeps a timer's delay in a signed 32-bit integer: a longer one (`timeout: 30d`) is
 * replaced by 1 ms with a TimeoutOverflowWarning, so a long wait would end at once. Every timer
 * of the action goes through this module.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1

/** A delay Node can hold: 0…MAX_TIMER_MS. For timeouts where the cap is as good as "never" (socket idle time). */
export function clampTimerMs(ms: number): number {
  if (!(ms > 0)) return 0
  return Math.min(Math.ceil(ms), MAX_TIMER_MS)
}

/**
 * Calls `fire` after `ms`, however long: beyond what one Node timer holds, it is re-armed for
 * the rest. The timer does not keep the process alive unless `ref` is set. Returns the cancel.
 */
export function startTimer(fire: () => void, ms: number, options: { ref?: boolean } = {}): () => void {
  let timer: NodeJS.Timeout
  const arm = (left: number): void => {
    const step = clampTimerMs(left)
    timer = setTimeout(() => (left > step ? arm(left - step) : fire()), step)
    if (!options.ref) timer.unref()
  }
  arm(Math.max(0, ms))
  return () => clearTimeout(timer)
}

/** An AbortSignal that aborts after `ms` (AbortSignal.timeout overflows like setTimeout). */
export function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController()
  startTimer(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms)
  return controller.signal
}
