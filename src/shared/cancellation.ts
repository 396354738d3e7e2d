import type { Log } from './log.js'

/** The run was cancelled: a request in flight or a sleep between polls stopped early. */
export class CancelledError extends Error {
  override name = 'CancelledError'
  constructor() {
    super('cancelled')
  }
}

/**
 * The runner cancels a step with SIGINT, then SIGTERM 7.5 s later. The first signal aborts the
 * wait, so the summary and outputs still say "cancelled"; a second one exits at once, after
 * `beforeExit` wrote (synchronously) what the report has not written yet.
 * Returns a function that removes the handlers.
 */
export function abortOnSignals(controller: AbortController, log: Log, beforeExit: () => void = () => {}): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      try {
        beforeExit()
      } finally {
        process.exit(1)
      }
    }
    log.info(`Received ${signal}: stopping the wait`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
