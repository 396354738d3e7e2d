import { parseJobTime } from '../shared/time.js'
import { ApiError } from '../http/api-error.js'
import { isWellFormed } from '../shared/text.js'
import { jobStatus, keptStatus, unreadableStatus } from './job-status.js'
import type { FileKind, FileStatus, Graph, ImportFile, Job, JobPage } from './model.js'

/**
 * v1 (camelCase) and v2 (snake_case) bodies to one model. Both spellings are accepted whatever
 * the api-version, and every field is checked: a body that is not what the docs describe is a
 * retryable MalformedResponse, never a silent "success".
 */

type Obj = Record<string, unknown>

function malformed(what: string, problem: string): never {
  throw new ApiError('transient', `${what} failed: unexpected answer: ${problem}`)
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads `camelName` or its snake_case twin. */
function field(body: Obj, camelName: string): unknown {
  return camelName in body ? body[camelName] : body[camelName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

/**
 * A job or graph id: text that a URL can hold. An id with a lone surrogate names no job the
 * status endpoint can be asked about (encodeURIComponent throws): it is no id, like a missing one.
 */
function id(value: unknown): string | null {
  const raw = text(value)
  return raw !== null && isWellFormed(raw) ? raw : null
}

/** Line counts: -1 means "not returned by this version" (docs/ges-api.md#import-details-and-line-counts), so it becomes null. */
export function lineCount(value: unknown): number | null {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null
}

/** File statuses: the docs print both `failed` and `Failed`, so compare without case. */
export function fileStatus(raw: string): FileStatus {
  switch (raw.toLowerCase()) {
    case 'success':
      return 'success'
    case 'failed':
      return 'failed'
    case 'partfailed':
    case 'partiallyfailed':
      return 'partFailed'
    default:
      return 'unknown'
  }
}

const FILE_LISTS: [string, FileKind][] = [
  ['schemaPath', 'schema'],
  ['edgesetPath', 'edgeset'],
  ['vertexsetPath', 'vertexset']
]

function normalizeFiles(detail: unknown, what: string): ImportFile[] | null {
  if (typeof detail === 'string' && detail.trim().startsWith('{')) {
    try {
      detail = JSON.parse(detail)
    } catch {
      malformed(what, 'jobDetail is a string that is not JSON')
    }
  }
  if (detail === null || detail === undefined) return null
  if (!isObject(detail)) malformed(what, `jobDetail is ${describe(detail)}, not an object`)
  const files: ImportFile[] = []
  for (const [name, kind] of FILE_LISTS) {
    const entries = field(detail, name)
    if (entries === null || entries === undefined) continue
    if (!Array.isArray(entries)) malformed(what, `jobDetail.${name} is ${describe(entries)}, not a list`)
    for (const entry of entries) {
      if (!isObject(entry)) malformed(what, `jobDetail.${name} holds ${describe(entry)}, not an object`)
      const rawStatus = text(field(entry, 'status')) ?? ''
      files.push({
        kind,
        path: text(field(entry, 'path')) ?? '',
        status: fileStatus(rawStatus),
        rawStatus,
        totalLines: lineCount(field(entry, 'totalLines')),
        successfulLines: lineCount(field(entry, 'successfulLines')),
        failedLines: lineCount(field(entry, 'failedLines')),
        cause: text(field(entry, 'cause')),
        log: text(field(entry, 'log'))
      })
    }
  }
  return files
}

/**
 * A job time as text, or null when GES sent none. An empty string and 0 say "no time" (a
 * pending job), not a time of 1970: they are absent, not unreadable.
 */
function rawTime(value: unknown): string | null {
  const raw = text(value) ?? (value === null || value === undefined ? null : JSON.stringify(value))
  if (raw === null || raw.trim() === '' || /^0+$/.test(raw.trim())) return null
  // No time is longer than this; the rest of a huge value says nothing more in a report.
  return raw.length > RAW_TIME_MAX ? `${raw.slice(0, RAW_TIME_MAX)}…` : raw
}

const RAW_TIME_MAX = 200

/** Epoch ms of a job time in any format the API family writes (shared/time.ts), else null. */
function time(raw: string | null): number | null {
  return raw === null ? null : (parseJobTime(raw) ?? null)
}

/** One job from the list or from the single-job status endpoint (`knownId` when the body omits it). */
export function normalizeJob(raw: unknown, what: string, knownId?: string): Job {
  if (!isObject(raw)) malformed(what, `a job is ${describe(raw)}, not an object`)
  const sentId = text(field(raw, 'jobId'))
  const jobId = sentId === null ? knownId : (id(sentId) ?? undefined)
  if (!jobId) malformed(what, sentId === null ? 'a job has no jobId' : 'a jobId is not well-formed Unicode')
  // The status of another job (a cache or gateway mix-up) must never stand in for this one's.
  if (knownId !== undefined && jobId !== knownId)
    malformed(what, `the answer is about job ${JSON.stringify(jobId.slice(0, 80))}, not ${knownId}`)
  // A missing status reads as unknown: not finished, so the wait goes on rather than guess.
  const sentStatus = text(field(raw, 'status')) ?? ''
  const statusUnreadable = unreadableStatus(sentStatus)
  const beginTimeRaw = rawTime(field(raw, 'beginTime'))
  return {
    id: jobId,
    name: text(field(raw, 'jobName')),
    type: text(field(raw, 'jobType')),
    graph: text(field(raw, 'relatedGraph')),
    status: jobStatus(sentStatus),
    rawStatus: keptStatus(sentStatus),
    ...(statusUnreadable !== undefined && { statusUnreadable }),
    beginTime: time(beginTimeRaw),
    beginTimeRaw,
    endTime: time(rawTime(field(raw, 'endTime'))),
    failReason: text(field(raw, 'failReason')),
    files: normalizeFiles(field(raw, 'jobDetail'), what)
  }
}

/** `{jobCount, jobList}` (v1) or `{job_count, job_list}` (v2). */
export function normalizeJobPage(body: unknown, what: string): JobPage {
  if (!isObject(body)) malformed(what, `the body is ${describe(body)}, not an object`)
  const list = field(body, 'jobList')
  if (list === null || list === undefined) {
    // An empty job center may omit the list; a count above zero without it is not an answer.
    if ((lineCount(field(body, 'jobCount')) ?? 0) > 0) malformed(what, 'jobCount is above 0 but jobList is missing')
    return { total: 0, jobs: [], skipped: 0 }
  }
  if (!Array.isArray(list)) malformed(what, `jobList is ${describe(list)}, not a list`)
  const countField = field(body, 'jobCount')
  const total = lineCount(countField)
  if (countField !== undefined && countField !== null && total === null) {
    malformed(what, `jobCount is ${describe(countField)}, not a count`)
  }
  // No id, no wait: skipped, not fatal. What can be read is kept: a possible target is said.
  const jobs: Job[] = []
  const idless: Job[] = []
  for (const entry of list) {
    if (!isObject(entry)) continue
    if (id(field(entry, 'jobId'))) jobs.push(normalizeListedJob(entry, what))
    else idless.push({ ...normalizeListedJob({ ...entry, jobId: '-' }, what), id: '' })
  }
  return { total, jobs, skipped: list.length - jobs.length, ...(idless.length > 0 && { idless }) }
}

/**
 * One broken entry (a jobDetail of another shape, on some old job) must not hide every other
 * job of the page. It stays listed with what could be read, marked unreadable (never finished),
 * so that if it is a target it is waited on, never taken for a success.
 */
function normalizeListedJob(entry: Obj, what: string): Job {
  try {
    return normalizeJob(entry, what)
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    const readable = Object.fromEntries(
      Object.entries(entry).filter(([key]) => key !== 'jobDetail' && key !== 'job_detail')
    )
    const problem = error.message.replace(/^.*?unexpected answer: /, '')
    return { ...normalizeJob(readable, what), unreadable: problem, files: null }
  }
}

/** `{graphCount, graphs:[{id, name}]}`; v2 `{graph_count, graphs}`; `skipped`: entries that are no graph. */
export function normalizeGraphs(
  body: unknown,
  what: string
): { total: number | null; graphs: Graph[]; skipped: number } {
  if (!isObject(body)) malformed(what, `the body is ${describe(body)}, not an object`)
  const list = field(body, 'graphs') ?? []
  if (!Array.isArray(list)) malformed(what, `graphs is ${describe(list)}, not a list`)
  const graphs: Graph[] = []
  for (const graph of list) {
    if (!isObject(graph)) malformed(what, `a graph is ${describe(graph)}, not an object`)
    const graphId = id(graph.id)
    const name = text(graph.name)
    if (graphId && name) graphs.push({ id: graphId, name })
  }
  // A graph without id or name is skipped: the list then does not tell which graphs exist.
  return { total: lineCount(field(body, 'graphCount')), graphs, skipped: list.length - graphs.length }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value) ?? ''}`
}
