// GES + IAM emulator for tests and demos: HTTP plumbing, request log, faults, auth dispatch.
// Binds to 127.0.0.1 only. See README.md beside this file for the options.
import { createServer } from 'node:http'
import { randomBytes } from 'node:crypto'
import { Auth } from './auth.mjs'
import { parseQuery } from './aksk-verify.mjs'
import { FaultBook } from './faults.mjs'
import { fillerJobs, jobStateAt } from './jobs.mjs'
import { importGraph } from './import-graph.mjs'
import { classify, gesError, jobStatus, listGraphs, listJobs, listProjects } from './routes.mjs'

export const DEFAULT_PROJECT_ID = '0123456789abcdef0123456789abcdef'
export const DEFAULT_REGION = 'cn-north-4'
export const DEFAULT_TOKEN = 'test-token'

/**
 * @typedef {object} EmulatorOptions
 * @property {number} [port=0]
 * @property {string} [projectId]
 * @property {string} [region='cn-north-4']
 * @property {string[]} [tokens=['test-token']] static X-Auth-Token values, never expire
 * @property {{ users?: Array<{name: string, password: string, domain: string}>, tokenTtlMs?: number, shortLivedTokens?: number }} [iam]
 * @property {{ ak: string, sk: string, securityToken?: string }} [aksk]
 * @property {Array<{id: string, name: string}>} [projects] answer of GET /v3/projects (default: this project)
 * @property {import('./jobs.mjs').JobSpec[]} [jobs]
 * @property {number} [fillerJobs=0]
 * @property {Array<{id: string, name: string}>} [graphs] default: one per job graph name, id `graph-id-<name>`
 * @property {import('./faults.mjs').Fault[]} [faults]
 * @property {number} [maxLimit=100]
 * @property {'newest' | 'oldest' | 'shuffled'} [order='shuffled']
 * @property {number | string} [seed=1]
 * @property {number} [serverUtcOffsetHours=8]
 * @property {boolean} [statusIncludesDetail=false]
 * @property {'T' | 'space'} [timeFormat]
 * @property {number} [clockSkewMs=0] the server's wall clock runs this far ahead (X-Sdk-Date check, Date header, token expiry)
 * @property {(record: RequestRecord) => void} [onRequest] called once each request is answered (or reset/hung)
 * @property {(record: RequestRecord) => void} [beforeAnswer] called when a request has arrived, before its fault or
 *   answer is chosen: a test can change the world here (setJobs), e.g. between two pages of one listing
 * @property {'start' | 'firstRequest'} [timelineFrom='start'] what timelines, request `at` and now() count from
 * @property {import('./import-graph.mjs').ImportGraphOptions} [importGraph] the run of jobs that ImportGraph starts
 * @property {string} [pathPrefix] serve GES and IAM under this path (e.g. '/ges'), as a gateway would; others get 404
 *
 * @typedef {{ method: string, path: string, query: Record<string, string | string[]>,
 *   headers: Record<string, string | string[] | undefined>, body: string,
 *   endpoint: 'list' | 'status' | 'graphs' | 'import' | 'token' | 'projects' | 'other', at: number,
 *   status: number | null, requestId: string }} RequestRecord  status: 0 = reset, null = not answered (hang)
 *
 * @typedef {{ url: string, port: number, projectId: string, region: string, token: string | undefined,
 *   requests: RequestRecord[], addFault: (f: import('./faults.mjs').Fault) => void,
 *   setJobs: (jobs: import('./jobs.mjs').JobSpec[]) => void, now: () => number,
 *   close: () => Promise<void> }} Emulator
 */

/**
 * @param {EmulatorOptions} [options]
 * @returns {Promise<Emulator>}
 */
export async function startEmulator(options = {}) {
  const o = resolve(options)
  // With timelineFrom 'firstRequest' the clock (timelines, `at`, now()) restarts when the first
  // request arrives, so a slow client start-up cannot eat into a job's scripted run time.
  let startMs = Date.now()
  let waitingForFirstRequest = o.timelineFrom === 'firstRequest'
  const now = () => Date.now() - startMs
  const serverClock = () => Date.now() + o.clockSkewMs
  const auth = new Auth({ ...o.iam, tokens: o.tokens, aksk: o.aksk, projectId: o.projectId, region: o.region })
  const faults = new FaultBook(o.faults)
  /** @type {RequestRecord[]} */
  const requests = []
  const filler = fillerJobs(
    o.fillerJobs,
    (o.graphs ?? derivedGraphs(o.jobs)).map((g) => g.name),
    startMs,
    o.seed
  )
  let jobs = checkJobs(o.jobs)
  /** Jobs started by ImportGraph calls (kept apart from setJobs), and the calls that started them. */
  const importedJobs = []
  const imports = []
  const sockets = new Set()
  const timers = new Set()
  let closed = false

  const world = () => {
    const elapsed = now()
    const allGraphs = o.graphs ?? derivedGraphs([...jobs, ...importedJobs])
    const deleted = (g) => g.deletedAtMs !== undefined && elapsed >= g.deletedAtMs
    return {
      // A job's twins follow it in the list (same id, own timeline); the status endpoint answers the job.
      states: [...jobs, ...importedJobs, ...filler]
        .flatMap((j) => [j, ...(j.twins ?? []).map((t) => ({ ...j, ...t, twins: undefined, twin: true }))])
        .map((j) => {
          const state = jobStateAt(j, startMs, elapsed)
          return state && j.twin ? { ...state, twin: true } : state
        })
        .filter((s) => s !== null),
      graphs: allGraphs.filter((g) => !deleted(g)),
      deletedGraphIds: new Set(allGraphs.filter(deleted).map((g) => g.id)),
      o
    }
  }

  /** The normal answer: { status, headers?, body } */
  function answer(req, route, bodyBuf, query) {
    const url = req.url
    if (route.endpoint === 'token') return auth.issueToken(bodyBuf.toString('utf8'), serverClock())
    if (route.endpoint === 'other') {
      return apigError(404, 'APIG.0101', 'The API does not exist or has not been published in the environment')
    }
    const denied = auth.check(
      { method: req.method, url, headers: req.headers, body: bodyBuf },
      { ges: route.endpoint !== 'projects', nowMs: serverClock(), projectId: route.projectId }
    )
    if (denied) return apigError(401, denied.code, `Incorrect IAM authentication information: ${denied.reason}`)
    if (route.projectId !== undefined && route.projectId !== o.projectId) {
      // docs/ges-api.md#errors (ges_03_0040): a wrong project id comes as 400 GES.0016, not 404.
      return gesError(route.version, 400, 'GES.0016', `The project ID ${route.projectId} is invalid.`)
    }
    switch (route.endpoint) {
      case 'projects':
        return listProjects(
          query,
          o.projects ?? [{ id: o.projectId, name: o.region }],
          `http://${req.headers.host}${url}`
        )
      case 'list':
        return listJobs(route, query, world())
      case 'status':
        return jobStatus(route, world())
      case 'graphs':
        return listGraphs(route, query, world())
      case 'import': {
        const started = importGraph(route, query, bodyBuf.toString('utf8'), world(), now(), o.importGraph)
        if (started.job) {
          importedJobs.push(started.job)
          imports.push({ jobId: started.job.id, version: route.version, graphId: route.graphId, body: started.body })
        }
        return started.reply
      }
    }
    throw new Error(`unrouted endpoint ${route.endpoint}`)
  }

  function send(res, record, reply) {
    if (closed || res.destroyed || res.headersSent) return
    let body = reply.body ?? ''
    let type = 'text/plain;charset=UTF-8'
    if (typeof body === 'object') {
      // apigError() and fault bodies leave request_id empty: fill in this response's id.
      if ('request_id' in body && !body.request_id) body = { ...body, request_id: record.requestId }
      body = JSON.stringify(body)
      type = 'application/json;charset=UTF-8'
    } else if (/^\s*[[{]/.test(body)) type = 'application/json;charset=UTF-8'
    const headers = {
      'content-type': type,
      'content-length': String(Buffer.byteLength(body)),
      date: new Date(serverClock()).toUTCString(),
      'x-request-id': record.requestId
    }
    // Fault headers override ours, whatever their case.
    for (const [name, value] of Object.entries(reply.headers ?? {})) headers[name.toLowerCase()] = value
    res.writeHead(reply.status, headers)
    res.end(body)
    finish(record, reply.status)
  }

  function finish(record, status) {
    record.status = status
    o.onRequest?.(record)
  }

  /** Performs a fault action (or, with null, the normal answer). */
  function perform(action, req, res, record, normal) {
    if (closed) return
    if (action === null) return send(res, record, normal())
    // The request is processed (an import started) and then the fault hits: a lost answer.
    if (action.process) {
      normal()
      return perform({ ...action, process: undefined }, req, res, record, () => ({ status: 500, body: '' }))
    }
    if (action.reset) {
      req.socket.destroy()
      return finish(record, 0)
    }
    if (action.hang) return finish(record, null) // the socket stays open until the client or close() ends it
    if (action.hangBody) {
      // Headers promise a body that never completes: the client must give up by itself.
      res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8', 'content-length': '100000' })
      res.write('{"jobCount":1,"jobList":[')
      return finish(record, null)
    }
    if (action.ignoreOffset) return send(res, record, normal({ offset: undefined }))
    if (action.delayMs !== undefined) {
      const timer = setTimeout(() => {
        timers.delete(timer)
        perform(action.then ?? null, req, res, record, normal)
      }, action.delayMs)
      timers.add(timer)
      return
    }
    if (action.redirect !== undefined) {
      return send(res, record, { status: action.status ?? 302, headers: { Location: action.redirect } })
    }
    return send(res, record, { status: action.status, headers: action.headers, body: action.body })
  }

  const server = createServer((req, res) => {
    if (waitingForFirstRequest) {
      waitingForFirstRequest = false
      startMs = Date.now()
    }
    const at = now()
    const q = req.url.indexOf('?')
    const path = q < 0 ? req.url : req.url.slice(0, q)
    const query = queryObject(q < 0 ? '' : req.url.slice(q + 1))
    // Behind a gateway that serves GES under a prefix: only prefixed paths reach GES, while AK/SK
    // signatures are checked over the path as sent (prefix included).
    const prefixed = !o.pathPrefix || path.startsWith(`${o.pathPrefix}/`)
    const route = prefixed ? classify(req.method, path.slice(o.pathPrefix?.length ?? 0)) : { endpoint: 'other' }
    /** @type {RequestRecord} */
    const record = {
      method: req.method,
      path,
      query,
      headers: { ...req.headers },
      body: '',
      endpoint: route.endpoint,
      at,
      status: null,
      requestId: randomBytes(16).toString('hex')
    }
    requests.push(record)
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const bodyBuf = Buffer.concat(chunks)
      record.body = bodyBuf.toString('utf8')
      const single = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
      const normal = (overrides = {}) => {
        try {
          return answer(req, route, bodyBuf, { ...single, ...overrides })
        } catch (err) {
          return { status: 500, body: { errorCode: 'GES.7006', errorMessage: `emulator bug: ${err?.message ?? err}` } }
        }
      }
      let action
      try {
        o.beforeAnswer?.(record)
        action = faults.take({ endpoint: route.endpoint, path, at })
      } catch (err) {
        action = { status: 500, body: `emulator fault error: ${err?.message ?? err}` }
      }
      perform(action, req, res, record, normal)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(o.port, '127.0.0.1', () => {
      server.off('error', reject)
      resolveListen()
    })
  })
  const port = server.address().port

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    projectId: o.projectId,
    region: o.region,
    token: o.tokens[0],
    requests,
    imports,
    addFault: (f) => faults.add(f),
    setJobs: (next) => {
      jobs = checkJobs(next)
    },
    now,
    close: () => {
      if (closed) return Promise.resolve()
      closed = true
      for (const t of timers) clearTimeout(t)
      timers.clear()
      const done = new Promise((r) => server.close(() => r()))
      // Hung and keep-alive sockets would keep the server (and node) alive: end them now.
      for (const s of sockets) s.destroy()
      server.closeAllConnections?.()
      return done
    }
  }
}

function resolve(options) {
  const o = {
    port: 0,
    projectId: DEFAULT_PROJECT_ID,
    region: DEFAULT_REGION,
    maxLimit: 100,
    order: 'shuffled',
    seed: 1,
    serverUtcOffsetHours: 8,
    statusIncludesDetail: false,
    fillerJobs: 0,
    clockSkewMs: 0,
    ...options,
    tokens: options.tokens ?? [DEFAULT_TOKEN],
    iam: { users: [], tokenTtlMs: 24 * 3600_000, ...options.iam },
    jobs: options.jobs ?? [],
    faults: options.faults ?? []
  }
  if (!['newest', 'oldest', 'shuffled'].includes(o.order))
    throw new Error(`emulator: order "${o.order}" is not newest|oldest|shuffled`)
  if (o.timeFormat !== undefined && !['T', 'space'].includes(o.timeFormat))
    throw new Error(`emulator: timeFormat "${o.timeFormat}" is not T|space`)
  if (o.timelineFrom !== undefined && !['start', 'firstRequest'].includes(o.timelineFrom)) {
    throw new Error(`emulator: timelineFrom "${o.timelineFrom}" is not start|firstRequest`)
  }
  return o
}

function checkJobs(jobs) {
  for (const j of jobs) {
    if (typeof j.id !== 'string' || typeof j.graph !== 'string' || !Array.isArray(j.timeline)) {
      throw new Error(`emulator: a job needs id, graph (name) and timeline: ${JSON.stringify(j)}`)
    }
  }
  return [...jobs]
}

function derivedGraphs(jobs) {
  return [...new Set(jobs.map((j) => j.graph))].map((name) => ({ id: `graph-id-${name}`, name }))
}

function apigError(status, code, message) {
  return { status, body: { error_msg: message, error_code: code, request_id: '' } }
}

/** Decoded query; a repeated name becomes an array. Malformed escapes are kept raw. */
function queryObject(raw) {
  let pairs
  try {
    pairs = parseQuery(raw)
  } catch {
    pairs = raw ? raw.split('&').map((p) => [p.split('=')[0], p.split('=').slice(1).join('=')]) : []
  }
  const out = {}
  for (const [k, v] of pairs) {
    if (!(k in out)) out[k] = v
    else out[k] = [].concat(out[k], v)
  }
  return out
}
