// Several graphs in one step: waited on concurrently, with one shared deadline, one combined
// verdict, and one shared back-off when the gateway throttles.
import { afterEach, describe, expect, it } from '@jest/globals'
import { apigError } from '../../emulator/faults.mjs'
import { movieImportDetail } from '../../emulator/scenarios.mjs'
import type { JobSpec } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, gesRequests, run, startEmu } from './support.js'

afterEach(closeAll)

const GRAPHS = ['movies', 'social', 'finance']

function importJob(graph: string, runMs: number, final: 'success' | 'partFailed' = 'success'): JobSpec {
  const detail =
    final === 'success'
      ? movieImportDetail()
      : movieImportDetail({
          userFile: {
            path: `obs://b/${graph}/user.csv`,
            log: `obs://b/${graph}/user.log`,
            status: 'partFailed',
            cause: 'bad date in column 3',
            totalLines: 100,
            successfulLines: 90,
            failedLines: 10
          }
        })
  return {
    id: `job-${graph}`,
    graph,
    timeline: [
      { atMs: 0, status: 'running' },
      { atMs: runMs, status: 'success', jobDetail: detail }
    ]
  }
}

const graphsEmu = (jobs: JobSpec[], extra = {}) =>
  startEmu({ graphs: GRAPHS.map((name) => ({ id: `id-${name}`, name })), fillerJobs: 20, jobs, ...extra })

describe('three graphs in one step', () => {
  it('are followed concurrently: the wait lasts as long as the slowest job, not the sum', async () => {
    const emu = await graphsEmu([importJob('movies', 1000), importJob('social', 1500), importJob('finance', 2000)])
    const r = await run(emu, { inputs: { 'graph-name': GRAPHS.join('\n') } })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.report?.jobs.map((j) => j.graph).sort()).toEqual([...GRAPHS].sort())
    // One listing per graph to identify them, in parallel, then status polls of all three.
    const lists = byEndpoint(emu, 'list').filter((q) => q.at < 500)
    expect(lists.map((q) => q.query.graph_name).sort()).toEqual([...GRAPHS].sort())
    for (const graph of GRAPHS)
      expect(byEndpoint(emu, 'status').some((q) => q.path.includes(`/graphs/id-${graph}/jobs/job-${graph}/`))).toBe(
        true
      )
    expect(byEndpoint(emu, 'graphs')).toHaveLength(1) // graph name → id resolved once per run
    expect(r.durationMs).toBeGreaterThanOrEqual(2000)
    expect(r.durationMs).toBeLessThan(4000) // the sum would be 4.5 s
  })

  it('give one combined verdict, each job reporting its own result', async () => {
    const emu = await graphsEmu([
      importJob('movies', 300),
      importJob('social', 600, 'partFailed'),
      importJob('finance', 900)
    ])
    const r = await run(emu, { inputs: { 'graph-name': GRAPHS.join(',') } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('partFailed')
    expect(r.outputs['failed-files']).toBe('1')
    const bad = r.report?.jobs.find((j) => j.graph === 'social')
    expect(bad?.files.find((f) => f.status === 'partFailed')?.cause).toBe('bad date in column 3')
    expect(
      r.report?.jobs.filter((j) => j.graph !== 'social').every((j) => j.files.every((f) => f.status === 'success'))
    ).toBe(true)
    expect(r.errors[0]).toContain('job-social')
    expect(r.errors[0]).not.toContain('job-movies')
    expect(r.summary.match(/#### Files of ImportGraph job-/g)).toHaveLength(3)
  })

  it('back off together when the gateway throttles one of them (429, Retry-After: 1)', async () => {
    const emu = await graphsEmu([importJob('movies', 2500), importJob('social', 2500), importJob('finance', 2500)], {
      faults: [
        {
          match: { endpoint: 'status', nth: 4 },
          action: apigError(429, 'APIG.0308', 'The throttling threshold has been reached', { 'Retry-After': '1' })
        }
      ]
    })
    const r = await run(emu, { inputs: { 'graph-name': GRAPHS.join(',') } })

    expect(r.code).toBe(0)
    const requests = gesRequests(emu)
    const throttled = requests.find((q) => q.status === 429)
    expect(throttled).toBeDefined()
    // Requests of the same poll were already under way; after them, silence for Retry-After.
    const after = requests.filter((q) => q.at > (throttled?.at ?? 0) + 100)
    expect(after.length).toBeGreaterThan(0)
    expect(after[0].at - (throttled?.at ?? 0)).toBeGreaterThanOrEqual(950)
    expect(r.warnings.join('\n')).toMatch(/throttled/)
  })
})
