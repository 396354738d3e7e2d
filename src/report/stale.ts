import { isFinished, type Job } from '../ges/model.js'
import { isoTime } from '../shared/text.js'
import { DAY_MS } from '../shared/time.js'

/** A job chosen without `since` that finished this long ago may be yesterday's import. */
const STALE_AFTER_MS = DAY_MS

/** A job the wait reported that may not be the import this run is about (JSON report). */
export interface StaleJob {
  jobId: string
  graph: string | null
  endTime: string
  hoursAgo: number
  message: string
}

/**
 * Jobs picked by name and graph with no `since` window that finished more than a day ago: a
 * gate that passes on an old import is worse than none, so the log and the summary say so.
 * A job named by `job-id` was chosen on purpose and is never stale.
 */
export function staleJobs(
  jobs: readonly Job[],
  criteria: { since?: number; jobIds: string[]; select: 'latest' | 'all' },
  now: number
): StaleJob[] {
  if (criteria.since !== undefined || criteria.jobIds.length > 0) return []
  const stale: StaleJob[] = []
  for (const job of jobs) {
    const finishedAt = job.endTime ?? (isFinished(job) ? job.beginTime : null)
    if (finishedAt === null || now - finishedAt <= STALE_AFTER_MS) continue
    const what = `${job.name ?? ''} job`.trim()
    const graph = job.graph ? ` of graph ${job.graph}` : ''
    const subject = criteria.select === 'latest' ? `the newest ${what}${graph}` : `${what} ${job.id}${graph}`
    stale.push({
      jobId: job.id,
      graph: job.graph,
      endTime: isoTime(finishedAt),
      hoursAgo: Math.floor((now - finishedAt) / 3_600_000),
      message: `${subject} finished ${ago(now - finishedAt)}; set since to ignore older imports`
    })
  }
  return stale
}

/** `26 hours ago` up to two days, then `3 days ago`. */
export function ago(ms: number): string {
  const hours = Math.floor(ms / 3_600_000)
  return hours < 48 ? `${hours} hours ago` : `${Math.floor(hours / 24)} days ago`
}
