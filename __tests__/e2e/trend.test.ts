// The import's history at a glance: a trend chart per graph in the summary, the `history` and
// `expectedDurationSeconds` of each job, the usual duration while waiting and on timeout, and
// what it costs in GES requests (docs/trend.md).
import { afterEach, describe, expect, it } from '@jest/globals'
import { DEMO_JOB_ID, demo, earlierImport, DEMO_LINES, trendHistory } from '../../emulator/scenarios.mjs'
import { apigError } from '../../emulator/faults.mjs'
import type { EmulatorOptions, JobSpec } from '../../emulator/server.mjs'
import {
  byEndpoint,
  closeAll,
  expectReportShape,
  run,
  startEmu,
  type Inputs,
  expectRequestCount,
  nearUtcMidnight
} from './support.js'

afterEach(closeAll)

/** The demo import (running `runMs`) after twelve earlier daily imports of movies. */
function withHistory(
  runMs = 400,
  history: JobSpec[] = trendHistory(),
  overrides: EmulatorOptions = {}
): EmulatorOptions {
  const options = demo({ fillerJobs: 0, ...overrides }, { runMs })
  options.jobs = [...(options.jobs ?? []), ...history]
  return options
}

/** trendHistory's ids: `ff8080818c5a6e0f018c` and the day's number. */
const day = (n: number, version = ''): string => `ff8080818c5a6e0f018c${version}${String(n).padStart(4, '0')}`
const MERMAID = /```mermaid\n([\s\S]*?)\n```/

async function runBoth(options: () => EmulatorOptions, inputs: Inputs) {
  const emu0 = await startEmu(options())
  const off = await run(emu0, { inputs: { ...inputs, trend: '0' } })
  const emu = await startEmu(options())
  const on = await run(emu, { inputs })
  return { off, on, listsOff: byEndpoint(emu0, 'list'), listsOn: byEndpoint(emu, 'list'), emu0, emu }
}

describe('trend', () => {
  it.each(['v1', 'v2'])(
    'draws the last 10 imports of the graph over the %s API and reports their history; at no more requests than trend 0',
    async (version) => {
      const { off, on, listsOff, listsOn } = await runBoth(() => withHistory(), {
        since: '1h',
        'api-version': version
      })
      expect(on.code).toBe(0)
      expectReportShape(on.report)
      const job = on.report.jobs[0]
      // Oldest first; the import of 4 days ago reports no counts, the one of 7 days ago failed.
      expect(job.history?.map((entry) => entry.jobId)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => day(n)))
      expect(job.history?.[0]).toEqual({
        jobId: day(9),
        beginTime: expect.stringMatching(/Z$/),
        endTime: expect.stringMatching(/Z$/),
        status: 'success',
        successfulLines: 1_004_845,
        failedLines: 0,
        durationSeconds: 540
      })
      expect(job.history?.[2].status).toBe('failed')
      expect(job.history?.[5]).toMatchObject({ successfulLines: null, failedLines: null })
      expect(job.expectedDurationSeconds).toBe(600)
      expect(job.runningSeconds).toBeNull()

      const chart = MERMAID.exec(on.summary)?.[1] ?? ''
      expect(chart.split('\n')).toEqual([
        'xychart-beta',
        '  title "Successful lines per import"',
        expect.stringMatching(
          /^ {2}x-axis \["\d\d-\d\d \d\d:\d\d"(, "\d\d-\d\d \d\d:\d\d"){7}, "\d\d-\d\d \d\d:\d\d \(this\)"\]$/
        ),
        '  y-axis "Successful lines"',
        '  line [1004845, 1006345, 1007845, 1009345, 1010845, 1013845, 1015345, 1016845, 1018345]'
      ])
      expect(on.summary).toContain('#### Recent imports of graph movies')
      expect(on.summary).toContain(`| ${DEMO_JOB_ID} (this import) | ✅ success | 1,018,345 | 0 |`)
      expect(on.summary).toContain('1 earlier import is not in the chart: GES did not report its line counts.')
      expect(on.summary).toContain('Imports of this graph usually take 9m–11m (median 10m, from 8 successful imports).')

      // Without the history: same verdict, no section, null fields.
      expect(off.code).toBe(0)
      expect(off.outputs.status).toBe(on.outputs.status)
      expectReportShape(off.report)
      expect(off.report.jobs[0]).toMatchObject({ history: null, expectedDurationSeconds: null, runningSeconds: null })
      expect(off.summary).not.toContain('mermaid')
      expect(off.log).not.toContain('usually take')

      // The wait lists from yesterday (discovery, then the confirmation of the finish). With trend 0
      // the comparison lists 1, then 7 days back; with trend 10 the history lists 7, then 30 days
      // back at discovery, and the comparison reuses those pages: the same 4 requests.
      expectRequestCount(listsOff.length, 4)
      expectRequestCount(listsOn.length, 4)
      if (!nearUtcMidnight())
        expect(off.log).toContain('Listing the jobs of graph "movies" to find the previous import')
      expect(on.log).not.toContain('to find the previous import')
      expect(on.report.jobs[0].comparison?.previousJobId).toBe(day(1))
      expect(off.report.jobs[0].comparison?.previousJobId).toBe(day(1))
    }
  )

  it('costs no request when the wait listed the whole graph (no since)', async () => {
    const { on, listsOff, listsOn } = await runBoth(() => withHistory(), {})
    expect(on.report?.jobs[0].history).toHaveLength(9)
    expect(listsOn.length).toBe(listsOff.length)
    expect(listsOn.map((r) => r.query)).toEqual(listsOff.map((r) => r.query))
  })

  it('says while waiting and on timeout that the import is slower than usual; the verdict is unchanged', async () => {
    // Earlier imports took 1, 2 and 2 s; this one runs 20 s and the wait times out after 4 s.
    const quick = [1, 2, 2].map((seconds, i) =>
      earlierImport({ id: day(i + 1), hoursAgo: (i + 1) * 24, lines: DEMO_LINES, minutes: seconds / 60 })
    )
    const { off, on } = await runBoth(() => withHistory(20_000, quick), { since: '1h', timeout: '4s' })
    expect(on.code).toBe(1)
    expect(on.outputs.status).toBe('timeout')
    expect(off.outputs.status).toBe('timeout')
    expect(off.code).toBe(on.code)
    expectReportShape(on.report)
    const job = on.report.jobs[0]
    expect(job.history?.map((e) => e.durationSeconds)).toEqual([2, 2, 1])
    expect(job.expectedDurationSeconds).toBe(2)
    expect(job.runningSeconds).toBeGreaterThanOrEqual(3)
    expect(on.log).toMatch(
      /: running, \d+s elapsed, next check in [^;]+; running at least 2s: imports of this graph usually take 1s–2s \(median 2s\)/
    )
    expect(on.log).toMatch(
      /: running, \d+s elapsed, next check in [^;]+; running at least [3-9]s, slower than usual: imports of this graph usually take 1s–2s \(median 2s\)/
    )
    expect(on.summary).toMatch(
      /⏱️ This import ran at least [3-9]s before the wait timed out: \*\*slower than usual\*\*\./
    )
    expect(off.summary).not.toContain('slower than usual')
  })

  it('a failure to read the history is one warning; the step still passes', async () => {
    // The second listing is the history's (the first is the wait's discovery; the import runs
    // 2.5 s, so the listing that confirms its finish comes long after).
    const options = () =>
      withHistory(2500, trendHistory(), {
        faults: [{ match: { endpoint: 'list', nth: 2 }, action: apigError(403, 'APIG.0203', 'Forbidden') }]
      })
    const emu = await startEmu(options())
    const r = await run(emu, { inputs: { since: '1h' } })
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.warnings.filter((w) => w.includes('trend chart'))).toHaveLength(1)
    expect(r.warnings[0]).toContain('The earlier imports of graph "movies" could not be read for the trend chart')
    expect(byEndpoint(emu, 'list')[1].status).toBe(403)
    expectReportShape(r.report)
    // The wait's listing (from yesterday) does not hold the history: unknown, no chart.
    expect(r.report.jobs[0].history).toBeNull()
    expect(r.summary).not.toContain('mermaid')
  })

  it('keeps hostile ids out of the chart source', async () => {
    const hostile = earlierImport({
      id: 'x"]\nclick A call alert(1)\n%%{init: {"theme":"dark"}}%%',
      hoursAgo: 30,
      lines: DEMO_LINES
    })
    const emu = await startEmu(withHistory(400, [...trendHistory({ count: 3 }), hostile]))
    const r = await run(emu, {})
    const chart = MERMAID.exec(r.summary)?.[1] ?? ''
    expect(chart.split('\n')).toHaveLength(5)
    expect(chart).not.toMatch(/click|%%|alert/)
    expect(r.report?.jobs[0].history?.map((e) => e.jobId)).toContain(hostile.id)
  })

  it.each(['-1', '51', 'ten'])('refuses trend %j before any request', async (value) => {
    const emu = await startEmu(withHistory())
    const r = await run(emu, { inputs: { trend: value } })
    expect(r.code).toBe(1)
    expect(r.errors[0]).toContain(`Input "trend" ("${value}") must be a whole number from 0 (off) to 50`)
    expect(emu.requests).toEqual([])
  })
})
