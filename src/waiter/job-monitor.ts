import type { JobSource } from '../ges/job-source.js'
import { isFinished, type Job } from '../ges/model.js'
import { isUnreadable } from '../ges/normalize.js'
import { ApiError } from '../http/api-error.js'
import type { Log } from '../util/log.js'
import { formatUtcDate } from '../util/time.js'
import { missingTargets, pickTargets, type MissingTarget, type TargetCriteria } from './targets.js'

interface Tracked {
  job: Job
  /** The single-job endpoint refused this job (or its graph has no id): read it from the list. */
  listOnly: boolean
  /** Set while a listing no longer shows the job. */
  vanished: boolean
  /** The one extra listing for import details has been made. */
  detailTried: boolean
  /** The unknown raw status last reported in the log. */
  unknownStatusNoted?: string
}

const IMPORT_JOB = 'importgraph'
const DAY_MS = 86_400_000

/**
 * Finds the target jobs once by listing the job center, then follows each through the
 * single-job status endpoint: after identification a poll costs one request per unfinished
 * job, whatever the size of the job center. Jobs that must be read from the list (no graph
 * id, endpoint refused, import details missing) share one listing per graph and poll, which
 * stops paging as soon as all of them are found.
 */
export class JobMonitor {
  private readonly tracked = new Map<string, Tracked>()
  private graphIds: Map<string, string> | 'unavailable' | undefined
  /** Discovery listings that hold every job of a graph ('' = all graphs), for the comparison. */
  private readonly fullListings = new Map<string, Job[]>()

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

  /** The last discovery listing of `graph` with every job in it (not stopped early, no date filter). */
  completeListing(graph: string): Job[] | undefined {
    return this.fullListings.get(graph) ?? this.fullListings.get('')?.filter((job) => job.graph === graph)
  }

  /** Every target found and finished, with its import details fetched if GES has them. */
  complete(): boolean {
    return (
      this.missing().length === 0 && [...this.tracked.values()].every((t) => isFinished(t.job) && !this.needsDetail(t))
    )
  }

  /**
   * One poll. Applies every answer that came back; then throws the most serious error, if
   * any, so that the waiter can back off or stop.
   */
  async poll(): Promise<void> {
    const errors: ApiError[] = []
    const listed = new Map<string, Job[]>()
    const refreshed = new Set<string>()
    if (this.missing().length > 0) await this.discover(listed, refreshed, errors)

    const stale = [...this.tracked.values()].filter((t) => !isFinished(t.job) && !refreshed.has(t.job.id))
    if (stale.some((t) => !t.listOnly)) await this.loadGraphIds(errors)
    const fromStatus = await Promise.all(stale.map((t) => this.refreshFromStatus(t, errors)))
    const fromList = stale.filter((_, i) => !fromStatus[i])
    const detailless = [...this.tracked.values()].filter((t) => isFinished(t.job) && this.needsDetail(t))
    await this.readFromList([...fromList, ...detailless], listed, errors)

    if (errors.length > 0) throw mostSerious(errors)
  }

  /** Lists the job center (per graph when graphs are named) and picks the targets. */
  private async discover(listed: Map<string, Job[]>, refreshed: Set<string>, errors: ApiError[]): Promise<void> {
    const graphs = this.criteria.graphNames.length > 0 ? this.criteria.graphNames : [undefined]
    // Job ids need no comparison with other jobs: stop paging once they are all seen. Such a
    // listing is partial, so it is not kept for this poll's other lookups.
    const ids = this.criteria.jobIds.filter((id) => !this.tracked.has(id))
    const enough = ids.length > 0 ? (seen: ReadonlyMap<string, Job>) => ids.every((id) => seen.has(id)) : undefined
    const results = await Promise.allSettled(
      graphs.map((graph) => this.source.listJobs({ graphName: graph, startDate: this.startDate }, enough))
    )
    const candidates: Job[] = []
    results.forEach((result, i) => {
      if (result.status === 'rejected') return void errors.push(asApiError(result.reason))
      if (!enough) listed.set(graphs[i] ?? '', result.value)
      if (!enough && this.startDate === undefined) this.fullListings.set(graphs[i] ?? '', result.value)
      candidates.push(...result.value)
    })
    for (const job of candidates) {
      const known = this.tracked.get(job.id)
      if (known) {
        this.update(known, job)
        refreshed.add(job.id)
      }
    }
    for (const job of pickTargets(candidates, this.jobs(), this.criteria).targets) {
      const tracked: Tracked = { job, listOnly: job.graph === null, vanished: false, detailTried: false }
      this.tracked.set(job.id, tracked)
      refreshed.add(job.id)
      this.log.info(`Found ${describeJob(job)}: ${job.rawStatus || 'no status yet'}`)
      this.noteUnknownStatus(tracked)
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
        errors.push(apiError) // meanwhile, this poll reads the list
      }
    }
  }

  /** One request to the single-job endpoint; false when the job must be read from the list. */
  private async refreshFromStatus(tracked: Tracked, errors: ApiError[]): Promise<boolean> {
    if (tracked.listOnly || !(this.graphIds instanceof Map)) return false
    const graphId = tracked.job.graph ? this.graphIds.get(tracked.job.graph) : undefined
    if (!graphId) {
      tracked.listOnly = true // no graph id known for this job: the list is all there is
      return false
    }
    try {
      this.update(tracked, await this.source.getJob(graphId, tracked.job.id))
      return true
    } catch (error) {
      const apiError = asApiError(error)
      if (apiError.kind !== 'permanent') {
        errors.push(apiError)
        return true // retried on the next poll, through the same endpoint
      }
      // GES.7007 and friends: the endpoint does not know the job; the list is the authority.
      this.log.debug(`${apiError.message}; reading job ${tracked.job.id} from the job list from now on`)
      tracked.listOnly = true
      return false
    }
  }

  /** Reads jobs from the list: one listing per graph, reusing this poll's discovery listing. */
  private async readFromList(wanted: Tracked[], listed: Map<string, Job[]>, errors: ApiError[]): Promise<void> {
    const byGraph = new Map<string, Tracked[]>()
    for (const t of wanted) byGraph.set(t.job.graph ?? '', [...(byGraph.get(t.job.graph ?? '') ?? []), t])
    await Promise.all(
      [...byGraph].map(async ([graph, group]) => {
        let jobs = listed.get(graph)
        if (!jobs) {
          const ids = group.map((t) => t.job.id)
          try {
            jobs = await this.source.listJobs(
              { graphName: graph || undefined, startDate: this.startDateFor(group) },
              (seen) => ids.every((id) => seen.has(id))
            )
          } catch (error) {
            return void errors.push(asApiError(error))
          }
        }
        for (const t of group) {
          const job = jobs.find((j) => j.id === t.job.id)
          if (isFinished(t.job) && job && isUnreadable(job)) {
            // The import details exist but cannot be read: no success without seeing them.
            this.noteUnreadableDetail(t, job)
          } else if (isFinished(t.job)) {
            t.detailTried = true
            if (job?.files) t.job = { ...t.job, files: job.files }
          } else if (job) {
            this.update(t, job)
          } else {
            this.markVanished(t)
          }
        }
      })
    )
  }

  /** The narrowest safe startTime: a day before the earliest begin time among these jobs. */
  private startDateFor(group: Tracked[]): string | undefined {
    const begins = group.map((t) => t.job.beginTime)
    if (begins.some((b) => b === null)) return this.startDate
    const own = formatUtcDate(Math.min(...(begins as number[])) - DAY_MS)
    return this.startDate && this.startDate > own ? this.startDate : own
  }

  private needsDetail(tracked: Tracked): boolean {
    return tracked.job.files === null && !tracked.detailTried && (tracked.job.name ?? '').toLowerCase() === IMPORT_JOB
  }

  private update(tracked: Tracked, fresh: Job): void {
    if (tracked.vanished) this.log.info(`Job ${fresh.id} is listed again`)
    tracked.vanished = false
    tracked.job = mergeJob(tracked.job, fresh)
    this.noteUnknownStatus(tracked)
  }

  private noteUnreadableDetail(tracked: Tracked, listed: Job): void {
    if (tracked.unknownStatusNoted === listed.rawStatus) return
    tracked.unknownStatusNoted = listed.rawStatus
    this.log.warning(
      `Job ${listed.id} finished, but its import details cannot be read (${listed.rawStatus}); asking again until they can or the wait times out`
    )
  }

  /** A status GES may have added since the docs: not finished, and the log says so (once per status). */
  private noteUnknownStatus(tracked: Tracked): void {
    const { job } = tracked
    if (job.status !== 'unknown' || tracked.unknownStatusNoted === job.rawStatus) return
    tracked.unknownStatusNoted = job.rawStatus
    const what = isUnreadable(job)
      ? `an entry that cannot be read (${job.rawStatus})`
      : job.rawStatus
        ? `status "${job.rawStatus}", which is not a documented GES job status`
        : 'no status'
    this.log.warning(`Job ${job.id} reports ${what}: treated as not finished, the wait goes on`)
  }

  private markVanished(tracked: Tracked): void {
    if (!tracked.vanished) {
      this.log.warning(
        `Job ${tracked.job.id} is no longer in the job center (last seen ${tracked.job.rawStatus || 'without status'}); waiting in case it comes back`
      )
    }
    tracked.vanished = true
  }
}

/** The status endpoint may omit what the list said (name, graph, details): keep what we knew. */
function mergeJob(known: Job, fresh: Job): Job {
  const merged: Job = { ...known }
  for (const key of Object.keys(fresh) as (keyof Job)[]) {
    if (fresh[key] !== null && fresh[key] !== undefined) Object.assign(merged, { [key]: fresh[key] })
  }
  return merged
}

export function describeJob(job: Job): string {
  return `${job.name ?? 'job'} ${job.id}${job.graph ? ` of graph "${job.graph}"` : ''}`
}

/** Poll results are ApiErrors; cancellation and programming errors pass through. */
function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  throw error
}

const SERIOUSNESS: Record<ApiError['kind'], number> = { permanent: 3, auth: 3, throttled: 2, transient: 1 }

function mostSerious(errors: ApiError[]): ApiError {
  return errors.reduce((worst, error) => (SERIOUSNESS[error.kind] > SERIOUSNESS[worst.kind] ? error : worst))
}
