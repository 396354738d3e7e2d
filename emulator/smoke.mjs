// End-to-end self-test of the emulator over real HTTP: node emulator/smoke.mjs
// AK/SK requests are signed with the official SDK signer (devDependency), an implementation
// independent of aksk-verify.mjs.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { request } from 'node:http'
import { startEmulator } from './server.mjs'
import { demo, partFailed } from './scenarios.mjs'
import { rfc3986Encode } from './aksk-verify.mjs'
import { actions } from './faults.mjs'

const require = createRequire(import.meta.url)
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js')

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
let checks = 0
const ok = (cond, msg) => {
  assert.ok(cond, msg)
  checks++
}

async function get(emu, path, headers = { 'X-Auth-Token': 'test-token' }) {
  const res = await fetch(`${emu.url}${path}`, { headers, redirect: 'manual' })
  const text = await res.text()
  let json
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON: the caller looks at text
  }
  return { status: res.status, headers: res.headers, text, json }
}

/** Signs with the official SDK and sends: the query goes on the wire RFC 3986-encoded. */
async function signedGet(emu, path, query, headers, creds, date) {
  const req = {
    method: 'GET',
    endpoint: `${emu.url}${path}`,
    queryParams: query,
    headers: { ...headers, ...(date && { 'X-Sdk-Date': date }) }
  }
  const signed = AKSKSigner.sign(req, { getAk: () => creds.ak, getSk: () => creds.sk })
  const qs = Object.entries(query)
    .map(([k, v]) => `${rfc3986Encode(k)}=${rfc3986Encode(v)}`)
    .join('&')
  const { host, ...send } = signed
  return get(emu, qs ? `${path}?${qs}` : path, send)
}

/** Raw request that reports a reset/timeout instead of throwing. */
function rawGet(emu, path, timeoutMs) {
  return new Promise((resolve) => {
    const req = request(`${emu.url}${path}`, { headers: { 'X-Auth-Token': 'test-token' } }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode }))
    })
    req.setTimeout(timeoutMs, () => {
      req.destroy()
      resolve({ timeout: true })
    })
    req.on('error', (e) => resolve({ error: e.code }))
    req.end()
  })
}

const P = '0123456789abcdef0123456789abcdef'

// --- jobs, paging, filters, status ------------------------------------------------------------
{
  const emu = await startEmulator(demo({ fillerJobs: 23, order: 'newest' }, { runMs: 400 }))
  const g = (await get(emu, `/v1.0/${P}/graphs`)).json
  ok(g.graphCount === 2 && g.graphs[0].name === 'movies' && g.graphs[0].status === '200', 'v1 graphs')
  const movies = g.graphs[0].id
  const all = []
  for (let offset = 0; ; offset += 10) {
    const r = (await get(emu, `/v1.0/${P}/graphs/jobs?offset=${offset}`)).json
    ok(r.jobCount === 24 && r.errorCode === null, 'jobCount is the total')
    all.push(...r.jobList)
    if (r.jobList.length < 10) break
  }
  ok(all.length === 24 && new Set(all.map((j) => j.jobId)).size === 24, 'paging covers all jobs once')
  ok(all[0].status === 'running' && all[0].jobName === 'ImportGraph', 'newest first: the demo job')
  const v2 = (await get(emu, `/v2/${P}/graphs/jobs?limit=500&graph_name=movies`)).json
  ok(v2.job_list.length === v2.job_count && v2.job_list.every((j) => j.related_graph === 'movies'), 'v2 filter + cap')
  ok(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(v2.job_list[0].begin_time), 'v2 space time')
  const jobId = v2.job_list.find((j) => j.status === 'running').job_id
  const s1 = (await get(emu, `/v1.0/${P}/graphs/${movies}/jobs/${jobId}/status`)).json
  ok(
    s1.status === 'running' && s1.endTime === null && s1.failReason === null && !('jobDetail' in s1),
    'v1 running status'
  )
  await sleep(500)
  const s2 = (await get(emu, `/v2/${P}/graphs/${movies}/jobs/${jobId}/status`)).json
  ok(s2.status === 'success' && /^\d{4}-\d{2}-\d{2} /.test(s2.end_time) && !('job_detail' in s2), 'v2 success status')
  const listed = (await get(emu, `/v2/${P}/graphs/jobs?graph_name=movies&status=success&limit=100`)).json
  const mine = listed.job_list.find((j) => j.job_id === jobId)
  ok(mine.job_detail.vertexset_path[1].total_lines === 6040, 'v2 deep snake_case jobDetail')
  const bad = await get(emu, `/v2/${P}/graphs/${movies}/jobs/nope/status`)
  ok(bad.status === 400 && bad.json.error_code === 'GES.7007' && bad.json.error_msg, 'v2 7007')
  const wrongGraph = await get(emu, `/v1.0/${P}/graphs/other/jobs/${jobId}/status`)
  ok(wrongGraph.status === 400 && wrongGraph.json.errorCode === 'GES.7007', 'graph mismatch 7007')
  const nf = await get(emu, `/v1.0/ffffffffffffffffffffffffffffffff/graphs/jobs`)
  ok(nf.status === 400 && nf.json.errorCode === 'GES.0016', 'wrong project → 400 GES.0016')
  const noApi = await get(emu, `/v1.0/${P}/nothing`)
  ok(
    noApi.status === 404 &&
      noApi.json.error_code === 'APIG.0101' &&
      noApi.json.request_id === noApi.headers.get('x-request-id'),
    'unknown API 404'
  )
  ok(
    emu.requests.every((r) => typeof r.status === 'number' && r.headers && r.at >= 0),
    'requests recorded'
  )
  ok(emu.requests.filter((r) => r.endpoint === 'status').length === 4, 'endpoint classification')
  await emu.close()
}

// --- shuffled order is deterministic; date filters; timeline edge cases -------------------------
{
  const jobs = [
    { id: 'a', graph: 'g', beginTime: '2026-01-01T15:59:59', timeline: [{ atMs: 0, status: 'Weird' }] },
    { id: 'b', graph: 'g', beginTime: '2026-01-01T16:00:00', timeline: [{ atMs: 0, status: 'success' }] },
    { id: 'c', graph: 'g', appearAtMs: 200, timeline: [{ atMs: 300, status: 'failed', failReason: 'x' }] },
    { id: 'd', graph: 'g', disappearAtMs: 200, timeline: [] }
  ]
  const e1 = await startEmulator({ jobs, seed: 7, fillerJobs: 30 })
  const e2 = await startEmulator({ jobs, seed: 7, fillerJobs: 30, timeFormat: 'space' })
  const ids = async (e) => (await get(e, `/v1.0/${P}/graphs/jobs?limit=100`)).json.jobList.map((j) => j.jobId)
  ok(JSON.stringify(await ids(e1)) === JSON.stringify(await ids(e2)), 'shuffle deterministic per seed')
  // 2026-01-01T16:00:00Z is 2026-01-02 in UTC+8: startTime=2026-01-02 keeps b (and today's jobs) but not a.
  const st = (await get(e1, `/v1.0/${P}/graphs/jobs?graph_name=g&startTime=2026-01-02`)).json.jobList.map(
    (j) => j.jobId
  )
  ok(st.includes('b') && !st.includes('a'), 'startTime uses server date (UTC+8)')
  const et = (await get(e1, `/v2/${P}/graphs/jobs?graph_name=g&end_time=2026-01-02`)).json.job_list.map((j) => j.job_id)
  ok(et.length === 0, `end_time: jobs without end or ending today are excluded (${et})`)
  const now = (await get(e1, `/v1.0/${P}/graphs/jobs?graph_name=g`)).json.jobList
  ok(now.find((j) => j.jobId === 'a').endTime === null, 'unknown status has no default endTime')
  ok(
    now.find((j) => j.jobId === 'd').status === 'pending' && !now.find((j) => j.jobId === 'c'),
    'pending before timeline; invisible before appear'
  )
  ok(
    (await get(e2, `/v1.0/${P}/graphs/jobs?graph_name=g`)).json.jobList[0].beginTime.includes(' '),
    'timeFormat forces space in v1'
  )
  await sleep(320)
  const later = (await get(e1, `/v1.0/${P}/graphs/jobs?graph_name=g`)).json.jobList
  ok(
    !later.find((j) => j.jobId === 'd') && later.find((j) => j.jobId === 'c').failReason === 'x',
    'disappear / failReason'
  )
  e1.setJobs([{ id: 'z', graph: 'g2', timeline: [{ atMs: 0, status: 'running' }] }])
  ok((await get(e1, `/v2/${P}/graphs`)).json.graphs[0].id === 'graph-id-g2', 'setJobs + derived graphs')
  await Promise.all([e1.close(), e2.close()])
}

// --- statusIncludesDetail, partFailed ---------------------------------------------------------
{
  const emu = await startEmulator(partFailed({ statusIncludesDetail: true }, { runMs: 0 }))
  const s = (
    await get(
      emu,
      `/v1.0/${P}/graphs/6b8f5d4e-2c1a-4f3e-9d7b-0a1b2c3d4e5f/jobs/ff8080818c5a6e0f018c5b1d2e7a0042/status`
    )
  ).json
  ok(
    s.jobDetail.vertexsetPath[1].status === 'partFailed' && s.jobDetail.vertexsetPath[1].failedLines === 28,
    'status detail'
  )
  await emu.close()
}

// --- IAM tokens, projects, expiry -------------------------------------------------------------
{
  const emu = await startEmulator({
    ...demo(),
    tokens: [],
    iam: { users: [{ name: 'u', password: 'p', domain: 'd' }], tokenTtlMs: 300 }
  })
  const post = (body) =>
    fetch(`${emu.url}/v3/auth/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    })
  const body = (pw, scope) => ({
    auth: {
      identity: { methods: ['password'], password: { user: { name: 'u', password: pw, domain: { name: 'd' } } } },
      scope
    }
  })
  const bad = await post(body('x', { project: { id: P } }))
  ok(bad.status === 401 && (await bad.json()).error.message === 'The username or password is wrong.', 'IAM 401')
  const good = await post(body('p', { project: { name: 'cn-north-4' } }))
  const token = good.headers.get('x-subject-token')
  const tj = await good.json()
  ok(good.status === 201 && token && tj.token.project.id === P && tj.token.expires_at, 'IAM 201 + X-Subject-Token')
  ok((await get(emu, `/v1.0/${P}/graphs/jobs`, { 'X-Auth-Token': token })).status === 200, 'issued token works')
  ok(
    (await get(emu, `/v3/projects?name=cn-north-4`, { 'X-Auth-Token': token })).json.projects[0].id === P,
    'projects via token'
  )
  const unscoped = (await post(body('p', undefined))).headers.get('x-subject-token')
  ok(
    (await get(emu, `/v1.0/${P}/graphs/jobs`, { 'X-Auth-Token': unscoped })).status === 401,
    'unscoped token refused by GES'
  )
  await sleep(320)
  const exp = await get(emu, `/v1.0/${P}/graphs/jobs`, { 'X-Auth-Token': token })
  ok(exp.status === 401 && exp.json.error_code === 'APIG.0301', 'expired token → APIG.0301')
  ok(
    emu.requests.filter((r) => r.endpoint === 'token').every((r) => r.body.includes('password')),
    'token bodies recorded'
  )
  await emu.close()
}

// --- AK/SK ------------------------------------------------------------------------------------
{
  const creds = { ak: 'AKEXAMPLE0123456789', sk: 'SKEXAMPLE/secret+key=' }
  const emu = await startEmulator({
    ...demo(),
    aksk: creds,
    projects: [
      { id: 'p1', name: 'cn-north-4' },
      { id: 'p2', name: 'cn-north-4' }
    ]
  })
  const q = { offset: '0', limit: '100', graph_name: 'movies', q: "a b~c/d+e=f&g!*'()", u: 'ü中😀' }
  const r = await signedGet(emu, `/v1.0/${P}/graphs/jobs`, q, { 'X-Project-Id': P }, creds)
  ok(r.status === 200 && r.json.jobList.length > 0, `AK/SK list (${r.text})`)
  const noPid = await signedGet(emu, `/v1.0/${P}/graphs/jobs`, {}, {}, creds)
  ok(noPid.status === 401 && /x-project-id/i.test(noPid.json.error_msg), 'AK/SK without X-Project-Id')
  const wrongSk = await signedGet(emu, `/v1.0/${P}/graphs/jobs`, {}, { 'X-Project-Id': P }, { ...creds, sk: 'nope' })
  ok(wrongSk.status === 401 && wrongSk.json.error_code === 'APIG.0301', 'bad signature')
  const old = await signedGet(emu, `/v2/${P}/graphs/jobs`, {}, { 'X-Project-Id': P }, creds, '20200101T000000Z')
  ok(
    old.status === 401 && old.json.error_code === 'APIG.0301' && /15 minutes/.test(old.json.error_msg),
    'skew → APIG.0301'
  )
  const pr = await signedGet(emu, '/v3/projects', { name: 'cn-north-4' }, {}, creds)
  ok(pr.status === 200 && pr.json.projects.length === 2, 'projects override (2 matches)')
  await emu.close()

  const temp = await startEmulator({ ...demo(), aksk: { ...creds, securityToken: 'TEMP' } })
  const noTok = await signedGet(temp, `/v2/${P}/graphs/jobs`, {}, { 'X-Project-Id': P }, creds)
  ok(noTok.status === 401 && /security-token/i.test(noTok.json.error_msg), 'temp creds need X-Security-Token')
  const withTok = await signedGet(
    temp,
    `/v2/${P}/graphs/jobs`,
    {},
    { 'X-Project-Id': P, 'X-Security-Token': 'TEMP' },
    creds
  )
  ok(withTok.status === 200, 'temp creds signed token')
  await temp.close()
}

// --- faults -----------------------------------------------------------------------------------
{
  const emu = await startEmulator({
    ...demo(),
    faults: [
      { match: { endpoint: 'list', nth: 2 }, action: actions.throttled() },
      { match: { endpoint: 'graphs' }, times: Infinity, action: { delayMs: 150 } }
    ]
  })
  ok((await get(emu, `/v1.0/${P}/graphs/jobs`)).status === 200, 'nth: first passes')
  const t = await get(emu, `/v1.0/${P}/graphs/jobs`)
  ok(
    t.status === 429 && t.json.error_code === 'APIG.0308' && t.json.request_id === t.headers.get('x-request-id'),
    'nth: second throttled'
  )
  ok((await get(emu, `/v1.0/${P}/graphs/jobs`)).status === 200, 'times: 1 used up')
  const t0 = Date.now()
  ok((await get(emu, `/v2/${P}/graphs`)).status === 200 && Date.now() - t0 >= 140, 'delay without then')
  emu.addFault({ match: { path: /status$/ }, action: { reset: true } })
  ok((await rawGet(emu, `/v2/${P}/graphs/x/jobs/y/status`, 1000)).error === 'ECONNRESET', 'reset')
  emu.addFault({ match: { endpoint: 'any' }, action: { hang: true } })
  ok((await rawGet(emu, `/v2/${P}/graphs/jobs`, 300)).timeout, 'hang')
  emu.addFault({ match: { endpoint: 'list' }, action: { redirect: 'http://example.invalid/x' } })
  const red = await get(emu, `/v2/${P}/graphs/jobs`)
  ok(red.status === 302 && red.headers.get('location') === 'http://example.invalid/x', 'redirect')
  emu.addFault({
    match: { endpoint: 'list', afterMs: 0 },
    action: { delayMs: 10, then: { status: 502, body: '<html>bad gateway</html>' } }
  })
  const gw = await get(emu, `/v2/${P}/graphs/jobs`)
  ok(gw.status === 502 && gw.text.startsWith('<html>') && gw.headers.get('x-request-id'), 'delay then status')
  const statuses = emu.requests.map((r) => r.status)
  ok(statuses.includes(0) && statuses.includes(null) && statuses.includes(302), `recorded statuses ${statuses}`)
  // A hung request must not keep node alive: close() destroys it.
  emu.addFault({ match: { endpoint: 'any' }, action: { hang: true } })
  const pending = rawGet(emu, `/v2/${P}/graphs/jobs`, 5000)
  await sleep(50)
  await emu.close()
  ok((await pending).error !== undefined, 'close() ends hung sockets')
}

console.log(`smoke: ${checks} checks passed`)
