// Route table: which endpoint a request is, and the GES / IAM answers. No HTTP plumbing here.
import { queryJobs, renderJob } from './jobs.mjs'

/**
 * Classifies a request by path shape only (any project id), so faults and the request log can
 * name it even when the project id is wrong.
 * @returns {{ endpoint: 'list' | 'status' | 'graphs' | 'import' | 'token' | 'projects' | 'other',
 *             version?: 1 | 2, projectId?: string, graphId?: string, jobId?: string }}
 */
export function classify(method, path) {
  let m
  if (method === 'POST' && path === '/v3/auth/tokens') return { endpoint: 'token' }
  if (method === 'POST') {
    // ImportGraph (docs/ges-api.md#starting-an-import-importgraph): v1 …/graphs/{graph_id}/action?action_id=import-graph, v2 …/import-graph
    if (
      (m =
        /^\/(v1\.0)\/([^/]+)\/graphs\/([^/]+)\/action$/.exec(path) ??
        /^\/(v2)\/([^/]+)\/graphs\/([^/]+)\/import-graph$/.exec(path))
    ) {
      return { endpoint: 'import', version: m[1] === 'v2' ? 2 : 1, projectId: m[2], graphId: safeDecode(m[3]) }
    }
    return { endpoint: 'other' }
  }
  if (method !== 'GET') return { endpoint: 'other' }
  if (path === '/v3/projects') return { endpoint: 'projects' }
  if ((m = /^\/(v1\.0|v2)\/([^/]+)\/graphs\/jobs$/.exec(path))) {
    return { endpoint: 'list', version: m[1] === 'v2' ? 2 : 1, projectId: m[2] }
  }
  if ((m = /^\/(v1\.0|v2)\/([^/]+)\/graphs\/([^/]+)\/jobs\/([^/]+)\/status$/.exec(path))) {
    return {
      endpoint: 'status',
      version: m[1] === 'v2' ? 2 : 1,
      projectId: m[2],
      graphId: safeDecode(m[3]),
      jobId: safeDecode(m[4])
    }
  }
  if ((m = /^\/(v1\.0|v2)\/([^/]+)\/graphs$/.exec(path))) {
    return { endpoint: 'graphs', version: m[1] === 'v2' ? 2 : 1, projectId: m[2] }
  }
  return { endpoint: 'other' }
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** GES error body in the version's casing. */
export function gesError(version, status, code, message) {
  return {
    status,
    body: version === 1 ? { errorCode: code, errorMessage: message } : { error_code: code, error_msg: message }
  }
}

/**
 * @typedef {{ states: import('./jobs.mjs').JobState[], graphs: Array<{id: string, name: string}>,
 *   o: { maxLimit: number, order: string, seed: number | string, serverUtcOffsetHours: number,
 *        timeFormat?: 'T' | 'space', statusIncludesDetail: boolean, region: string } }} World
 */

/** GET …/graphs/jobs */
export function listJobs(route, query, world) {
  const v1 = route.version === 1
  const listed = world.states
    .filter((s) => !s.unlisted)
    .map((s) => (s.listStatus !== undefined ? { ...s, status: s.listStatus } : s))
  const r = queryJobs(
    listed,
    {
      offset: query.offset,
      limit: query.limit,
      graphName: query.graph_name,
      status: query.status,
      startDate: v1 ? query.startTime : query.start_time,
      endDate: v1 ? query.endTime : query.end_time
    },
    world.o
  )
  if (r.error) return gesError(route.version, 400, 'GES.0001', `Invalid parameter: ${r.error}.`)
  const jobs = r.page.map((s) => renderJob(s, { version: route.version, timeFormat: world.o.timeFormat }))
  return {
    status: 200,
    body: v1
      ? { errorMessage: null, errorCode: null, jobCount: r.total, jobList: jobs }
      : { job_count: r.total, job_list: jobs }
  }
}

/** GET …/graphs/{graph_id}/jobs/{job_id}/status — unknown job or graph mismatch: GES.7007. */
export function jobStatus(route, world) {
  const state = world.states.find((s) => s.id === route.jobId)
  const graph = state && world.graphs.find((g) => g.name === state.graph)
  if (!state || !graph || graph.id !== route.graphId) {
    return gesError(route.version, 400, 'GES.7007', 'The job does not exist.')
  }
  const job = renderJob(state, {
    version: route.version,
    timeFormat: world.o.timeFormat,
    forStatus: true,
    includeDetail: world.o.statusIncludesDetail
  })
  // Same fields as a list entry; the docs print status first and v1 adds the null error fields.
  const { status, ...rest } = job
  const body = route.version === 1 ? { errorMessage: null, errorCode: null, status, ...rest } : { status, ...rest }
  return { status: 200, body }
}

/** GET …/graphs?offset&limit — same paging rules as the job list (limit default 10, capped). */
export function listGraphs(route, query, world) {
  const offset = query.offset === undefined ? 0 : Number(query.offset)
  const limit = query.limit === undefined ? 10 : Number(query.limit)
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(limit) || limit < 1) {
    return gesError(route.version, 400, 'GES.0001', 'Invalid parameter: offset must be >= 0 and limit >= 1.')
  }
  const page = world.graphs.slice(offset, offset + Math.min(limit, world.o.maxLimit))
  const v1 = route.version === 1
  const graphs = page.map((g) => ({
    id: g.id,
    name: g.name,
    status: '200',
    [v1 ? 'regionCode' : 'region_code']: world.o.region,
    [v1 ? 'graphSizeTypeIndex' : 'graph_size_type_index']: '1'
  }))
  return {
    status: 200,
    body: v1 ? { graphCount: world.graphs.length, graphs } : { graph_count: world.graphs.length, graphs }
  }
}

/** GET /v3/projects?name=REGION */
export function listProjects(query, projects, selfUrl) {
  const list = query.name === undefined ? projects : projects.filter((p) => p.name === query.name)
  return {
    status: 200,
    body: {
      projects: list.map((p) => ({
        domain_id: 'd0main0000000000000000000000000d',
        enabled: true,
        parent_id: 'd0main0000000000000000000000000d',
        ...p
      })),
      links: { self: selfUrl, previous: null, next: null }
    }
  }
}
