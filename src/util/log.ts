import * as core from '@actions/core'

/** The log calls the pipeline makes; tests pass a recorder, the action the runner's log. */
export interface Log {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

export const runnerLog: Log = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message)
}
