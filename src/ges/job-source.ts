import type { JobQuery } from './ges-client.js'
import type { Graph, Job } from './model.js'

/** The GES calls the monitor needs (GesClient implements them; tests fake them). */
export interface JobSource {
  listJobs(query: JobQuery, enough?: (jobs: ReadonlyMap<string, Job>) => boolean): Promise<Job[]>
  getJob(graphId: string, jobId: string): Promise<Job>
  listGraphs(): Promise<Graph[]>
}
