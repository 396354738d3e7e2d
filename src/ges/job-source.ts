import type { JobQuery } from './ges-client.js'
import type { ListingEnd, NarrowerListing, TailListing } from './listing-tail.js'
import type { GraphList, Job } from './model.js'

/** The GES calls the monitor needs (GesClient implements them; tests fake them). */
export interface JobSource {
  /**
   * `enough` stops paging once the jobs seen answer the question. `readAhead` (default: no
   * `enough`) marks a listing meant to reach its end, whose pages may be fetched a few at a time.
   */
  listJobs(query: JobQuery, enough?: (jobs: ReadonlyMap<string, Job>) => boolean, readAhead?: boolean): Promise<Job[]>
  /**
   * Optional shortcuts over a long list (GesClient has them; a source without them is listed in
   * full): the jobs of a graph that began before some of them, and what a wider date window holds
   * beyond a narrower one. Undefined when the pages do not prove the answer.
   */
  listTail?(graph: string, ids: readonly string[], stop: () => boolean): Promise<TailListing | undefined>
  listBeyond?(
    query: JobQuery,
    narrower: NarrowerListing,
    stop: () => boolean
  ): Promise<{ jobs: Job[]; end: ListingEnd } | undefined>
  getJob(graphId: string, jobId: string): Promise<Job>
  /** `fresh`: read it again rather than reuse a list read earlier in the run. */
  listGraphs(fresh?: boolean): Promise<GraphList>
}
