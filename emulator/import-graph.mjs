// ImportGraph (docs/ges-api.md#starting-an-import-importgraph): validates the request as GES documents it and scripts the job it
// starts. Pure apart from the id counter: the server adds the returned job to the job center.
import { randomBytes } from 'node:crypto'
import { gesError } from './routes.mjs'

/** Body fields per version (docs/ges-api.md#starting-an-import-importgraph); the path fields are what makes an import. */
const FIELDS = {
  1: [
    'edgesetPath',
    'edgesetFormat',
    'vertexsetPath',
    'vertexsetFormat',
    'schemaPath',
    'logDir',
    'parallelEdge',
    'delimiter',
    'trimQuote',
    'offline'
  ],
  2: [
    'edgeset_path',
    'edgeset_format',
    'vertexset_path',
    'vertexset_format',
    'schema_path',
    'log_dir',
    'parallel_edge',
    'delimiter',
    'trim_quote',
    'offline'
  ]
}
const PATHS = {
  1: { edge: 'edgesetPath', vertex: 'vertexsetPath', schema: 'schemaPath', log: 'logDir' },
  2: { edge: 'edgeset_path', vertex: 'vertexset_path', schema: 'schema_path', log: 'log_dir' }
}

/**
 * @typedef {{ runMs?: number, status?: string, lines?: number, visibleAfterMs?: number,
 *   startedAs?: { name?: string, graph?: string, beginTime?: string },
 *   timeline?: (ctx: { jobId: string, body: object, version: 1 | 2, atMs: number }) => import('./jobs.mjs').TimelineEntry[] }} ImportGraphOptions
 *   runMs: how long the started job runs (default 2000); status: its final status (default success);
 *   visibleAfterMs: the job is in neither the list nor the status endpoint until this long after the call (default 0);
 *   timeline: replaces the scripted run (atMs relative to the emulator start, like every timeline);
 *   startedAs: { name?, graph?, beginTime? } the job center shows the started job with another job name,
 *   graph or begin time (a server that answers about another job than the one it said it started)
 */

/**
 * POST …/graphs/{graph_id}/action?action_id=import-graph (v1) or …/graphs/{graph_id}/import-graph (v2).
 * Returns { reply } with a 400 for a bad request, or { reply, job } for a started import.
 * Chosen where the docs are silent: an unknown graph id is 400 GES.7000; a body field of the other
 * version's naming, or one not documented, is 400 GES.0001; so is a body without any path.
 */
export function importGraph(route, query, bodyText, world, atMs, options = {}) {
  const v = route.version
  const fail = (code, message) => ({ reply: gesError(v, 400, code, message) })
  if (v === 1 && query.action_id !== 'import-graph') {
    return fail('GES.0001', `Invalid parameter: action_id "${query.action_id ?? ''}" must be import-graph.`)
  }
  const graph = world.graphs.find((g) => g.id === route.graphId)
  if (!graph) return fail('GES.7000', `The graph ${route.graphId} does not exist.`)
  let body
  try {
    body = JSON.parse(bodyText)
  } catch {
    return fail('GES.0001', 'Invalid parameter: the request body is not JSON.')
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return fail('GES.0001', 'Invalid parameter: the request body must be a JSON object.')
  }
  const unknown = Object.keys(body).filter((key) => !FIELDS[v].includes(key))
  if (unknown.length > 0) return fail('GES.0001', `Invalid parameter: unknown field ${unknown.join(', ')}.`)
  const p = PATHS[v]
  if (![p.edge, p.vertex, p.schema].some((key) => typeof body[key] === 'string' && body[key] !== '')) {
    return fail(
      'GES.0001',
      `Invalid parameter: ${p.edge} is required when neither ${p.vertex} nor ${p.schema} is given.`
    )
  }
  const jobId = `ff808081${randomBytes(12).toString('hex')}`
  const timeline = options.timeline?.({ jobId, body, version: v, atMs }) ?? defaultTimeline(body, p, atMs, options)
  const job = {
    id: jobId,
    name: 'ImportGraph',
    type: 'GraphManagement',
    graph: graph.name,
    appearAtMs: atMs + (options.visibleAfterMs ?? 0),
    beginTime: new Date(Date.now()).toISOString(),
    timeline,
    ...options.startedAs
  }
  return { reply: { status: 200, body: v === 1 ? { jobId } : { job_id: jobId } }, job, body }
}

/** Running, then `status` after runMs, with one file result per path given (v1 names: the server converts for v2). */
function defaultTimeline(body, p, atMs, { runMs = 2000, status = 'success', lines = 1000 } = {}) {
  const log = typeof body[p.log] === 'string' ? body[p.log].replace(/\/?$/, '/') : null
  const file = (path, name, n) => ({
    path,
    log: log && `${log}${name}.log`,
    status: status === 'partiallyFailed' ? 'partFailed' : status,
    cause: status === 'success' ? null : 'rows rejected (emulator)',
    totalLines: n,
    successfulLines: status === 'success' ? n : Math.floor(n / 2),
    failedLines: status === 'success' ? 0 : n - Math.floor(n / 2)
  })
  const detail = {}
  if (body[p.schema]) detail.schemaPath = [{ path: body[p.schema], log: null, status: 'success', cause: null }]
  if (body[p.edge]) detail.edgesetPath = [file(body[p.edge], 'edges', lines)]
  if (body[p.vertex]) detail.vertexsetPath = [file(body[p.vertex], 'vertices', Math.ceil(lines / 7))]
  return [
    { atMs, status: 'running' },
    { atMs: atMs + runMs, status, jobDetail: detail }
  ]
}
