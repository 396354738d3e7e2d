import { errorMessage } from '../shared/text.js'
import { CancelledError } from '../shared/cancellation.js'
import type { JobSource } from '../ges/job-source.js'
import { isImport, type Job } from '../ges/model.js'
import type { Log } from '../shared/log.js'
import { DAY_MS, formatDuration, formatUtcDate } from '../shared/time.js'
import type { Clock } from '../shared/clock.js'
import type { CompleteListing } from '../shared/complete-listings.js'
import { timeLeft } from '../shared/deadline.js'
import {
  earlierImports,
  historyEntry,
  holdsHistory,
  slowerThanUsual,
  usualDuration,
  type HistoryEntry
} from './history.js'

/** GES requests the history may add to a run, whatever the number of graphs (docs/trend.md). */
export const HISTORY_REQUESTS = 3

/**
 * Date windows, in days back, a page of each: the history starts at WINDOWS[1] and widens
 * while a window holds too few imports, or narrows when one page does not hold the window.
 */
const WINDOWS: readonly (number | undefined)[] = [2, 7, 30, 365, undefined]
const FIRST_WINDOW = 1

export interface HistoryOptions {
  /** `trend`: imports per chart, this one included (≥ 1). */
  trend: number
  source: Pick<JobSource, 'listJobs'>
  /** The listings of a graph the wait read to the end, newest first: reused before any request. */
  listings(graph: string): CompleteListing[]
  /** The wait's deadline: no history request starts after it, and nothing waits for one past it. */
  deadline: number
  clock: Clock
  signal: AbortSignal
  log: Log
}

/** What the report says of one job's history. */
export interface JobHistory {
  /** null: not an import, or its graph's history could not be read. */
  history: HistoryEntry[] | null
  expectedDurationSeconds: number | null
  /** Not finished when the wait ended: how long it was seen running (at least), else null. */
  runningSeconds: number | null
}

/** A graph's jobs read so far, and from when they are known complete. */
interface GraphRead {
  jobs: Map<string, Job>
  /** Epoch ms from which every job is known (undefined: from the start; null: nothing complete yet). */
  from: number | undefined | null
  /** Listings this module read to the end: the comparison may reuse them. */
  complete: CompleteListing[]
  started: boolean
  /** A request failed: unless what was read holds the history, it is unknown (null), not short. */
  failed: boolean
}

/**
 * The earlier imports of each graph the run waits for (the `trend` chart and the usual
 * duration). Starts reading once a poll after the first has shown a graph's import, beside the
 * polls; reuses the listings the wait read to the end and asks GES at most
 * HISTORY_REQUESTS pages more, one page per date window. Never throws and never changes the
 * verdict: a failure to read is one warning, and the history then holds what is known.
 */
export class HistoryReader {
  private readonly graphs = new Map<string, GraphRead>()
  private chain: Promise<void> = Promise.resolve()
  private requests = 0
  private warned = false
  /** settle() has returned: nothing read from then on is used. */
  private stopped = false
  /** Job id → when a poll first saw it running: a lower bound of its run time, whatever GES's clock. */
  private readonly runningSince = new Map<string, number>()
  private waited: readonly Job[] = []
  private polls = 0

  constructor(private readonly options: HistoryOptions) {}

  /**
   * After each poll that answered, with the jobs it follows. A graph's read starts after the
   * second such poll (or at settle()): the first status request of the wait never queues behind
   * the history's.
   */
  observe = (jobs: readonly Job[]): void => {
    const now = this.options.clock.now()
    this.waited = jobs
    this.polls += 1
    for (const job of jobs) {
      if (job.status === 'running' && !this.runningSince.has(job.id)) this.runningSince.set(job.id, now)
      if (isImport(job) && job.graph !== null && !this.graphs.has(job.graph))
        this.graphs.set(job.graph, { jobs: new Map(), from: null, complete: [], started: false, failed: false })
    }
    if (this.polls >= 2) this.startReads()
  }

  private startReads(): void {
    for (const [graph, read] of this.graphs) {
      if (read.started) continue
      read.started = true
      if (this.reuse(graph, read)) continue
      this.chain = this.chain
        .then(() => this.ask(graph, read))
        .catch((error: unknown) => {
          read.failed = true
          this.warn(graph, error)
        })
    }
  }

  /** What a progress line adds about a running import: how long its graph's imports usually take. */
  note = (job: Job): { text: string; slower: boolean } | undefined => {
    const since = this.runningSince.get(job.id)
    if (job.status !== 'running' || since === undefined) return undefined
    const usual = usualDuration((this.historyOf(job) ?? []).map(historyEntry))
    if (!usual) return undefined
    const runningSeconds = Math.round((this.options.clock.now() - since) / 1000)
    const slower = slowerThanUsual(runningSeconds, usual)
    return {
      text: `running at least ${formatDuration(runningSeconds * 1000)}${slower ? ', slower than usual' : ''}: imports of this graph usually take ${describeUsual(usual)}`,
      slower
    }
  }

  /**
   * Waits for the reads under way, but not past the deadline nor a cancellation. The run then
   * takes what was read: a read still under way ends unheard (no warning) and starts no other.
   */
  async settle(): Promise<void> {
    const { clock, deadline, signal } = this.options
    if (!this.stopped) this.startReads()
    const left = timeLeft(deadline, clock.now())
    const stop = new AbortController()
    const onAbort = (): void => stop.abort()
    signal.addEventListener('abort', onAbort, { once: true })
    try {
      if (left > 0 && !signal.aborted)
        await Promise.race([this.chain, clock.sleep(left, stop.signal).catch(() => undefined)])
    } finally {
      stop.abort()
      signal.removeEventListener('abort', onAbort)
      this.stopped = true
    }
  }

  /** The listings of `graph` this module read to the end, newest first. */
  listings(graph: string): CompleteListing[] {
    return [...(this.graphs.get(graph)?.complete ?? [])].reverse()
  }

  /** Each job's history for the report, by job id, `endedAt` being when the wait ended. */
  results(jobs: readonly Job[], endedAt: number): Map<string, JobHistory> {
    return new Map(jobs.map((job) => [job.id, this.resultFor(job, endedAt)]))
  }

  /** A job's history for the report, `endedAt` being when the wait ended. */
  resultFor(job: Job, endedAt: number): JobHistory {
    const history = this.historyOf(job)?.map(historyEntry) ?? null
    const since = this.runningSince.get(job.id)
    const running = (job.status === 'running' || job.status === 'pending') && since !== undefined
    return {
      history,
      expectedDurationSeconds: usualDuration(history ?? [])?.medianSeconds ?? null,
      runningSeconds: running ? Math.max(0, Math.round((endedAt - since) / 1000)) : null
    }
  }

  private historyOf(job: Job): Job[] | null {
    const read = job.graph === null || !isImport(job) ? undefined : this.graphs.get(job.graph)
    if (!read || read.from === null) return null
    if (read.failed && !this.holds(job.graph as string, read)) return null
    const from = read.from
    const known = earlierImports(job, read.jobs.values(), this.options.trend - 1, this.waitedIds())
    // Only what is known complete: an older import read from a page cut short may have gaps around it.
    return from === undefined ? known : known.filter((j) => (j.beginTime as number) >= from)
  }

  private waitedIds(): Set<string> {
    return new Set(this.waited.map((job) => job.id))
  }

  /** The newest import of `graph` this run waits for: the history is the one before it. */
  private currentOf(graph: string): Pick<Job, 'graph' | 'beginTime'> {
    const begins = this.waited.filter((job) => job.graph === graph).map((job) => job.beginTime ?? Infinity)
    return { graph, beginTime: begins.length === 0 || Math.max(...begins) === Infinity ? null : Math.max(...begins) }
  }

  /** Whether the jobs read hold the newest `trend` − 1 earlier imports of `graph`. */
  private holds(graph: string, read: GraphRead): boolean {
    const want = this.options.trend - 1
    return (
      want <= 0 ||
      (read.from !== null && holdsHistory(this.currentOf(graph), read.jobs.values(), read.from, want, this.waitedIds()))
    )
  }

  /** Adds what a listing holds; a complete one widens what is known complete. */
  private add(read: GraphRead, jobs: Job[], fresher: boolean, complete: boolean, startDate?: string): void {
    for (const job of jobs) if (fresher || !read.jobs.has(job.id)) read.jobs.set(job.id, job)
    if (!complete) return
    const from = trustedFrom(startDate)
    if (read.from === null || from === undefined || (read.from !== undefined && from < read.from)) read.from = from
  }

  /** The listings the wait read to the end, at once (no request): true when they hold the history. */
  private reuse(graph: string, read: GraphRead): boolean {
    for (const listing of this.options.listings(graph)) this.add(read, listing.jobs, false, true, listing.startDate)
    if (!this.holds(graph, read)) return false
    if (read.from === null) read.from = undefined
    return true
  }

  /** One page per date window, while they do not hold the history and requests are left. */
  private async ask(graph: string, read: GraphRead): Promise<void> {
    const { clock, deadline, signal, source } = this.options
    const tried = new Set<number>()
    let index = FIRST_WINDOW
    while (this.requests < HISTORY_REQUESTS && !signal.aborted && !this.stopped && clock.now() < deadline) {
      tried.add(index)
      const days = WINDOWS[index]
      const startDate = days === undefined ? undefined : formatUtcDate(clock.now() - (days + 1) * DAY_MS)
      const from = trustedFrom(startDate)
      // A window the listings already read hold entirely would only read the same jobs again.
      const covered = read.from !== null && (read.from === undefined || (from !== undefined && from >= read.from))
      let cut = false
      if (!covered) {
        this.requests += 1
        const query = startDate === undefined ? { graphName: graph } : { graphName: graph, startDate }
        // One page: `enough` is asked only when more pages follow, so it marks the window cut short.
        const jobs = await source.listJobs(query, () => (cut = true), false)
        if (this.stopped) return
        this.add(read, jobs, true, !cut, startDate)
        if (!cut) read.complete.push({ jobs, ...(startDate !== undefined && { startDate }) })
        if (this.holds(graph, read)) return
      }
      const next = cut ? index - 1 : index + 1
      if (next < 0 || next >= WINDOWS.length || tried.has(next)) return
      index = next
    }
  }

  private warn(graph: string, error: unknown): void {
    if (error instanceof CancelledError || this.options.signal.aborted || this.warned || this.stopped) return
    this.warned = true
    const message = errorMessage(error)
    this.options.log.warning(
      `The earlier imports of graph "${oneLine(graph)}" could not be read for the trend chart (${oneLine(message)}); the verdict is unchanged`
    )
  }
}

/** "9m–11m (median 10m)". */
function describeUsual(usual: { minSeconds: number; maxSeconds: number; medianSeconds: number }): string {
  const d = (seconds: number): string => formatDuration(seconds * 1000)
  return `${d(usual.minSeconds)}–${d(usual.maxSeconds)} (median ${d(usual.medianSeconds)})`
}

/**
 * From when a listing asked from `startDate` holds every job: the date's midnight UTC plus a
 * day, whatever zone the server reads the date in (docs/trend.md). No date: from the start.
 */
function trustedFrom(startDate: string | undefined): number | undefined {
  return startDate === undefined ? undefined : Date.parse(`${startDate}T00:00:00Z`) + DAY_MS
}

/** Server text in a log line: one line, no control characters. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').slice(0, 300)
}
