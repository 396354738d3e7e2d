// Mistakes diagnosed in seconds rather than at the timeout: a job that never appears
// (appear-timeout), a job id of another graph, since: run read from the GitHub API, and the
// warning about a stale import picked without since.
import { afterEach, describe, expect, it } from '@jest/globals'
import { DEMO_JOB_ID, demo, movieImportDetail } from '../../emulator/scenarios.mjs'
import { byEndpoint, closeAll, expectReportShape, isoSeconds, run, startEmu, startGitHub } from './support.js'
import type { GitHubEmulator } from '../../emulator/github.mjs'

afterEach(closeAll)

const github = startGitHub

const MIN = 60_000
const HOUR = 60 * MIN
const finished = (id: string, beganAgoMs: number, overrides: Record<string, unknown> = {}) => ({
  id,
  graph: 'movies',
  beginTime: isoSeconds(Date.now() - beganAgoMs),
  timeline: [
    {
      atMs: 0,
      status: 'success',
      endTime: isoSeconds(Date.now() - beganAgoMs + MIN),
      jobDetail: movieImportDetail()
    }
  ],
  ...overrides
})

describe('appear-timeout', () => {
  it('ends a wait for a job that never appears with not-found, what was searched and the jobs seen instead', async () => {
    const emu = await startEmu(
      demo({
        fillerJobs: 0,
        jobs: [
          finished('job-old-import', 2 * HOUR),
          finished('job-delete', 5 * MIN, { name: 'DeleteGraph' }),
          finished('job-<b>@team', 3 * HOUR, { name: 'ImportGraph|x' })
        ]
      })
    )
    const r = await run(emu, { inputs: { since: '30m', 'appear-timeout': '1s', timeout: '10s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('not-found')
    expect(r.durationMs).toBeLessThan(1000 + 2500) // not the 10 s timeout
    expect(byEndpoint(emu, 'list').length).toBeGreaterThanOrEqual(2) // it did wait
    expect(r.errors[0]).toBe('GES job wait: no matching job appeared within appear-timeout (1s)')

    expectReportShape(r.report)
    expect(r.report.notFound).toMatchObject({
      reason: 'appear-timeout',
      searched: { jobIds: [], graphs: ['movies'], jobName: 'ImportGraph', until: null, appearTimeoutSeconds: 1 }
    })
    expect(r.report.notFound?.seenInstead.map((j) => [j.jobId, j.jobName])).toEqual([
      ['job-delete', 'DeleteGraph'],
      ['job-old-import', 'ImportGraph'],
      ['job-<b>@team', 'ImportGraph|x']
    ])

    expect(r.summary).toMatch(/^### 🔍 No matching GES job found\n/)
    expect(r.summary).toMatch(
      /\*\*Searched\*\*: graph movies · job name ImportGraph · window from \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC · appear-timeout 1s/
    )
    expect(r.summary).toContain('**Seen instead** (the newest jobs listed, newest first):')
    expect(r.summary).toMatch(/\| job-delete \| DeleteGraph \| movies \| success \| \d{4}-/)
    // Server text is escaped: the table keeps its five columns, no tag, no mention.
    expect(r.summary).toMatch(/\| job-\\<b\\>@&#8203;team \| ImportGraph\\\|x \| movies \| success \| \d{4}-/)
    expect(r.summary).toContain('raise "appear-timeout" if the import starts later')
  })

  it('with wait-for-job: false, the first listing decides and appear-timeout does not matter', async () => {
    const emu = await startEmu(demo({ fillerJobs: 0, jobs: [finished('job-old-import', 2 * HOUR)] }))
    const r = await run(emu, { inputs: { since: '30m', 'wait-for-job': 'false', 'appear-timeout': '5s' } })

    expect(r.outputs.status).toBe('not-found')
    expect(byEndpoint(emu, 'list')).toHaveLength(1)
    expect(r.report?.notFound?.reason).toBe('not-waiting')
    expect(r.report?.notFound?.seenInstead.map((j) => j.jobId)).toEqual(['job-old-import'])
  })

  it('longer than timeout is refused before any request, naming both inputs', async () => {
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { timeout: '5m', 'appear-timeout': '10m' } })

    expect(r.code).toBe(1)
    expect(r.errors[0]).toBe(
      'ges-job-waiter: Input "appear-timeout" (10m) is longer than "timeout" (5m): shorten it, or raise timeout. Example: 5m'
    )
    expect(emu.requests).toHaveLength(0)
  })

  it('longer than timeout is accepted with wait-for-job: false, where it does not apply', async () => {
    const emu = await startEmu(demo({ fillerJobs: 0, jobs: [finished('job-old-import', 2 * HOUR)] }))
    const r = await run(emu, {
      inputs: { since: '30m', timeout: '5m', 'appear-timeout': '10m', 'wait-for-job': 'false' }
    })

    expect(r.errors.join('\n')).not.toContain('appear-timeout')
    expect(r.outputs.status).toBe('not-found')
    expect(r.report?.notFound?.reason).toBe('not-waiting')
    expect(byEndpoint(emu, 'list')).toHaveLength(1)
  })
})

describe('a job id of another graph', () => {
  it('is reported at once, naming both graphs', async () => {
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { 'job-id': DEMO_JOB_ID, 'graph-name': 'social', timeout: '10s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('not-found')
    expect(r.durationMs).toBeLessThan(3000)
    const message = `job ${DEMO_JOB_ID} belongs to graph "movies", not to graph-name "social": fix job-id or graph-name`
    expect(r.errors[0]).toBe(`GES job wait: ${message}`)
    expect(r.report?.notFound).toMatchObject({ reason: 'other-graph', message })
    expect(r.summary).toContain('Check "job-id" and "graph-name": they name different graphs.')
    // One listing across graphs, no status poll.
    expect(byEndpoint(emu, 'list')).toHaveLength(1)
    expect(byEndpoint(emu, 'list')[0].query.graph_name).toBeUndefined()
    expect(byEndpoint(emu, 'status')).toHaveLength(0)
  })

  it('a job id of one of the graphs named is followed as before', async () => {
    const emu = await startEmu(demo({}, { runMs: 500 }))
    const r = await run(emu, { inputs: { 'job-id': DEMO_JOB_ID, 'graph-name': 'social,movies' } })
    expect(r.outputs.status).toBe('success')
  })
})

describe('since: run', () => {
  const onRun = (gh: GitHubEmulator, env: Record<string, string | undefined> = {}) => ({
    githubToken: gh.token,
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/graphs',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '2',
      ...env
    }
  })

  it('reads the start of the run attempt and ignores imports that began before it', async () => {
    const runStart = isoSeconds(Date.now() - 10 * MIN)
    const gh = await github({
      runs: {
        '4242': {
          startedAt: isoSeconds(Date.now() - HOUR),
          attempts: { '1': isoSeconds(Date.now() - HOUR), '2': runStart }
        }
      }
    })
    // A finished import from before the run attempt, and this run's import appearing later.
    const emu = await startEmu(
      demo(
        {
          fillerJobs: 0,
          jobs: [
            finished('job-before-run', 20 * MIN),
            {
              id: DEMO_JOB_ID,
              graph: 'movies',
              appearAtMs: 600,
              beginTime: isoSeconds(Date.now() - MIN),
              timeline: [
                { atMs: 0, status: 'running' },
                { atMs: 900, status: 'success', jobDetail: movieImportDetail() }
              ]
            }
          ]
        },
        { runMs: 900 }
      )
    )
    const r = await run(emu, { inputs: { since: 'run' }, ...onRun(gh) })

    expect(r.code).toBe(0)
    expect(r.outputs['job-id']).toBe(DEMO_JOB_ID)
    expect(r.log).toContain(
      `since: run → jobs that began at or after ${runStart.replace('T', ' ').replace('Z', '')} UTC`
    )
    expect(r.log).not.toContain('Found ImportGraph job-before-run')
    expect(gh.requests.map((q) => [q.method, q.path])).toEqual([
      ['GET', '/repos/acme/graphs/actions/runs/4242/attempts/2']
    ])
    expect(gh.requests[0].headers.authorization).toBe(`Bearer ${gh.token}`)
    // The listing asks from a day before the run start (the server's time zone is undocumented).
    expect(byEndpoint(emu, 'list')[0].query.startTime).toBe(isoSeconds(Date.parse(runStart) - 24 * HOUR).slice(0, 10))
  })

  it('without an attempt number, reads the run', async () => {
    const gh = await github({ runs: { '4242': { startedAt: isoSeconds(Date.now() - 10 * MIN) } } })
    const emu = await startEmu(demo({ fillerJobs: 0 }, { runMs: 300 }))
    const r = await run(emu, { inputs: { since: 'run' }, ...onRun(gh, { GITHUB_RUN_ATTEMPT: undefined }) })
    expect(r.outputs.status).toBe('success')
    expect(gh.requests.map((q) => q.path)).toEqual(['/repos/acme/graphs/actions/runs/4242'])
  })

  it('a token without actions: read fails at once, naming since, github-token and the permission', async () => {
    const gh = await github({ runsStatus: 403 })
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { since: 'run' }, ...onRun(gh) })

    expect(r.code).toBe(1)
    // Inside the report (a defect once: since: run was read outside it, so no status output).
    expect(r.errors[0]).toBe(
      'GES job wait: Input "since" ("run") could not be read: GitHub answered HTTP 403: Resource not accessible by integration for run 4242: "github-token" needs the permission actions: read (add "actions: read" to the job\'s permissions). Or give since a time instead. Example: "run" with "permissions: actions: read", or a time such as "2h"'
    )
    expect(r.outputs.status).toBe('error')
    expect(r.summary).toContain('**Error**: Input "since" ("run") could not be read: GitHub answered HTTP 403')
    expect(emu.requests).toHaveLength(0) // no GES call with a window nobody could read
  })

  it('a GitHub that does not answer cannot hold the step past timeout (the read counts in it)', async () => {
    const gh = await github({ onRequest: () => new Promise<void>((resolve) => setTimeout(resolve, 8000).unref()) })
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { since: 'run', timeout: '2s' }, ...onRun(gh) })
    expect(r.code).toBe(1)
    expect(r.errors[0]).toContain('Input "since" ("run") could not be read: GitHub did not answer within 2 s')
    expect(r.durationMs).toBeLessThan(2000 + 3000)
    expect(emu.requests).toHaveLength(0)
  })

  it('outside a workflow run (no GITHUB_RUN_ID) says to give a time', async () => {
    const gh = await github()
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { since: 'run' }, ...onRun(gh, { GITHUB_RUN_ID: undefined }) })
    expect(r.code).toBe(1)
    expect(r.errors[0]).toContain('Input "since" ("run") needs GITHUB_RUN_ID')
    expect(gh.requests).toHaveLength(0)
  })
})

describe('stale imports', () => {
  it('without since, a job that finished two days ago passes with a warning in the log, the summary and the report', async () => {
    const emu = await startEmu(demo({ fillerJobs: 0, jobs: [finished(DEMO_JOB_ID, 50 * HOUR)] }))
    const r = await run(emu, { inputs: {} })

    const message = 'the newest ImportGraph job of graph movies finished 2 days ago; set since to ignore older imports'
    expect(r.code).toBe(0)
    expect(r.warnings).toContain(message)
    expect(r.summary).toContain(`> [!WARNING]\n> ${message}`)
    expectReportShape(r.report)
    expect(r.report.stale).toEqual([
      { jobId: DEMO_JOB_ID, graph: 'movies', endTime: expect.any(String), hoursAgo: 49, message }
    ])
  })

  it('with since, or for a recent job, there is no warning', async () => {
    const emu = await startEmu(demo({ fillerJobs: 0, jobs: [finished(DEMO_JOB_ID, 50 * HOUR)] }))
    const r = await run(emu, { inputs: { since: '3d' } })
    expect(r.warnings).toEqual([])
    expect(r.report?.stale).toEqual([])

    const recent = await startEmu(demo({ fillerJobs: 0, jobs: [finished(DEMO_JOB_ID, 23 * HOUR)] }))
    expect((await run(recent)).warnings).toEqual([])
  })
})
