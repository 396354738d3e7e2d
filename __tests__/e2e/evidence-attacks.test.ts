// Evidence a hostile or inconsistent server gives that must never read as a success: file
// details read while the job ran, details that name no file, and line counts that contradict.
import { afterEach, describe, expect, it } from '@jest/globals'
import { DEMO_CREDENTIALS, DEMO_JOB_ID, movieImportDetail } from '../../emulator/scenarios.mjs'
import type { Fault } from '../../emulator/faults.mjs'
import type { EmulatorOptions, TimelineEntry } from '../../emulator/server.mjs'
import { closeAll, expectReportShape, run, startEmu } from './support.js'

afterEach(closeAll)

function importJob(timeline: TimelineEntry[]): EmulatorOptions {
  return {
    ...DEMO_CREDENTIALS,
    graphs: [{ id: 'gid-movies', name: 'movies' }],
    fillerJobs: 0,
    jobs: [{ id: DEMO_JOB_ID, name: 'ImportGraph', graph: 'movies', timeline }]
  }
}

const NOT_REPORTED = `GES did not report the file results of job ${DEMO_JOB_ID}`

describe('file details that are not the result', () => {
  it('details listed while the job ran do not stand in for a finish without details', async () => {
    const emu = await startEmu(
      importJob([
        { atMs: 0, status: 'running', jobDetail: movieImportDetail() },
        { atMs: 500, status: 'success' }
      ])
    )
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'unknown', 'failed-lines': '', 'successful-lines': '' })
    expectReportShape(r.report)
    expect(r.report.jobs[0].fileResults).toBe('not-reported')
    expect(r.report.reasons.join('\n')).toContain(NOT_REPORTED)
  })

  it.each([
    ['empty lists', { schemaPath: [], edgesetPath: [], vertexsetPath: [] }],
    ['an empty object', {}]
  ])('details with %s are not reported, not 0 lines', async (_, jobDetail) => {
    const emu = await startEmu(
      importJob([
        { atMs: 0, status: 'running' },
        { atMs: 300, status: 'success', jobDetail }
      ])
    )
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'unknown', 'failed-lines': '', 'failed-files': '' })
    expect(r.summary).not.toContain('0 lines failed')
  })
})

describe('line counts that contradict', () => {
  const detail = {
    edgesetPath: [{ path: 'obs://b/rate.csv', status: 'success', totalLines: 10, successfulLines: 4, failedLines: 6 }]
  }

  it('a file called success with failed lines is unknown: fails by default, names the file', async () => {
    const emu = await startEmu(
      importJob([
        { atMs: 0, status: 'running' },
        { atMs: 300, status: 'success', jobDetail: detail }
      ])
    )
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('unknown')
    expect(r.errors.join('\n')).toContain('"obs://b/rate.csv" is reported as success with 6 failed lines')
  })

  it('with fail-on: failed,partFailed it passes with a warning that says why', async () => {
    const emu = await startEmu(
      importJob([
        { atMs: 0, status: 'running' },
        { atMs: 300, status: 'success', jobDetail: detail }
      ])
    )
    const r = await run(emu, { inputs: { 'fail-on': 'failed,partFailed' } })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('unknown')
    expect(r.warnings.join('\n')).toContain('reported as success with 6 failed lines')
  })
})

describe('answers that report different files', () => {
  it('a failed file only the status endpoint reports is never lost: error naming both answers at the deadline', async () => {
    const listed = movieImportDetail()
    const withFailed = {
      ...listed,
      edgesetPath: [...(listed.edgesetPath ?? []), { path: 'obs://b/late.csv', status: 'failed', cause: 'x' }]
    }
    const statusAnswer: Fault = {
      match: { endpoint: 'status' },
      times: Infinity,
      action: {
        status: 200,
        body: { jobId: DEMO_JOB_ID, status: 'success', jobProgress: 100, failReason: null, jobDetail: withFailed }
      }
    }
    const emu = await startEmu({
      ...importJob([
        { atMs: 0, status: 'running' },
        { atMs: 300, status: 'success', jobDetail: listed }
      ]),
      faults: [{ ...statusAnswer, match: { endpoint: 'status', afterMs: 300 } }]
    })
    const r = await run(emu, { inputs: { timeout: '3s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).not.toBe('success')
    expectReportShape(r.report)
    expect(r.report.jobs[0].disagreement).toContain('"obs://b/late.csv" as failed, the job list as absent')
  })
})
