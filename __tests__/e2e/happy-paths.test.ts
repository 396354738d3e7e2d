// Happy paths: a running import followed to success (v1 and v2), job selection, a crowded job
// center, and where the report goes (outputs, report file, step summary).
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_JOB_ID, demo, movieImportDetail, partFailed } from '../../emulator/scenarios.mjs'
import type { Emulator, JobDetailFile, JobSpec } from '../../emulator/server.mjs'
import {
  byEndpoint,
  closeAll,
  expectReportShape,
  gesRequests,
  header,
  isoSeconds,
  run,
  startEmu,
  tempDir,
  type Report
} from './support.js'

afterEach(closeAll)

/** The emulator's start, as epoch ms. */
const startOf = (emu: Emulator): number => Date.now() - emu.now()

describe('token auth, api-version v1', () => {
  it('follows a running ImportGraph job to success and reports it in outputs, JSON and summary', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8 }, { runMs: 800 }))
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.errors).toEqual([])
    expect(r.outputs).toMatchObject({
      status: 'success',
      passed: 'true',
      'job-id': DEMO_JOB_ID,
      'total-lines': '1018345',
      'successful-lines': '1018345',
      'failed-lines': '0',
      'failed-files': '0',
      'report-file': ''
    })
    const seconds = Number(r.outputs['duration-seconds'])
    expect(Number.isInteger(seconds)).toBe(true)
    expect(seconds).toBeGreaterThanOrEqual(0)
    expect(seconds).toBeLessThanOrEqual(Math.ceil(r.durationMs / 1000))

    // The JSON report: the documented shape, and the emulator's data in it.
    expectReportShape(r.report)
    const report = r.report
    expect(report.status).toBe('success')
    expect(report.totals).toEqual({ totalLines: 1018345, successfulLines: 1018345, failedLines: 0, failedFiles: 0 })
    expect(report.jobs).toHaveLength(1)
    const job = report.jobs[0]
    expect(job).toMatchObject({
      jobId: DEMO_JOB_ID,
      jobName: 'ImportGraph',
      jobType: 'GraphManagement',
      graph: 'movies',
      status: 'success',
      failReason: null
    })
    const begin = Date.parse(job.beginTime as string)
    const end = Date.parse(job.endTime as string)
    expect(Math.abs(begin - startOf(emu))).toBeLessThan(1500)
    expect(end).toBeGreaterThanOrEqual(begin)
    expect(job.durationSeconds).toBe(Math.round((end - begin) / 1000))
    const detail = movieImportDetail()
    const expected = (kind: string, list: JobDetailFile[] | null | undefined) =>
      (list ?? []).map((f) => ({
        kind,
        path: f.path,
        status: 'success',
        totalLines: f.totalLines ?? null,
        successfulLines: f.successfulLines ?? null,
        failedLines: f.failedLines ?? null,
        cause: null,
        log: f.log ?? null,
        // Nothing failed: no log is read.
        rejectedLines: null,
        logRead: null,
        logNote: null
      }))
    expect(job.files).toEqual([
      ...expected('schema', detail.schemaPath),
      ...expected('edgeset', detail.edgesetPath),
      ...expected('vertexset', detail.vertexsetPath)
    ])

    // The step summary: verdict line, job table, file table.
    expect(r.summary).toContain('### ✅ GES import succeeded')
    expect(r.summary).toMatch(
      /\*\*1 job\*\* · 1,018,345 lines ok · 0 lines failed · 0 failed files · waited .+ · the step passes/
    )
    expect(r.summary).toContain(
      '| Graph | Job | Status | Begin (UTC) | End (UTC) | Duration | Lines ok | Lines failed |'
    )
    expect(r.summary).toMatch(new RegExp(`\\| movies \\| ImportGraph ${DEMO_JOB_ID} \\| ✅ success \\|`))
    expect(r.summary).toContain(`#### Files of ImportGraph ${DEMO_JOB_ID} (graph movies)`)
    expect(r.summary).toContain('| Kind | Path | Status | Lines ok / failed / total | Cause | Log |')
    expect(r.summary.split('\n').filter((line) => /^\| (schema|edgeset|vertexset) \|/.test(line))).toHaveLength(5)
    expect(r.summary).toContain(
      '| vertexset | obs://ges-demo-bucket/movies/vertices/user.csv | ✅ success | 6,040 / 0 / 6,040 |'
    )

    // What the emulator saw: a listing of the graph, then status polls while the job ran.
    const ges = gesRequests(emu)
    expect(ges[0].endpoint).toBe('list')
    expect(ges[0].path).toBe(`/v1.0/${emu.projectId}/graphs/jobs`)
    expect(ges[0].query.graph_name).toBe('movies')
    expect(ges.every((q) => header(q, 'x-auth-token') === emu.token && q.status === 200)).toBe(true)
    const polls = byEndpoint(emu, 'status')
    expect(polls.length).toBeGreaterThanOrEqual(2)
    expect(polls[0].at).toBeLessThan(800) // seen running
  })
})

describe('api-version v2', () => {
  /** Outputs and report without the parts that depend on when each emulator started. */
  const comparable = (r: { outputs: Record<string, string>; report: Report | undefined; code: number | null }) => ({
    code: r.code,
    outputs: { ...r.outputs, report: undefined, 'duration-seconds': undefined },
    report: r.report && {
      ...r.report,
      jobs: r.report.jobs.map((j) => ({ ...j, beginTime: undefined, endTime: undefined, durationSeconds: undefined }))
    }
  })

  it.each([
    ['a success', demo],
    ['a partially failed import', (o: object) => partFailed(o, { jobStatus: 'partiallyFailed', runMs: 700 })]
  ])('gives the same result as v1 for %s (snake_case, space-separated times)', async (_, scenario) => {
    const [emu1, emu2] = await Promise.all([
      startEmu(scenario({ fillerJobs: 8 }, { runMs: 700 })),
      startEmu(scenario({ fillerJobs: 8 }, { runMs: 700 }))
    ])
    const [r1, r2] = await Promise.all([run(emu1), run(emu2, { inputs: { 'api-version': 'v2' } })])

    expect(r2.code).toBe(r1.code)
    expect(r1.outputs.status).toMatch(/^(success|partFailed)$/)
    expect(comparable(r2)).toEqual(comparable(r1))
    expectReportShape(r2.report)
    // The space-separated v2 times were read as UTC, like v1's.
    const v2Job = r2.report.jobs[0]
    expect(Math.abs(Date.parse(v2Job.beginTime as string) - startOf(emu2))).toBeLessThan(1500)
    expect(v2Job.durationSeconds).not.toBeNull()

    expect(gesRequests(emu2).length).toBeGreaterThanOrEqual(2)
    expect(gesRequests(emu2).every((q) => q.path.startsWith(`/v2/${emu2.projectId}/`) && q.status === 200)).toBe(true)
    expect(gesRequests(emu1).every((q) => q.path.startsWith(`/v1.0/${emu1.projectId}/`))).toBe(true)
  })
})

describe('job selection', () => {
  const now = Date.now()
  const finished = (status: string, extra: object = {}) => [
    { atMs: 0, status, jobDetail: movieImportDetail(), ...extra }
  ]
  /** Older jobs of the same graph (one failed), a newer job of another graph, and the newest movies job. */
  const jobs: JobSpec[] = [
    {
      id: 'job-old-failed',
      graph: 'movies',
      beginTime: isoSeconds(now - 2 * 3600_000),
      timeline: finished('failed', { failReason: 'old failure' })
    },
    { id: 'job-old-success', graph: 'movies', beginTime: isoSeconds(now - 3600_000), timeline: finished('success') },
    { id: 'job-social', graph: 'social', beginTime: isoSeconds(now + 60_000), timeline: finished('failed') },
    {
      id: 'job-newest',
      graph: 'movies',
      timeline: [
        { atMs: 0, status: 'running' },
        { atMs: 600, status: 'success', jobDetail: movieImportDetail() }
      ]
    }
  ]

  it.each(['oldest', 'shuffled', 'newest'] as const)(
    'latest picks the newest job of the graph whatever the list order (%s, paged by 10)',
    async (order) => {
      const emu = await startEmu(demo({ jobs, order, fillerJobs: 100, maxLimit: 10 }))
      const r = await run(emu)

      expect(r.code).toBe(0)
      expect(r.outputs['job-id']).toBe('job-newest')
      expect(r.outputs.status).toBe('success')
      // The listing really was paged: the newest job could not simply be on the first page.
      const firstListing = byEndpoint(emu, 'list').filter((q) => q.query.startTime === undefined)
      expect(firstListing.length).toBeGreaterThan(1)
      expect(new Set(firstListing.map((q) => q.query.offset)).size).toBe(firstListing.length)
    }
  )

  it('since excludes a job that began just before it, and waits for the one after it', async () => {
    const since = Math.floor(Date.now() / 1000) * 1000
    const emu = await startEmu(
      demo({
        fillerJobs: 8,
        jobs: [
          // Finished, matching everything but since: picking it would end the wait at once (failed).
          {
            id: 'job-before-since',
            graph: 'movies',
            beginTime: isoSeconds(since - 1000),
            timeline: finished('failed', { failReason: 'too old' })
          },
          {
            id: 'job-after-since',
            graph: 'movies',
            appearAtMs: 1200,
            beginTime: isoSeconds(since + 1000),
            timeline: [
              { atMs: 0, status: 'running' },
              { atMs: 1500, status: 'success', jobDetail: movieImportDetail() }
            ]
          }
        ]
      })
    )
    const r = await run(emu, { inputs: { since: new Date(since).toISOString() } })

    expect(r.code).toBe(0)
    expect(r.outputs['job-id']).toBe('job-after-since')
    expect(r.report?.jobs.map((j) => j.jobId)).toEqual(['job-after-since'])
    // Not vacuous: the action listed the job center while the earlier job was the only one there.
    expect(byEndpoint(emu, 'list').filter((q) => q.at < 1200).length).toBeGreaterThanOrEqual(1)
    expect(r.log).not.toContain('job-before-since')
  })

  it('waits for two graphs at once and reports both', async () => {
    const importJob = (id: string, graph: string, runMs: number): JobSpec => ({
      id,
      graph,
      timeline: [
        { atMs: 0, status: 'running' },
        { atMs: runMs, status: 'success', jobDetail: movieImportDetail() }
      ]
    })
    const emu = await startEmu(
      demo({ fillerJobs: 8, jobs: [importJob('job-movies', 'movies', 2000), importJob('job-social', 'social', 2000)] })
    )
    const r = await run(emu, { inputs: { 'graph-name': 'movies, social', since: '10m' } })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.outputs['job-id'].split(',').sort()).toEqual(['job-movies', 'job-social'])
    expect(r.report?.jobs.map((j) => j.graph).sort()).toEqual(['movies', 'social'])
    expect(Number(r.outputs['total-lines'])).toBe(2 * 1018345)
    // Both jobs were followed in the same polls (not one after the other) ...
    const polls = byEndpoint(emu, 'status')
    const of = (id: string) => polls.filter((q) => q.path.endsWith(`/jobs/${id}/status`))
    expect(of('job-movies').filter((q) => q.at < 2000).length).toBeGreaterThanOrEqual(2)
    expect(of('job-social').filter((q) => q.at < 2000).length).toBeGreaterThanOrEqual(2)
    expect(Math.abs(of('job-movies')[0].at - of('job-social')[0].at)).toBeLessThan(100)
    // ... so every poll asked about both: as many status requests for one as for the other, and
    // the wait ended in the poll that saw both finish (a wall-clock bound would flake on a busy
    // machine; `npm run bench` measures the time).
    expect(of('job-movies').length).toBe(of('job-social').length)
    expect(r.durationMs).toBeGreaterThanOrEqual(2000)
  })

  it('select all waits for every matching job of the graph in the window', async () => {
    const since = Math.floor(Date.now() / 1000) * 1000
    const job = (id: string, beginMs: number, runMs: number): JobSpec => ({
      id,
      graph: 'movies',
      beginTime: isoSeconds(beginMs),
      timeline: [
        { atMs: 0, status: 'running' },
        { atMs: runMs, status: 'success', jobDetail: movieImportDetail() }
      ]
    })
    const emu = await startEmu(
      demo({
        fillerJobs: 8,
        jobs: [job('job-a', since + 1000, 500), job('job-b', since + 2000, 1100), job('job-early', since - 5000, 0)]
      })
    )
    const r = await run(emu, { inputs: { select: 'all', since: new Date(since).toISOString() } })

    expect(r.code).toBe(0)
    expect(r.outputs['job-id'].split(',').sort()).toEqual(['job-a', 'job-b'])
    expect(r.report?.jobs).toHaveLength(2)
    expect(r.report?.jobs.every((j) => j.status === 'success')).toBe(true)
    expect(byEndpoint(emu, 'status').some((q) => q.path.includes('/jobs/job-b/') && q.at < 1100)).toBe(true)
  })
})

describe('a job center with 5,000 jobs', () => {
  it('lists once to find the job, then each poll is one status request', async () => {
    const emu = await startEmu(demo({ fillerJobs: 5000 }, { runMs: 2000 }))
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs['job-id']).toBe(DEMO_JOB_ID)
    const requests = emu.requests
    const statusAt = requests.flatMap((q, i) => (q.endpoint === 'status' ? [i] : []))
    expect(statusAt.length).toBeGreaterThanOrEqual(3)

    // Identification: the whole listing of the graph (several pages), then the graph ids.
    const identification = requests.slice(0, statusAt[0])
    const pages = identification.filter((q) => q.endpoint === 'list')
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.map((q) => Number(q.query.offset))).toEqual(pages.map((_, i) => i * 100))
    expect(identification.filter((q) => q.endpoint === 'graphs')).toHaveLength(1)

    // Following: from the first to the last status request, nothing but status requests.
    const following = requests.slice(statusAt[0], statusAt[statusAt.length - 1] + 1)
    expect(following.every((q) => q.endpoint === 'status')).toBe(true)
    expect(following.length).toBe(statusAt.length)
    // After the job finished: no more status polls (only the one listing for import details).
    expect(requests.slice(statusAt[statusAt.length - 1] + 1).every((q) => q.endpoint === 'list')).toBe(true)
    expect(r.report?.jobs[0].files).toHaveLength(5)
  })
})

describe('a job center with 5,000 jobs, waiting by job id', () => {
  it('stops paging as soon as the job id is seen', async () => {
    const emu = await startEmu(demo({ fillerJobs: 5000, order: 'newest' }, { runMs: 500 }))
    const r = await run(emu, { inputs: { 'graph-name': undefined, 'job-id': DEMO_JOB_ID } })

    expect(r.code).toBe(0)
    expect(r.outputs['job-id']).toBe(DEMO_JOB_ID)
    // The running job is the newest, on the first page of 50: one page found it.
    const firstStatus = emu.requests.findIndex((q) => q.endpoint === 'status')
    expect(emu.requests.slice(0, firstStatus).filter((q) => q.endpoint === 'list')).toHaveLength(1)
  })
})

describe('report file and step summary', () => {
  it('writes report-file under the workspace and outputs its absolute path', async () => {
    const emu = await startEmu(demo({ fillerJobs: 0 }, { runMs: 300 }))
    const workspace = tempDir('ges-e2e-workspace-')
    const r = await run(emu, {
      inputs: { 'report-file': 'reports/ges-report.json' },
      env: { GITHUB_WORKSPACE: workspace }
    })

    expect(r.code).toBe(0)
    const path = join(workspace, 'reports', 'ges-report.json')
    expect(r.outputs['report-file']).toBe(path)
    expect(existsSync(join(r.workspace, 'reports', 'ges-report.json'))).toBe(false) // not the cwd
    const fromFile = JSON.parse(readFileSync(path, 'utf8')) as unknown
    expectReportShape(fromFile)
    expect(fromFile).toEqual(r.report)
    expect(fromFile.status).toBe('success')
  })

  it('summary: false writes no step summary but still sets the outputs', async () => {
    const emu = await startEmu(demo({ fillerJobs: 0 }, { runMs: 300 }))
    const r = await run(emu, { inputs: { summary: 'false' } })

    expect(r.code).toBe(0)
    expect(r.summary).toBe('')
    expect(r.outputs.status).toBe('success')
    expect(gesRequests(emu).length).toBeGreaterThan(0)
  })
})
