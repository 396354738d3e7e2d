// An in-memory GES job center whose jobs change with a fake clock, and that clock: the waiter
// can be driven through hours of polling without sleeping.
import type { Graph, GraphList, Job, JobListing } from '../src/ges/model.js'
import type { JobQuery } from '../src/ges/ges-client.js'
import { ApiError } from '../src/http/api-error.js'
import { CancelledError } from '../src/shared/cancellation.js'
import type { Log } from '../src/shared/log.js'
import type { Clock } from '../src/shared/clock.js'
import type { JobSource } from '../src/ges/job-source.js'

export class FakeClock implements Clock {
  readonly sleeps: number[] = []
  /** Called before a sleep completes; may abort the signal (and is then a cancellation). */
  onSleep?: (ms: number, clock: FakeClock) => void

  constructor(public t: number) {}

  now(): number {
    return this.t
  }

  async sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted) throw new CancelledError()
    this.onSleep?.(ms, this)
    if (signal.aborted) throw new CancelledError()
    this.sleeps.push(ms)
    this.t += ms
  }
}

/** A job as the job center shows it over time: the last change at or before `now` applies. */
export interface ScriptedJob {
  job: Job
  changes?: [at: number, change: Partial<Job>][]
  /** Listed (and known to the status endpoint) only within [from, until). */
  listedFrom?: number
  listedUntil?: number
  /** Listed again from this time on (after listedUntil). */
  listedAgainAt?: number
}

export type Method = 'listJobs' | 'getJob' | 'listGraphs'
export interface Call {
  method: Method
  at: number
  args: unknown[]
}

export class FakeJobSource implements JobSource {
  readonly calls: Call[] = []
  /** Return an error to fail a call (ApiError, or e.g. CancelledError). `n` counts calls of that method, from 0. */
  fault?: (method: Method, n: number, at: number, args: unknown[]) => Error | undefined
  /** The status endpoint leaves out jobDetail (and name/graph), as some versions do. */
  statusOmitsDetail = false
  /** What the status endpoint says instead of the list's view (answers that disagree). */
  statusAnswer?: (listed: Job, at: number) => Job
  /** The list leaves the job out (the status endpoint still answers about it). */
  listOmits?: (job: Job, at: number) => boolean
  /** Job ids the status endpoint does not know (GES.7007), though the list shows them. */
  unknownToStatusEndpoint = new Set<string>()
  private readonly counts: Record<Method, number> = { listJobs: 0, getJob: 0, listGraphs: 0 }

  constructor(
    private readonly clock: FakeClock,
    public jobs: ScriptedJob[],
    public graphs: Graph[] = [
      { id: 'g-movies', name: 'movies' },
      { id: 'g-social', name: 'social' }
    ]
  ) {}

  callsOf(method: Method): Call[] {
    return this.calls.filter((c) => c.method === method)
  }

  private enter(method: Method, args: unknown[]): void {
    const at = this.clock.now()
    this.calls.push({ method, at, args })
    const error = this.fault?.(method, this.counts[method]++, at, args)
    if (error) throw error
  }

  private visible(now: number): Job[] {
    return this.jobs
      .filter((s) => {
        const listed = now >= (s.listedFrom ?? -Infinity) && now < (s.listedUntil ?? Infinity)
        return listed || (s.listedAgainAt !== undefined && now >= s.listedAgainAt)
      })
      .map((s) => {
        let job = { ...s.job }
        for (const [at, change] of s.changes ?? []) if (at <= now) job = { ...job, ...change }
        return job
      })
  }

  /**
   * Always the whole listing (one call stands for every page); `enough` is recorded as the second
   * argument, `readAhead` (when given) as the third.
   */
  async listJobs(
    query: JobQuery,
    enough?: (jobs: ReadonlyMap<string, Job>) => boolean,
    readAhead?: boolean
  ): Promise<JobListing> {
    this.enter('listJobs', readAhead !== undefined ? [query, enough, readAhead] : enough ? [query, enough] : [query])
    const at = this.clock.now()
    const listed = this.visible(at).filter(
      (job) => (!query.graphName || job.graph === query.graphName) && !this.listOmits?.(job, at)
    )
    // A job with id '' stands for a listed entry without a readable job id.
    const idless = listed.filter((job) => job.id === '')
    const jobs = listed.filter((job) => job.id !== '')
    return idless.length > 0 ? Object.assign(jobs, { idless }) : jobs
  }

  async getJob(graphId: string, jobId: string): Promise<Job> {
    this.enter('getJob', [graphId, jobId])
    const graph = this.graphs.find((g) => g.id === graphId)?.name
    const job = this.visible(this.clock.now()).find((j) => j.id === jobId && j.graph === graph)
    if (!job || this.unknownToStatusEndpoint.has(jobId)) {
      throw new ApiError('permanent', `Getting the status of GES job ${jobId} failed: GES returned error GES.7007`, {
        status: 400,
        code: 'GES.7007'
      })
    }
    const answer = this.statusAnswer?.(job, this.clock.now()) ?? job
    return this.statusOmitsDetail ? { ...answer, name: null, graph: null, files: null } : answer
  }

  /** Whether the graph list is read in full (a graph not in it is then absent). */
  graphListComplete = true

  async listGraphs(fresh?: boolean): Promise<GraphList> {
    this.enter('listGraphs', fresh ? [fresh] : [])
    return { graphs: this.graphs, complete: this.graphListComplete }
  }
}

export class RecordingLog implements Log {
  readonly lines: { level: 'debug' | 'info' | 'warning'; message: string }[] = []
  debug(message: string): void {
    this.lines.push({ level: 'debug', message })
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message })
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message })
  }
  of(level: 'debug' | 'info' | 'warning'): string[] {
    return this.lines.filter((l) => l.level === level).map((l) => l.message)
  }
}

/** Deterministic [0, 1) numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
