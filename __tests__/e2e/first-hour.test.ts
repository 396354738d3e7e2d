// A new user's first mistakes, each diagnosed in seconds and naming the input to fix: a mistyped
// graph-name, a duration without a unit (or longer than a workflow can run), an endpoint that
// repeats the API version; and error summaries that say each fact once, "not found" only after a
// search answered, unknown counts as unknown. Each test records how long the step took to end
// with its message (printed at the end: the figures of the closing note).
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { actions } from '../../emulator/faults.mjs'
import { DEMO_CREDENTIALS, demo } from '../../emulator/scenarios.mjs'
import { closeAll, run, startEmu } from './support.js'

afterEach(closeAll)

const timings: string[] = []
afterAll(() => {
  if (timings.length > 0) console.log(`Time until the step ended with its message:\n${timings.join('\n')}`)
})

/** Long enough that any wait for appear-timeout or timeout shows as a failure of the test. */
const PATIENT = { timeout: '10m', 'appear-timeout': '5m' }

describe('a graph-name the project does not have', () => {
  it('ends not-found in seconds, naming the graph, the project and the closest names', async () => {
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { ...PATIENT, 'graph-name': 'moviez' } })
    timings.push(`graph-name moviez (graph movies): ${r.durationMs} ms`)

    expect(r.outputs.status).toBe('not-found')
    expect(r.code).toBe(1)
    expect(r.durationMs).toBeLessThan(10_000)
    const message = `graph "moviez" is not in project ${emu.projectId} (2 graphs, the graph list read to its end); did you mean "movies"?`
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(message)
    expect(r.report?.notFound?.reason).toBe('unknown-graph')
    expect(r.summary).toContain('did you mean "movies"?')
    expect(r.summary).toContain('Fix "graph-name"')
    // One listing of the graph's jobs and one read of the graph list: no polling for 5 minutes.
    expect(emu.requests.map((q) => q.endpoint)).toEqual(['list', 'graphs'])
  })

  it('one of two graph names mistyped: not-found at once, the existing one not waited for', async () => {
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { ...PATIENT, 'graph-name': 'movies,socal' } })

    expect(r.outputs.status).toBe('not-found')
    expect(r.durationMs).toBeLessThan(10_000)
    expect(r.errors.join('\n')).toContain('graph "socal" is not in project')
    expect(r.errors.join('\n')).toContain('did you mean "social"?')
    expect(r.errors.join('\n')).not.toContain('graph "movies" is not')
  })

  it('a graph list that cannot be read to its end never counts as absent: the wait lasts appear-timeout', async () => {
    // The gateway answers page 1 of the graph list at every offset: the list has no end.
    const graphs = Array.from({ length: 100 }, (_, i) => ({ id: `g${i}`, name: `graph${i}` }))
    const emu = await startEmu(
      demo({
        faults: [
          {
            match: { endpoint: 'graphs' },
            times: Infinity,
            action: { status: 200, body: { graphCount: 1000, graphs } }
          }
        ]
      })
    )
    const r = await run(emu, { inputs: { 'graph-name': 'moviez', 'appear-timeout': '2s' } })

    expect(r.outputs.status).toBe('not-found')
    expect(r.report?.notFound?.reason).toBe('appear-timeout')
    expect(r.durationMs).toBeGreaterThanOrEqual(2000)
    expect(r.log).not.toContain('is not in project')
    // Read once to the point where it proved incomplete, not again at every poll.
    expect(emu.requests.filter((q) => q.endpoint === 'graphs')).toHaveLength(2)
  })

  it('a graph list that fails for a while is asked again, and then decides', async () => {
    const emu = await startEmu(
      demo({ faults: [{ match: { endpoint: 'graphs' }, times: 2, action: actions.badGateway() }] })
    )
    const r = await run(emu, { inputs: { ...PATIENT, 'graph-name': 'moviez' } })

    expect(r.outputs.status).toBe('not-found')
    expect(r.report?.notFound?.reason).toBe('unknown-graph')
    expect(r.durationMs).toBeLessThan(10_000)
  })

  it('a graph that exists but has no job yet is waited for as before', async () => {
    const emu = await startEmu(demo({ fillerJobs: 0 }))
    const r = await run(emu, { inputs: { 'graph-name': 'social', 'appear-timeout': '1500ms' } })

    expect(r.outputs.status).toBe('not-found')
    expect(r.report?.notFound?.reason).toBe('appear-timeout')
    expect(r.durationMs).toBeGreaterThanOrEqual(1500)
  })
})

describe('durations need a unit', () => {
  it.each([
    ['timeout', '30', '("30") has no unit: 30s or 30m?'],
    ['appear-timeout', '5', '("5") has no unit: 5s or 5m?'],
    ['timeout', '2 weeks', '("2 weeks") has an unknown unit "weeks": use ms (msec'],
    ['timeout', '99999h', '("99999h") is longer than a workflow can run (at most 35d'],
    ['request-timeout', '99999h', '("99999h") is longer than a workflow can run (at most 35d']
  ])('%s: %j is an input error before any request', async (input, value, problem) => {
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { [input]: value } })
    timings.push(`${input}: ${value}: ${r.durationMs} ms`)

    expect(r.code).toBe(1)
    expect(r.outputs.status ?? '').not.toBe('success')
    expect(emu.requests).toEqual([])
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(`Input "${input}" ${problem}`)
    expect(r.durationMs).toBeLessThan(3000)
  })

  it('a graph name pasted with a zero-width space is an input error naming the character, not a wait', async () => {
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { 'graph-name': 'movies\u200b' } })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(r.outputs.passed).toBe('false')
    expect(emu.requests).toEqual([])
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(
      'Input "graph-name" holds a hidden character (U+200B at character 7), as text pasted from a page may. Example: movies'
    )
  })

  it('accepts the spellings people write: 30min, 2 hours, 1h 30m', async () => {
    const emu = await startEmu(demo({}, { runMs: 200 }))
    const r = await run(emu, {
      inputs: { timeout: '1h 30min', 'poll-interval': '100 ms', 'request-timeout': '2 seconds' }
    })

    expect(r.outputs.status).toBe('success')
    expect(r.log).toContain('timeout 1h30m')
  })
})

describe('an endpoint with a path', () => {
  it('refuses a path that repeats the API version, naming the fix', async () => {
    const r = await run(undefined, {
      inputs: {
        endpoint: 'https://ges.cn-north-4.myhuaweicloud.com/v1.0',
        'project-id': '0123456789abcdef0123456789abcdef',
        token: 'test-token',
        'graph-name': 'movies'
      }
    })
    timings.push(`endpoint https://ges.cn-north-4.myhuaweicloud.com/v1.0: ${r.durationMs} ms`)

    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(
      'Input "endpoint" ("https://ges.cn-north-4.myhuaweicloud.com/v1.0") holds the API version "/v1.0" in its path'
    )
    expect(r.errors[0]).toContain('give the base URL without it, "https://ges.cn-north-4.myhuaweicloud.com"')
    expect(r.durationMs).toBeLessThan(3000)
  })

  it.each(['v1', 'v2'])(
    'keeps another path as a prefix: requests go under it and AK/SK signs the path sent (%s)',
    async (apiVersion) => {
      const emu = await startEmu(demo({ pathPrefix: '/gateway/ges' }, { runMs: 300 }))
      const r = await run(emu, {
        inputs: {
          endpoint: `${emu.url}/gateway/ges/`,
          'api-version': apiVersion,
          token: undefined,
          'access-key': DEMO_CREDENTIALS.aksk.ak,
          'secret-key': DEMO_CREDENTIALS.aksk.sk
        }
      })

      expect(r.outputs.status).toBe('success')
      const version = apiVersion === 'v1' ? 'v1.0' : 'v2'
      expect(emu.requests.length).toBeGreaterThan(0)
      for (const request of emu.requests) {
        expect(request.path.startsWith(`/gateway/ges/${version}/${emu.projectId}/graphs`)).toBe(true)
        expect(request.status).toBe(200) // the emulator checks each signature over the path as sent
      }
    }
  )
})

describe('error summaries say each fact once', () => {
  it('a wrong project id: the error once, no "not found", no zero counts', async () => {
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { ...PATIENT, 'project-id': 'ffffffffffffffffffffffffffffffff' } })
    timings.push(`project-id of another project: ${r.durationMs} ms`)

    expect(r.outputs.status).toBe('error')
    expect(r.durationMs).toBeLessThan(10_000)
    const summary = r.summary
    expect(summary.match(/The project ID ffffffffffffffffffffffffffffffff is invalid/g)).toHaveLength(1)
    expect(summary).not.toContain('Not found')
    expect(summary).not.toContain('Why the step fails')
    expect(summary).toContain('**0 jobs** · waited')
    expect(summary).not.toMatch(/0 lines|0 failed files/)
    expect(summary).toContain('check "project-id"')
    expect(r.report?.missing).toEqual([])
    expect(r.report?.totals).toEqual({ totalLines: null, successfulLines: null, failedLines: null, failedFiles: null })
    expect(r.outputs['failed-lines']).toBe('')
    expect(r.outputs['failed-files']).toBe('')
  })

  it('a graph never found after a search that answered: "Not found" and why, each once', async () => {
    const emu = await startEmu(demo({ fillerJobs: 0 }))
    const r = await run(emu, { inputs: { 'graph-name': 'social', 'wait-for-job': 'false' } })

    expect(r.outputs.status).toBe('not-found')
    expect(r.summary).toContain('**Not found**: an ImportGraph job of graph "social"')
    expect(r.summary.match(/wait-for-job is false/g)).toHaveLength(1)
    expect(r.summary).not.toMatch(/0 lines|0 failed files/)
  })
})
