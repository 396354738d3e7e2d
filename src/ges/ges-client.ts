import type { ApiCaller } from '../http/api-caller.js'
import type { ApiVersion } from '../settings/settings.js'
import type { Graph, Job, JobPage } from './model.js'
import { normalizeGraphs, normalizeJob, normalizeJobPage } from './normalize.js'

/** The documented maximum page size is not stated (the default is 10); 100 is what the SDK docs use. */
export const PAGE_SIZE = 100
/** A job center larger than this many pages is not one listing; stop rather than loop forever. */
const MAX_PAGES = 1000

export interface JobQuery {
  graphName?: string
  /** `yyyy-MM-dd`, sent as startTime (v1) / start_time (v2). */
  startDate?: string
}

/** The GES job-center calls, v1 or v2, answered in the one internal model. */
export class GesClient {
  private readonly base: string

  constructor(
    endpoint: string,
    private readonly apiVersion: ApiVersion,
    projectId: string,
    private readonly caller: ApiCaller
  ) {
    this.base = `${endpoint}/${apiVersion === 'v1' ? 'v1.0' : 'v2'}/${encodeURIComponent(projectId)}`
  }

  async listJobsPage(query: JobQuery, offset: number): Promise<JobPage> {
    const what = `Listing GES jobs${query.graphName ? ` of graph "${query.graphName}"` : ''}`
    const { json } = await this.caller.call({
      what,
      method: 'GET',
      url: `${this.base}/graphs/jobs`,
      query: {
        offset: String(offset),
        limit: String(PAGE_SIZE),
        graph_name: query.graphName,
        // Never endTime: it filters on the job's end date, which a running job does not have.
        [this.apiVersion === 'v1' ? 'startTime' : 'start_time']: query.startDate
      }
    })
    return normalizeJobPage(json, what)
  }

  /**
   * Every job that matches, paging by offset until `jobCount` is covered, or until `enough`
   * says the jobs seen so far answer the question. The order is not documented and the list
   * can shift while we page, so jobs are de-duplicated by id; and since a job added or removed
   * mid-listing can push another across a page boundary unseen, a listing during which
   * `jobCount` changed is made once more, keeping the union.
   */
  async listJobs(query: JobQuery, enough?: (jobs: ReadonlyMap<string, Job>) => boolean): Promise<Job[]> {
    const jobs = new Map<string, Job>()
    for (let pass = 0; pass < 2; pass += 1) {
      if (await this.listOnce(query, jobs, enough)) break
    }
    return [...jobs.values()]
  }

  /** One pass over the pages into `jobs`; true when the list held still (or `enough` said stop). */
  private async listOnce(
    query: JobQuery,
    jobs: Map<string, Job>,
    enough?: (jobs: ReadonlyMap<string, Job>) => boolean
  ): Promise<boolean> {
    const totals = new Set<number | null>()
    let offset = 0
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const { jobs: pageJobs, total, skipped } = await this.listJobsPage(query, offset)
      totals.add(total)
      for (const job of pageJobs) jobs.set(job.id, job)
      // Advance by what came back, not by the limit: the server may cap the page size.
      const received = pageJobs.length + skipped
      offset += received
      if (received === 0 || (total !== null ? offset >= total : received < PAGE_SIZE)) break
      if (enough?.(jobs)) return true
    }
    return totals.size === 1
  }

  /** The single-job status endpoint: one request whatever the size of the job center. */
  async getJob(graphId: string, jobId: string): Promise<Job> {
    const what = `Getting the status of GES job ${jobId}`
    const { json } = await this.caller.call({
      what,
      method: 'GET',
      url: `${this.base}/graphs/${encodeURIComponent(graphId)}/jobs/${encodeURIComponent(jobId)}/status`
    })
    return normalizeJob(json, what, jobId)
  }

  /** Graph name → id: there is no lookup by name, so page through the graph list. */
  async listGraphs(): Promise<Graph[]> {
    const graphs: Graph[] = []
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const { json } = await this.caller.call({
        what: 'Listing GES graphs',
        method: 'GET',
        url: `${this.base}/graphs`,
        query: { offset: String(graphs.length), limit: String(PAGE_SIZE) }
      })
      const { total, graphs: pageGraphs } = normalizeGraphs(json, 'Listing GES graphs')
      graphs.push(...pageGraphs)
      if (pageGraphs.length === 0 || (total !== null ? graphs.length >= total : pageGraphs.length < PAGE_SIZE)) break
    }
    return graphs
  }
}
