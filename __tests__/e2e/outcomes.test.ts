// Outcomes that fail (or may pass) the step: partFailed, failed, timeout, not found, and cloud
// text that tries to inject markup into the summary.
import { afterEach, describe, expect, it } from '@jest/globals'
import { DEMO_JOB_ID, demo, movieImportDetail, partFailed } from '../../emulator/scenarios.mjs'
import type { JobDetail, JobSpec } from '../../emulator/server.mjs'
import { gfmProblems } from '../../__fixtures__/gfm.js'
import { hasRawAngle } from '../fuzz/markdown-tables.js'
import { byEndpoint, closeAll, expectReportShape, gesRequests, run, startEmu } from './support.js'

afterEach(closeAll)

const USER_CSV = 'obs://ges-demo-bucket/movies/vertices/user.csv'
const USER_CAUSE = "28 lines rejected: property 'age' is not a valid int (first at line 17: 'unknown'); see the log"

describe('partFailed', () => {
  it('fails the step: status partFailed, an error annotation naming the job, the file and its cause', async () => {
    const emu = await startEmu(partFailed({ fillerJobs: 8 }, { runMs: 600 }))
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({
      status: 'partFailed',
      'job-id': DEMO_JOB_ID,
      'failed-files': '1',
      'failed-lines': '28',
      'successful-lines': '1018317'
    })
    expectReportShape(r.report)
    const file = r.report.jobs[0].files.find((f) => f.path === USER_CSV)
    expect(file).toMatchObject({
      kind: 'vertexset',
      status: 'partFailed',
      totalLines: 6040,
      successfulLines: 6012,
      failedLines: 28,
      cause: USER_CAUSE
    })
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(DEMO_JOB_ID)
    expect(r.errors[0]).toContain(USER_CSV)
    expect(r.errors[0]).toContain(USER_CAUSE)
    expect(r.summary).toContain('### ⚠️ GES import partially failed')
    expect(r.summary).toContain('the step fails')
    expect(byEndpoint(emu, 'status').length).toBeGreaterThan(0)
  })

  it('passes with fail-on: failed (the status still says partFailed)', async () => {
    const emu = await startEmu(partFailed({ fillerJobs: 8 }, { runMs: 400 }))
    const r = await run(emu, { inputs: { 'fail-on': 'failed' } })

    expect(r.code).toBe(0)
    expect(r.errors).toEqual([])
    expect(r.outputs.status).toBe('partFailed')
    expect(r.outputs['failed-lines']).toBe('28')
    expect(r.summary).toContain('the step passes')
  })

  it.each([
    ['10', 1],
    ['28', 0]
  ])('with fail-on: failed and max-failed-lines %s (28 lines failed) exits %i', async (limit, code) => {
    const emu = await startEmu(partFailed({ fillerJobs: 8 }, { runMs: 400 }))
    const r = await run(emu, { inputs: { 'fail-on': 'failed', 'max-failed-lines': limit } })

    expect(r.code).toBe(code)
    expect(r.outputs.status).toBe('partFailed')
    if (code === 1) {
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toContain('max-failed-lines (10)')
      expect(r.errors[0]).toContain(USER_CSV)
    } else {
      expect(r.errors).toEqual([])
    }
  })
})

describe('failed', () => {
  /** rate.csv fails with the status spelled `Failed`, as the GES docs print it. */
  function failedImport(jobStatus: string): JobSpec {
    const detail = movieImportDetail() as JobDetail & { edgesetPath: object[] }
    detail.edgesetPath[0] = {
      ...detail.edgesetPath[0],
      status: 'Failed',
      successfulLines: 0,
      failedLines: 1000209,
      cause: "vertex 'u9999' referenced at line 1 does not exist"
    }
    return {
      id: 'job-failed',
      graph: 'movies',
      timeline: [
        { atMs: 0, status: 'running' },
        {
          atMs: 500,
          status: jobStatus,
          jobDetail: detail,
          ...(jobStatus === 'failed' ? { failReason: 'Import failed: rate.csv' } : {})
        }
      ]
    }
  }

  it.each(['failed', 'success'])('a file `Failed` (capital F) fails the step, the job saying %s', async (jobStatus) => {
    const emu = await startEmu(demo({ fillerJobs: 8, jobs: [failedImport(jobStatus)] }))
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({
      status: 'failed',
      'job-id': 'job-failed',
      'failed-files': '1',
      'failed-lines': '1000209'
    })
    expectReportShape(r.report)
    expect(r.report.jobs[0].files.find((f) => f.path.endsWith('/rate.csv'))?.status).toBe('failed')
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain('obs://ges-demo-bucket/movies/edges/rate.csv')
    expect(r.errors[0]).toContain("vertex 'u9999' referenced at line 1 does not exist")
    expect(r.summary).toContain('### ❌ GES import failed')
  })
})

describe('timeout and not found', () => {
  it('times out while the job still runs: status timeout, in about the timeout', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8 }, { runMs: 60_000 }))
    const r = await run(emu, { inputs: { timeout: '1500ms' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('timeout')
    expect(r.outputs['job-id']).toBe(DEMO_JOB_ID)
    expect(r.summary).toContain('### ⏱️ Timed out waiting for the GES job')
    expect(r.summary).toContain('the wait timed out before the job finished')
    expect(r.errors.join('\n')).toContain('timed out')
    expect(r.report?.jobs[0].status).toBe('running')
    // Waited the timeout, then stopped (the last poll at the deadline itself).
    expect(r.durationMs).toBeGreaterThanOrEqual(1500)
    expect(r.durationMs).toBeLessThan(1500 + 1500)
    const last = gesRequests(emu).at(-1)
    expect(last?.at).toBeGreaterThan(1000)
    expect(['1', '2']).toContain(r.outputs['duration-seconds'])
  })

  it('wait-for-job: false without a matching job fails at once with not-found', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8 }))
    // The only social jobs are old filler jobs: outside since.
    const r = await run(emu, { inputs: { 'graph-name': 'social', since: '10m', 'wait-for-job': 'false' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('not-found')
    expect(r.outputs['job-id']).toBe('')
    expect(r.summary).toContain('### 🔍 No matching GES job found')
    expect(r.summary).toContain('**Not found**')
    expect(byEndpoint(emu, 'list')).toHaveLength(1)
    expect(byEndpoint(emu, 'list')[0].query.graph_name).toBe('social')
    expect(r.durationMs).toBeLessThan(3000)
  })

  it('wait-for-job: true waits for a job that appears after about 1 s', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8, jobs: [{ ...demoJob(1500), appearAtMs: 1000 }] }))
    const r = await run(emu, { inputs: { since: '10m' } })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.outputs['job-id']).toBe(DEMO_JOB_ID)
    expect(byEndpoint(emu, 'list').filter((q) => q.at < 1000).length).toBeGreaterThanOrEqual(1) // polled before it appeared
    expect(r.log).toMatch(/Waiting for an ImportGraph job of graph "movies" .*to appear/)
  })

  it('a job-id that never appears ends not-found at the timeout (appear-timeout follows a shorter timeout)', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8 }))
    const missing = 'ff8080810000000000000000deadbeef'
    const r = await run(emu, { inputs: { 'job-id': missing, timeout: '1200ms' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('not-found')
    expect(r.summary).toContain(`**Not found**: job ${missing}`)
    expect(byEndpoint(emu, 'list').length).toBeGreaterThanOrEqual(2)
    expect(r.durationMs).toBeLessThan(1200 + 1500)
  })
})

describe('cloud text in the summary', () => {
  it('escapes HTML, table pipes, mentions and code spans from causes, paths and reasons', async () => {
    const evil = '<script>alert(1)</script> | @octocat `code`'
    const detail = movieImportDetail({
      userFile: {
        path: `obs://bucket/<img src=x onerror=alert(1)>/user.csv`,
        log: 'obs://bucket/logs/@octocat.log',
        status: 'partFailed',
        cause: evil,
        totalLines: 10,
        successfulLines: 9,
        failedLines: 1
      }
    })
    const emu = await startEmu(
      demo({
        fillerJobs: 0,
        jobs: [
          {
            id: 'job-evil',
            graph: 'movies',
            timeline: [{ atMs: 0, status: 'failed', failReason: `Import failed: ${evil}`, jobDetail: detail }]
          }
        ]
      })
    )
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(r.report?.jobs[0].files.find((f) => f.cause === evil)).toBeDefined() // the JSON keeps the text as is
    const summary = r.summary
    expect(summary).toContain('\\<script\\>alert(1)\\</script\\> \\| @&#8203;octocat \\`code\\`')
    expect(summary).toContain('obs://bucket/\\<img src=x onerror=alert(1)\\>/user.csv')
    expect(hasRawAngle(summary)).toBe(false)
    // As GitHub renders it: no tag, link, mention from the cloud, every row as wide as its header.
    expect(gfmProblems(summary)).toEqual([])
    expect(summary).not.toContain('@octocat')
    expect(summary).not.toContain('`code`')
    // The pipe did not split the row: the file row still has its 6 cells.
    const row = summary.split('\n').find((line) => line.includes('alert(1)') && line.startsWith('| vertexset |'))
    expect(row).toBeDefined()
    expect(row?.split(' | ')).toHaveLength(6)
  })
})

function demoJob(runMs: number): JobSpec {
  return {
    id: DEMO_JOB_ID,
    graph: 'movies',
    timeline: [
      { atMs: 0, status: 'running' },
      { atMs: runMs, status: 'success', jobDetail: movieImportDetail() }
    ]
  }
}
