// Named scenarios: each builder returns startEmulator() options; `overrides` are merged on top
// (shallow), e.g. demo({ order: 'newest', fillerJobs: 0 }).
import { actions } from './faults.mjs'

/** Credentials every scenario accepts, so a demo can use any auth mode. */
export const DEMO_CREDENTIALS = {
  tokens: ['test-token'],
  aksk: { ak: 'AKEXAMPLE0123456789', sk: 'SKEXAMPLE/secret+key=' },
  iam: { users: [{ name: 'ci-bot', password: 'Passw0rd!', domain: 'example-domain' }] }
}

export const DEMO_JOB_ID = 'ff8080818c5a6e0f018c5b1d2e7a0042'
const BUCKET = 'obs://ges-demo-bucket/movies'
const LOGS = `${BUCKET}/logs/import-${DEMO_JOB_ID.slice(-8)}`

const file = (kind, name, lines, extra = {}) => ({
  path: `${BUCKET}/${kind}/${name}`,
  log: `${LOGS}/${name.replace(/\.\w+$/, '')}.log`,
  status: 'success',
  cause: null,
  totalLines: lines,
  successfulLines: lines,
  failedLines: 0,
  ...extra
})

/** A realistic import of the movies graph: one schema, two edge files, two vertex files. */
export function movieImportDetail({ userFile } = {}) {
  return {
    schemaPath: [{ path: `${BUCKET}/schema/movies.xml`, log: null, status: 'success', cause: null }],
    edgesetPath: [file('edges', 'rate.csv', 1000209), file('edges', 'friend.csv', 8213)],
    vertexsetPath: [file('vertices', 'movie.csv', 3883), userFile ?? file('vertices', 'user.csv', 6040)]
  }
}

/** The import job: running from the start, then `final` at `runMs`. */
function importJob(final, runMs) {
  return {
    id: DEMO_JOB_ID,
    name: 'ImportGraph',
    type: 'GraphManagement',
    graph: 'movies',
    timeline: [
      { atMs: 0, status: 'running' },
      { atMs: runMs, ...final }
    ]
  }
}

const base = (jobs, overrides) => ({
  ...DEMO_CREDENTIALS,
  graphs: [
    { id: '6b8f5d4e-2c1a-4f3e-9d7b-0a1b2c3d4e5f', name: 'movies' },
    { id: 'c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f', name: 'social' }
  ],
  fillerJobs: 8,
  seed: 'demo',
  jobs,
  ...overrides
})

/** movies ImportGraph: running ~3 s, then success with a full jobDetail. */
export function demo(overrides = {}, { runMs = 3000 } = {}) {
  return base([importJob({ status: 'success', jobDetail: movieImportDetail() }, runMs)], overrides)
}

/**
 * Like demo, but vertices/user.csv is partFailed (28 of 6040 lines rejected). The job itself
 * still says `success` by default — the action has to read jobDetail to notice; pass
 * jobStatus: 'partiallyFailed' for the newer API behaviour.
 */
export function partFailed(overrides = {}, { runMs = 3000, jobStatus = 'success' } = {}) {
  const userFile = file('vertices', 'user.csv', 6040, {
    status: 'partFailed',
    successfulLines: 6012,
    failedLines: 28,
    cause: "28 lines rejected: property 'age' is not a valid int (first at line 17: 'unknown'); see the log"
  })
  return base([importJob({ status: jobStatus, jobDetail: movieImportDetail({ userFile }) }, runMs)], overrides)
}

/** movies ImportGraph fails after ~3 s: an edge file references missing vertices. */
export function failed(overrides = {}, { runMs = 3000 } = {}) {
  const detail = movieImportDetail()
  detail.edgesetPath[0] = file('edges', 'rate.csv', 1000209, {
    status: 'failed',
    successfulLines: 0,
    failedLines: 1000209,
    cause: "vertex 'u9999' referenced at line 1 does not exist"
  })
  const failReason = `Import failed: ${detail.edgesetPath[0].path}: vertex 'u9999' referenced at line 1 does not exist`
  return base([importJob({ status: 'failed', failReason, jobDetail: detail }, runMs)], overrides)
}

/** demo behind a flaky gateway: a throttle, a 502 and a reset on the first polls. */
export function flaky(overrides = {}) {
  return demo({
    faults: [
      { match: { endpoint: 'any', nth: 1 }, action: actions.throttled() },
      { match: { endpoint: 'any', nth: 3 }, action: actions.badGateway() },
      { match: { endpoint: 'any', nth: 5 }, action: actions.reset() }
    ],
    ...overrides
  })
}

/** demo in a crowded job center (250 old jobs, newest-first not guaranteed). */
export function bigCenter(overrides = {}) {
  return demo({ fillerJobs: 250, ...overrides })
}

/** The job only shows up in the job center 2 s after start (submitted late). */
export function late(overrides = {}) {
  const options = demo(overrides, { runMs: 5000 })
  options.jobs = options.jobs.map((j) => ({ ...j, appearAtMs: 2000 }))
  return options
}

/** Successful lines of each file of the demo import (movieImportDetail), by path under the bucket. */
export const DEMO_LINES = {
  'edges/rate.csv': 1000209,
  'edges/friend.csv': 8213,
  'vertices/movie.csv': 3883,
  'vertices/user.csv': 6040
}

/**
 * An earlier finished import of a graph (default movies), begun `hoursAgo` before the call,
 * whose files (paths under the demo bucket; `edges/…` are edge files, the rest vertex files)
 * have the given successful lines. `null` stands for a count GES did not report (-1 on the
 * wire, docs/ges-api.md#import-details-and-line-counts).
 */
export function earlierImport({ id, hoursAgo, lines, status = 'success', graph = 'movies', name = 'ImportGraph' }) {
  const beginMs = Date.now() - hoursAgo * 3_600_000
  const files = Object.entries(lines).map(([path, n]) => ({
    path: `${BUCKET}/${path}`,
    log: null,
    status: 'success',
    cause: null,
    totalLines: n ?? -1,
    successfulLines: n ?? -1,
    failedLines: n === null ? -1 : 0
  }))
  return {
    id,
    name,
    type: 'GraphManagement',
    graph,
    beginTime: new Date(beginMs).toISOString(),
    timeline: [
      {
        atMs: 0,
        status,
        endTime: new Date(beginMs + 60_000).toISOString(),
        jobDetail: {
          schemaPath: [{ path: `${BUCKET}/schema/movies.xml`, log: null, status: 'success', cause: null }],
          edgesetPath: files.filter((f) => f.path.startsWith(`${BUCKET}/edges/`)),
          vertexsetPath: files.filter((f) => !f.path.startsWith(`${BUCKET}/edges/`))
        }
      }
    ]
  }
}

/**
 * demo after two earlier imports of movies: yesterday's had twice the ratings and a
 * genre.csv that is gone today — the import "succeeds" with half the data.
 */
export function lineDrop(overrides = {}, { runMs = 3000 } = {}) {
  const options = demo({ fillerJobs: 0, ...overrides }, { runMs })
  options.jobs = [
    ...options.jobs,
    earlierImport({ id: 'ff8080818c5a6e0f018c4a0b1c2d0041', hoursAgo: 48, lines: DEMO_LINES }),
    earlierImport({
      id: 'ff8080818c5a6e0f018c4f9e8d7c0040',
      hoursAgo: 24,
      lines: { ...DEMO_LINES, 'edges/rate.csv': 2000418, 'vertices/genre.csv': 18 }
    })
  ]
  return options
}

export const scenarios = { demo, partFailed, failed, flaky, bigCenter, late, lineDrop }

/**
 * Import logs on OBS for the OBS emulator (emulator/obs.mjs), by `bucket/key`: the logs the
 * partFailed and failed scenarios name. GES does not document the format (docs/ges-api.md#import-logs-on-obs); these
 * are plausible `line: reason` rows.
 */
export const DEMO_LOGS = {
  [`${LOGS.slice('obs://'.length)}/user.log`]: Array.from(
    { length: 28 },
    (_, i) => `line ${17 + i * 3}: u${1000 + i},F,unknown,10,48067 -> property 'age' is not a valid int: 'unknown'`
  ).join('\n'),
  [`${LOGS.slice('obs://'.length)}/rate.log`]: [
    "line 1: u9999,m1193,5,978300760 -> vertex 'u9999' does not exist",
    "line 2: u9999,m661,3,978302109 -> vertex 'u9999' does not exist",
    "line 3: u9999,m914,3,978301968 -> vertex 'u9999' does not exist"
  ].join('\n')
}
