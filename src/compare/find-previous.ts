import { importResult, isSuccessfulImport } from '../ges/import-result.js'
import { newer as newerJob } from '../ges/job-order.js'
import { isFinished, type Job } from '../ges/model.js'

/** Same graph, same job name (names compared without case, as the job-name input is). */
function sameSeries(job: Job, current: Job): boolean {
  return (
    job.id !== current.id &&
    job.graph === current.graph &&
    (job.name ?? '').toLowerCase() === (current.name ?? '').toLowerCase()
  )
}

/** Newest first by begin time (only jobs whose begin time is known are compared); ties go to the larger id. */
const newer = (a: Job, b: Job): boolean => newerJob(a, b, (job) => job.beginTime as number)

/**
 * The newest successful import of the same graph and job name that began before `current`,
 * successful as the verdict would judge the current import (ges/import-result.ts): a job that
 * "succeeded" with a partFailed file, or without reporting its files, is no baseline.
 * The list order is not documented (docs/ges-api.md#the-job-list), so every candidate is looked at. A job
 * whose begin time is unknown is never chosen, and nothing is when `current`'s is unknown:
 * "before" cannot be decided. Pure.
 */
export function findPreviousImport(current: Job, candidates: Job[]): Job | undefined {
  const begin = current.beginTime
  if (begin === null) return undefined
  let best: Job | undefined
  for (const job of candidates) {
    if (!sameSeries(job, current) || !isSuccessfulImport(job) || job.beginTime === null || job.beginTime >= begin)
      continue
    if (!best || newer(job, best)) best = job
  }
  return best
}

/**
 * Jobs of the same series whose outcome the listing does not tell (running, pending, an
 * undocumented status, an entry that could not be read, a finish whose result is unknown)
 * and that may have begun after `previous` and before `current`: any of them might be the
 * newer successful import. So may a successful one whose begin time cannot be read. Pure.
 */
export function undecidedBefore(current: Job, candidates: Job[], previous: Job | undefined): Job[] {
  const begin = current.beginTime
  if (begin === null) return []
  return candidates.filter((job) => {
    if (!sameSeries(job, current)) return false
    if (isFinished(job)) {
      const result = importResult(job)
      if (result !== 'success' && result !== 'unknown') return false
      if (job.beginTime === null) return true
      return result === 'unknown' && job.beginTime < begin && (previous === undefined || newer(job, previous))
    }
    // A pending or running job without a begin time has not begun: it cannot be earlier.
    if (job.beginTime === null) return job.status === 'unknown' || job.unreadable !== undefined
    return job.beginTime < begin && (previous === undefined || newer(job, previous))
  })
}
