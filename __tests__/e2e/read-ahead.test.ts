// Pages read a few at a time (a listing meant to reach its end): a throttled page among them must
// not fail the listing, and pages in flight at once must not outlive the timeout.
import { afterEach, describe, expect, it } from '@jest/globals'
import { actions } from '../../emulator/faults.mjs'
import { lineDrop } from '../../emulator/scenarios.mjs'
import { byEndpoint, closeAll, run, startEmu } from './support.js'

afterEach(closeAll)

/** About 4,000 jobs of graph "movies" (the fillers spread over 4 graphs): a 40-page listing. */
const FILLERS = 20_000

describe('read-ahead paging', () => {
  it('a page throttled among those fetched at once is asked again alone: no failed poll, no listing restarted', async () => {
    const emu = await startEmu(
      lineDrop(
        { fillerJobs: FILLERS, faults: [{ match: { endpoint: 'list', nth: 27 }, action: actions.throttled(1) }] },
        { runMs: 400 }
      )
    )
    // The emulator builds each page of its 20,000 jobs in this process: on a loaded machine a page
    // can take seconds, which the default request-timeout of the e2e runs would count as a failed poll.
    const r = await run(emu, { inputs: { timeout: '2m', 'request-timeout': '30s' } })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.warnings).toEqual([])
    const list = byEndpoint(emu, 'list')
    expect(list.filter((q) => q.status === 429)).toHaveLength(1)
    // One listing: page 1 asked once; only the throttled page and those of its batch after it
    // (which of the 4 concurrent requests arrives 27th varies) are asked again, once each.
    expect(list.filter((q) => q.query.offset === '0')).toHaveLength(1)
    const throttledAt = Number(list.find((q) => q.status === 429)?.query.offset)
    const again = list.filter((q, i) => list.findIndex((p) => p.query.offset === q.query.offset) !== i)
    expect(again.length).toBeGreaterThanOrEqual(1)
    expect(again.length).toBeLessThanOrEqual(4)
    expect(again.every((q) => Number(q.query.offset) >= throttledAt)).toBe(true)
    expect(new Set(again.map((q) => q.query.offset)).size).toBe(again.length)
  }, 90_000)

  it('timeout 2s, every page 700 ms late, 4 in flight: ends within 3 s of the timeout', async () => {
    const emu = await startEmu(
      lineDrop(
        { fillerJobs: FILLERS, faults: [{ match: { endpoint: 'list' }, times: Infinity, action: actions.slow(700) }] },
        { runMs: 400 }
      )
    )
    const r = await run(emu, { inputs: { timeout: '2s', 'request-timeout': '30s' } })

    expect(r.outputs.status).toBe('timeout')
    expect(r.code).toBe(1)
    expect(r.durationMs).toBeGreaterThanOrEqual(2000)
    expect(r.durationMs).toBeLessThanOrEqual(5000)
    // At most a few batches fit in 2 s: far from the 40 pages.
    expect(byEndpoint(emu, 'list').length).toBeLessThan(16)
  })
})
