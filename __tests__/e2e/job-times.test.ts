// Begin times in every format the GES API family writes, served by the emulator as raw values,
// and the rule that a time that cannot be read never wins a window or `select: latest`.
import { afterEach, describe, expect, it } from '@jest/globals'
import { movieImportDetail } from '../../emulator/scenarios.mjs'
import type { JobSpec } from '../../emulator/server.mjs'
import { closeAll, expectReportShape, run, startEmu } from './support.js'

afterEach(closeAll)

const MIN = 60_000
const HOUR = 60 * MIN

/** A finished import of graph movies, begun `beginMs`, served with `beginTimeRaw` as its begin time. */
function finishedJob(id: string, status: 'success' | 'failed', beginMs: number, beginTimeRaw?: unknown): JobSpec {
  const detail = movieImportDetail()
  if (status === 'failed') detail.edgesetPath![0] = { ...detail.edgesetPath![0], status: 'failed', cause: 'bad edge' }
  return {
    id,
    graph: 'movies',
    beginTime: new Date(beginMs).toISOString(),
    ...(beginTimeRaw === undefined ? {} : { beginTimeRaw }),
    timeline: [
      {
        atMs: 0,
        status,
        endTime: new Date(beginMs + MIN).toISOString(),
        jobDetail: detail,
        ...(status === 'failed' ? { failReason: 'import failed' } : {})
      }
    ]
  }
}

describe('begin times in the formats of the API family', () => {
  it.each<[string, (ms: number) => unknown]>([
    ['epoch milliseconds (a JSON number)', (ms) => ms],
    ['epoch seconds as a string', (ms) => String(Math.floor(ms / 1000))],
    ['RFC 1123 text', (ms) => new Date(ms).toUTCString()]
  ])(
    'reads %s: a 3-hour-old success is outside a 30-minute since window, the failed import inside it is chosen',
    async (_, format) => {
      const now = Math.floor(Date.now() / 1000) * 1000 // GES times have whole seconds
      const old = now - 3 * HOUR
      const recent = now - 10 * MIN
      const emu = await startEmu({
        fillerJobs: 0,
        jobs: [
          finishedJob('zz-old-success', 'success', old, format(old)),
          finishedJob('aa-recent-failed', 'failed', recent, format(recent))
        ]
      })
      const r = await run(emu, { inputs: { since: '30m', 'wait-for-job': 'false' } })

      expect(r.code).toBe(1)
      expectReportShape(r.report)
      expect(r.report.jobs.map((j) => j.jobId)).toEqual(['aa-recent-failed'])
      expect(r.report.jobs[0].beginTime).toBe(new Date(recent).toISOString().replace('.000Z', 'Z'))
      expect(r.outputs['job-id']).toBe('aa-recent-failed')
      expect(r.outputs.status).toBe('failed')
      expect(r.report.skipped).toEqual([])
    }
  )

  it('with select latest and no window, picks the newer job by its epoch-ms begin time', async () => {
    const now = Math.floor(Date.now() / 1000) * 1000 // GES times have whole seconds
    const emu = await startEmu({
      fillerJobs: 0,
      jobs: [
        finishedJob('zz-old-success', 'success', now - 3 * HOUR, now - 3 * HOUR),
        finishedJob('aa-new-failed', 'failed', now - 5 * MIN, now - 5 * MIN)
      ]
    })
    const r = await run(emu, { inputs: { 'wait-for-job': 'false' } })
    expect(r.code).toBe(1)
    expect(r.outputs['job-id']).toBe('aa-new-failed')
  })
})

describe('a begin time that cannot be read', () => {
  it('never wins select latest; the job is listed as skipped in the log, summary and report', async () => {
    const now = Math.floor(Date.now() / 1000) * 1000 // GES times have whole seconds
    const RAW = 'Tue, 31 Nov 2026 10:00:00 GMT' // there is no 31 November
    const emu = await startEmu({
      fillerJobs: 0,
      jobs: [finishedJob('zz-unreadable', 'success', now - MIN, RAW), finishedJob('aa-readable', 'failed', now - HOUR)]
    })
    const r = await run(emu, { inputs: { 'wait-for-job': 'false' } })

    expect(r.code).toBe(1)
    expectReportShape(r.report)
    expect(r.outputs['job-id']).toBe('aa-readable')
    expect(r.report.skipped).toEqual([{ jobId: 'zz-unreadable', graph: 'movies', beginTime: RAW }])
    expect(r.summary).toContain(
      'zz-unreadable (graph movies): skipped: begin time cannot be read: Tue, 31 Nov 2026 10:00:00 GMT'
    )
    expect(r.warnings.some((w) => w.includes(`zz-unreadable`) && w.includes(RAW))).toBe(true)
  })

  it('is never inside a since window: with nothing else there, the target is not found', async () => {
    const now = Math.floor(Date.now() / 1000) * 1000 // GES times have whole seconds
    const emu = await startEmu({
      fillerJobs: 0,
      jobs: [finishedJob('zz-unreadable', 'success', now - MIN, 'yesterday')]
    })
    const r = await run(emu, { inputs: { since: '30m', 'wait-for-job': 'false' } })

    expect(r.code).toBe(1)
    expectReportShape(r.report)
    expect(r.outputs.status).toBe('not-found')
    expect(r.report.jobs).toEqual([])
    expect(r.report.skipped).toEqual([{ jobId: 'zz-unreadable', graph: 'movies', beginTime: 'yesterday' }])
  })

  it('a finished job with no begin time does not win latest over one with a readable time', async () => {
    const now = Math.floor(Date.now() / 1000) * 1000 // GES times have whole seconds
    const emu = await startEmu({
      fillerJobs: 0,
      jobs: [finishedJob('zz-no-time', 'success', now - MIN, null), finishedJob('aa-timed', 'failed', now - HOUR)]
    })
    const r = await run(emu, { inputs: { 'wait-for-job': 'false' } })
    expect(r.code).toBe(1)
    expect(r.outputs['job-id']).toBe('aa-timed')
    expect(r.report?.skipped).toEqual([])
  })
})

describe('a listed job without a readable job id', () => {
  it('newer than the job chosen (select latest): named in the summary and report, and the step is not green', async () => {
    const now = Math.floor(Date.now() / 1000) * 1000 // GES times have whole seconds
    const chosen = finishedJob('aa-old-success', 'success', now - HOUR)
    const entry = (job: JobSpec): Record<string, unknown> => ({
      jobId: job.id,
      status: 'success',
      jobType: 'GraphManagement',
      jobName: 'ImportGraph',
      relatedGraph: 'movies',
      beginTime: job.beginTime,
      endTime: job.timeline[0].endTime,
      jobDetail: job.timeline[0].jobDetail
    })
    const NEWER = new Date(now - MIN).toISOString()
    const idless = { jobName: 'ImportGraph', relatedGraph: 'movies', status: 'failed', beginTime: NEWER }
    const emu = await startEmu({
      fillerJobs: 0,
      jobs: [chosen],
      // Every listing as a job center that lists the newest import without an id.
      faults: [
        {
          match: { endpoint: 'list' },
          times: Infinity,
          action: { status: 200, body: { jobCount: 2, jobList: [idless, entry(chosen)] } }
        }
      ]
    })
    const r = await run(emu, { inputs: { 'wait-for-job': 'false' } })

    expectReportShape(r.report)
    expect(r.outputs['job-id']).toBe('aa-old-success')
    expect(r.report.jobs.map((j) => [j.jobId, j.status])).toEqual([['aa-old-success', 'success']])
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('unknown')
    const named = `graph "movies", begin time "${NEWER}"`
    expect(r.report.warnings).toContain(
      `1 listed job(s) without a readable job id match (${named}): none can be waited for; the job chosen may not be the newest or the only one`
    )
    expect(r.report.reasons).toEqual([
      `a newer job without a readable job id (${named}): the newest import's result is unknown`
    ])
    expect(r.summary).toContain(`without a readable job id match (graph "movies", begin time "${NEWER}")`)
    expect(r.warnings.some((w) => w.includes('without a readable job id match') && w.includes(NEWER))).toBe(true)
  })
})
