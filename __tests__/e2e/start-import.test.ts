// The step starts the import itself (ImportGraph, v1 and v2) and waits for exactly the
// job id GES returned. The POST is retried only when it surely was not processed (throttling);
// an answer lost after sending ends the step with status error, never a second import.
import { afterEach, describe, expect, it } from '@jest/globals'
import { actions, apigError } from '../../emulator/faults.mjs'
import { DEMO_CREDENTIALS } from '../../emulator/scenarios.mjs'
import type { Emulator, EmulatorOptions, RequestRecord } from '../../emulator/server.mjs'
import {
  byEndpoint,
  closeAll,
  decodeEntities,
  expectReportShape,
  header,
  run,
  startEmu,
  startGitHub,
  type Inputs
} from './support.js'

afterEach(closeAll)

const GRAPH_ID = 'a1b2c3d4-0000-4000-8000-00000000cafe'
const AK = 'AKSTART0123456789'
const SK = 'sk/Start+Secret=Key-42'
const IAM = DEMO_CREDENTIALS.iam.users[0]

/** One graph, no jobs: every job in the job center is one the step started (or the test adds). */
function world(overrides: EmulatorOptions = {}): EmulatorOptions {
  return {
    ...DEMO_CREDENTIALS,
    aksk: { ak: AK, sk: SK },
    graphs: [
      { id: GRAPH_ID, name: 'movies' },
      { id: 'other-graph-id', name: 'social' }
    ],
    importGraph: { runMs: 600 },
    ...overrides
  }
}

const startInputs: Inputs = {
  'import-edges': 'bk-data/movies/edges/',
  'import-vertices': 'bk-data/movies/vertices/user.csv',
  'import-schema': 'bk-data/movies/schema.xml',
  'import-log-dir': 'bk-data/movies/logs/'
}

const posts = (emu: Emulator): RequestRecord[] => byEndpoint(emu, 'import')

describe('start and wait', () => {
  it('v1: posts the camelCase body once, then follows exactly the returned job id', async () => {
    const emu = await startEmu(world())
    const r = await run(emu, {
      inputs: { ...startInputs, 'import-options': '{"delimiter": ";", "parallelEdge": {"action": "override"}}' }
    })

    expect(r.code).toBe(0)
    expect(posts(emu)).toHaveLength(1)
    const [post] = posts(emu)
    expect(post.path).toBe(`/v1.0/${emu.projectId}/graphs/${GRAPH_ID}/action`)
    expect(post.query).toEqual({ action_id: 'import-graph' })
    expect(JSON.parse(post.body)).toEqual({
      edgesetPath: 'bk-data/movies/edges/',
      vertexsetPath: 'bk-data/movies/vertices/user.csv',
      schemaPath: 'bk-data/movies/schema.xml',
      logDir: 'bk-data/movies/logs/',
      delimiter: ';',
      parallelEdge: { action: 'override' }
    })
    expect(header(post, 'content-type')).toMatch(/^application\/json/)
    const jobId = emu.imports[0].jobId
    expect(r.outputs['job-id']).toBe(jobId)
    expect(r.outputs.status).toBe('success')
    expectReportShape(r.report)
    expect(r.report.startedImport).toMatchObject({ result: 'started', jobId, graph: 'movies' })
    expect(r.report.jobs.map((j) => j.jobId)).toEqual([jobId])
    expect(r.report.jobs[0].files.map((f) => f.path).sort()).toEqual([
      'bk-data/movies/edges/',
      'bk-data/movies/schema.xml',
      'bk-data/movies/vertices/user.csv'
    ])
    // One graph list (reused by the polls), one POST, then the job by id: no discovery listing.
    const order = emu.requests.map((q) => q.endpoint)
    expect(order.slice(0, 3)).toEqual(['graphs', 'import', 'status'])
    expect(byEndpoint(emu, 'graphs')).toHaveLength(1)
    expect(byEndpoint(emu, 'status').every((q) => q.path.includes(`/graphs/${GRAPH_ID}/jobs/${jobId}/status`))).toBe(
      true
    )
    expect(r.summary).toContain('Import started by this step')
    expect(decodeEntities(r.summary)).toContain(`ImportGraph ${jobId} on graph movies`)
  })

  it('v2: posts the snake_case body to /v2/…/import-graph', async () => {
    const emu = await startEmu(world())
    const r = await run(emu, {
      inputs: {
        'api-version': 'v2',
        'import-edges': 'bk-data/e.csv',
        'import-options': '{"parallel_edge": {"ignore_label": false}, "offline": true}'
      }
    })

    expect(r.code).toBe(0)
    expect(posts(emu)).toHaveLength(1)
    expect(posts(emu)[0].path).toBe(`/v2/${emu.projectId}/graphs/${GRAPH_ID}/import-graph`)
    expect(posts(emu)[0].query).toEqual({})
    expect(JSON.parse(posts(emu)[0].body)).toEqual({
      edgeset_path: 'bk-data/e.csv',
      parallel_edge: { ignore_label: false },
      offline: true
    })
    expect(r.outputs['job-id']).toBe(emu.imports[0].jobId)
    expect(r.outputs.status).toBe('success')
  })

  it('escapes the paths in the summary', async () => {
    const emu = await startEmu(world())
    const path = 'bk-data/<img src=x onerror=alert(1)>/*edges*/[a](http://evil)/'
    const r = await run(emu, { inputs: { 'import-edges': path } })

    expect(r.code).toBe(0)
    // Every < and ] of the path is backslash-escaped: GitHub renders them as text.
    expect(r.summary).not.toMatch(/(?<!\\)<img/)
    expect(r.summary).not.toMatch(/(?<!\\)\]\(http/)
    expect(r.summary).toContain('\\<img')
    expect(decodeEntities(r.summary)).toContain(path)
  })

  it('does not confuse a newer import of the same graph with its own', async () => {
    let added = false
    const emu: Emulator = await startEmu(
      world({
        importGraph: { runMs: 1200 },
        onRequest: (record) => {
          if (record.endpoint !== 'import' || added) return
          added = true
          // Another workflow starts an import of the same graph right after ours; it fails fast.
          emu.setJobs([
            {
              id: 'ff808081ffffffffffffffff00000001',
              graph: 'movies',
              appearAtMs: record.at + 200,
              timeline: [
                { atMs: record.at + 200, status: 'running' },
                { atMs: record.at + 400, status: 'failed', failReason: 'not ours' }
              ]
            }
          ])
        }
      })
    )
    const r = await run(emu, { inputs: startInputs })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.outputs['job-id']).toBe(emu.imports[0].jobId)
    expect(r.report?.jobs.map((j) => j.jobId)).toEqual([emu.imports[0].jobId])
    expect(r.summary).not.toContain('ff808081ffffffffffffffff00000001')
    expect(posts(emu)).toHaveLength(1)
  })

  it.each([
    ['another job name', { name: 'DeleteGraph' }, /is a "DeleteGraph" job/],
    ['a begin time years before the start', { beginTime: '2018-12-17T12:55:40' }, /began at 2018-12-17T12:55:40/]
  ])('answers about the started id that show %s are a disagreement, never a success', async (_name, startedAs, why) => {
    const emu = await startEmu(world({ importGraph: { runMs: 300, startedAs } }))
    const r = await run(emu, { inputs: startInputs })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(r.outputs['job-id']).toBe(emu.imports[0].jobId)
    expect(r.report?.jobs[0]).toMatchObject({ graph: 'movies', disagreement: expect.stringMatching(why) })
    expect(r.report?.stale).toEqual([]) // the started job is not "an older import": no advice to set since
    expect(r.log).not.toContain('asking both again')
    expect(posts(emu)).toHaveLength(1)
  })

  it('a started job that the job center shows only later is waited for, not called vanished', async () => {
    const emu = await startEmu(world({ importGraph: { runMs: 600, visibleAfterMs: 800 } }))
    const r = await run(emu, { inputs: startInputs })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(byEndpoint(emu, 'status')[0].status).toBe(400) // GES.7007 at first
    expect(r.report?.jobs[0].vanished).toBe(false)
    expect(r.log).toContain('is not in the job list yet')
    expect(r.log).not.toContain('no longer in the job center')
    expect(posts(emu)).toHaveLength(1)
  })

  it('a started job that neither endpoint ever shows ends not-found at appear-timeout, not at timeout', async () => {
    const emu = await startEmu(world({ importGraph: { runMs: 600, visibleAfterMs: 120_000 } }))
    const r = await run(emu, { inputs: { ...startInputs, timeout: '60s', 'appear-timeout': '2s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('not-found')
    expect(r.outputs['job-id']).toBe(emu.imports[0].jobId)
    expect(r.report?.notFound).toMatchObject({ reason: 'started-unseen', searched: { appearTimeoutSeconds: 2 } })
    expect(r.report?.notFound?.message).toContain(emu.imports[0].jobId)
    expect(r.report?.hint).toMatch(/before running the step again/)
    expect(r.durationMs).toBeLessThan(30_000)
    expect(posts(emu)).toHaveLength(1)
  })

  it('a job slower than the timeout ends with timeout, job-id the started job', async () => {
    const emu = await startEmu(world({ importGraph: { runMs: 60_000 } }))
    const r = await run(emu, { inputs: { ...startInputs, timeout: '2s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('timeout')
    expect(r.outputs['job-id']).toBe(emu.imports[0].jobId)
    expect(posts(emu)).toHaveLength(1)
  })
})

describe('authentication of the POST', () => {
  it('AK/SK: signs the POST over its body (the emulator verifies it), with the security token', async () => {
    const emu = await startEmu(world({ aksk: { ak: AK, sk: SK, securityToken: 'sts-START-token' } }))
    const r = await run(emu, {
      inputs: {
        ...startInputs,
        token: undefined,
        'access-key': AK,
        'secret-key': SK,
        'security-token': 'sts-START-token'
      }
    })

    expect(r.code).toBe(0)
    const [post] = posts(emu)
    expect(post.status).toBe(200)
    expect(header(post, 'authorization')).toMatch(
      /^SDK-HMAC-SHA256 Access=AKSTART0123456789, SignedHeaders=[a-z;-]*content-type[a-z;-]*x-security-token, Signature=[0-9a-f]{64}$/
    )
    expect(header(post, 'x-project-id')).toBe(emu.projectId)
    expect(r.outputs.status).toBe('success')
  })

  it('AK/SK with the wrong secret: refused with 401 and never retried', async () => {
    const emu = await startEmu(world())
    const r = await run(emu, { inputs: { ...startInputs, token: undefined, 'access-key': AK, 'secret-key': 'wrong' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(posts(emu)).toHaveLength(0) // the graph list was refused first
    expect(byEndpoint(emu, 'graphs')).toHaveLength(1)
  })

  it('password: a 401 on the POST is answered once with a new IAM token (a 401 was not processed)', async () => {
    const emu = await startEmu(
      world({ faults: [{ match: { endpoint: 'import' }, action: apigError(401, 'APIG.0301', 'token expired') }] })
    )
    const r = await run(emu, {
      inputs: {
        ...startInputs,
        token: undefined,
        'iam-user': IAM.name,
        'iam-password': IAM.password,
        'iam-domain': IAM.domain,
        'iam-endpoint': emu.url
      }
    })

    expect(r.code).toBe(0)
    expect(posts(emu).map((q) => q.status)).toEqual([401, 200])
    expect(byEndpoint(emu, 'token')).toHaveLength(2)
    expect(emu.imports).toHaveLength(1)
    expect(r.outputs['job-id']).toBe(emu.imports[0].jobId)
  })

  it('token: a 401 on the POST ends the step at once', async () => {
    const emu = await startEmu(
      world({ faults: [{ match: { endpoint: 'import' }, action: apigError(401, 'APIG.0301', 'token expired') }] })
    )
    const r = await run(emu, { inputs: startInputs })

    expect(r.code).toBe(1)
    expect(posts(emu)).toHaveLength(1)
    expect(r.report?.startedImport?.result).toBe('refused')
    expect(r.report?.hint).toMatch(/Authentication failed/)
  })
})

describe('retries and lost answers', () => {
  it('throttled, then accepted: exactly two POSTs, Retry-After honoured, one import', async () => {
    const emu = await startEmu(world({ faults: [{ match: { endpoint: 'import' }, action: actions.throttled(1) }] }))
    const r = await run(emu, { inputs: startInputs })

    expect(r.code).toBe(0)
    const calls = posts(emu)
    expect(calls.map((q) => q.status)).toEqual([429, 200])
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(950)
    expect(emu.imports).toHaveLength(1)
    expect(r.outputs['job-id']).toBe(emu.imports[0].jobId)
  })

  it('the time spent starting counts in timeout: the wait gets only what is left', async () => {
    const emu = await startEmu(
      world({
        importGraph: { runMs: 60_000 },
        faults: [{ match: { endpoint: 'import' }, action: actions.throttled(2) }]
      })
    )
    const r = await run(emu, { inputs: { ...startInputs, timeout: '3s' } })

    expect(r.outputs.status).toBe('timeout')
    expect(posts(emu).map((q) => q.status)).toEqual([429, 200])
    expect(Number(r.outputs['duration-seconds'])).toBeLessThanOrEqual(4)
    const lastStatus = byEndpoint(emu, 'status').at(-1)
    expect(lastStatus && lastStatus.at - posts(emu)[0].at).toBeLessThan(4000)
  })

  it('throttled until the deadline: no import started, status error', async () => {
    const emu = await startEmu(
      world({ faults: [{ match: { endpoint: 'import' }, times: Infinity, action: actions.throttled(30) }] })
    )
    const r = await run(emu, { inputs: { ...startInputs, timeout: '3s' } })

    expect(r.code).toBe(1)
    expect(posts(emu)).toHaveLength(1)
    expect(r.outputs.status).toBe('error')
    expect(r.report?.startedImport?.result).toBe('not-sent')
    expect(r.errors.join('\n')).toContain('no import was started')
    expect(r.durationMs).toBeLessThan(8000)
  })

  it.each([
    ['a reset after the body was read', actions.resetAfterProcessing()],
    ['a 502 after the import started', actions.badGatewayAfterProcessing()],
    ['no answer within request-timeout', { process: true as const, hang: true as const }],
    ['a 200 without a job id', { process: true as const, status: 200, body: { errorCode: null, errorMessage: null } }],
    [
      'a 200 with an error code',
      { process: true as const, status: 200, body: { errorCode: 'GES.9999', errorMessage: 'failed' } }
    ]
  ])('%s: one POST, status error, "an import may have started", the recent imports listed', async (_name, action) => {
    const emu = await startEmu(world({ faults: [{ match: { endpoint: 'import' }, times: Infinity, action }] }))
    const r = await run(emu, { inputs: startInputs })

    expect(r.code).toBe(1)
    expect(posts(emu)).toHaveLength(1)
    expect(emu.imports).toHaveLength(1) // GES did start it
    expect(r.outputs.status).toBe('error')
    expect(r.outputs['job-id']).toBe('')
    expect(r.errors.join('\n')).toContain('An import may have started')
    expectReportShape(r.report)
    const started = r.report.startedImport
    expect(started?.result).toBe('unknown')
    expect(started?.recentJobs?.map((j) => j.jobId)).toEqual([emu.imports[0].jobId])
    expect(byEndpoint(emu, 'list')).toHaveLength(1)
    expect(r.summary).toContain('may have started')
    expect(decodeEntities(r.summary)).toContain(emu.imports[0].jobId)
    expect(r.log).toContain(emu.imports[0].jobId)
    expect(r.report.hint).toMatch(/running it again starts another import/)
  })
})

describe('refusals', () => {
  const refusal = (status: number, code: string, message: string) => ({
    match: { endpoint: 'import' as const },
    action: { status, body: { errorCode: code, errorMessage: message } }
  })

  it.each([
    ['GES.7015 (graph not running)', refusal(400, 'GES.7015', 'The graph is not running.'), /not running/],
    ['GES.0001 (bad parameter)', refusal(400, 'GES.0001', 'Invalid parameter.'), /"import-options"/],
    [
      '403 (no import permission)',
      { match: { endpoint: 'import' as const }, action: apigError(403, 'APIG.0302', 'Forbidden') },
      /GES Development/
    ]
  ])('%s: ends in seconds with code, message, request id and the input to fix', async (_name, fault, hint) => {
    const emu = await startEmu(world({ faults: [fault] }))
    const r = await run(emu, { inputs: startInputs })

    expect(r.code).toBe(1)
    expect(posts(emu)).toHaveLength(1)
    expect(byEndpoint(emu, 'list')).toHaveLength(0)
    expect(r.outputs.status).toBe('error')
    expectReportShape(r.report)
    expect(r.report.startedImport?.result).toBe('refused')
    expect(r.report.error?.requestId).toBe(posts(emu)[0].requestId)
    expect(r.report.error?.code).toMatch(/^(GES|APIG)\./)
    expect(r.report.hint).toMatch(hint)
    expect(r.errors.join('\n')).toContain('no import was started')
    expect(r.durationMs).toBeLessThan(5000)
  })

  it('a graph missing from the graph list: no POST at all', async () => {
    const emu = await startEmu(world())
    const r = await run(emu, { inputs: { ...startInputs, 'graph-name': 'moviez' } })

    expect(r.code).toBe(1)
    expect(posts(emu)).toHaveLength(0)
    expect(r.report?.startedImport?.result).toBe('not-sent')
    expect(r.report?.hint).toMatch(/Check "graph-name"/)
  })

  it('GES.7000 from the POST (the graph was deleted meanwhile): check graph-name', async () => {
    const emu = await startEmu(world({ faults: [refusal(400, 'GES.7000', 'The graph does not exist.')] }))
    const r = await run(emu, { inputs: startInputs })

    expect(r.code).toBe(1)
    expect(posts(emu)).toHaveLength(1)
    expect(r.report?.error?.code).toBe('GES.7000')
    expect(r.report?.hint).toBe('The graph does not exist: check "graph-name".')
  })
})

describe('input conflicts: no request made', () => {
  it.each([
    ['job-id', { 'job-id': 'ff8080818c5a6e0f018c5b1d2e7a0042' }],
    ['since', { since: '1h' }],
    ['until', { until: '2026-11-28T00:00:00Z' }],
    ['job-name', { 'job-name': '*' }],
    ['select', { select: 'all' }],
    ['graph-name', { 'graph-name': 'movies,social' }],
    ['graph-name', { 'graph-name': undefined }],
    ['import-options', { 'import-options': '{"edgesetPath": "bk-data/x"}' }],
    ['import-options', { 'import-options': '{"trim_quote": "x"}' }],
    ['import-options', { 'import-options': '[1, 2]' }],
    ['import-edges', { 'import-edges': 'obs://bk-data/e.csv' }]
  ])('%s', async (name, extra) => {
    const emu = await startEmu(world())
    const r = await run(emu, { inputs: { ...startInputs, ...extra } })

    expect(r.code).toBe(1)
    expect(emu.requests).toEqual([])
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(`Input "${name}"`)
    expect(r.summary).toContain('did not start: invalid input')
  })

  it('import-log-dir alone starts nothing and is an error', async () => {
    const emu = await startEmu(world())
    const r = await run(emu, { inputs: { 'import-log-dir': 'bk-data/logs/' } })

    expect(r.code).toBe(1)
    expect(emu.requests).toEqual([])
    expect(r.errors[0]).toContain('Input "import-log-dir"')
  })
})

describe('after the start, as for any waited job', () => {
  it('compares with the previous import of the same files and fails on max-line-drop', async () => {
    const previousBegin = Date.now() - 24 * 3_600_000
    const file = (path: string, lines: number) => ({
      path,
      log: null,
      status: 'success',
      cause: null,
      totalLines: lines,
      successfulLines: lines,
      failedLines: 0
    })
    const emu = await startEmu(
      world({
        importGraph: { runMs: 400, lines: 1000 },
        jobs: [
          {
            id: 'ff808081000000000000000000000prev',
            graph: 'movies',
            beginTime: new Date(previousBegin).toISOString(),
            timeline: [
              {
                atMs: 0,
                status: 'success',
                endTime: new Date(previousBegin + 60_000).toISOString(),
                jobDetail: { edgesetPath: [file('bk-data/movies/edges/', 4000)] }
              }
            ]
          }
        ]
      })
    )
    const r = await run(emu, { inputs: { 'import-edges': 'bk-data/movies/edges/', 'max-line-drop': '20%' } })

    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'rejected', passed: 'false' }) // never `success` on a failing step
    expect(r.outputs['job-id']).toBe(emu.imports[0].jobId)
    expect(r.outputs['previous-job-id']).toBe('ff808081000000000000000000000prev')
    expect(r.outputs['line-delta']).toBe('-3000')
    expect(r.summary).toContain('a gate rule failed')
  })

  it('posts the report, "started by this step", on the pull request', async () => {
    const gh = await startGitHub()
    const emu = await startEmu(world())
    const r = await run(emu, {
      eventName: 'pull_request',
      event: { pull_request: { number: 7 }, repository: { name: 'graphs', owner: { login: 'acme' } } },
      githubToken: gh.token,
      inputs: { ...startInputs, 'pr-comment': 'true' },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/graphs', GITHUB_RUN_ID: '4242' }
    })

    expect(r.code).toBe(0)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('Import started by this step')
    expect(gh.comments[0].body).toContain(emu.imports[0].jobId)
    expect(gh.comments[0].body).toContain('<!-- ges-job-waiter:graph:movies -->')
  })
})
