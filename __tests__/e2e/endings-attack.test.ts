// Signals and hangs in the stages after the wait and in the start: every ending still tells
// the verdict through the outputs, and a rule the workflow set is never passed unchecked.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { actions } from '../../emulator/faults.mjs'
import { DEMO_CREDENTIALS, DEMO_JOB_ID, lineDrop, partFailed } from '../../emulator/scenarios.mjs'
import type { EmulatorOptions } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, run, sleep, start, startEmu, tempDir, until, type Run } from './support.js'

const servers: Array<() => void> = []
afterEach(async () => {
  for (const close of servers.splice(0)) close()
  await closeAll()
})

/** An OBS that takes every request and never answers. */
async function silentObs(): Promise<{ url: string; count: () => number }> {
  let count = 0
  const server = createServer(() => {
    count += 1
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(() => {
    server.closeAllConnections()
    server.close()
  })
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, count: () => count }
}

const obsInputs = (url: string) => ({
  token: undefined,
  'access-key': DEMO_CREDENTIALS.aksk.ak,
  'secret-key': DEMO_CREDENTIALS.aksk.sk,
  'obs-endpoint': url,
  'request-timeout': '30s',
  'report-file': 'ges-report.json'
})

/** The outputs, the report file and the exit code agree with each other. */
function expectConsistent(r: Run, workspace: string): void {
  expect(r.outputs.status).toBeTruthy()
  expect(r.outputs.passed).toMatch(/^(true|false)$/)
  const passed = r.outputs.passed === 'true'
  expect(r.code).toBe(passed ? 0 : 1)
  if (r.outputs.status === 'success') expect(passed).toBe(true)
  if (passed) expect(r.outputs.status).toBe('success')
  const file = JSON.parse(readFileSync(join(workspace, 'ges-report.json'), 'utf8')) as {
    status: string
    passed: boolean
  }
  expect(file.status).toBe(r.outputs.status)
  expect(file.passed).toBe(passed)
  expect(r.summary).toContain('### ')
  if (r.report?.status === 'success') expect(r.report.error).toBeNull()
}

const hungComparison = (): EmulatorOptions =>
  // Discovery lists once, the confirming read once; the third listing is the comparison's.
  lineDrop(
    { statusIncludesDetail: true, faults: [{ match: { endpoint: 'list', nth: 3 }, action: actions.hang() }] },
    { runMs: 300 }
  )
const byJobId = { 'job-id': DEMO_JOB_ID, 'graph-name': undefined }

describe('a rule the workflow set cannot be checked', () => {
  it('SIGINT while the previous import is read, with max-line-drop: the step does not pass', async () => {
    const emu = await startEmu(hungComparison())
    const workspace = tempDir('ges-e2e-workspace-')
    const action = start(emu, {
      inputs: { ...byJobId, 'max-line-drop': '20%', timeout: '30s', 'report-file': 'ges-report.json' },
      env: { GITHUB_WORKSPACE: workspace }
    })
    await until(() => byEndpoint(emu, 'list').length >= 3, 8000, 'the comparison listing')
    await sleep(100)
    const signalled = Date.now()
    action.child.kill('SIGINT')
    const r = await action.done

    expect(Date.now() - signalled).toBeLessThan(2000)
    expectConsistent(r, workspace)
    expect(r.outputs.passed).toBe('false')
    expect(r.outputs.status).not.toBe('success')
  })

  it('the previous import hangs until the timeout, with max-line-drop: bounded, and the step does not pass', async () => {
    const emu = await startEmu(hungComparison())
    const workspace = tempDir('ges-e2e-workspace-')
    const r = await run(emu, {
      inputs: {
        ...byJobId,
        'max-line-drop': '20%',
        timeout: '3s',
        'request-timeout': '30s',
        'report-file': 'ges-report.json'
      },
      env: { GITHUB_WORKSPACE: workspace }
    })

    expect(r.durationMs).toBeLessThan(3000 + 3000)
    expectConsistent(r, workspace)
    expect(r.outputs.passed).toBe('false')
  })
})

describe('SIGINT during the start POST', () => {
  it('status cancelled, a full report, exit 1 within 2 s, and the POST not repeated', async () => {
    const emu = await startEmu({
      ...DEMO_CREDENTIALS,
      graphs: [{ id: 'a1b2c3d4-0000-4000-8000-00000000cafe', name: 'movies' }],
      importGraph: { runMs: 600 },
      faults: [{ match: { endpoint: 'import' }, times: Infinity, action: actions.hang() }]
    })
    const workspace = tempDir('ges-e2e-workspace-')
    const action = start(emu, {
      inputs: {
        'import-edges': 'bk-data/movies/edges/',
        'import-log-dir': 'bk-data/movies/logs/',
        timeout: '30s',
        'request-timeout': '20s',
        'report-file': 'ges-report.json'
      },
      env: { GITHUB_WORKSPACE: workspace }
    })
    await until(() => byEndpoint(emu, 'import').length > 0, 8000, 'the start POST')
    await sleep(100)
    const signalled = Date.now()
    action.child.kill('SIGINT')
    const r = await action.done

    expect(Date.now() - signalled).toBeLessThan(2000)
    expect(r.signal).toBeNull()
    expectConsistent(r, workspace)
    expect(r.outputs.status).toBe('cancelled')
    expect(byEndpoint(emu, 'import')).toHaveLength(1)
  })
})

describe('input errors tell the verdict through the outputs', () => {
  it.each([
    ['timeout', { timeout: '36d' }, /at most 35d/],
    ['timeout', { timeout: '300' }, /unit/],
    ['request-timeout', { 'request-timeout': '40d' }, /at most 35d/],
    ['poll-interval', { 'poll-interval': '0s' }, /./],
    ['max-line-drop', { 'max-line-drop': 'lots' }, /./],
    ['max-failed-lines', { 'max-failed-lines': '1.5' }, /./]
  ])('%s %j: status error, passed false, a summary naming the input', async (name, inputs, problem) => {
    const emu = await startEmu({ ...DEMO_CREDENTIALS })
    const r = await run(emu, { inputs })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(r.outputs.passed).toBe('false')
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(`Input "${name}"`)
    expect(r.errors[0]).toMatch(problem)
    expect(r.summary).toContain(`Input "${name}"`)
    expect(emu.requests).toEqual([])
  })
})

describe('the import logs (OBS) never answer', () => {
  it('SIGINT while the logs are read: the verdict reached (partFailed) stays, a full report, within 2 s', async () => {
    const obs = await silentObs()
    const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
    const workspace = tempDir('ges-e2e-workspace-')
    const action = start(emu, {
      inputs: { ...obsInputs(obs.url), timeout: '30s' },
      env: { GITHUB_WORKSPACE: workspace }
    })
    await until(() => obs.count() > 0, 8000, 'the OBS log read')
    await sleep(100)
    const signalled = Date.now()
    action.child.kill('SIGINT')
    const r = await action.done

    expect(Date.now() - signalled).toBeLessThan(2000)
    expect(r.signal).toBeNull()
    expectConsistent(r, workspace)
    expect(r.outputs.passed).toBe('false')
  })

  it('bounded by timeout, not request-timeout: partFailed with a full report', async () => {
    const obs = await silentObs()
    const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
    const workspace = tempDir('ges-e2e-workspace-')
    const r = await run(emu, { inputs: { ...obsInputs(obs.url), timeout: '3s' }, env: { GITHUB_WORKSPACE: workspace } })

    expect(r.durationMs).toBeLessThan(3000 + 3000)
    expectConsistent(r, workspace)
    expect(r.outputs.status).toBe('partFailed')
  })
})

describe('a second signal before the report is out', () => {
  it.each([['SIGINT'], ['SIGTERM']] as const)(
    'SIGINT then %s at once during a hung status request: still status cancelled and passed false',
    async (second) => {
      const emu = await startEmu(
        lineDrop(
          { faults: [{ match: { endpoint: 'status' }, times: Infinity, action: actions.hang() }] },
          { runMs: 60_000 }
        )
      )
      const action = start(emu, { inputs: { timeout: '30s', 'request-timeout': '20s' } })
      await until(() => byEndpoint(emu, 'status').length > 0, 8000, 'a status request')
      await sleep(100)
      const signalled = Date.now()
      action.child.kill('SIGINT')
      action.child.kill(second)
      const r = await action.done

      expect(Date.now() - signalled).toBeLessThan(2000)
      expect(r.code).toBe(1)
      expect(r.outputs.status).toBe('cancelled')
      expect(r.outputs.passed).toBe('false')
      expect(r.summary).toContain('cancelled')
    }
  )
})
