import { ApiError } from '../http/api-error.js'
import { CancelledError } from '../shared/cancellation.js'
import type { Evidence } from './judge.js'
import type { StartedImportReport } from './started-import.js'

/**
 * The evidence of a run that ended before (or without) a wait that saw a job: `since: run`
 * could not be read, the import was not started, or the run was cancelled. It is judged and
 * published like any other, so every ending leaves the same report.
 */
export function endedEarly(
  end: 'error' | 'cancelled',
  error: ApiError | undefined,
  elapsedMs: number,
  startedImport?: StartedImportReport
): Evidence {
  return {
    end,
    jobs: [],
    missing: [],
    skipped: [],
    ...(error && { error }),
    elapsedMs,
    ...(startedImport && { startedImport })
  }
}

/**
 * An exception no stage expected (a defect, or a surprise of the platform): an `error` report
 * that names it, instead of a step that ends without outputs or summary. A cancellation that
 * surfaced as an exception is still a cancellation.
 */
export function crashEvidence(thrown: unknown, cancelled: boolean, elapsedMs: number): Evidence {
  if (cancelled || thrown instanceof CancelledError) return endedEarly('cancelled', undefined, elapsedMs)
  const message = thrown instanceof Error ? thrown.message : String(thrown)
  return endedEarly(
    'error',
    new ApiError(
      'permanent',
      `The action stopped on an unexpected error: ${message}`,
      {},
      'This is a defect of ges-job-waiter: please report it with this message and the step log.'
    ),
    elapsedMs
  )
}
