import type { JobSource } from '../ges/job-source.js'
import type { Job } from '../ges/model.js'
import type { CompleteListings } from '../shared/complete-listings.js'
import { asApiError, type PollErrors } from './poll-errors.js'
import {
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

/**
 * Finds the target jobs by listing the job center (per graph when graphs are named). Pure
 * apart from the listing itself: which jobs are targets is `pickTargets`'s decision.
 */
export class JobFinder {
  /** From the last listing that answered: the newest jobs, and jobs of our ids under another graph. */
  seen: { newest: Job[]; misplaced: Job[] } = { newest: [], misplaced: [] }
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
    results.forEach((result, i) => {
      if (result.status === 'rejected') return void errors.push(asApiError(result.reason))
      if (!enough) {
        discovery.complete.set(graphs[i] ?? '', result.value)
        this.listings.record(graphs[i] ?? '', result.value, this.startDate)
      }
      discovery.listed.push(...result.value)
    })
    if (results.some((r) => r.status === 'fulfilled'))
      this.seen = { newest: newestJobs(discovery.listed), misplaced: misplacedJobs(discovery.listed, this.criteria) }
    const picked = pickTargets(discovery.listed, tracked, this.criteria)
    return { ...discovery, targets: picked.targets, skipped: picked.skipped }
  }
}
