import type { JobQuery } from './ges-client.js'
import type { GraphList, Job } from './model.js'

/** The GES calls the monitor needs (GesClient implements them; tests fake them). */
export interface JobSource {
  /**
   * `enough` stops paging once the jobs seen answer the question. `readAhead` (default: no
   * `enough`) marks a listing meant to reach its end, whose pages may be fetched a few at a time.
   */
  listJobs(query: JobQuery, enough?: (jobs: ReadonlyMap<string, Job>) => boolean, readAhead?: boolean): Promise<Job[]>
  getJob(graphId: string, jobId: string): Promise<Job>
  /** `fresh`: read it again rather than reuse a list read earlier in the run. */
  listGraphs(fresh?: boolean): Promise<GraphList>
}
