// `npm run bench`: runs the built action (dist/index.js) against the GES emulator and prints
// the figures docs/benchmarks.md quotes. Not a test: it asserts nothing, it
// measures. Uses only Node itself.
import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { actionPath, runAction } from '../emulator/runner.mjs'
import { DEMO_CREDENTIALS, movieImportDetail } from '../emulator/scenarios.mjs'
import { actions } from '../emulator/faults.mjs'
import { startObsEmulator } from '../emulator/obs.mjs'
import { startEmulator } from '../emulator/server.mjs'

const TOKEN = DEMO_CREDENTIALS.tokens[0]
const DAY = 86_400_000
/** The import each run waits for, when the run names or starts none. */
const TARGET_ID = 'target-job-0000000000000000000001'
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const print = (label, value) => console.log(`${label.padEnd(58)} ${value}`)

function finishedJob(id, graph, beginMs, detail) {
  return {
    id,
    graph,
    beginTime: new Date(beginMs).toISOString(),
    timeline: [{ atMs: 0, status: 'success', endTime: new Date(beginMs + 60_000).toISOString(), jobDetail: detail }]
  }
}

function runningJob(id, graph, finishAtMs) {
  return {
    id,
    graph,
    timeline: [
      { atMs: 0, status: 'running' },
      { atMs: finishAtMs, status: 'success', jobDetail: movieImportDetail() }
    ]
  }
}

/**
 * 5,000 successful imports of `movies` over the 30 days before an hour ago: 250 in the 30 hours
 * before that, the rest 57 hours or more back. A listing from the day before a job began (at
 * midnight in the server's UTC+8) reaches 32 to 56 hours back, so it holds the same 250 at any
 * hour of the run, and the figures do not depend on when the bench is run.
 */
function fiveThousandImports(now) {
  const hour = 3_600_000
  return Array.from({ length: 5000 }, (_, i) =>
    finishedJob(
      `old${String(i).padStart(28, '0')}`,
      'movies',
      now - hour - (i < 250 ? (i * 431_000) % (30 * hour) : 56 * hour + ((i * 7_919_000) % (30 * DAY - 57 * hour))),
      movieImportDetail()
    )
  )
}

async function withEmulator(options, body) {
  const emulator = await startEmulator({ ...DEMO_CREDENTIALS, order: 'shuffled', ...options })
  try {
    return await body(emulator)
  } finally {
    await emulator.close()
  }
}

const inputsFor = (emulator, extra) => ({
  endpoint: emulator.url,
  'project-id': emulator.projectId,
  token: TOKEN,
  summary: 'false',
  ...extra
})

/** 1. Cost of a poll once the job is identified, in a job center of 5,000 jobs of its graph. */
async function requestsPerPoll() {
  const now = Date.now()
  const history = fiveThousandImports(now)
  return withEmulator({ jobs: [...history, runningJob(TARGET_ID, 'movies', 6000)] }, async (emulator) => {
    await runAction({
      inputs: inputsFor(emulator, { 'graph-name': 'movies', 'poll-interval': '500ms', 'max-poll-interval': '1s' })
    })
    const requests = emulator.requests
    const firstStatus = requests.findIndex((r) => r.endpoint === 'status')
    const statusPolls = requests.filter((r) => r.endpoint === 'status').length
    const lastStatus = requests.findLastIndex((r) => r.endpoint === 'status')
    if (lastStatus < 0) throw new Error('bench: the job finished before the first status poll')
    const during = requests.slice(firstStatus, lastStatus + 1).length
    print('1. jobs of the target graph in the job center', '5,000 (+1 running)')
    print('   identification: list pages + graph list', `${firstStatus} requests`)
    print('   polls after identification', statusPolls)
    print('   requests per poll after identification (goal: 1)', (during / statusPolls).toFixed(2))
    print('   import-detail lookup after the end', `${requests.length - lastStatus - 1} requests`)
  })
}

/** 2. Ten graphs whose imports finish at 1..10 s, in one step. */
async function tenGraphs() {
  const graphs = Array.from({ length: 10 }, (_, i) => `graph${i + 1}`)
  const jobs = graphs.map((graph, i) => runningJob(`job-of-${graph}`.padEnd(32, '0'), graph, (i + 1) * 1000))
  return withEmulator({ jobs, fillerJobs: 200 }, async (emulator) => {
    const started = performance.now()
    const result = await runAction({
      inputs: inputsFor(emulator, { 'graph-name': graphs.join(','), 'poll-interval': '1s', 'max-poll-interval': '2s' })
    })
    const wall = (performance.now() - started) / 1000
    print(
      '2. ten graphs finishing at 1..10 s: wall time (goal ≤ 13 s)',
      `${wall.toFixed(2)} s (status ${result.outputs.status})`
    )
    print('   requests in all', emulator.requests.length)
  })
}

/** 3. A job finishing at 8 s: this action vs a fixed 1 s poller of the status endpoint (median of 5). */
async function againstFixedPoller(runs = 5) {
  const job = runningJob('job-finishing-at-8s-0000000000001', 'movies', 8000)
  const ours = []
  for (let i = 0; i < runs; i++) {
    ours.push(
      await withEmulator({ jobs: [job], fillerJobs: 20 }, async (emulator) => {
        await runAction({
          inputs: inputsFor(emulator, { 'job-id': job.id, 'poll-interval': '1s', 'max-poll-interval': '4s' })
        })
        const polls = emulator.requests.filter((r) => r.endpoint === 'status')
        const seen = polls.find((r) => r.at >= 8000) ?? polls.at(-1)
        return { requests: emulator.requests.length, polls: polls.length, lag: (seen.at - 8000) / 1000 }
      })
    )
  }
  const fixed = await withEmulator({ jobs: [job] }, async (emulator) => {
    const url = `${emulator.url}/v1.0/${emulator.projectId}/graphs/graph-id-movies/jobs/${job.id}/status`
    for (;;) {
      const body = await (await fetch(url, { headers: { 'X-Auth-Token': TOKEN } })).json()
      if (body.status === 'success') break
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    return { requests: emulator.requests.length, lag: (emulator.requests.at(-1).at - 8000) / 1000 }
  })
  const m = (key) => median(ours.map((o) => o[key]))
  print(`3. job finishing at 8 s, poll-interval 1s, max-poll-interval 4s (median of ${runs})`, '')
  print(
    '   this action: status polls / all requests / detection lag',
    `${m('polls')} / ${m('requests')} / ${m('lag').toFixed(2)} s`
  )
  print('   fixed 1 s poller: status polls / detection lag', `${fixed.requests} / ${fixed.lag.toFixed(2)} s`)
}

/** 4. Cold start: the action against a finished job, against `node -e ""`, interleaved. */
async function coldStart(runs = 15) {
  const now = Date.now()
  return withEmulator(
    { jobs: [finishedJob('finished-job-000000000000000000001', 'movies', now - 60_000, movieImportDetail())] },
    async (emulator) => {
      const env = {
        PATH: process.env.PATH,
        INPUT_ENDPOINT: emulator.url,
        'INPUT_PROJECT-ID': emulator.projectId,
        INPUT_TOKEN: TOKEN,
        'INPUT_GRAPH-NAME': 'movies',
        INPUT_SUMMARY: 'false',
        'INPUT_JOB-NAME': 'ImportGraph',
        INPUT_TIMEOUT: '30m'
      }
      // Async spawn: the emulator answers from this same process.
      const time = (args, childEnv) =>
        new Promise((resolve, reject) => {
          const started = performance.now()
          spawn(process.execPath, args, { env: childEnv, stdio: 'ignore' }).on('close', (code) =>
            code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args.join(' ')} exited ${code}`))
          )
        })
      // An input error (no inputs: exit 1) is the start alone, before any request.
      const timeAny = (args, childEnv) =>
        new Promise((resolve) => {
          const started = performance.now()
          spawn(process.execPath, args, { env: childEnv, stdio: 'ignore' }).on('close', () =>
            resolve(performance.now() - started)
          )
        })
      const bare = { PATH: process.env.PATH }
      const action = []
      const inputError = []
      const baseline = []
      await time(['-e', ''], env)
      await time([actionPath], env)
      for (let i = 0; i < runs; i++) {
        baseline.push(await time(['-e', ''], env))
        action.push(await time([actionPath], env))
        inputError.push(await timeAny([actionPath], bare))
      }
      const ratios = action.map((a, i) => a / baseline[i])
      const errorRatios = inputError.map((a, i) => a / baseline[i])
      print(`4. cold start (median of ${runs}, interleaved with node -e "")`, '')
      print('   node -e ""', `${median(baseline).toFixed(0)} ms`)
      print('   node dist/index.js, input error (no request)', `${median(inputError).toFixed(0)} ms`)
      print('   ratio, input error (goal ≤ 2.5)', median(errorRatios).toFixed(2))
      print('   node dist/index.js against a finished job', `${median(action).toFixed(0)} ms`)
      print('   ratio, finished job (whole run)', median(ratios).toFixed(2))
      const dist = dirname(actionPath)
      const chunks = readdirSync(dist).filter((f) => f.endsWith('.js'))
      const total = chunks.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0)
      print('   dist/index.js size (loaded at start)', `${(statSync(actionPath).size / 1024).toFixed(0)} KiB`)
      print(`   all ${chunks.length} .js files of dist/ (lazy chunks included)`, `${(total / 1024).toFixed(0)} KiB`)
    }
  )
}

/**
 * 5. What comparing with the previous import costs, in a job center of 5,000 finished imports of
 * the graph, and with the previous import 3 days back behind 450 older ones: every GES request
 * after the last status poll (the listing that confirms the finish, then the comparison's).
 */
async function comparisonCost() {
  const now = Date.now()
  const history = fiveThousandImports(now)
  // Still running once the 5,000 are listed, so that the wait ends with status polls.
  const target = runningJob(TARGET_ID, 'movies', 8000)
  print('5. comparison with the previous import, 5,000 earlier imports of the graph', '')
  const older450 = [
    ...Array.from({ length: 450 }, (_, i) =>
      finishedJob(
        `older${String(i).padStart(27, '0')}`,
        'movies',
        now - (10 + (i * 390) / 450) * DAY,
        movieImportDetail()
      )
    ),
    finishedJob('previous-job-00000000000000000001', 'movies', now - 3 * DAY, movieImportDetail())
  ]
  for (const [label, extra, extraJobs] of [
    ['graph-name (the discovery listing is reused)', {}],
    ['graph-name + since: 1h (the confirming listing is reused)', { since: '1h' }],
    ['job-id (the confirming listing is reused)', { 'job-id': target.id, 'graph-name': '' }],
    ['job-id, previous 3 days back behind 450 older (goal: ≤ 4)', { 'job-id': target.id, 'graph-name': '' }, older450]
  ]) {
    const jobs = [...(extraJobs ?? history), target]
    await withEmulator({ jobs, timelineFrom: 'firstRequest' }, async (emulator) => {
      const result = await runAction({
        inputs: inputsFor(emulator, {
          'graph-name': 'movies',
          'poll-interval': '500ms',
          'max-poll-interval': '1s',
          'max-line-drop': '20%',
          ...extra
        })
      })
      const requests = emulator.requests
      const lastStatus = requests.findLastIndex((r) => r.endpoint === 'status')
      const after = requests.slice(lastStatus + 1).filter((r) => r.endpoint === 'list').length
      print(
        `   ${label}`,
        `${after} list requests after the last poll (status ${result.outputs.status}, previous ${result.outputs['previous-job-id'] ? 'found' : 'none'})`
      )
    })
  }
}

/**
 * 6. Start and wait in one step (import-edges): an import that runs 10 s (the emulator has no
 * time scaling, so this takes 10 s), poll-interval 1s, max-poll-interval 2s. Requests from the
 * start to the verdict, by kind.
 */
async function startAndWait() {
  const graphs = [{ id: 'graph-id-movies', name: 'movies' }]
  return withEmulator({ graphs, fillerJobs: 500, importGraph: { runMs: 10_000 } }, async (emulator) => {
    const result = await runAction({
      inputs: inputsFor(emulator, {
        'graph-name': 'movies',
        'import-edges': 'bench-bucket/movies/edges/',
        'import-schema': 'bench-bucket/movies/schema.xml',
        'poll-interval': '1s',
        'max-poll-interval': '2s'
      })
    })
    const requests = emulator.requests
    const count = (endpoint) => requests.filter((r) => r.endpoint === endpoint).length
    const post = requests.findIndex((r) => r.endpoint === 'import')
    const lastStatus = requests.findLastIndex((r) => r.endpoint === 'status')
    const listsBeforeFinish = requests.slice(0, lastStatus).filter((r) => r.endpoint === 'list').length
    print('6. start and wait, an import that runs 10 s (poll 1s..2s)', `status ${result.outputs.status}`)
    print(
      '   graph lists / POSTs before the first poll',
      `${count('graphs')} / ${requests.slice(0, post + 1).filter((r) => r.endpoint === 'import').length}`
    )
    print('   status polls (1 request per poll)', count('status'))
    print('   job listings while running (goal: 0)', listsBeforeFinish)
    print('   after the finish: confirming + previous-import listings', `${requests.length - lastStatus - 1} requests`)
    print('   requests in all, start to verdict', requests.length)
  })
}

/**
 * 7. What reading the rejected lines adds: 10 failed files, each log on an OBS 150 ms away
 * (every answer delayed by 150 ms), import-log-lines 5 against 0; median wall time of 5 runs each.
 */
async function importLogs(runs = 5) {
  const now = Date.now()
  const logs = {}
  const edgesetPath = Array.from({ length: 10 }, (_, i) => {
    logs[`ges-bench/logs/e${i}.log`] = Array.from({ length: 50 }, (_, n) => `line ${n + 1}: rejected row ${n}`).join(
      '\n'
    )
    return {
      path: `obs://ges-bench/edges/e${i}.csv`,
      log: `obs://ges-bench/logs/e${i}.log`,
      status: 'failed',
      cause: 'rejected',
      totalLines: 50,
      successfulLines: 0,
      failedLines: 50
    }
  })
  const job = finishedJob('logs-job-0000000000000000000001', 'movies', now - 120_000, {
    schemaPath: [],
    edgesetPath,
    vertexsetPath: []
  })
  const obs = await startObsEmulator({ objects: logs, aksk: DEMO_CREDENTIALS.aksk, delayMs: 150 })
  try {
    const wall = async (lines) => {
      const times = []
      for (let i = 0; i < runs; i += 1)
        await withEmulator({ jobs: [job] }, async (emulator) => {
          const started = performance.now()
          await runAction({
            inputs: {
              endpoint: emulator.url,
              'project-id': emulator.projectId,
              'access-key': DEMO_CREDENTIALS.aksk.ak,
              'secret-key': DEMO_CREDENTIALS.aksk.sk,
              'obs-endpoint': obs.url,
              'graph-name': 'movies',
              'import-log-lines': String(lines)
            }
          })
          times.push(performance.now() - started)
        })
      return median(times)
    }
    const off = await wall(0)
    const reads = obs.requests.length
    const on = await wall(5)
    print('7. rejected lines: 10 failed files, OBS 150 ms away', '')
    print(
      '   added wall time (import-log-lines 5 vs 0)',
      `${Math.round(on - off)} ms (${Math.round(off)} → ${Math.round(on)} ms)`
    )
    print('   OBS reads per run', `${(obs.requests.length - reads) / runs}`)
  } finally {
    await obs.close()
  }
}

/**
 * 8. A long history, the whole run: a job center of 5,000 imports of the graph over 30
 * days, `job-id` + `graph-name` + `since`, the import running ~6 s. GES requests (graph list,
 * list pages, status) per poll, from the first request to the verdict, finish and comparison
 * included. A poll is one status request, plus the poll that identified the job.
 */
async function wholeRun() {
  const now = Date.now()
  const history = fiveThousandImports(now)
  const target = runningJob(TARGET_ID, 'movies', 6000)
  return withEmulator({ jobs: [...history, target], timelineFrom: 'firstRequest' }, async (emulator) => {
    const result = await runAction({
      inputs: inputsFor(emulator, {
        'job-id': target.id,
        'graph-name': 'movies',
        since: '1h',
        'max-line-drop': '20%',
        'poll-interval': '500ms',
        'max-poll-interval': '1s'
      })
    })
    const ges = emulator.requests.filter((r) => ['list', 'status', 'graphs'].includes(r.endpoint))
    const count = (endpoint) => ges.filter((r) => r.endpoint === endpoint).length
    const polls = count('status') + 1
    const lastStatus = ges.findLastIndex((r) => r.endpoint === 'status')
    print('8. whole run: 5,000 imports, job-id + graph-name + since: 1h', `status ${result.outputs.status}`)
    print(
      '   GES requests: graph list / list pages / status',
      `${count('graphs')} / ${count('list')} / ${count('status')}`
    )
    print('   list pages after the last status poll', ges.length - lastStatus - 1)
    print('   GES requests per poll over the whole run (goal: ≤ 2)', (ges.length / polls).toFixed(2))
  })
}

/**
 * 9. Listings read to the end, GES 150 ms away (every answer delayed): 5,000 imports of the graph,
 * `graph-name` without `job-id` or `since` (discovery lists the whole history), the import running
 * ~3 s, `max-line-drop` set. Wall time from start to verdict, list pages, and the most list
 * requests in flight at once (pages of one listing are fetched up to 4 at a time once jobCount is
 * known). Median of `runs`.
 */
async function slowListings(runs = 3) {
  const rows = []
  for (let i = 0; i < runs; i += 1) {
    const now = Date.now()
    const target = runningJob(TARGET_ID, 'movies', 3000)
    let inFlight = 0
    let peak = 0
    const options = {
      jobs: [...fiveThousandImports(now), target],
      timelineFrom: 'firstRequest',
      faults: [{ match: { endpoint: 'any' }, times: Infinity, action: actions.slow(150) }],
      beforeAnswer: (r) => r.endpoint === 'list' && (peak = Math.max(peak, (inFlight += 1))),
      onRequest: (r) => r.endpoint === 'list' && (inFlight -= 1)
    }
    rows.push(
      await withEmulator(options, async (emulator) => {
        const started = performance.now()
        const result = await runAction({
          inputs: inputsFor(emulator, {
            'graph-name': 'movies',
            'max-line-drop': '20%',
            'poll-interval': '1s',
            'max-poll-interval': '2s'
          })
        })
        const lists = emulator.requests.filter((r) => r.endpoint === 'list').length
        // The first status poll comes once discovery has read the whole history.
        const listed = emulator.requests.find((r) => r.endpoint === 'status')?.at ?? NaN
        return { ms: performance.now() - started, listed, lists, peak, status: result.outputs.status }
      })
    )
  }
  print(`9. whole history read, GES 150 ms away (median of ${runs})`, `status ${rows[0].status}`)
  print(
    '   first status poll (whole history listed, then 1 s of poll)',
    `${(median(rows.map((r) => r.listed)) / 1000).toFixed(2)} s`
  )
  print('   wall time, start to verdict', `${(median(rows.map((r) => r.ms)) / 1000).toFixed(2)} s`)
  print(
    '   list pages / most in flight at once',
    `${median(rows.map((r) => r.lists))} / ${Math.max(...rows.map((r) => r.peak))}`
  )
}

const only = process.argv[2]
const all = {
  requestsPerPoll,
  tenGraphs,
  againstFixedPoller,
  coldStart,
  comparisonCost,
  startAndWait,
  importLogs,
  wholeRun,
  slowListings
}
console.log(`ges-job-waiter benchmark · node ${process.version} · ${process.platform}/${process.arch}\n`)
for (const [name, bench] of Object.entries(all)) if (!only || only === name) await bench()
