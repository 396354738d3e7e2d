/** One internal model for GES jobs, whichever API version (camelCase v1, snake_case v2) sent them. */

/**
 * `partFailed` is GES's `partiallyFailed` job status, spelled like the file status and `fail-on`
 * so that one word means one thing everywhere. `unknown` is any status GES may add later:
 * treated as not finished.
 */
export type JobStatus = 'pending' | 'running' | 'success' | 'failed' | 'partFailed' | 'unknown'
export type FileKind = 'schema' | 'edgeset' | 'vertexset'
/** `unknown` covers file statuses outside the documented success / failed / partFailed. */
export type FileStatus = 'success' | 'failed' | 'partFailed' | 'unknown'

export interface ImportFile {
  kind: FileKind
  path: string
  status: FileStatus
  /** What GES sent, for the report when it is not one we know. */
  rawStatus: string
  /** null when GES gave -1 ("not returned by this version") or nothing. */
  totalLines: number | null
  successfulLines: number | null
  failedLines: number | null
  cause: string | null
  log: string | null
}

export interface Job {
  id: string
  name: string | null
  type: string | null
  /** The graph NAME (`relatedGraph`); the single-job endpoint needs the graph id instead. */
  graph: string | null
  status: JobStatus
  /** What GES said. */
  rawStatus: string
  /** Why its list entry could not be read in full (a jobDetail of another shape): never finished. */
  unreadable?: string
  /** Why its status could not be read at all (longer than any status; rawStatus is cut): unknown. */
  statusUnreadable?: string
  /**
   * Why the entries one listing gave for this job disagree (the same id twice, with different
   * final statuses or file results): its result is not known, and the answers disagree.
   */
  listingConflict?: string
  /** Epoch ms, parsed as UTC (GES times carry no zone); null when absent or unreadable. */
  beginTime: number | null
  /**
   * What GES sent as the begin time, as text (a JSON number too); null when it sent none.
   * Present but unreadable (beginTime null) is not "not begun yet": see hasUnreadableBegin.
   */
  beginTimeRaw: string | null
  endTime: number | null
  failReason: string | null
  /** null when GES sent no jobDetail (it is "only returned when jobName is ImportGraph"). */
  files: ImportFile[] | null
}

export interface JobPage {
  /** `jobCount`: the total that matches the query, not the size of this page. */
  total: number | null
  jobs: Job[]
  /** Entries that were not jobs (no object, no jobId). */
  skipped: number
  /** What could be read of the entries that are objects without a readable jobId (`id` ''). */
  idless?: Job[]
}

/** Listed jobs; `idless`: what could be read of the entries without a readable job id (`id` ''). */
export type JobListing = Job[] & { idless?: readonly Job[] }

export interface Graph {
  id: string
  name: string
}

/** The project's graphs, and whether the list was read in full (only then is a graph not in it absent). */
export interface GraphList {
  graphs: Graph[]
  complete: boolean
}

const FINISHED: ReadonlySet<JobStatus> = new Set(['success', 'failed', 'partFailed'])

export function isFinishedStatus(status: JobStatus): boolean {
  return FINISHED.has(status)
}

/**
 * A job whose entry could not be read, or whose entries in one listing disagree, is never
 * finished: its import details are not known.
 */
export function isFinished(job: Job): boolean {
  return isFinishedStatus(job.status) && job.unreadable === undefined && job.listingConflict === undefined
}

/** GES returns jobDetail "only when jobName is ImportGraph" (docs/ges-api.md#job-fields). */
export function isImport(job: Job): boolean {
  return (job.name ?? '').toLowerCase() === 'importgraph'
}

/** GES sent a begin time that cannot be read: its place in time is unknown, not "not begun". */
export function hasUnreadableBegin(job: Job): boolean {
  return job.beginTimeRaw !== null && job.beginTime === null
}
