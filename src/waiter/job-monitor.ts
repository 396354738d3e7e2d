import type { JobQuery } from '../ges/ges-client.js'
import { isFinished, type Graph, type Job } from '../ges/model.js'
import { ApiError } from '../http/api-error.js'
import type { Log } from '../util/log.js'
import { missingTargets, pickTargets, type MissingTarget, type TargetCriteria } from './targets.js'

/** The GES calls the monitor needs (GesClient implements them). */
export interface JobSource {
  listJobs(query: JobQuery): Promise<Job[]>
  getJob(graphId: string, jobId: string): Promise<Job>
  listGraphs(): Promise<Graph[]>
}

interface Tracked {
  job: Job
  /** The single-job endpoint refused this job (or its graph has no id): read it from the list. */
  listOnly: boolean
  /** Set while a listing no longer shows the job. */
  vanished: boolean
  /** The one extra listing for import details has been made. */
  detailTried: boolean
}

const IMPORT_JOB = 'importgraph'

/**
 * Finds the target jobs once by listing the job center, then follows each through the
 * single-job status endpoint: after identification a poll costs one request per unfinished
 * job, whatever the size of the job center. Listings needed in one cycle are shared.
 */
export class JobMonitor {
  private readonly tracked = new Map<string, Tracked>()
  private graphIds: Map<string, string> | 'unavailable' | undefined

  constructor(
    private readonly source: JobSource,
    private readonly criteria: TargetCriteria,
    /** startTime for listings: one day before `since` (the server's time zone is undocumented). */
    private readonly startDate: string | undefined,
    private readonly log: Log
  ) {}

  jobs(): Job[] {
    return [...this.tracked.values()].map((t) => t.job)
  }

  missing(): MissingTarget[] {
    return missingTargets(this.jobs(), this.criteria)
  }

  vanished(): string[] {
    return [...this.tracked.values()].filter((t) => t.vanished).map((t) => t.job.id)
  }

  /** Every target found and finished, with its import details fetched if GES has them. */
  complete(): boolean {
    return this.missing().length === 0 && [...this.tracked.values()].every((t) => isFinished(t.job) && !this.needsDetail(t))
  }

  /**
   * One poll. Applies every answer that came back; then throws the most serious error, if
   * any, so that the waiter can back off or stop.
   */
  async poll(): Promise<void> {
    const errors: ApiError[] = []
    const listings = new Map<string, Promise<Job[]>>()
    const list = (graph: string | null | undefined): Promise<Job[]> => {
      const key = graph ?? ''
      let listing = listings.get(key)
      if (!listing) {
        listing = this.source.listJobs({ graphName: graph ?? undefined, startDate: this.startDate })
        listings.set(key, listing)
      }
      return listing
    }
    const refreshed = new Set<string>()

    if (this.missing().length > 0) await this.discover(list, refreshed, errors)

    const stale = [...this.tracked.values()].filter((t) => !isFinished(t.job) && !refreshed.has(t.job.id))
    if (stale.some((t) => !t.listOnly)) await this.loadGraphIds(errors)
    await Promise.all(stale.map((t) => this.refresh(t, list, errors)))

    const detailless = [...this.tracked.values()].filter((t) => isFinished(t.job) && this.needsDetail(t))
    await Promise.all(detailless.map((t) => this.fetchDetail(t, list, errors)))

    if (errors.length > 0) throw mostSerious(errors)
  }

  private async discover(
    list: (graph: string | undefined) => Promise<Job[]>,
    refreshed: Set<string>,
    errors: ApiError[]
  ): Promise<void> {
    const graphs = this.criteria.graphNames.length > 0 ? this.criteria.graphNames : [undefined]
    const candidates: Job[] = []
    for (const result of await Promise.allSettled(graphs.map((graph) => list(graph)))) {
      if (result.status === 'fulfilled') candidates.push(...result.value)
      else errors.push(asApiError(result.reason))
    }
    for (const job of candidates) {
      const known = this.tracked.get(job.id)
      if (known) {
        this.update(known, job)
        refreshed.add(job.id)
      }
    }
    const { targets } = pickTargets(candidates, this.jobs(), this.criteria)
    for (const job of targets) {
      this.tracked.set(job.id, { job, listOnly: job.graph === null, vanished: false, detailTried: false })
      refreshed.add(job.id)
      this.log.info(`Found ${describeJob(job)}: ${job.rawStatus || 'no status yet'}`)
    }
  }

  private async loadGraphIds(errors: ApiError[]): Promise<void> {
    if (this.graphIds !== undefined) return
    try {
      const graphs = await this.source.listGraphs()
      this.graphIds = new Map(graphs.map((g) => [g.name, g.id]))
    } catch (error) {
      const apiError = asApiError(error)
      if (apiError.kind === 'permanent') {
        // Polling still works through the job list, only at the cost of paging it.
        this.log.warning(`${apiError.message}; following jobs through the job list instead`)
        this.graphIds = 'unavailable'
      } else {
        errors.push(apiError)
      }
    }
  }

  private async refresh(
    tracked: Tracked,
    list: (graph: string | null) => Promise<Job[]>,
    errors: ApiError[]
  ): Promise<void> {
    const graphId = this.graphIds instanceof Map && tracked.job.graph ? this.graphIds.get(tracked.job.graph) : undefined
    if (!tracked.listOnly && graphId) {
      try {
        this.update(tracked, await this.source.getJob(graphId, tracked.job.id))
        return
      } catch (error) {
        const apiError = asApiError(error)
        if (apiError.kind !== 'permanent') return void errors.push(apiError)
        // GES.7007 and friends: the endpoint does not know the job; the list is the authority.
        this.log.debug(`${apiError.message}; reading job ${tracked.job.id} from the job list from now on`)
        tracked.listOnly = true
      }
    } else if (this.graphIds instanceof Map) {
      tracked.listOnly = true // no graph id known for this job: the list is all there is
    }
    // Also here while graph ids could not be loaded (a transient error): the list meanwhile.
    try {
      const listed = (await list(tracked.job.graph)).find((job) => job.id === tracked.job.id)
      if (listed) this.update(tracked, listed)
      else this.markVanished(tracked)
    } catch (error) {
      errors.push(asApiError(error))
    }
  }

  private async fetchDetail(
    tracked: Tracked,
    list: (graph: string | null) => Promise<Job[]>,
    errors: ApiError[]
  ): Promise<void> {
    try {
      const listed = (await list(tracked.job.graph)).find((job) => job.id === tracked.job.id)
      tracked.detailTried = true
      if (listed?.files) tracked.job = { ...tracked.job, files: listed.files }
    } catch (error) {
      errors.push(asApiError(error))
    }
  }

  private needsDetail(tracked: Tracked): boolean {
    return tracked.job.files === null && !tracked.detailTried && (tracked.job.name ?? '').toLowerCase() === IMPORT_JOB
  }

  private update(tracked: Tracked, fresh: Job): void {
    if (tracked.vanished) this.log.info(`Job ${fresh.id} is listed again`)
    tracked.vanished = false
    tracked.job = mergeJob(tracked.job, fresh)
  }

  private markVanished(tracked: Tracked): void {
    if (!tracked.vanished) {
      this.log.warning(
        `Job ${tracked.job.id} is no longer in the job center (last seen ${tracked.job.rawStatus}); waiting in case it comes back`
      )
    }
    tracked.vanished = true
  }
}

/** The status endpoint may omit what the list said (name, graph, details): keep what we knew. */
export function mergeJob(known: Job, fresh: Job): Job {
  const merged: Job = { ...known }
  for (const key of Object.keys(fresh) as (keyof Job)[]) {
    if (fresh[key] !== null && fresh[key] !== undefined) Object.assign(merged, { [key]: fresh[key] })
  }
  return merged
}

export function describeJob(job: Job): string {
  return `${job.name ?? 'job'} ${job.id}${job.graph ? ` of graph "${job.graph}"` : ''}`
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  throw error // cancellation and programming errors are not poll results
}

const SERIOUSNESS: Record<ApiError['kind'], number> = { permanent: 3, auth: 3, throttled: 2, transient: 1 }

function mostSerious(errors: ApiError[]): ApiError {
  return errors.reduce((worst, error) => (SERIOUSNESS[error.kind] > SERIOUSNESS[worst.kind] ? error : worst))
}
