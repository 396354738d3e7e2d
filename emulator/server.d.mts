// Types for server.mjs, so TypeScript tests (strict, NodeNext) can import the emulator.
import type { Fault } from './faults.mjs'

export type Endpoint = 'list' | 'status' | 'graphs' | 'import' | 'token' | 'projects' | 'other'

/** An accepted ImportGraph call and the job it started. */
export interface ImportRecord {
  jobId: string
  version: 1 | 2
  graphId: string
  /** the parsed request body */
  body: Record<string, unknown>
}

export interface JobDetailFile {
  path?: string | null
  log?: string | null
  status?: string | null
  cause?: string | null
  totalLines?: number
  successfulLines?: number
  failedLines?: number
  [key: string]: unknown
}

/** v1 camelCase; converted (deep) to snake_case for v2. */
export interface JobDetail {
  schemaPath?: JobDetailFile[] | null
  edgesetPath?: JobDetailFile[] | null
  vertexsetPath?: JobDetailFile[] | null
  [key: string]: unknown
}

export interface TimelineEntry {
  /** ms after emulator start */
  atMs: number
  /** passed through verbatim */
  status: string
  /** what the job list says instead of `status` (the status endpoint still says `status`) */
  listStatus?: string
  /** ISO (UTC if no zone). Default for finished statuses: start + atMs; null forces none. */
  endTime?: string | null
  failReason?: string | null
  jobDetail?: JobDetail | null
}

export interface JobSpec {
  id: string
  /** default 'ImportGraph' */
  name?: string
  /** default 'GraphManagement' */
  type?: string
  /** graph NAME (relatedGraph) */
  graph: string
  /** invisible before; default 0 */
  appearAtMs?: number
  /** gone from list and status from then on */
  disappearAtMs?: number
  /** gone from the list from then on; the status endpoint still answers */
  unlistedAtMs?: number
  /** ISO, UTC if no zone; default emulator start + appearAtMs */
  beginTime?: string
  /**
   * Served as the begin time instead of beginTime's text, verbatim (any JSON value: epoch ms as
   * a number, RFC 1123 text, junk, null); the list's filters and order still use beginTime.
   */
  beginTimeRaw?: unknown
  /** state = last entry with atMs <= elapsed; 'pending' before the first */
  timeline: TimelineEntry[]
  /**
   * More entries of this job in the list (same id), each with its own timeline (and begin time,
   * which moves it elsewhere in a sorted list): a server that repeats an entry, or a stale twin
   * left behind by a list that shifted. The status endpoint answers the job itself.
   */
  twins?: Array<{ timeline: TimelineEntry[]; beginTime?: string }>
}

export interface RequestRecord {
  method: string
  /** raw path, no query */
  path: string
  /** decoded; repeated names become arrays */
  query: Record<string, string | string[]>
  /** lowercase names */
  headers: Record<string, string | string[] | undefined>
  body: string
  endpoint: Endpoint
  /** ms since emulator start, at arrival */
  at: number
  /** status answered; 0 = reset, null = not answered (hang, or still delayed) */
  status: number | null
  requestId: string
}

export interface EmulatorOptions {
  /** default 0 (any free port); always 127.0.0.1 */
  port?: number
  /** default '0123456789abcdef0123456789abcdef' */
  projectId?: string
  /** default 'cn-north-4' */
  region?: string
  /** static X-Auth-Token values, never expire; default ['test-token'] */
  tokens?: string[]
  iam?: {
    users?: Array<{ name: string; password: string; domain: string }>
    tokenTtlMs?: number
    /** only the first N issued tokens live tokenTtlMs, later ones 24 h; default all */
    shortLivedTokens?: number
    /** code of an expired issued token: docs/ges-api.md#iam-password-token: APIG.0301 (default) or APIG.0307 */
    expiredTokenCode?: 'APIG.0301' | 'APIG.0307'
  }
  aksk?: { ak: string; sk: string; securityToken?: string }
  /** GET /v3/projects list (filtered by ?name=); default [{id: projectId, name: region}] */
  projects?: Array<{ id: string; name: string; [key: string]: unknown }>
  jobs?: JobSpec[]
  /** N old finished jobs spread over the past 30 days; default 0 */
  fillerJobs?: number
  /**
   * default: one per job graph name, id `graph-id-<name>`. From `deletedAtMs` on, a graph is gone
   * from the graph list, and the status endpoint answers GES.7000 for its id (its jobs stay listed).
   */
  graphs?: Array<{ id: string; name: string; deletedAtMs?: number }>
  faults?: Fault[]
  /** default 100 */
  maxLimit?: number
  /** default 'shuffled' (deterministic per seed) */
  order?: 'newest' | 'oldest' | 'shuffled'
  /** default 1 */
  seed?: number | string
  /** time zone of the startTime/endTime date filters; default 8 */
  serverUtcOffsetHours?: number
  /** default false */
  statusIncludesDetail?: boolean
  /** default: 'T' in v1, 'space' in v2 */
  timeFormat?: 'T' | 'space'
  /** the server's wall clock runs this far ahead of the real one (X-Sdk-Date check, Date header, token expiry); default 0 */
  clockSkewMs?: number
  /** called when each request is answered, reset or hung */
  onRequest?: (record: RequestRecord) => void
  /**
   * Called when a request has arrived (body read), before its fault or answer is chosen: a test
   * can change the world here, e.g. `setJobs()` between two pages of one listing so that the list
   * shifts under the client (duplicates, a job moving to a page already read).
   */
  beforeAnswer?: (record: RequestRecord) => void
  /**
   * What job timelines (atMs, appearAtMs, default beginTime), request `at` and now() count from:
   * the emulator's start (default) or the arrival of its first request, so that a client's
   * start-up time (slow on a loaded machine) does not eat into a job's scripted run time.
   */
  timelineFrom?: 'start' | 'firstRequest'
  /** Serve GES and IAM under this path (e.g. '/ges'), as a gateway would: other paths get 404; AK/SK is checked over the path as sent. */
  pathPrefix?: string
  /** The run of each job ImportGraph starts: running for runMs (default 2000), then status (default success) with one file result per path; or a timeline of its own (atMs from emulator start). */
  importGraph?: {
    runMs?: number
    status?: string
    lines?: number
    /** the job is in neither the list nor the status endpoint until this long after the call; default 0 */
    visibleAfterMs?: number
    /** the job center shows the started job under another job name, graph or begin time (an answer about another job) */
    startedAs?: { name?: string; graph?: string; beginTime?: string }
    timeline?: (ctx: { jobId: string; body: Record<string, unknown>; version: 1 | 2; atMs: number }) => TimelineEntry[]
  }
}

export interface Emulator {
  /** http://127.0.0.1:PORT */
  url: string
  port: number
  projectId: string
  region: string
  /** first static token, if any */
  token: string | undefined
  requests: RequestRecord[]
  /** accepted ImportGraph calls, in order */
  imports: ImportRecord[]
  addFault(fault: Fault): void
  /** replaces the scripted jobs (filler jobs stay); timelines stay relative to emulator start */
  setJobs(jobs: JobSpec[]): void
  /** ms since start */
  now(): number
  /** closes the server and destroys open, keep-alive and hung sockets */
  close(): Promise<void>
}

export const DEFAULT_PROJECT_ID: string
export const DEFAULT_REGION: string
export const DEFAULT_TOKEN: string
export function startEmulator(options?: EmulatorOptions): Promise<Emulator>
