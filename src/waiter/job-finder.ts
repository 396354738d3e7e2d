import type { JobSource } from '../ges/job-source.js'
import type { Graph, Job } from '../ges/model.js'
import { closestNames } from '../shared/closest-names.js'
import type { CompleteListings } from '../shared/complete-listings.js'
import { asApiError, type PollErrors } from './poll-errors.js'
import {
  idlessCandidates,
  misplacedJobs,
  missingTargets,
  newestJobs,
  pickTargets,
  type MissingTarget,
  type SkippedJob,
  type TargetCriteria
} from './targets.js'

/** What one discovery listing brought: every listed job, and the graphs listed in full. */
export interface Discovery {
  /** Jobs listed, known targets or not. */
  listed: Job[]
  /** Complete listings by graph ('' for all graphs), reusable for this poll's other lookups. */
  complete: Map<string, Job[]>
  /** New targets among them. */
  targets: Job[]
  /** Jobs passed over because their begin time cannot be read. */
  skipped: SkippedJob[]
}

/** A graph-name that the project's graph list, read to its end, does not hold. */
export interface AbsentGraph {
  graph: string
  /** How many graphs the list holds, and the names closest to the one asked for. */
  graphsListed: number
  closest: string[]
}

/**
 * Finds the target jobs by listing the job center (per graph when graphs are named). Pure
 * apart from the listing itself: which jobs are targets is `pickTargets`'s decision.
 */
export class JobFinder {
  /** From the last listing that answered: the newest jobs, and jobs of our ids under another graph. */
  seen: { newest: Job[]; misplaced: Job[] } = { newest: [], misplaced: [] }
  /** Whether a discovery listing ever answered. */
  answered = false
  /** Named graphs with no job that the graph list, read to its end, does not hold: none can appear. */
  absent: AbsentGraph[] = []
  /** From the last discovery that answered: id-less entries that could have been targets. */
  idless: Job[] = []
  /** The graph list: not asked yet, or unreadable to its end (never taken as "absent"). */
  private graphList: Graph[] | 'unread' | 'unreadable' = 'unread'
  constructor(
    private readonly source: JobSource,
    private readonly criteria: TargetCriteria,
    /** startTime for listings: one day before `since` (the server's time zone is undocumented). */
    readonly startDate: string | undefined,
    /** Where listings read to the end are kept, for the comparison. */
    private readonly listings: CompleteListings
  ) {}

  missing(tracked: readonly Job[]): MissingTarget[] {
    return missingTargets(tracked, this.criteria)
  }

  async discover(tracked: readonly Job[], errors: PollErrors): Promise<Discovery> {
    // Job ids are listed across graphs, so that an id of another graph is reported, not awaited.
    const byGraph = this.criteria.graphNames.length > 0 && this.criteria.jobIds.length === 0
    const graphs = byGraph ? this.criteria.graphNames : [undefined]
    const known = new Set(tracked.map((job) => job.id))
    // Job ids need no comparison with other jobs: stop paging once they are all seen. Such a
    // listing is partial, so it is not kept for this poll's other lookups.
    const ids = this.criteria.jobIds.filter((id) => !known.has(id))
    const enough = ids.length > 0 ? (seen: ReadonlyMap<string, Job>) => ids.every((id) => seen.has(id)) : undefined
    const results = await Promise.allSettled(
      graphs.map((graph) => this.source.listJobs({ graphName: graph, startDate: this.startDate }, enough))
    )
    const discovery: Discovery = { listed: [], complete: new Map(), targets: [], skipped: [] }
    const idless: Job[] = []
    results.forEach((result, i) => {
      if (result.status === 'rejected') return void errors.push(asApiError(result.reason))
      if (!enough) {
        discovery.complete.set(graphs[i] ?? '', result.value)
        this.listings.record(graphs[i] ?? '', result.value, this.startDate)
      }
      discovery.listed.push(...result.value)
      idless.push(...(result.value.idless ?? []))
    })
    if (results.some((r) => r.status === 'fulfilled')) this.answered = true
    if (results.some((r) => r.status === 'fulfilled')) {
      this.seen = { newest: newestJobs(discovery.listed), misplaced: misplacedJobs(discovery.listed, this.criteria) }
      this.idless = idlessCandidates(idless, this.criteria)
    }
    const picked = pickTargets(discovery.listed, tracked, this.criteria)
    // A job that creates its graph (CreateGraph, or any job name) may be waited for before the graph exists.
    const needsGraph = this.criteria.jobName !== undefined && !/create/i.test(this.criteria.jobName)
    if (byGraph && needsGraph) await this.checkGraphsExist(tracked, discovery, picked.targets)
    return { ...discovery, targets: picked.targets, skipped: picked.skipped }
  }

  /**
   * A graph-name whose listing answered with no job at all, and that the project's graph list
   * (read once, to its end, and shared with the status polls) does not hold, is a mistyped
   * or missing graph: no job of it can appear, so the wait need not last appear-timeout. A graph
   * list that could not be read completely proves nothing, and a job listed under the name means
   * the graph existed: both keep the wait going.
   */
  private async checkGraphsExist(tracked: readonly Job[], discovery: Discovery, targets: Job[]): Promise<void> {
    const jobless = this.criteria.graphNames.filter(
      (graph) =>
        discovery.complete.has(graph) &&
        ![...tracked, ...targets, ...discovery.listed].some((job) => job.graph === graph)
    )
    if (jobless.length === 0 || this.graphList === 'unreadable') return
    if (this.graphList === 'unread') {
      try {
        const list = await this.source.listGraphs()
        // A list that did not reach its end (or hid entries) proves no graph absent.
        if (!list.complete) {
          this.graphList = 'unreadable'
          return
        }
        this.graphList = list.graphs
      } catch (error) {
        // A transient failure is asked again next poll; a list that cannot be read to its end is not.
        const { kind } = asApiError(error)
        if (kind === 'permanent' || kind === 'auth') this.graphList = 'unreadable'
        return
      }
    }
    const names = this.graphList.map((g) => g.name)
    this.absent = jobless
      .filter((graph) => !names.includes(graph))
      .map((graph) => ({ graph, graphsListed: names.length, closest: closestNames(graph, names) }))
  }
}
