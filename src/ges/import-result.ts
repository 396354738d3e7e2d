import { isFinished, isImport, type ImportFile, type Job } from './model.js'

/**
 * What a job's own answer says of the import, its files included: the one rule of a successful
 * import, shared by the verdict on this run's import and by the choice of the previous import
 * to compare it with (a baseline must have succeeded as this import would have to).
 * - `unfinished`: not finished, or its entry could not be read;
 * - `failed`, `partFailed`: the job or a file says so (failure evidence wins over missing details);
 * - `unknown`: finished, but its file results were not reported, a file is in a status nobody
 *   documented, or line counts contradict the status;
 * - `success`: the job says `success` and every file does, with counts that agree.
 * How many answers said it, and whether they agreed, is the waiter's evidence, not this rule.
 */
export type ImportResult = 'success' | 'failed' | 'partFailed' | 'unknown' | 'unfinished'

/** Whether GES reported the per-file results: `not-applicable` for jobs that are not imports. */
export type FileResults = 'reported' | 'not-reported' | 'not-applicable'

export function importResult(job: Job): ImportResult {
  if (!isFinished(job)) return 'unfinished'
  const files = job.files ?? []
  if (job.status === 'failed' || files.some((f) => f.status === 'failed')) return 'failed'
  if (job.status === 'partFailed' || files.some((f) => f.status === 'partFailed')) return 'partFailed'
  if (fileResultsOf(job) === 'not-reported' || files.some((f) => f.status === 'unknown')) return 'unknown'
  if (files.some((f) => countContradiction(f) !== undefined)) return 'unknown'
  return 'success'
}

/** A successful import, by the rule above. */
export function isSuccessfulImport(job: Job): boolean {
  return importResult(job) === 'success'
}

export function fileResultsOf(job: Job): FileResults {
  // An import whose details name no file at all (`{}`, empty lists) reported nothing, not 0 lines.
  if (job.files !== null && (job.files.length > 0 || !isImport(job))) return 'reported'
  return isImport(job) ? 'not-reported' : 'not-applicable'
}

type Counted = Pick<ImportFile, 'path' | 'totalLines' | 'successfulLines' | 'failedLines'> & { status: string }

/**
 * Why a file's line counts contradict themselves or its status, or undefined. Green needs
 * evidence that agrees: a file GES calls `success` with failed lines, or with more successful
 * and failed lines than lines in all, is not a success.
 */
export function countContradiction(file: Counted): string | undefined {
  const { totalLines: total, successfulLines: ok, failedLines: failed } = file
  if (file.status === 'success' && failed !== null && failed > 0)
    return `"${file.path}" is reported as success with ${failed} failed lines`
  if (total !== null && (ok ?? 0) + (failed ?? 0) > total)
    return `"${file.path}" has ${ok ?? '?'} successful and ${failed ?? '?'} failed of ${total} lines`
  return undefined
}
