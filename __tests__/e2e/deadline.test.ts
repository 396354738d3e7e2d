// The timeout is absolute: whatever the server does, the step ends at most 3 s after `timeout`.
// Each test bounds the wall time of the whole process (start-up and report included) from both
// sides and bounds the number of requests; the emulator models the server's misbehaviour.
import { afterEach, describe, expect, it } from '@jest/globals'
import { actions } from '../../emulator/faults.mjs'
import { demo } from '../../emulator/scenarios.mjs'
import { byEndpoint, closeAll, run, startEmu } from './support.js'

afterEach(closeAll)

/** The 3 s promise: the step ends within timeout + 3 s, and not before the timeout. */
function expectEndedAtTimeout(durationMs: number, timeoutMs: number): void {
  expect(durationMs).toBeGreaterThanOrEqual(timeoutMs)
  expect(durationMs).toBeLessThanOrEqual(timeoutMs + 3000)
}

describe('the deadline is absolute', () => {
  it('timeout 2s, a 60-page listing with every page slow: ends within 3 s of the timeout', async () => {
    // One job per page (maxLimit 1), each page 200 ms late: the listing alone would take 12 s.
    const emu = await startEmu(
      demo(
        {
          fillerJobs: 59,
          maxLimit: 1,
          faults: [{ match: { endpoint: 'list' }, times: Infinity, action: actions.slow(200) }]
        },
        { runMs: 60_000 }
      )
    )
    // No graph-name: the whole job center (60 jobs) is one listing.
    const r = await run(emu, { inputs: { timeout: '2s', 'graph-name': undefined } })

    expect(r.outputs.status).toBe('timeout')
    expect(r.code).toBe(1)
    expectEndedAtTimeout(r.durationMs, 2000)
    // Paging stopped at the deadline: far from the 60 pages (at 200 ms each, at most ~18 fit in 3.5 s).
    expect(byEndpoint(emu, 'list').length).toBeLessThan(20)
  })

  it('headers sent, body never finished: the request is cut at the deadline, not at request-timeout', async () => {
    const emu = await startEmu(
      demo({ faults: [{ match: { endpoint: 'list' }, times: Infinity, action: actions.hangBody() }] })
    )
    const r = await run(emu, { inputs: { timeout: '2s', 'request-timeout': '30s' } })

    expect(r.outputs.status).toBe('timeout')
    expectEndedAtTimeout(r.durationMs, 2000)
    expect(byEndpoint(emu, 'list')).toHaveLength(1)
    expect(r.log).toMatch(/no complete answer within \d+ ms/)
  })

  it('timeout 4s, request-timeout 30s, a status request that hangs near the end: ends within 3 s of the timeout', async () => {
    const emu = await startEmu(
      demo(
        { faults: [{ match: { endpoint: 'status', afterMs: 2500 }, times: Infinity, action: actions.hang() }] },
        { runMs: 60_000 }
      )
    )
    const r = await run(emu, { inputs: { timeout: '4s', 'request-timeout': '30s' } })

    expect(r.outputs.status).toBe('timeout')
    expectEndedAtTimeout(r.durationMs, 4000)
    const hung = byEndpoint(emu, 'status').filter((q) => q.status === null)
    expect(hung.length).toBeGreaterThanOrEqual(1)
    expect(hung.length).toBeLessThanOrEqual(2)
  })

  it('a server slower than the time left on every request: no request outlives the deadline by more than the grace', async () => {
    const emu = await startEmu(
      demo(
        { faults: [{ match: { endpoint: 'status' }, times: Infinity, action: actions.slow(10_000) }] },
        { runMs: 60_000 }
      )
    )
    const r = await run(emu, { inputs: { timeout: '1500ms', 'request-timeout': '20s' } })

    expect(r.outputs.status).toBe('timeout')
    expectEndedAtTimeout(r.durationMs, 1500)
    expect(byEndpoint(emu, 'status')).toHaveLength(1)
  })
})

describe('a gateway that ignores paging', () => {
  it('answers page 1 whatever the offset: stops at the first repeated page with an error naming offset/limit', async () => {
    const emu = await startEmu(
      demo({
        fillerJobs: 250,
        faults: [{ match: { endpoint: 'list' }, times: Infinity, action: actions.ignoreOffset() }]
      })
    )
    const r = await run(emu, { inputs: { timeout: '10m', 'graph-name': undefined } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(r.durationMs).toBeLessThan(15_000)
    // Page 1, then the two pages its jobCount (251) leaves, fetched at once.
    expect(byEndpoint(emu, 'list').map((q) => q.query.offset)).toEqual(['0', '100', '200'])
    expect(r.errors.join('\n')).toMatch(
      /the gateway ignores paging: the page at offset=100 \(limit=100\) holds the same 100 entries as the page at offset=0/
    )
    expect(r.summary).toMatch(/ignores paging/)
  })

  it('a gateway that honours offset is paged to the end (the check does not misfire)', async () => {
    const emu = await startEmu(demo({ fillerJobs: 250 }, { runMs: 300 }))
    const r = await run(emu, { inputs: { 'graph-name': undefined } })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(
      byEndpoint(emu, 'list')
        .slice(0, 3)
        .map((q) => q.query.offset)
    ).toEqual(['0', '100', '200'])
  })
})
