// A graph deleted after its import: GES.7000 from the status endpoint, or a graph missing from a
// graph list read in full, while its job is listed. The data is gone with the graph: error.
import { describe, expect, it } from '@jest/globals'
import { FakeClock, FakeJobSource, RecordingLog, type ScriptedJob } from '../../__fixtures__/fake-job-source.js'
import { file, job } from '../../__fixtures__/jobs.js'
import type { Job } from '../../src/ges/model.js'
import { ApiError } from '../../src/http/api-error.js'
import { judge } from '../../src/report/judge.js'
import { JobMonitor } from '../../src/waiter/job-monitor.js'
import { CompleteListings } from '../../src/shared/complete-listings.js'
import { JobFollower } from '../../src/waiter/job-follower.js'
import { answerOf, trackJob } from '../../src/waiter/tracked-job.js'
import { waitForJobs } from '../../src/waiter/wait-for-jobs.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const S = 1000
const MIN = 60 * S

const running = (id: string, overrides: Partial<Job> = {}): Job =>
  job({ id, status: 'running', rawStatus: 'running', beginTime: T0 - MIN, ...overrides })
const success: Partial<Job> = { status: 'success', rawStatus: 'success', endTime: T0, files: [file()] }

const GES_7000 = (): ApiError =>
  new ApiError('permanent', 'Getting the status of GES job j1 failed: GES returned error GES.7000', {
    status: 400,
    code: 'GES.7000'
  })

function setup(jobs: ScriptedJob[], graphNames: string[] = ['movies', 'social'], jobName = 'ImportGraph') {
  const clock = new FakeClock(T0)
  const source = new FakeJobSource(clock, jobs)
  const log = new RecordingLog()
  const monitor = new JobMonitor(source, { jobIds: [], graphNames, jobName, select: 'latest' }, undefined, log)
  const run = async () => {
    const outcome = await waitForJobs(monitor, {
      deadline: clock.now() + 10 * MIN,
      pollIntervalMs: 5 * S,
      maxPollIntervalMs: 60 * S,
      waitForJob: true,
      clock,
      signal: new AbortController().signal,
      log,
      random: () => 0
    })
    return { outcome, report: judge(outcome, { failOn: ['failed', 'partFailed', 'unknown'], timeoutMs: 10 * MIN }) }
  }
  return { clock, source, log, run }
}

describe('a graph missing from a graph list read in full', () => {
  it('an import of it is an error naming the graph, in the first poll', async () => {
    const h = setup([{ job: running('j0', { ...success }) }, { job: running('j1', { graph: 'social', ...success }) }])
    h.source.graphs = [{ id: 'g-movies', name: 'movies' }]
    const { outcome, report } = await h.run()
    expect(outcome.polls).toBe(1)
    expect(report.status).toBe('error')
    expect(report.passed).toBe(false)
    const gone = report.jobs.find((j) => j.jobId === 'j1')?.disagreement
    expect(gone).toContain('Graph "social" of ImportGraph job j1 is not in the graph list of the project, read in full')
    expect(gone).toContain('though the job list says the job is "success"')
    expect(report.reasons).toContain(gone)
    expect(h.log.lines.some((l) => l.level === 'warning' && l.message.includes('Graph "social"'))).toBe(true)
    expect(h.source.callsOf('listGraphs')).toHaveLength(1)
  })

  it('a graph list not read in full never makes a graph absent: the job is read from the job list', async () => {
    const h = setup([{ job: running('j1', { graph: 'social' }), changes: [[T0 + 10 * S, success]] }], ['social'])
    h.source.graphs = [{ id: 'g-movies', name: 'movies' }]
    h.source.graphListComplete = false
    const { report } = await h.run()
    expect(report.status).toBe('success')
    expect(h.source.callsOf('getJob')).toEqual([])
  })

  it('a graph list read before the job was found is read again, once, before the graph counts as absent', async () => {
    const clock = new FakeClock(T0)
    const j0 = running('j0')
    const j1 = running('j1', { graph: 'social' })
    const source = new FakeJobSource(clock, [{ job: j0 }, { job: j1 }])
    source.graphs = [{ id: 'g-movies', name: 'movies' }]
    const follower = new JobFollower(source, undefined, new CompleteListings(), new RecordingLog())
    const t0 = trackJob(answerOf('job list', 1, j0), j0)
    await follower.follow(2, [t0], new Map(), [])
    // social and its import were created after that list was read.
    source.graphs = [...source.graphs, { id: 'g-social', name: 'social' }]
    const t1 = trackJob(answerOf('job list', 2, j1), j1)
    await follower.follow(3, [t0, t1], new Map(), [])
    expect(source.callsOf('listGraphs').map((c) => c.args)).toEqual([[], [true]])
    expect(t1.graphGone).toBeUndefined()
    expect(source.callsOf('getJob').map((c) => c.args)).toContainEqual(['g-social', 'j1'])
    // Read again and still missing: gone.
    const j2 = running('j2', { graph: 'kg' })
    source.jobs.push({ job: j2 })
    const t2 = trackJob(answerOf('job list', 3, j2), j2)
    await follower.follow(4, [t0, t1, t2], new Map(), [])
    expect(source.callsOf('listGraphs')).toHaveLength(3)
    expect(t2.graphGone).toContain('Graph "kg" of ImportGraph job j2 is not in the graph list')
  })

  it('a graph listed under another letter case is not absent: the job is read from the job list', async () => {
    const h = setup([{ job: running('j1', { graph: 'social' }), changes: [[T0 + 10 * S, success]] }], ['social'])
    h.source.graphs = [{ id: 'g-social', name: 'Social' }]
    const { report } = await h.run()
    expect(report.status).toBe('success')
  })

  it('a job other than an import may outlive its graph (a DeleteGraph job): read from the job list', async () => {
    const h = setup(
      [
        {
          job: running('j1', { graph: 'social', name: 'DeleteGraph', files: null }),
          changes: [[T0 + 10 * S, { ...success, files: null }]]
        }
      ],
      ['social'],
      'DeleteGraph'
    )
    h.source.graphs = [{ id: 'g-movies', name: 'movies' }]
    const { report } = await h.run()
    expect(report.jobs[0].disagreement).toBeNull()
    expect(report.status).toBe('success')
  })
})

describe('GES.7000 from the status endpoint', () => {
  it('after the list says success: error naming the graph and both answers', async () => {
    const h = setup([{ job: running('j1'), changes: [[T0 + 10 * S, success]] }], ['movies'])
    h.source.fault = (method, _n, at) => (method === 'getJob' && at >= T0 + 10 * S ? GES_7000() : undefined)
    const { report } = await h.run()
    expect(report.status).toBe('error')
    expect(report.jobs[0].disagreement).toMatch(
      /^Graph "movies" of ImportGraph job j1 no longer exists: the status endpoint answers GES.7000 .*, and the data the job imported went with the graph \[HTTP 400, GES.7000\]$/
    )
  })

  it('on the first poll, while the job runs: error at once, not a wait until the deadline', async () => {
    const h = setup([{ job: running('j1') }], ['movies'])
    h.source.fault = (method) => (method === 'getJob' ? GES_7000() : undefined)
    const { outcome, report } = await h.run()
    // The first poll finds the job in the list; the second asks the status endpoint.
    expect(outcome.polls).toBe(2)
    expect(report.status).toBe('error')
    expect(report.jobs[0].disagreement).toContain('the job list last said "running"')
  })

  it('for a job other than an import, the job list answers as before', async () => {
    const h = setup(
      [{ job: running('j1', { name: 'DeleteGraph' }), changes: [[T0 + 10 * S, { ...success, files: null }]] }],
      ['movies'],
      'DeleteGraph'
    )
    h.source.fault = (method) => (method === 'getJob' ? GES_7000() : undefined)
    const { report } = await h.run()
    expect(report.status).toBe('success')
  })
})
