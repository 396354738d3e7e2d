// The published schema (docs/report.schema.json) against the reports of real runs of
// dist/index.js: one run per kind of ending a consumer must be able to read. Every e2e run is
// validated by support.ts as well; this file makes sure each kind is among them, in both the
// `report` output and the report file.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { DEMO_CREDENTIALS, DEMO_LOGS, demo, lineDrop, partFailed } from '../../emulator/scenarios.mjs'
import { schemaErrors } from '../schema/validate-report.js'
import { closeAll, run, startEmu, startObs, type Inputs, type Report, type Run } from './support.js'
import type { Emulator } from '../../emulator/server.mjs'

afterEach(closeAll)

/** Runs with a report file and returns both reports, each checked against the schema. */
async function reportsOf(emu: Emulator, inputs: Inputs = {}): Promise<{ r: Run; output: Report; file: Report }> {
  const r = await run(emu, { inputs: { 'report-file': 'ges-report.json', ...inputs } })
  expect(r.report).toBeDefined()
  const output = r.report as Report
  const file = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8')) as Report
  expect(schemaErrors(output)).toEqual([])
  expect(schemaErrors(file)).toEqual([])
  expect(file).toEqual(output)
  expect(output.schemaVersion).toBe(1)
  return { r, output, file }
}

const { ak, sk } = DEMO_CREDENTIALS.aksk

describe('reports of real runs conform to docs/report.schema.json', () => {
  it('success', async () => {
    const { output } = await reportsOf(await startEmu(demo({ fillerJobs: 2 }, { runMs: 300 })))
    expect(output.status).toBe('success')
    expect(output.jobs[0].files.length).toBeGreaterThan(0)
  })

  it('partFailed, with the rejected lines read from OBS', async () => {
    const obs = await startObs({ objects: DEMO_LOGS })
    const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
    const { output } = await reportsOf(emu, {
      token: undefined,
      'access-key': ak,
      'secret-key': sk,
      'obs-endpoint': obs.url
    })
    expect(output.status).toBe('partFailed')
    expect(output.jobs[0].files.some((f) => f.logRead === 'ok' && (f.rejectedLines ?? []).length > 0)).toBe(true)
  })

  it('timeout', async () => {
    const { output } = await reportsOf(await startEmu(demo({ fillerJobs: 2 }, { runMs: 60_000 })), {
      timeout: '1500ms'
    })
    expect(output.status).toBe('timeout')
  })

  it('not-found', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8 }))
    const { output } = await reportsOf(emu, { 'graph-name': 'social', since: '10m', 'wait-for-job': 'false' })
    expect(output.status).toBe('not-found')
    expect(output.notFound?.reason).toBe('not-waiting')
  })

  it('error (a refused token)', async () => {
    const { output } = await reportsOf(await startEmu(demo({}, { runMs: 300 })), { token: 'not-the-token' })
    expect(output.status).toBe('error')
    expect(output.error?.httpStatus).toBe(401)
  })

  it('an import started by the step', async () => {
    const emu = await startEmu({
      ...DEMO_CREDENTIALS,
      graphs: [{ id: 'a1b2c3d4-0000-4000-8000-00000000cafe', name: 'movies' }],
      importGraph: { runMs: 400 }
    })
    const { output } = await reportsOf(emu, { 'import-edges': 'bk-data/movies/edges/' })
    expect(output.startedImport?.result).toBe('started')
  })

  it('a comparison with the previous import', async () => {
    const { output } = await reportsOf(await startEmu(lineDrop({}, { runMs: 300 })), { 'max-line-drop': '20%' })
    expect(output.jobs[0].comparison?.result).toBe('compared')
    expect(output.jobs[0].comparison?.files.length).toBeGreaterThan(0)
  })
})
