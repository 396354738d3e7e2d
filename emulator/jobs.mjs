// Job timelines, the job-center list (filters, order, paging) and v1/v2 rendering.
// Pure functions of (job definitions, emulator start time, elapsed ms): no I/O, no timers.
import { createHash } from 'node:crypto'

/**
 * @typedef {{ atMs: number, status: string, listStatus?: string, endTime?: string | null,
 *             failReason?: string | null, jobDetail?: object | null }} TimelineEntry
 * @typedef {{ id: string, name?: string, type?: string, graph: string, appearAtMs?: number,
 *             disappearAtMs?: number, unlistedAtMs?: number, beginTime?: string, beginTimeRaw?: unknown,
 *             timeline: TimelineEntry[] }} JobSpec
 * @typedef {{ id: string, name: string, type: string, graph: string, status: string,
 *             listStatus?: string, unlisted?: boolean,
 *             beginMs: number, endMs: number | null, failReason: string | null,
 *             jobDetail: object | null, beginRaw?: { value: unknown } }} JobState
 */

/**
 * Statuses that get a default endTime (start + atMs) when the timeline entry gives none.
 * Anything else (running, pending, waiting, odd test values) stays without endTime.
 */
const FINISHED = /^(success|succeeded|failed|partiallyfailed|partfailed|cancell?ed|killed|aborted)$/i

/** ISO string → epoch ms; a string without zone is read as UTC (GES times are UTC). */
export function parseUtc(text) {
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text)
  const ms = Date.parse(hasZone ? text : `${text.replace(' ', 'T')}Z`)
  if (Number.isNaN(ms)) throw new Error(`emulator: invalid time "${text}"`)
  return ms
}

/** epoch ms → `yyyy-MM-ddTHH:mm:ss` or `yyyy-MM-dd HH:mm:ss`, UTC, no zone suffix. */
export function formatTime(ms, separator) {
  return new Date(ms).toISOString().slice(0, 19).replace('T', separator)
}

/**
 * State of one job `elapsedMs` after emulator start, or null while it is not visible.
 * Before its first timeline entry a visible job is 'pending'.
 * @param {JobSpec} job @param {number} startMs @param {number} elapsedMs
 * @returns {JobState | null}
 */
export function jobStateAt(job, startMs, elapsedMs) {
  const appearAtMs = job.appearAtMs ?? 0
  if (elapsedMs < appearAtMs) return null
  if (job.disappearAtMs !== undefined && elapsedMs >= job.disappearAtMs) return null
  let entry = null
  for (const e of job.timeline ?? []) if (e.atMs <= elapsedMs && (!entry || e.atMs >= entry.atMs)) entry = e
  const status = entry ? entry.status : 'pending'
  let endMs = null
  if (entry && entry.endTime !== undefined) endMs = entry.endTime === null ? null : parseUtc(entry.endTime)
  else if (entry && FINISHED.test(status)) endMs = startMs + entry.atMs
  return {
    id: job.id,
    name: job.name ?? 'ImportGraph',
    type: job.type ?? 'GraphManagement',
    graph: job.graph,
    status,
    beginMs: job.beginTime !== undefined ? parseUtc(job.beginTime) : startMs + appearAtMs,
    endMs,
    failReason: entry?.failReason ?? null,
    jobDetail: entry?.jobDetail ?? null,
    // The two endpoints need not agree: the list may say another status, or drop the job.
    ...(entry?.listStatus !== undefined ? { listStatus: entry.listStatus } : {}),
    ...(job.unlistedAtMs !== undefined && elapsedMs >= job.unlistedAtMs ? { unlisted: true } : {}),
    // Served verbatim as the begin time (epoch numbers, RFC 1123, junk, null); filters and
    // order still use beginMs.
    ...('beginTimeRaw' in job ? { beginRaw: { value: job.beginTimeRaw } } : {})
  }
}

/** camelCase → snake_case, recursively on object keys (values untouched). */
export function snakeKeys(value) {
  if (Array.isArray(value)) return value.map(snakeKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), snakeKeys(v)])
  )
}

/**
 * Renders one job. v1 camelCase with `T` times, v2 snake_case with space times, unless
 * timeFormat forces one. `forStatus` gives the single-job body shape (always failReason and
 * jobProgress; jobDetail only if includeDetail); list entries carry jobDetail when the timeline
 * gives one and failReason only when set (as in the documented example).
 * @param {JobState} s
 * @param {{ version: 1 | 2, timeFormat?: 'T' | 'space', forStatus?: boolean, includeDetail?: boolean }} o
 */
export function renderJob(s, o) {
  const sep = o.timeFormat === 'T' ? 'T' : o.timeFormat === 'space' ? ' ' : o.version === 1 ? 'T' : ' '
  const body = {
    jobId: s.id,
    status: s.status,
    jobType: s.type,
    jobName: s.name,
    relatedGraph: s.graph,
    beginTime: s.beginRaw ? s.beginRaw.value : formatTime(s.beginMs, sep),
    endTime: s.endMs === null ? null : formatTime(s.endMs, sep)
  }
  if (o.forStatus || s.failReason !== null) body.failReason = s.failReason
  if (s.jobDetail !== null && (o.forStatus ? o.includeDetail : true)) body.jobDetail = s.jobDetail
  body.jobProgress = 0
  return o.version === 1 ? body : snakeKeys(body)
}

/** Deterministic pseudo-random sort key for the 'shuffled' order: stable across requests. */
function shuffleKey(seed, id) {
  return createHash('sha256').update(`${seed}:${id}`).digest('hex')
}

/**
 * Dates for startTime/endTime filters are computed in the SERVER's time zone
 * (serverUtcOffsetHours, default +8 = Beijing, where GES runs): the docs say only "yyyy-MM-dd"
 * and nothing about zone or field, so the emulator picks: startTime keeps jobs whose begin DATE
 * >= the given date, endTime keeps jobs whose end DATE <= the given date (jobs without an end
 * time are dropped by endTime). Both bounds are inclusive.
 */
export function serverDate(ms, offsetHours) {
  return new Date(ms + offsetHours * 3600_000).toISOString().slice(0, 10)
}

/**
 * The job-center query. Returns { total, page } or { error } for a bad parameter.
 * @param {JobState[]} states visible jobs
 * @param {{ offset?: string, limit?: string, graphName?: string, status?: string,
 *           startDate?: string, endDate?: string }} q  raw query strings
 * @param {{ maxLimit: number, order: 'newest' | 'oldest' | 'shuffled', seed: number | string,
 *           serverUtcOffsetHours: number }} o
 */
export function queryJobs(states, q, o) {
  const offset = q.offset === undefined ? 0 : intParam(q.offset, 0)
  if (offset === null) return { error: `offset "${q.offset}" must be an integer >= 0` }
  const limitRaw = q.limit === undefined ? 10 : intParam(q.limit, 1)
  if (limitRaw === null) return { error: `limit "${q.limit}" must be an integer >= 1` }
  const limit = Math.min(limitRaw, o.maxLimit)
  for (const [name, value] of [
    ['start time', q.startDate],
    ['end time', q.endDate]
  ]) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
      return { error: `${name} "${value}" must be yyyy-MM-dd` }
  }

  // The list filter says 'waiting' where jobs say 'pending' (docs/ges-api.md#the-job-list); status compare is case-insensitive.
  const wanted = q.status?.toLowerCase()
  const statusMatches = (s) => {
    const have = s.toLowerCase()
    return have === wanted || (wanted === 'waiting' && have === 'pending')
  }
  const matching = states.filter(
    (s) =>
      (q.graphName === undefined || s.graph === q.graphName) &&
      (wanted === undefined || statusMatches(s.status)) &&
      (q.startDate === undefined || serverDate(s.beginMs, o.serverUtcOffsetHours) >= q.startDate) &&
      (q.endDate === undefined || (s.endMs !== null && serverDate(s.endMs, o.serverUtcOffsetHours) <= q.endDate))
  )
  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  if (o.order === 'newest') matching.sort((a, b) => b.beginMs - a.beginMs || byId(a, b))
  else if (o.order === 'oldest') matching.sort((a, b) => a.beginMs - b.beginMs || byId(a, b))
  else {
    const key = new Map(matching.map((s) => [s.id, shuffleKey(o.seed, s.id)]))
    matching.sort((a, b) => (key.get(a.id) < key.get(b.id) ? -1 : 1))
  }
  return { total: matching.length, page: matching.slice(offset, offset + limit) }
}

function intParam(text, min) {
  if (!/^\d+$/.test(text)) return null
  const n = Number(text)
  return Number.isSafeInteger(n) && n >= min ? n : null
}

/** Small seeded PRNG (mulberry32) so filler jobs are the same on every run. */
function prng(seed) {
  let a = parseInt(createHash('sha256').update(String(seed)).digest('hex').slice(0, 8), 16)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * N old finished ('success') jobs for a crowded job center: begin times spread over the 30 days
 * before start, on the given graphs plus a few graphs that no longer exist (the job center
 * keeps jobs of deleted graphs). Deterministic per seed.
 * @param {number} count @param {string[]} graphNames @param {number} startMs @param {number | string} seed
 * @returns {JobSpec[]}
 */
export function fillerJobs(count, graphNames, startMs, seed) {
  const rand = prng(`filler:${seed}`)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const graphs = [...new Set([...graphNames, 'test1217', 'kg-archive', 'social-demo'])]
  const names = [
    'ImportGraph',
    'ImportGraph',
    'ImportGraph',
    'ExportGraph',
    'ClearGraph',
    'DeleteGraph',
    'CreateGraph',
    'UpgradeGraph'
  ]
  const hex = (n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('')
  const jobs = []
  for (let i = 0; i < count; i++) {
    const graph = pick(graphs)
    const name = pick(names)
    const beginMs = startMs - Math.floor(3_600_000 + rand() * (30 * 86_400_000 - 3_600_000))
    const endMs = beginMs + Math.floor(5_000 + rand() * 1_800_000)
    const job = {
      id: `ff808081${hex(24)}`,
      name,
      type: 'GraphManagement',
      graph,
      beginTime: new Date(beginMs).toISOString(),
      timeline: [{ atMs: 0, status: 'success', endTime: new Date(Math.min(endMs, startMs - 60_000)).toISOString() }]
    }
    if (name === 'ImportGraph') {
      const lines = Math.floor(100 + rand() * 100_000)
      const file = (kind, n) => ({
        path: `obs://ges-data/${graph}/${kind}.csv`,
        log: `obs://ges-data/${graph}/logs/${kind}.log`,
        status: 'success',
        cause: null,
        totalLines: n,
        successfulLines: n,
        failedLines: 0
      })
      job.timeline[0].jobDetail = {
        schemaPath: [{ path: `obs://ges-data/${graph}/schema.xml`, log: null, status: 'success', cause: null }],
        edgesetPath: [file('edges', lines)],
        vertexsetPath: [file('vertices', Math.ceil(lines / 7))]
      }
    }
    jobs.push(job)
  }
  return jobs
}
