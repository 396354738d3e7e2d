// The fault matrix: the built action (dist/index.js) against the emulator under every fault the
// gateway, the network, GES's bodies and the clock can throw at it. Each row states the exit
// code, the `status` output, what the step summary says and what the annotations say; every row
// also checks what must hold whatever the fault: the report's shape, one error annotation exactly
// when the step fails, no raw HTML and no broken table in the summary, no success that was not
// seen, and (support.ts) no secret anywhere. Rows run 5 at a time (jest's maxConcurrency);
// signal rows run one after the other, since they time how fast the action stops.
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { actions, apigError, type Fault, type FaultAction } from '../../emulator/faults.mjs'
import { DEMO_CREDENTIALS, DEMO_JOB_ID, demo, movieImportDetail } from '../../emulator/scenarios.mjs'
import type { Emulator, EmulatorOptions, JobDetail, JobSpec } from '../../emulator/server.mjs'
import { gfmProblems } from '../../__fixtures__/gfm.js'
import { hasRawAngle, tableProblems } from '../fuzz/markdown-tables.js'
import {
  byEndpoint,
  closeAll,
  decodeEntities,
  expectReportShape,
  gesRequests,
  isoSeconds,
  run,
  sleep,
  start,
  startEmu,
  startRecorder,
  until,
  type Inputs,
  type RecordedRequest,
  type Run
} from './support.js'

const S = 1000
const MIN = 60 * S
const HOUR = 60 * MIN
const DAY = 24 * HOUR

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const on = (endpoint: 'list' | 'status' | 'graphs' | 'token', action: FaultAction, nth = 1, times = 1): Fault => ({
  match: { endpoint, nth },
  times,
  action
})
const always = (endpoint: 'list' | 'status' | 'graphs' | 'token', action: FaultAction): Fault => ({
  match: { endpoint },
  times: Infinity,
  action
})
const html = (status: number, title: string): FaultAction => ({
  status,
  headers: { 'Content-Type': 'text/html' },
  body: `<!DOCTYPE html><html><head><title>${status} ${title}</title></head><body><center><h1>${status} ${title}</h1></center><hr><center>nginx</center></body></html>`
})
const ok = (body: string | object): FaultAction => ({ status: 200, body })
const expired = (): FaultAction =>
  apigError(401, 'APIG.0301', 'Incorrect IAM authentication information: token expired')

/** A job of graph movies, begun at `beginMs`, finished at once with `status`. */
function finishedJob(id: string, beginMs: number, status = 'success', extra: object = {}): JobSpec {
  return {
    id,
    graph: 'movies',
    beginTime: isoSeconds(beginMs),
    timeline: [{ atMs: 0, status, jobDetail: movieImportDetail(), ...extra }]
  }
}
/** A job of graph movies that runs `runMs`, then succeeds (begun when the emulator starts, unless told). */
function runningJob(id: string, runMs: number, beginMs?: number): JobSpec {
  return {
    id,
    graph: 'movies',
    ...(beginMs !== undefined && { beginTime: isoSeconds(beginMs) }),
    timeline: [
      { atMs: 0, status: 'running' },
      { atMs: runMs, status: 'success', jobDetail: movieImportDetail() }
    ]
  }
}
/** The demo import, finishing after `runMs` with `status` and `detail`. */
function demoJob(status: string, detail: JobDetail | null = movieImportDetail(), runMs = 300): JobSpec {
  return {
    id: DEMO_JOB_ID,
    graph: 'movies',
    timeline: [
      { atMs: 0, status: 'running' },
      { atMs: runMs, status, jobDetail: detail }
    ]
  }
}
/** movieImportDetail with user.csv replaced by `file` fields. */
function detailWithUserFile(file: Record<string, unknown>): JobDetail {
  return movieImportDetail({
    userFile: { path: 'obs://ges-demo-bucket/movies/vertices/user.csv', log: null, cause: null, ...file }
  })
}
/** A job-center entry (v1) as GES lists it, for bodies served verbatim. */
function listedJob(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    jobId: DEMO_JOB_ID,
    status: 'success',
    jobType: 'GraphManagement',
    jobName: 'ImportGraph',
    relatedGraph: 'movies',
    beginTime: '2026-11-28T09:30:00',
    endTime: '2026-11-28T09:41:12',
    jobDetail: {
      vertexsetPath: null,
      edgesetPath: [
        {
          path: 'obs://b/movies/edge.csv',
          log: null,
          cause: null,
          status: 'success',
          totalLines: 6040,
          successfulLines: 6040,
          failedLines: 0
        }
      ],
      schemaPath: [{ path: 'obs://b/movies/schema.xml', log: null, cause: null, status: 'success' }]
    },
    jobProgress: 0,
    ...overrides
  }
}
const edgeFile = (fields: Record<string, unknown>): Record<string, unknown> => ({
  jobDetail: { edgesetPath: [{ path: 'obs://b/movies/edge.csv', log: null, cause: null, ...fields }] }
})

/** `yyyy-MM-dd HH:mm:ss` and `yyyy-MM-ddTHH:mm:ss`: UTC without a zone, as GES writes times. */
const spaceTime = (ms: number): string => isoSeconds(ms).replace('T', ' ').replace('Z', '')
const tTime = (ms: number): string => isoSeconds(ms).replace('Z', '')
const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

const PASSWORD = DEMO_CREDENTIALS.iam.users[0]
const aksk = { token: undefined, 'access-key': DEMO_CREDENTIALS.aksk.ak, 'secret-key': DEMO_CREDENTIALS.aksk.sk }
const password = (emu: Emulator): Inputs => ({
  token: undefined,
  'iam-user': PASSWORD.name,
  'iam-password': PASSWORD.password,
  'iam-domain': PASSWORD.domain,
  'iam-endpoint': emu.url
})
const NEVER = 'ff8080810000000000000000deadbeef'

// ---------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------

interface Extras {
  otherRequests?: RecordedRequest[]
  check?: (r: Run) => void
}

interface Scenario {
  name: string
  /** Over demo({ fillerJobs: 8 }); a function gets the row's start (whole seconds) and its emulator, once started. */
  emulator?: EmulatorOptions | ((t0: number, emu: () => Emulator) => EmulatorOptions)
  /** How long the demo import runs before it succeeds; default 800 ms. */
  runMs?: number
  /** Over support.ts's baseInputs (token auth, graph movies, polls 100–300 ms, timeout 10 s). */
  inputs?: Inputs | ((emu: Emulator, t0: number) => Inputs)
  env?: Record<string, string>
  /** After the emulator starts, before the action: faults that need its URL, other servers. */
  setup?: (emu: Emulator) => Promise<Extras>
  code: 0 | 1
  status: 'success' | 'failed' | 'partFailed' | 'unknown' | 'timeout' | 'not-found' | 'error'
  /** Matched against the step summary, HTML entities decoded. */
  summary: RegExp
  /** Matched against the error and warning annotations, or with textIn 'log' the whole log (info and debug lines). */
  text: RegExp
  textIn?: 'annotations' | 'log'
  check?: (r: Run, emu: Emulator, t0: number) => void
}

const SUCCESS = /^### ✅ GES import succeeded\n[\s\S]*· the step passes/
const TIMED_OUT = /^### ⏱️ Timed out waiting for the GES job\n[\s\S]*· the step fails/
const COULD_NOT_CHECK = /^### ❌ Could not check the GES job\n[\s\S]*· the step fails/
const lastRetried = (error: string): RegExp => new RegExp(`\\*\\*Last retried error\\*\\*: ${error}`)
/** A report whose status is success carries no error, not even a retried one. */
const expectNoErrorBesideSuccess = (r: Run): void => {
  expect(r.report?.error).toBeNull()
  expect(r.summary).not.toContain('Last retried error')
}
const TIMED_OUT_ERROR = /^GES job wait: the wait timed out before the job finished/
const NOT_FOUND = /^### 🔍 No matching GES job found\n[\s\S]*· the step fails/
const NOT_FOUND_NOT_WAITING =
  /^GES job wait: no matching job was found \(wait-for-job is false: the first listing decides\)$/
const NOT_APPEARED = /^GES job wait: no matching job appeared within appear-timeout \(\d+(ms|s)\)$/
const timeout = (ms = 1500): Inputs => ({ timeout: `${ms}ms` })
const STATUS_CALL = `Getting the status of GES job ${DEMO_JOB_ID} failed`

/** No request after the one that got `status`: the action stopped at once. */
const stoppedAt = (status: number) => (_: Run, emu: Emulator) => {
  expect(emu.requests.at(-1)?.status).toBe(status)
  expect(emu.requests.filter((q) => q.status === status)).toHaveLength(1)
}

const scenarios: Scenario[] = [
  // --- 5xx and gateway pages ---------------------------------------------------------------
  {
    name: '502 burst with HTML bodies on the status endpoint, then success',
    emulator: { faults: [on('status', actions.badGateway(), 1, 3)] },
    code: 0,
    status: 'success',
    // A success carries no error: the retried one is in the log's warnings, not the report.
    summary: SUCCESS,
    text: /^Poll \d+ failed, will retry \(next check in \d+ms\): Getting the status of GES job \S+ failed: server error \(502\) \[HTTP 502, request id [0-9a-f]{32}\]$/m,
    check: (r) => {
      expect(r.log).not.toContain('<html')
      expectNoErrorBesideSuccess(r)
    }
  },
  {
    name: '503 burst with HTML bodies on the job list, then success',
    emulator: { faults: [on('list', html(503, 'Service Temporarily Unavailable'), 1, 2)] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /Listing GES jobs of graph "movies" failed: server error \(503\)/,
    check: (r) => {
      expect(r.log).not.toContain('<html')
      expectNoErrorBesideSuccess(r)
    }
  },
  {
    name: '504 with an HTML body on the graph list, then success',
    emulator: { faults: [on('graphs', html(504, 'Gateway Time-out'))] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /Listing GES graphs failed: server error \(504\)/
  },
  {
    name: '500 HTML pages that never stop: timeout, not success',
    emulator: { faults: [always('status', html(500, 'Internal Server Error'))] },
    runMs: 60_000,
    inputs: timeout(),
    code: 1,
    status: 'timeout',
    summary: new RegExp(
      `${TIMED_OUT.source}[\\s\\S]*⏳ running[\\s\\S]*${lastRetried(`${STATUS_CALL}: server error \\(500\\)`).source}`
    ),
    text: TIMED_OUT_ERROR
  },
  {
    name: '408 GES.7005 (engine busy), then success',
    emulator: { faults: [on('status', actions.engineBusy(), 1, 2)] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /service temporarily unavailable: The graph engine is unavailable\. Try again later\. \[HTTP 408, GES\.7005/
  },

  // --- throttling ------------------------------------------------------------------------------
  {
    name: '429 APIG.0308 with Retry-After: 1, then success',
    emulator: {
      faults: [
        on('status', apigError(429, 'APIG.0308', 'The throttling threshold has been reached', { 'Retry-After': '1' }))
      ]
    },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    check: expectNoErrorBesideSuccess,
    text: /next check in 1s\): Getting the status of GES job \S+ failed: throttled by the API gateway: The throttling threshold has been reached \[HTTP 429, APIG\.0308/
  },
  {
    name: '429 without Retry-After (plain-text body), then success',
    emulator: { faults: [on('status', { status: 429, body: 'Too Many Requests' })] },
    runMs: 300,
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /next check in 2s\): Getting the status of GES job \S+ failed: throttled \(429 Too Many Requests\)/
  },
  {
    name: 'APIG.0308 body on a 400: throttling, not a bad request',
    emulator: { faults: [on('list', apigError(400, 'APIG.0308', 'The throttling threshold has been reached'))] },
    runMs: 300,
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /Listing GES jobs of graph "movies" failed: throttled by the API gateway.*\[HTTP 400, APIG\.0308/
  },
  {
    name: 'APIG.0308 body on a 403: throttling, not a permission error',
    emulator: {
      faults: [
        on('status', apigError(403, 'APIG.0308', 'The throttling threshold has been reached', { 'Retry-After': '1' }))
      ]
    },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /throttled by the API gateway.*\[HTTP 403, APIG\.0308/
  },
  {
    name: "APIGW.0308 (the docs' other spelling) on a 503, then success",
    emulator: { faults: [on('status', apigError(503, 'APIGW.0308', 'Request throttled', { 'Retry-After': '1' }))] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /throttled by the API gateway: Request throttled \[HTTP 503, APIGW\.0308/
  },
  {
    name: 'throttled on every request: timeout, not success',
    emulator: {
      faults: [
        always(
          'status',
          apigError(429, 'APIG.0308', 'The throttling threshold has been reached', { 'Retry-After': '1' })
        )
      ]
    },
    runMs: 60_000,
    inputs: timeout(),
    code: 1,
    status: 'timeout',
    summary: new RegExp(
      `${TIMED_OUT.source}[\\s\\S]*${lastRetried(`${STATUS_CALL}: throttled by the API gateway`).source}`
    ),
    text: TIMED_OUT_ERROR
  },

  // --- the network -----------------------------------------------------------------------------
  {
    name: 'connection reset on the job list, then success',
    emulator: { faults: [on('list', actions.reset())] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /Listing GES jobs of graph "movies" failed: (socket hang up|read ECONNRESET|.*reset)/
  },
  {
    name: 'connection reset on every status request: timeout',
    emulator: { faults: [always('status', actions.reset())] },
    runMs: 60_000,
    inputs: timeout(),
    code: 1,
    status: 'timeout',
    summary: new RegExp(`${TIMED_OUT.source}[\\s\\S]*${lastRetried(STATUS_CALL).source}`),
    text: TIMED_OUT_ERROR
  },
  {
    name: 'a status request hung past request-timeout, then success',
    emulator: { faults: [on('status', actions.hang())] },
    inputs: { 'request-timeout': '500ms' },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    check: expectNoErrorBesideSuccess,
    text: /failed: request timed out: no complete answer within 500 ms/
  },
  {
    name: 'the first listing hung past request-timeout, then success',
    emulator: { faults: [on('list', actions.hang())] },
    inputs: { 'request-timeout': '500ms' },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /^Poll 1 failed.*Listing GES jobs of graph "movies" failed: request timed out: no complete answer within 500 ms/m
  },
  {
    name: 'an answer slower than request-timeout (not hung), then success',
    emulator: { faults: [on('status', { delayMs: 1500 })] },
    inputs: { 'request-timeout': '500ms' },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /request timed out: no complete answer within 500 ms/
  },

  // --- bodies that are not answers -------------------------------------------------------------
  {
    name: 'a truncated JSON body on a 200',
    emulator: { faults: [on('list', ok('{"jobCount":1,"jobList":[{"jobId"'))] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    check: expectNoErrorBesideSuccess,
    text: /Listing GES jobs of graph "movies" failed: the answer \(HTTP 200\) is not JSON: \{"jobCount":1,"jobList":\[\{"jobId" \[HTTP 200/
  },
  {
    name: "a non-JSON 200 (a proxy's HTML login page)",
    emulator: {
      faults: [
        on('status', {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
          body: '<html><body><form action="/login">Sign in</form></body></html>'
        })
      ]
    },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    check: expectNoErrorBesideSuccess,
    text: /the answer \(HTTP 200\) is not JSON: <html><body><form action="\/login">/
  },
  {
    name: 'an empty 200',
    emulator: { faults: [on('status', ok(''))] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /Getting the status of GES job \S+ failed: the answer \(HTTP 200\) is not JSON \(empty body\)/
  },
  {
    name: 'a 200 whose body is a JSON list',
    emulator: { faults: [on('list', ok('[]'))] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /Listing GES jobs of graph "movies" failed: unexpected answer: the body is a list, not an object/
  },
  {
    name: 'a 200 whose body is JSON null',
    emulator: { faults: [on('status', ok('null'))] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /Getting the status of GES job \S+ failed: unexpected answer: a job is null, not an object/
  },
  {
    name: 'a 200 whose body carries errorCode (v1, job list): stops at once',
    emulator: {
      faults: [on('list', ok({ errorCode: 'GES.9999', errorMessage: 'failed', jobCount: 0, jobList: [] }))]
    },
    code: 1,
    status: 'error',
    summary:
      /^### ❌ Could not check the GES job\n[\s\S]*\*\*Error\*\*: Listing GES jobs of graph "movies" failed: GES returned error GES\.9999: failed \(HTTP 200, GES\.9999, request id/,
    text: /^GES job wait: Listing GES jobs of graph "movies" failed: GES returned error GES\.9999: failed \(HTTP 200, GES\.9999/,
    check: stoppedAt(200)
  },
  {
    name: 'a 200 whose body carries error_code (v2, job list): stops at once',
    emulator: { faults: [on('list', ok({ error_code: 'GES.0001', error_msg: 'Invalid parameter: graph_name.' }))] },
    inputs: { 'api-version': 'v2' },
    code: 1,
    status: 'error',
    summary:
      /^### ❌ Could not check the GES job\n[\s\S]*GES returned error GES\.0001: Invalid parameter: graph_name\./,
    text: /Listing GES jobs of graph "movies" failed: GES returned error GES\.0001: Invalid parameter: graph_name\./,
    check: (_, emu) => expect(emu.requests.map((q) => q.path)).toEqual([`/v2/${emu.projectId}/graphs/jobs`])
  },
  {
    name: 'a 200 whose body carries errorCode (status endpoint): the job list is the authority',
    emulator: { faults: [on('status', ok({ errorCode: 'GES.7007', errorMessage: 'The job does not exist.' }))] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    textIn: 'log',
    text: /GES returned error GES\.7007: The job does not exist\.; reading job \S+ from the job list from now on/,
    check: (_, emu) => expect(byEndpoint(emu, 'status')).toHaveLength(1)
  },

  // --- fields of the wrong type ----------------------------------------------------------------
  {
    name: 'jobCount and line counts as digit strings: read as numbers',
    emulator: {
      faults: [
        always(
          'list',
          ok({
            jobCount: '1',
            jobList: [
              listedJob(edgeFile({ status: 'success', totalLines: '6040', successfulLines: '6040', failedLines: '0' }))
            ]
          })
        )
      ]
    },
    code: 0,
    status: 'success',
    summary:
      /^### ✅ GES import succeeded\n\n\*\*1 job\*\* · 6,040 lines ok · 0 lines failed · 0 failed files[\s\S]*\| edgeset \| obs:\/\/b\/movies\/edge\.csv \| ✅ success \| 6,040 \/ 0 \/ 6,040 \|/,
    textIn: 'log',
    text: /GES job status: success \(1 job, 0 failed lines/,
    check: (r) => expect(r.outputs['total-lines']).toBe('6040')
  },
  {
    name: 'jobCount as a word: retried, then success',
    emulator: { faults: [on('list', ok({ jobCount: 'many', jobList: [] }))] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /unexpected answer: jobCount is the string "many", not a count/
  },
  {
    name: 'jobList as an object with wait-for-job: false: retried, never "not found"',
    emulator: { faults: [on('list', ok({ jobCount: 1, jobList: { jobId: DEMO_JOB_ID, status: 'success' } }))] },
    inputs: { 'wait-for-job': 'false' },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /Listing GES jobs of graph "movies" failed: unexpected answer: jobList is an object, not a list/
  },
  {
    name: 'jobList as an object on every listing: timeout, never "not found"',
    emulator: { faults: [always('list', ok({ jobCount: 1, jobList: { jobId: DEMO_JOB_ID, status: 'success' } }))] },
    inputs: { 'wait-for-job': 'false', ...timeout() },
    code: 1,
    status: 'timeout',
    // No listing answered, so nothing was seen missing: no "Not found", only the error.
    summary:
      /^### ⏱️ Timed out waiting for the GES job\n\n\*\*0 jobs\*\* · waited \d+s · the step fails(?![\s\S]*Not found)[\s\S]*jobList is an object, not a list/,
    text: TIMED_OUT_ERROR
  },
  {
    name: 'a partFailed file with totalLines as a word: partially failed, the count shown as unknown',
    emulator: {
      faults: [
        always(
          'list',
          ok({
            jobCount: 1,
            jobList: [
              listedJob(
                edgeFile({
                  status: 'partFailed',
                  totalLines: 'about 6k',
                  successfulLines: '6012',
                  failedLines: '28',
                  cause: 'bad id'
                })
              )
            ]
          })
        )
      ]
    },
    code: 1,
    status: 'partFailed',
    summary:
      /^### ⚠️ GES import partially failed\n[\s\S]*\| edgeset \| obs:\/\/b\/movies\/edge\.csv \| ⚠️ partFailed \| 6,012 \/ 28 \/ – \| bad id \|/,
    text: /^GES job wait: the import partially failed\nImportGraph \S+ \(graph movies\): success; edgeset obs:\/\/b\/movies\/edge\.csv: partFailed, 28 failed lines — bad id\n/,
    // A total over a count GES did not give is unknown: empty, never 0.
    check: (r) => expect(r.outputs).toMatchObject({ 'failed-lines': '28', 'total-lines': '', 'failed-files': '1' })
  },
  {
    name: 'a failed file with failedLines as a word: still failed',
    emulator: {
      faults: [
        always(
          'list',
          ok({
            jobCount: 1,
            jobList: [
              listedJob(edgeFile({ status: 'failed', totalLines: 6040, successfulLines: 0, failedLines: 'n/a' }))
            ]
          })
        )
      ]
    },
    code: 1,
    status: 'failed',
    summary: /^### ❌ GES import failed\n[\s\S]*1 failed file[\s\S]*❌ failed \| 0 \/ – \/ 6,040 \|/,
    text: /^GES job wait: the import failed\n.*edgeset obs:\/\/b\/movies\/edge\.csv: failed$/m,
    check: (r) => expect(r.outputs).toMatchObject({ 'failed-lines': '', 'failed-files': '1' }) // unknown, not 0
  },

  // --- statuses this action does not know ------------------------------------------------------
  {
    // Both endpoints agree on the spelling (one spelling alone: verdict-gaps.test.ts).
    name: 'job status "Success" (another case) from both endpoints: the documented success, with a warning',
    emulator: { jobs: [demoJob('Success')] },
    inputs: timeout(),
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /GES reports job \S+ as "Success", which is not a documented spelling: read as "success"/
  },
  {
    name: 'job status "succeeded": never taken for success',
    emulator: { jobs: [demoJob('succeeded')] },
    inputs: timeout(),
    code: 1,
    status: 'timeout',
    summary: new RegExp(`${TIMED_OUT.source}[\\s\\S]*\\| ⏳ succeeded \\|`),
    text: /reports status "succeeded", which is not a documented GES job status/
  },
  {
    name: 'file status "skipped" on a successful job: unknown, not a success',
    emulator: {
      jobs: [
        demoJob(
          'success',
          detailWithUserFile({ status: 'skipped', totalLines: 6040, successfulLines: 0, failedLines: 0 })
        )
      ]
    },
    code: 1,
    status: 'unknown',
    summary:
      /^### ❔ GES import result unknown\n[\s\S]*0 failed files[\s\S]*\| vertexset \| obs:\/\/ges-demo-bucket\/movies\/vertices\/user\.csv \| ❔ skipped \|/,
    text: /^GES job wait: job \S+ reports files in a status that is not documented \("skipped"\)\n.*vertexset obs:\/\/ges-demo-bucket\/movies\/vertices\/user\.csv: skipped/m
  },
  {
    name: 'file status "FAILED" on a successful job: failed',
    emulator: {
      jobs: [
        demoJob(
          'success',
          detailWithUserFile({ status: 'FAILED', totalLines: 6040, successfulLines: 0, failedLines: 6040 })
        )
      ]
    },
    code: 1,
    status: 'failed',
    summary: /^### ❌ GES import failed\n[\s\S]*6,040 lines failed · 1 failed file/,
    text: /^GES job wait: the import failed\n.*user\.csv: failed, 6040 failed lines/m
  },
  {
    name: 'a file without a status on a successful job: not a success',
    emulator: {
      jobs: [
        demoJob(
          'success',
          detailWithUserFile({ status: null, totalLines: 6040, successfulLines: 6040, failedLines: 0 })
        )
      ]
    },
    code: 1,
    status: 'unknown',
    summary: /^### ❔ GES import result unknown\n[\s\S]*user\.csv \| ❔ unknown \|/,
    text: /reports files in a status that is not documented \("unknown"\)[\s\S]*user\.csv: unknown/
  },
  // --- answers that disagree (issue: green needs evidence that agrees) ------------------------
  {
    name: 'the status endpoint says success while the list says running with a partFailed file: error, both named',
    emulator: {
      faults: [
        always('status', ok({ ...listedJob(), jobDetail: undefined })),
        always(
          'list',
          ok({
            jobCount: 1,
            jobList: [listedJob({ status: 'running', ...edgeFile({ status: 'partFailed', failedLines: 3 }) })]
          })
        )
      ]
    },
    inputs: timeout(),
    code: 1,
    status: 'error',
    summary:
      /^### ❌ GES answers disagree\n[\s\S]*⚠️ partFailed[\s\S]*the status endpoint says "success", the job list says "running"/,
    text: /^GES job wait: GES answers about job \S+ disagree: the status endpoint says "success", the job list says "running"/,
    check: (r) => {
      expect(r.report?.passed).toBe(false)
      expect(r.report?.jobs[0].answers).toEqual({ statusEndpoint: 'success', jobList: 'running' })
    }
  },
  {
    name: 'the status endpoint says success while the list says failed with a reason: error, the reason shown',
    emulator: {
      faults: [
        always('status', ok({ ...listedJob(), jobDetail: undefined })),
        // Found running, then listed as failed once the status endpoint says success.
        on('list', ok({ jobCount: 1, jobList: [listedJob({ status: 'running', jobDetail: null })] }), 1, 1),
        always(
          'list',
          ok({ jobCount: 1, jobList: [listedJob({ status: 'failed', failReason: 'disk full on the engine' })] })
        )
      ]
    },
    inputs: timeout(),
    code: 1,
    status: 'error',
    summary: /^### ❌ GES answers disagree\n[\s\S]*disk full on the engine/,
    text: /the status endpoint says "success", the job list says "failed"/,
    // The list's counts are one side's word: unknown, not its 0.
    check: (r) => expect(r.outputs['failed-lines']).toBe('')
  },
  {
    name: "the status endpoint answers with another job's success: never adopted",
    emulator: { faults: [always('status', ok(listedJob({ jobId: 'ff8080810000000000000000000beef0' })))] },
    runMs: 60_000,
    inputs: timeout(),
    code: 1,
    status: 'timeout',
    summary: new RegExp(
      `${TIMED_OUT.source}[\\s\\S]*ImportGraph ${DEMO_JOB_ID} \\| ⏳ running[\\s\\S]*the answer is about job "ff8080810000000000000000000beef0", not ${DEMO_JOB_ID}`
    ),
    text: TIMED_OUT_ERROR,
    check: (r) => expect(r.outputs['job-id']).toBe(DEMO_JOB_ID)
  },

  // --- jobs that go away or never come ---------------------------------------------------------
  {
    name: 'a job that disappears from the list mid-wait',
    emulator: { jobs: [{ ...runningJob(DEMO_JOB_ID, 60_000), disappearAtMs: 600 }] },
    inputs: timeout(2000),
    code: 1,
    status: 'timeout',
    summary: new RegExp(`${TIMED_OUT.source}[\\s\\S]*\\*\\*No longer listed by the job center\\*\\*: ${DEMO_JOB_ID}`),
    text: new RegExp(
      `Job ${DEMO_JOB_ID} is no longer in the job center \\(last seen running\\); waiting in case it comes back`
    )
  },
  {
    name: 'a job id that never appears (wait-for-job: true): not-found when appear-timeout (here = timeout) passes',
    inputs: { 'job-id': NEVER, ...timeout(1200) },
    code: 1,
    status: 'not-found',
    summary: new RegExp(`${NOT_FOUND.source}[\\s\\S]*\\*\\*Not found\\*\\*: job ${NEVER}`),
    text: NOT_APPEARED,
    check: (r) => expect(r.outputs['job-id']).toBe('')
  },
  {
    name: 'a job id that never appears (wait-for-job: false): not found at once',
    inputs: { 'job-id': NEVER, 'wait-for-job': 'false' },
    code: 1,
    status: 'not-found',
    summary: new RegExp(`^### 🔍 No matching GES job found\\n[\\s\\S]*\\*\\*Not found\\*\\*: job ${NEVER}`),
    text: NOT_FOUND_NOT_WAITING,
    check: (_, emu) => expect(byEndpoint(emu, 'list').length).toBeGreaterThanOrEqual(1)
  },

  // --- the list shifting between pages (3 jobs a page) -----------------------------------------
  {
    name: 'jobs inserted at the head while paging (duplicates across pages): each job reported once',
    emulator: (t0, emu) => {
      const jobs = Array.from({ length: 7 }, (_, i) => finishedJob(`job-dup-${i + 1}`, t0 - (i + 1) * MIN))
      const exports = ['job-new-1', 'job-new-2'].map((id) => ({ ...finishedJob(id, t0), name: 'ExportGraph' }))
      let shifted = false
      return {
        fillerJobs: 0,
        order: 'newest',
        maxLimit: 3,
        jobs,
        beforeAnswer: (q) => {
          if (shifted || q.endpoint !== 'list' || q.query.offset !== '3') return
          shifted = true
          emu().setJobs([...jobs, ...exports]) // two newer jobs push every job one page down by two
        }
      }
    },
    inputs: { select: 'all', since: '1h' },
    code: 0,
    status: 'success',
    summary: /^### ✅ GES import succeeded\n\n\*\*7 jobs\*\*/,
    textIn: 'log',
    text: /GES job status: success \(7 jobs, 0 failed lines/,
    check: (r, emu) => {
      const ids = r.outputs['job-id'].split(',')
      expect([...ids].sort()).toEqual(Array.from({ length: 7 }, (_, i) => `job-dup-${i + 1}`))
      expect(r.report?.jobs).toHaveLength(7)
      // jobCount changed under the paging (7 → 9): the listing is made once more, in full. (The
      // comparison with the previous import then lists the graph in wider date windows.)
      const lists = byEndpoint(emu, 'list')
      const discovery = lists.filter((q) => q.query.startTime === lists[0].query.startTime)
      expect(discovery.map((q) => q.query.offset)).toEqual(['0', '3', '6', '0', '3', '6'])
    }
  },
  {
    name: 'the target moving to a page already read: jobCount changed, so the listing is made again and finds it',
    emulator: (t0, emu) => {
      const old = [3, 2, 1].map((h) => finishedJob(`job-old-${h}h`, t0 - h * HOUR))
      const target = runningJob('job-target', 1500, t0 - 30 * S)
      const later = [20, 10].map((s) => ({ ...finishedJob(`job-export-${s}`, t0 - s * S), name: 'ExportGraph' }))
      let moved = false
      return {
        fillerJobs: 0,
        order: 'oldest',
        maxLimit: 3,
        jobs: [...old, target, ...later],
        beforeAnswer: (q) => {
          if (moved || q.endpoint !== 'list' || q.query.offset !== '3') return
          moved = true
          emu().setJobs([...old.slice(1), target, ...later]) // the oldest job leaves: the target moves onto page 1
        }
      }
    },
    inputs: { since: '1h' },
    code: 0,
    status: 'success',
    summary: /^### ✅ GES import succeeded\n[\s\S]*\| movies \| ImportGraph job-target \| ✅ success \|/,
    textIn: 'log',
    text: /Found ImportGraph job-target of graph "movies": running/,
    check: (r, emu) => {
      expect(r.outputs['job-id']).toBe('job-target')
      // Pages 0 and 3 of the shifting list, then the second pass finds the target on page 0.
      expect(
        byEndpoint(emu, 'list')
          .slice(0, 3)
          .map((q) => q.query.offset)
      ).toEqual(['0', '3', '0'])
      expect(r.log).not.toMatch(/Waiting for an ImportGraph job/)
    }
  },

  // --- clock edges (the runner's TZ set to prove GES times are read as UTC) --------------------
  {
    name: 'a job begun 1 s before since is not taken (TZ America/Los_Angeles)',
    emulator: (t0) => ({ fillerJobs: 0, jobs: [finishedJob('job-early', t0 - MIN - S)] }),
    inputs: (_, t0) => ({ since: new Date(t0 - MIN).toISOString(), 'wait-for-job': 'false' }),
    env: { TZ: 'America/Los_Angeles' },
    code: 1,
    status: 'not-found',
    summary:
      /^### 🔍 No matching GES job found\n[\s\S]*\*\*Not found\*\*: an ImportGraph job of graph "movies" begun since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/,
    text: NOT_FOUND_NOT_WAITING,
    check: (r) => expect(r.log).not.toContain('job-early')
  },
  {
    name: 'a job begun exactly at since is taken; since "yyyy-MM-dd HH:mm:ss" (TZ Asia/Shanghai)',
    emulator: (t0) => ({ fillerJobs: 0, jobs: [runningJob('job-at-since', 600, t0 - MIN)] }),
    inputs: (_, t0) => ({ since: spaceTime(t0 - MIN), 'wait-for-job': 'false' }),
    env: { TZ: 'Asia/Shanghai' },
    code: 0,
    status: 'success',
    summary: /^### ✅ GES import succeeded\n[\s\S]*ImportGraph job-at-since \| ✅ success/,
    textIn: 'log',
    text: /Found ImportGraph job-at-since of graph "movies": running/,
    check: (r, _, t0) => expect(r.report?.jobs[0].beginTime).toBe(isoSeconds(t0 - MIN))
  },
  {
    name: 'v1 times with a space instead of T: a job begun 1 s before since is not taken (TZ America/Los_Angeles)',
    emulator: (t0) => ({ fillerJobs: 0, timeFormat: 'space', jobs: [finishedJob('job-early', t0 - MIN - S)] }),
    inputs: (_, t0) => ({ since: tTime(t0 - MIN), 'wait-for-job': 'false' }),
    env: { TZ: 'America/Los_Angeles' },
    code: 1,
    status: 'not-found',
    summary: /^### 🔍 No matching GES job found\n[\s\S]*\*\*Not found\*\*/,
    text: NOT_FOUND_NOT_WAITING
  },
  {
    name: 'v2 times (space) and a job begun at since: taken (TZ Asia/Shanghai)',
    emulator: (t0) => ({ fillerJobs: 0, jobs: [runningJob('job-at-since', 600, t0 - MIN)] }),
    inputs: (_, t0) => ({ 'api-version': 'v2', since: new Date(t0 - MIN).toISOString(), 'wait-for-job': 'false' }),
    env: { TZ: 'Asia/Shanghai' },
    code: 0,
    status: 'success',
    summary:
      /^### ✅ GES import succeeded\n[\s\S]*ImportGraph job-at-since \| ✅ success \| \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \|/,
    textIn: 'log',
    text: /Found ImportGraph job-at-since of graph "movies": running/,
    check: (r, emu, t0) => {
      expect(r.report?.jobs[0].beginTime).toBe(isoSeconds(t0 - MIN)) // the space-separated time read as UTC
      expect(gesRequests(emu).every((q) => q.path.startsWith('/v2/'))).toBe(true)
    }
  },
  {
    name: 'v2 with T-separated times and a job begun 1 s before since: not taken (TZ America/Los_Angeles)',
    emulator: (t0) => ({ fillerJobs: 0, timeFormat: 'T', jobs: [finishedJob('job-early', t0 - MIN - S)] }),
    inputs: (_, t0) => ({ 'api-version': 'v2', since: spaceTime(t0 - MIN), 'wait-for-job': 'false' }),
    env: { TZ: 'America/Los_Angeles' },
    code: 1,
    status: 'not-found',
    summary: /^### 🔍 No matching GES job found\n/,
    text: NOT_FOUND_NOT_WAITING
  },
  {
    name: 'until in the past: the running job is outside the window, the older failed one is taken',
    emulator: (t0) => ({
      fillerJobs: 0,
      jobs: [
        finishedJob('job-40m-ago', t0 - 40 * MIN, 'failed', { failReason: 'Import failed: bad schema' }),
        runningJob('job-now', 60_000)
      ]
    }),
    inputs: (_, t0) => ({ until: new Date(t0 - 30 * MIN).toISOString() }),
    code: 1,
    status: 'failed',
    summary: /^### ❌ GES import failed\n[\s\S]*\*\*Fail reasons\*\*\n\n- job-40m-ago: Import failed: bad schema/,
    text: /^GES job wait: the import failed\nImportGraph job-40m-ago \(graph movies\): failed — Import failed: bad schema$/m,
    check: (r) => expect(r.outputs['job-id']).toBe('job-40m-ago')
  },
  {
    name: 'until in the past and no job in the window: not-found at the timeout, the window in the summary',
    emulator: { fillerJobs: 0, jobs: [runningJob('job-now', 60_000)] },
    inputs: (_, t0) => ({ until: new Date(t0 - 30 * MIN).toISOString(), ...timeout() }),
    code: 1,
    status: 'not-found',
    summary:
      /^### 🔍 No matching GES job found\n[\s\S]*\*\*Not found\*\*: an ImportGraph job of graph "movies" until \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/,
    text: NOT_APPEARED,
    check: (r) => expect(r.log).not.toContain('Found ImportGraph job-now')
  },
  {
    name: 'a server in UTC−12: a job begun just after midnight UTC is still listed (startTime a day early)',
    emulator: (t0) => ({
      fillerJobs: 0,
      serverUtcOffsetHours: -12,
      jobs: [finishedJob('job-midnight', Date.parse(`${date(t0 - DAY)}T00:00:30Z`))]
    }),
    inputs: (_, t0) => ({ since: date(t0 - DAY), until: `${date(t0 - DAY)}T00:01:00Z`, 'wait-for-job': 'false' }),
    code: 0,
    status: 'success',
    summary:
      /^### ✅ GES import succeeded\n[\s\S]*ImportGraph job-midnight \| ✅ success \| \d{4}-\d\d-\d\d 00:00:30 \|/,
    textIn: 'log',
    text: /Found ImportGraph job-midnight of graph "movies": success/,
    check: (_, emu, t0) => expect(byEndpoint(emu, 'list')[0].query.startTime).toBe(date(t0 - 2 * DAY))
  },

  // --- authentication mid-wait -----------------------------------------------------------------
  {
    name: '401 mid-wait with a token: stops at once',
    emulator: { faults: [on('status', expired(), 2)] },
    runMs: 5000,
    code: 1,
    status: 'error',
    summary: new RegExp(
      `${COULD_NOT_CHECK.source}[\\s\\S]*\\*\\*Error\\*\\*: ${STATUS_CALL}: authentication failed \\(401\\): Incorrect IAM authentication information: token expired \\(HTTP 401, APIG\\.0301, request id [0-9a-f]{32}\\)[\\s\\S]*Authentication failed: check the token`
    ),
    text: /^GES job wait: .*authentication failed \(401\): Incorrect IAM authentication information: token expired \(HTTP 401, APIG\.0301, request id [0-9a-f]{32}\)$/m,
    check: stoppedAt(401)
  },
  {
    name: '401 mid-wait with AK/SK: stops at once, never re-signs blindly',
    emulator: { faults: [on('status', expired(), 2)] },
    runMs: 5000,
    inputs: aksk,
    code: 1,
    status: 'error',
    summary: new RegExp(`${COULD_NOT_CHECK.source}[\\s\\S]*APIG\\.0301[\\s\\S]*5 failures lock the key for 5 minutes`),
    text: /authentication failed \(401\).*\(HTTP 401, APIG\.0301, request id [0-9a-f]{32}\)/,
    check: stoppedAt(401)
  },
  {
    name: '401 mid-wait with an IAM password: one new token, then success',
    emulator: { faults: [on('status', expired(), 2)] },
    runMs: 1000,
    inputs: password,
    code: 0,
    status: 'success',
    summary: SUCCESS,
    textIn: 'log',
    text: /Getting the status of GES job \S+: the token was rejected \(401\); retrying once with a new IAM token/,
    check: (_, emu) => expect(byEndpoint(emu, 'token')).toHaveLength(2)
  },
  {
    name: '401 twice with an IAM password: fails after one renewal',
    emulator: { faults: [on('status', expired(), 2, 2)] },
    runMs: 5000,
    inputs: password,
    code: 1,
    status: 'error',
    summary: new RegExp(`${COULD_NOT_CHECK.source}[\\s\\S]*APIG\\.0301`),
    text: /authentication failed \(401\).*APIG\.0301/,
    check: (_, emu) => {
      expect(byEndpoint(emu, 'token')).toHaveLength(2)
      expect(emu.requests.at(-1)?.status).toBe(401)
    }
  },
  {
    // docs/ges-api.md#errors: clock skew comes as APIG.0301, like a bad signature.
    name: 'AK/SK with the runner clock 20 min off: APIG.0301, stops at once, the hint names the clock',
    emulator: { clockSkewMs: 20 * MIN },
    inputs: aksk,
    code: 1,
    status: 'error',
    summary: new RegExp(
      `${COULD_NOT_CHECK.source}[\\s\\S]*APIG\\.0301[\\s\\S]*access-key/secret-key pair[\\s\\S]*check the runner clock`
    ),
    text: /authentication failed \(401\).*15 minutes.*APIG\.0301/,
    check: stoppedAt(401)
  },

  // --- answers that stop the wait --------------------------------------------------------------
  {
    name: 'a 302 to another origin: not followed, no credentials sent there',
    setup: async (emu) => {
      const elsewhere = await startRecorder()
      emu.addFault({
        match: { endpoint: 'list' },
        action: { redirect: `${elsewhere.url}/v1.0/${emu.projectId}/graphs/jobs`, status: 302 }
      })
      return { otherRequests: elsewhere.requests, check: () => expect(elsewhere.requests).toHaveLength(0) }
    },
    code: 1,
    status: 'error',
    summary: new RegExp(
      `${COULD_NOT_CHECK.source}[\\s\\S]*the endpoint answered 302 redirect to http://127\\.0\\.0\\.1:\\d+/v1\\.0/`
    ),
    text: /Listing GES jobs of graph "movies" failed: the endpoint answered 302 redirect to http:\/\/127\.0\.0\.1:\d+\/v1\.0\/\S+; redirects are not followed so that credentials never go to another address\. Set "endpoint" to the final URL\./,
    check: stoppedAt(302)
  },
  {
    name: '403 on the job list',
    emulator: { faults: [on('list', apigError(403, 'APIG.0203', 'Forbidden: no permission to access GES'))] },
    code: 1,
    status: 'error',
    summary: new RegExp(`${COULD_NOT_CHECK.source}[\\s\\S]*grant the IAM user a GES policy`),
    text: /access denied \(403\): check the IAM permissions for GES: Forbidden: no permission to access GES \(HTTP 403, APIG\.0203/,
    check: stoppedAt(403)
  },
  {
    // docs/ges-api.md#errors: a wrong project id comes as 400 GES.0016 (or GES.0001), not 404.
    name: '400 GES.0016 for a wrong project id: the hint says check project-id',
    inputs: { 'project-id': 'ffffffffffffffffffffffffffffffff' },
    code: 1,
    status: 'error',
    summary: new RegExp(`${COULD_NOT_CHECK.source}[\\s\\S]*GES\\.0016[\\s\\S]*check "project-id"`),
    text: /rejected \(400\).*\(HTTP 400, GES\.0016/,
    check: stoppedAt(400)
  },
  {
    name: '404 from the status endpoint only: the job list takes over',
    emulator: { faults: [always('status', apigError(404, 'APIG.0101', 'The API does not exist'))] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    textIn: 'log',
    text: /not found \(404\).*; reading job \S+ from the job list from now on/,
    check: (_, emu) => expect(byEndpoint(emu, 'status')).toHaveLength(1)
  },
  {
    name: '403 on the graph list: the job is followed through the job list',
    emulator: { faults: [always('graphs', apigError(403, 'APIG.0203', 'Forbidden'))] },
    code: 0,
    status: 'success',
    summary: SUCCESS,
    text: /Listing GES graphs failed: access denied \(403\).*; following jobs through the job list instead/,
    check: (_, emu) => expect(byEndpoint(emu, 'status')).toHaveLength(0)
  },
  {
    name: '400 GES.7000 in a v2 error body: stops at once',
    emulator: {
      faults: [on('list', { status: 400, body: { error_code: 'GES.7000', error_msg: 'The graph does not exist.' } })]
    },
    inputs: { 'api-version': 'v2' },
    code: 1,
    status: 'error',
    summary: new RegExp(`${COULD_NOT_CHECK.source}[\\s\\S]*The graph does not exist: check "graph-name"`),
    text: /Listing GES jobs of graph "movies" failed: rejected \(400\): The graph does not exist\. \(HTTP 400, GES\.7000/,
    check: stoppedAt(400)
  }
]

/** Exported for the README: how many rows the matrix has. */
export const MATRIX_ROWS = scenarios.length

async function runScenario(s: Scenario): Promise<void> {
  const t0 = Math.floor(Date.now() / 1000) * 1000
  let started: Emulator | undefined
  const options = typeof s.emulator === 'function' ? s.emulator(t0, () => started as Emulator) : (s.emulator ?? {})
  const emu = (started = await startEmu(demo({ fillerJobs: 8, ...options }, { runMs: s.runMs ?? 800 })))
  const extras = s.setup ? await s.setup(emu) : {}
  const inputs = typeof s.inputs === 'function' ? s.inputs(emu, t0) : (s.inputs ?? {})
  const r = await run(emu, { inputs, env: s.env, otherRequests: extras.otherRequests })
  try {
    const summary = decodeEntities(r.summary)
    const text = s.textIn === 'log' ? r.log : [...r.errors, ...r.warnings].join('\n')
    // The four the row states.
    expect({ code: r.code, status: r.outputs.status }).toEqual({ code: s.code, status: s.status })
    expect(summary).toMatch(s.summary)
    expect(text).toMatch(s.text)
    // What holds whatever the fault.
    expectReportShape(r.report)
    expect(r.report.status).toBe(r.outputs.status)
    expect(r.errors).toHaveLength(s.code === 0 ? 0 : 1)
    expect(r.summary).toContain(s.code === 0 ? '· the step passes' : '· the step fails')
    expect(hasRawAngle(r.summary)).toBe(false) // cloud text (HTML pages included) is escaped
    expect(tableProblems(r.summary)).toEqual([])
    expect(gfmProblems(r.summary)).toEqual([]) // as GitHub renders it: nothing from the cloud but text
    if (r.outputs.status === 'success') {
      expect(r.report.jobs.length).toBeGreaterThan(0)
      for (const job of r.report.jobs) {
        expect(job.status).toBe('success')
        for (const file of job.files) expect(file.status).toBe('success')
      }
      expect(r.outputs['failed-files']).toBe('0')
    }
    s.check?.(r, emu, t0)
    extras.check?.(r)
  } catch (error) {
    if (error instanceof Error) error.message += `\n\n--- log\n${r.log}\n--- summary\n${r.summary}`
    throw error
  }
}

describe('fault matrix', () => {
  afterAll(closeAll) // *Each hooks do not run for concurrent tests

  it('has at least 30 rows', () => {
    expect(MATRIX_ROWS).toBeGreaterThanOrEqual(30)
  })

  it.concurrent.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_, s) => runScenario(s), 30_000)
})

// ---------------------------------------------------------------------------------------------
// Signals: the runner cancels with SIGINT, then SIGTERM. One at a time: they time the stop.
// ---------------------------------------------------------------------------------------------

interface Moment {
  emulator: EmulatorOptions
  inputs: (emu: Emulator) => Inputs
  /** The action has reached the moment. */
  ready: (emu: Emulator) => boolean
  /** The job-id output: empty when the job was not found yet. */
  jobId: string
}

const moments: Record<string, Moment> = {
  'before the first response (the first listing hangs)': {
    emulator: { faults: [always('list', actions.hang())] },
    inputs: () => ({ 'request-timeout': '30s' }),
    ready: (emu) => emu.requests.length > 0,
    jobId: ''
  },
  'before the first response (the IAM token request hangs)': {
    emulator: { faults: [always('token', actions.hang())] },
    inputs: (emu) => ({ ...password(emu), 'request-timeout': '30s' }),
    ready: (emu) => byEndpoint(emu, 'token').length > 0,
    jobId: ''
  },
  'during a back-off sleep': {
    emulator: {},
    inputs: () => ({ 'poll-interval': '1s', 'max-poll-interval': '1s' }),
    ready: (emu) => byEndpoint(emu, 'status').some((q) => q.status === 200),
    jobId: DEMO_JOB_ID
  },
  'during a Retry-After sleep (429, Retry-After: 30)': {
    emulator: {
      faults: [
        always(
          'status',
          apigError(429, 'APIG.0308', 'The throttling threshold has been reached', { 'Retry-After': '30' })
        )
      ]
    },
    inputs: () => ({ timeout: '60s' }),
    ready: (emu) => byEndpoint(emu, 'status').some((q) => q.status === 429),
    jobId: DEMO_JOB_ID
  },
  'during a hung status request': {
    emulator: { faults: [always('status', actions.hang())] },
    inputs: () => ({ 'request-timeout': '30s' }),
    ready: (emu) => byEndpoint(emu, 'status').length > 0,
    jobId: DEMO_JOB_ID
  }
}

describe('signals', () => {
  afterEach(closeAll)

  const rows = (['SIGINT', 'SIGTERM'] as const).flatMap((signal) =>
    Object.keys(moments).map((moment) => [signal, moment] as const)
  )

  it.each(rows)('%s %s: exits non-zero within 2 s, status cancelled, summary written', async (signal, moment) => {
    const m = moments[moment]
    const emu = await startEmu(demo({ fillerJobs: 8, ...m.emulator }, { runMs: 60_000 }))
    const action = start(emu, { inputs: { timeout: '30s', ...m.inputs(emu) } })

    await until(() => m.ready(emu), 8000, `the action to reach the moment "${moment}"`)
    await sleep(100)
    const seen = emu.requests.length
    const signalled = Date.now()
    expect(action.child.kill(signal)).toBe(true)
    const r = await action.done
    const stoppedMs = Date.now() - signalled

    expect(stoppedMs).toBeLessThan(2000)
    expect(r.signal).toBeNull() // it handled the signal and exited by itself
    expect(r.code).not.toBeNull()
    expect(r.code).not.toBe(0)
    expect(r.outputs.status).toBe('cancelled')
    expect(r.outputs['job-id']).toBe(m.jobId)
    const summary = decodeEntities(r.summary)
    expect(summary).toMatch(
      /^### 🛑 Cancelled while waiting for the GES job\n[\s\S]*· the step fails[\s\S]*\*\*Why the step fails\*\*: the run was cancelled before the job finished/
    )
    expect(tableProblems(r.summary)).toEqual([])
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(/^GES job wait: the run was cancelled before the job finished/)
    expect(r.log).toContain(`Received ${signal}: stopping the wait`)
    expectReportShape(r.report)
    expect(r.report.status).toBe('cancelled')
    expect(emu.requests.length).toBe(seen) // nothing sent after the signal
  })
})
