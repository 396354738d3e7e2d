import { isFinished, isImport, type ImportFile, type Job } from '../ges/model.js'

/** One earlier import of the graph, as the report's `history` lists it (docs/trend.md). */
export interface HistoryEntry {
  jobId: string
  /** ISO-8601 UTC. */
  beginTime: string
  endTime: string | null
  /** success, failed or partFailed, as this action judges it: a success with a file not successful is not one. */
  status: string
  /** Edge and vertex files summed; null when GES did not report a count (unknown is not zero). */
  successfulLines: number | null
  failedLines: number | null
  durationSeconds: number | null
}

/** How long the graph's successful imports took, from at least MIN_USUAL of them. */
export interface UsualDuration {
  medianSeconds: number
  minSeconds: number
  maxSeconds: number
  /** How many successful imports with a known duration it is drawn from. */
  imports: number
}

/** Fewer successful imports than this tell nothing "usual". */
const MIN_USUAL = 3

/**
 * The earlier finished imports of `current`'s graph among `candidates`, oldest first, the
 * newest `limit` of them. Earlier means begun before `current` (any finished import when
 * `current` has not begun). A job whose begin time cannot be read has no place in time and is
 * left out; so are `exclude` (the jobs this run waits for, which are "this import"). Pure.
 */
export function earlierImports(
  current: Pick<Job, 'graph' | 'beginTime'>,
  candidates: Iterable<Job>,
  limit: number,
  exclude: ReadonlySet<string> = new Set()
): Job[] {
  const before = current.beginTime ?? Infinity
  const seen = new Set<string>()
  const found: Job[] = []
  for (const job of candidates) {
    if (seen.has(job.id) || exclude.has(job.id)) continue
    seen.add(job.id)
    if (!isImport(job) || !isFinished(job) || job.graph !== current.graph) continue
    if (job.beginTime === null || job.beginTime >= before) continue
    found.push(job)
  }
  found.sort(oldestFirst)
  return limit <= 0 ? [] : found.slice(-limit)
}

/** By begin time, then id (the order target selection breaks ties in). */
function oldestFirst(a: Job, b: Job): number {
  return (a.beginTime as number) - (b.beginTime as number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Whether jobs known to be complete from `from` on (epoch ms; undefined: from the start) hold
 * the newest `limit` earlier imports: either they go back to the start, or `limit` of them
 * began at or after `from`, so that no newer one can be missing.
 */
export function holdsHistory(
  current: Pick<Job, 'graph' | 'beginTime'>,
  jobs: Iterable<Job>,
  from: number | undefined,
  limit: number,
  exclude?: ReadonlySet<string>
): boolean {
  if (from === undefined) return true
  return (
    earlierImports(current, jobs, limit, exclude).filter((job) => (job.beginTime as number) >= from).length >= limit
  )
}

/** A success with every file successful; the judge's and the comparison's meaning of success. */
function judgedStatus(job: Job): string {
  if (job.status !== 'success') return job.status
  const files = job.files ?? []
  if (files.some((f) => f.status === 'failed')) return 'failed'
  if (files.some((f) => f.status === 'partFailed')) return 'partFailed'
  if (files.some((f) => f.status !== 'success')) return 'unknown'
  return 'success'
}

/** A count summed over the edge and vertex files; null when any is unknown (unknown is not zero). */
function linesOf(job: Job, pick: (file: ImportFile) => number | null): number | null {
  let sum = 0
  for (const file of job.files ?? []) {
    if (file.kind === 'schema') continue
    const lines = pick(file)
    if (lines === null) return null
    sum += lines
  }
  return sum
}

/** No jobDetail, or one without files: the counts were not reported, not zero. */
function hasCounts(job: Job): boolean {
  return (job.files ?? []).some((file) => file.kind !== 'schema')
}

function iso(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString().replace(/\.000Z$/, 'Z')
}

export function historyEntry(job: Job): HistoryEntry {
  return {
    jobId: job.id,
    beginTime: iso(job.beginTime) as string,
    endTime: iso(job.endTime),
    status: judgedStatus(job),
    successfulLines: hasCounts(job) ? linesOf(job, (f) => f.successfulLines) : null,
    failedLines: hasCounts(job) ? linesOf(job, (f) => f.failedLines) : null,
    durationSeconds:
      job.beginTime !== null && job.endTime !== null && job.endTime >= job.beginTime
        ? Math.round((job.endTime - job.beginTime) / 1000)
        : null
  }
}

/** The durations of the successful imports of `history`, from MIN_USUAL of them on. */
export function usualDuration(history: readonly HistoryEntry[]): UsualDuration | undefined {
  const seconds = history
    .filter((entry) => entry.status === 'success' && entry.durationSeconds !== null)
    .map((entry) => entry.durationSeconds as number)
    .sort((a, b) => a - b)
  if (seconds.length < MIN_USUAL) return undefined
  const middle = Math.floor(seconds.length / 2)
  const median = seconds.length % 2 === 1 ? seconds[middle] : Math.round((seconds[middle - 1] + seconds[middle]) / 2)
  return {
    medianSeconds: median,
    minSeconds: seconds[0],
    maxSeconds: seconds[seconds.length - 1],
    imports: seconds.length
  }
}

/** Slower than usual: longer than every successful import drawn on (not just above the median). */
export function slowerThanUsual(runningSeconds: number, usual: UsualDuration): boolean {
  return runningSeconds > usual.maxSeconds
}
