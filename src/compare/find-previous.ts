import { isFinished, type Job } from '../ges/model.js'

/** Same graph, same job name (names compared without case, as the job-name input is). */
function sameSeries(job: Job, current: Job): boolean {
  return (
    job.id !== current.id &&
    job.graph === current.graph &&
    (job.name ?? '').toLowerCase() === (current.name ?? '').toLowerCase()
  )
}

/**
 * Successful as this action judges the current import: the job says exactly `success` and no
 * file says otherwise. A job that "succeeded" with a partFailed file is no baseline.
 */
function succeeded(job: Job): boolean {
  return (
    job.status === 'success' &&
    isFinished(job) && // read in full, and no twin entry disagrees
    (job.files ?? []).every((file) => file.status === 'success')
  )
}

/** Newest first by begin time; ties go to the larger id, as target selection does. */
function newer(a: Job, b: Job): boolean {
  return (a.beginTime as number) !== (b.beginTime as number)
    ? (a.beginTime as number) > (b.beginTime as number)
    : a.id > b.id
}

/**
 * The newest successful import of the same graph and job name that began before `current`.
 * The list order is not documented (ges-api.md §2), so every candidate is looked at. A job
 * whose begin time is unknown is never chosen, and nothing is when `current`'s is unknown:
 * "before" cannot be decided. Pure.
 */
export function findPreviousImport(current: Job, candidates: Job[]): Job | undefined {
  const begin = current.beginTime
  if (begin === null) return undefined
  let best: Job | undefined
  for (const job of candidates) {
    if (!sameSeries(job, current) || !succeeded(job) || job.beginTime === null || job.beginTime >= begin) continue
    if (!best || newer(job, best)) best = job
  }
  return best
}

/**
 * Jobs of the same series whose outcome the listing does not tell (running, pending, an
 * undocumented status, an entry that could not be read) and that may have begun after
 * `previous` and before `current`: any of them might be the newer successful import. So may
 * a successful one whose begin time cannot be read. Pure.
 */
export function undecidedBefore(current: Job, candidates: Job[], previous: Job | undefined): Job[] {
  const begin = current.beginTime
  if (begin === null) return []
  return candidates.filter((job) => {
    if (!sameSeries(job, current)) return false
    if (isFinished(job)) return job.beginTime === null && succeeded(job)
    // A pending or running job without a begin time has not begun: it cannot be earlier.
    if (job.beginTime === null) return job.status === 'unknown' || job.unreadable !== undefined
    return job.beginTime < begin && (previous === undefined || newer(job, previous))
  })
}
