// Each finished import is compared with the previous successful import of its graph,
// and max-line-drop / max-failed-lines (count or percentage) gate the step.
import { afterEach, describe, expect, it } from '@jest/globals'
import { DEMO_JOB_ID, DEMO_LINES, demo, earlierImport, lineDrop, partFailed } from '../../emulator/scenarios.mjs'
import { apigError } from '../../emulator/faults.mjs'
import type { EmulatorOptions, JobSpec } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, expectReportShape, run, startEmu } from './support.js'

afterEach(closeAll)

const BUCKET = 'obs://ges-demo-bucket/movies'
const RATE = `${BUCKET}/edges/rate.csv`
const GENRE = `${BUCKET}/vertices/genre.csv`
/** lineDrop: yesterday's import (the previous one) and today's demo import. */
const PREVIOUS_ID = 'ff8080818c5a6e0f018c4f9e8d7c0040'
const NOW_LINES = 1_018_345
const THEN_LINES = 2_018_572
const DROP = THEN_LINES - NOW_LINES // 1,000,227 lines, 49.6%

/** The demo import after earlier imports of movies; no filler jobs, so the history is exactly this. */
function withHistory(history: JobSpec[], overrides: EmulatorOptions = {}): EmulatorOptions {
  const options = demo({ fillerJobs: 0, ...overrides }, { runMs: 400 })
  options.jobs = [...(options.jobs ?? []), ...history]
  return options
}

describe('max-line-drop', () => {
  it('fails the step when the successful lines dropped beyond it, naming the files', async () => {
    const emu = await startEmu(lineDrop({}, { runMs: 400 }))
    const r = await run(emu, { inputs: { 'max-line-drop': '20%' } })

    expect(r.code).toBe(1)
    // GES said success, but the rule rejects it: never `status: success` on a failing step.
    expect(r.outputs.status).toBe('rejected')
    expect(r.outputs.passed).toBe('false')
    expect(r.outputs['previous-job-id']).toBe(PREVIOUS_ID)
    expect(r.outputs['line-delta']).toBe(String(-DROP))
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(
      `imported 1,000,227 fewer successful lines than the previous import ${PREVIOUS_ID} (49.6%), more than max-line-drop (20%)`
    )
    expect(r.errors[0]).toContain(`${RATE} -1,000,209`)
    expect(r.errors[0]).toContain(`${GENRE} vanished, -18`)
    expect(r.summary).toContain('the step fails')
    expect(r.summary).toContain('### ❌ GES import succeeded, but a gate rule failed (`max-line-drop`)')
    expect(r.summary).toContain(`**Rejected by**: \`max-line-drop\` 20% (measured 49.6%, job ${DEMO_JOB_ID})`)
    expect(r.summary).toContain('#### Compared with the previous import')
    expect(r.summary).toContain('**2,018,572** successful lines then, **1,018,345** now (-1,000,227, -49.6%)')
    expectReportShape(r.report)
    expect(r.report).toMatchObject({ status: 'rejected', passed: false })
    expect(r.report.rejectedBy).toEqual([
      {
        rule: 'max-line-drop',
        limit: 20,
        unit: 'percent',
        measured: (DROP * 100) / THEN_LINES,
        jobId: DEMO_JOB_ID,
        reason: r.report.reasons[0]
      }
    ])
    expect(r.report.jobs[0].comparison).toMatchObject({
      result: 'compared',
      previousJobId: PREVIOUS_ID,
      previousSuccessfulLines: THEN_LINES,
      successfulLines: NOW_LINES,
      lineDelta: -DROP
    })
    // The discovery listing already held every job of the graph: no extra request for the comparison.
    expect(byEndpoint(emu, 'list').length).toBeLessThanOrEqual(2)
  })

  it.each([
    ['50%', 0],
    ['49.5%', 1],
    [String(DROP), 0],
    [String(DROP - 1), 1]
  ])('max-line-drop %s against a drop of 1,000,227 lines (49.6%%) exits %i', async (limit, code) => {
    const emu = await startEmu(lineDrop({}, { runMs: 300 }))
    const r = await run(emu, { inputs: { 'max-line-drop': limit } })

    expect(r.code).toBe(code)
    expect(r.outputs['line-delta']).toBe(String(-DROP))
    if (code === 0) {
      expect(r.errors).toEqual([])
      expect(r.summary).toContain('the step passes')
      expect(r.summary).toContain('#### Compared with the previous import')
      expect(r.summary).toContain(`| ${RATE} | edgeset | 2,000,418 | 1,000,209 | -1,000,209 |`)
    } else {
      expect(r.errors[0]).toContain(
        `more than max-line-drop (${limit.endsWith('%') ? limit : Number(limit).toLocaleString('en-US')})`
      )
    }
  })

  it('reads the previous import the same way over the v2 API (snake_case, space-separated times)', async () => {
    const emu = await startEmu(lineDrop({}, { runMs: 300 }))
    const r = await run(emu, { inputs: { 'api-version': 'v2', 'max-line-drop': '20%' } })

    expect(r.code).toBe(1)
    expect(r.outputs['previous-job-id']).toBe(PREVIOUS_ID)
    expect(r.outputs['line-delta']).toBe(String(-DROP))
    expect(byEndpoint(emu, 'list').every((q) => q.path.startsWith('/v2/'))).toBe(true)
  })

  it('without max-line-drop compares and reports, and never fails on a drop', async () => {
    const emu = await startEmu(lineDrop({}, { runMs: 300 }))
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs['line-delta']).toBe(String(-DROP))
    expect(r.summary).toContain('#### Compared with the previous import')
  })

  it('passes, saying so, when there is no previous successful import (a failed one does not count)', async () => {
    const failedBefore = earlierImport({ id: 'failed-before', hoursAgo: 5, lines: DEMO_LINES, status: 'failed' })
    const emu = await startEmu(withHistory([failedBefore]))
    const r = await run(emu, { inputs: { 'max-line-drop': '0' } })

    expect(r.code).toBe(0)
    expect(r.outputs['previous-job-id']).toBe('')
    expect(r.outputs['line-delta']).toBe('')
    expect(r.summary).toContain('No earlier successful import of graph movies to compare with')
    expectReportShape(r.report)
    expect(r.report.jobs[0].comparison).toMatchObject({ result: 'no-previous', successfulLines: NOW_LINES })
  })

  it('lists a new file and a vanished file', async () => {
    const { 'vertices/user.csv': _, ...withoutUsers } = DEMO_LINES
    const previous = earlierImport({
      id: 'prev-import',
      hoursAgo: 3,
      lines: { ...withoutUsers, 'vertices/genre.csv': 18 }
    })
    const emu = await startEmu(withHistory([previous]))
    const r = await run(emu, { inputs: { 'max-line-drop': '1%' } })

    expect(r.code).toBe(0)
    expect(r.outputs['line-delta']).toBe(String(6040 - 18))
    expect(r.summary).toContain('**New files (1)**: obs://ges-demo-bucket/movies/vertices/user.csv (6,040 lines)')
    expect(r.summary).toContain('**Vanished files (1)**: obs://ges-demo-bucket/movies/vertices/genre.csv (18 lines)')
    expectReportShape(r.report)
    expect(r.report.jobs[0].comparison?.files).toEqual([
      {
        kind: 'vertexset',
        path: GENRE,
        change: 'vanished',
        previousSuccessfulLines: 18,
        successfulLines: null,
        lineDelta: -18
      },
      {
        kind: 'vertexset',
        path: `${BUCKET}/vertices/user.csv`,
        change: 'new',
        previousSuccessfulLines: null,
        successfulLines: 6040,
        lineDelta: 6040
      }
    ])
  })

  it('cannot pass on counts GES did not report (-1): the step fails and says why; without the rule it only reports', async () => {
    const previous = earlierImport({
      id: 'prev-import',
      hoursAgo: 3,
      lines: { ...DEMO_LINES, 'edges/rate.csv': null }
    })
    const emu = await startEmu(withHistory([previous]))
    const gated = await run(emu, { inputs: { 'max-line-drop': '20%' } })

    expect(gated.code).toBe(1)
    expect(gated.outputs).toMatchObject({ status: 'rejected', passed: 'false', 'line-delta': '' })
    expect(gated.report?.rejectedBy).toMatchObject([{ rule: 'max-line-drop', measured: null }])
    expect(gated.errors[0]).toContain('max-line-drop (20%) could not be checked')
    expect(gated.errors[0]).toContain('GES did not report the successful lines of 1 file')
    expect(gated.summary).toContain('change unknown')

    const emu2 = await startEmu(withHistory([previous]))
    const open = await run(emu2)
    expect(open.code).toBe(0)
    expect(open.outputs['line-delta']).toBe('')
  })

  it('a later import listed twice, once success with twice the lines and once failed, is no green baseline', async () => {
    // A hostile job center: the 24-hour-old import (twice the ratings) is also listed as `failed`. Which
    // answer is true decides the baseline: passing over it would compare with the 48-hour-old import (the
    // same lines as now) and pass max-line-drop on evidence that disagrees.
    const options = lineDrop({}, { runMs: 300 })
    options.jobs = (options.jobs ?? []).map((j) =>
      j.id === PREVIOUS_ID
        ? { ...j, twins: [{ timeline: j.timeline.map((entry) => ({ ...entry, status: 'failed' })) }] }
        : j
    )
    const emu = await startEmu(options)
    const r = await run(emu, { inputs: { 'max-line-drop': '20%' } })

    expect(r.code).toBe(1)
    expect(r.outputs.passed).toBe('false')
    expect(r.outputs['previous-job-id'] ?? '').toBe('')
    expectReportShape(r.report)
    expect(r.report.jobs[0].comparison).toMatchObject({ result: 'unavailable' })
    const conflict = `The job list names job ${PREVIOUS_ID} twice, once as "success", once as "failed"`
    expect(r.report.jobs[0].comparison?.reason).toContain(conflict)
    expect(r.report.reasons.join('\n')).toContain('max-line-drop (20%) could not be checked')
  })
})

describe('reading the previous import', () => {
  it('with job-id (a discovery listing cut short), lists the graph again in date windows: 1 day, then 7', async () => {
    const emu = await startEmu(lineDrop({ statusIncludesDetail: true }, { runMs: 300 }))
    // trend: 0: the requests counted are the comparison's own (the history's pages would answer it: trend.test.ts).
    const r = await run(emu, {
      inputs: { 'job-id': DEMO_JOB_ID, 'graph-name': undefined, 'max-line-drop': '60%', trend: '0' }
    })

    expect(r.code).toBe(0)
    expect(r.outputs['previous-job-id']).toBe(PREVIOUS_ID)
    // Discovery (cut short at the id), the listing that confirms the finish (narrowed to a day
    // before the job began), then the graph in date windows for the previous import: it began a
    // little over 24 hours ago, so the 1-day window (from 2 days back) holds it but is not trusted
    // for it; the 7-day window is.
    const lists = byEndpoint(emu, 'list')
    expect(lists).toHaveLength(4)
    expect(lists[1].query.startTime).toBeDefined()
    const day = (daysBack: number): string => new Date(Date.now() - daysBack * 86_400_000).toISOString().slice(0, 10)
    expect(lists.slice(2).map((q) => q.query)).toEqual([
      expect.objectContaining({
        graph_name: 'movies',
        startTime: expect.stringMatching(new RegExp(`^(${day(2)}|${day(2.01)})$`))
      }),
      expect.objectContaining({
        graph_name: 'movies',
        startTime: expect.stringMatching(new RegExp(`^(${day(8)}|${day(8.01)})$`))
      })
    ])
  })

  it('previous import 3 days back behind 450 older ones: 2 GES requests for the comparison', async () => {
    const older = Array.from({ length: 450 }, (_, i) =>
      earlierImport({
        id: `old${String(i).padStart(29, '0')}`,
        hoursAgo: (10 + (i * 390) / 450) * 24,
        lines: DEMO_LINES
      })
    )
    const previous = earlierImport({
      id: PREVIOUS_ID,
      hoursAgo: 72,
      lines: { ...DEMO_LINES, 'edges/rate.csv': 2000418 }
    })
    const emu = await startEmu(withHistory([...older, previous], { statusIncludesDetail: true }))
    // trend: 0: the requests counted are the comparison's own (the history's pages would answer it: trend.test.ts).
    const r = await run(emu, {
      inputs: { 'job-id': DEMO_JOB_ID, 'graph-name': undefined, 'max-line-drop': '60%', trend: '0' }
    })

    expect(r.code).toBe(0)
    expect(r.outputs['previous-job-id']).toBe(PREVIOUS_ID)
    // Everything after the listing that confirms the finish is the comparison's.
    const lastStatus = emu.requests.map((q) => q.endpoint).lastIndexOf('status')
    const after = emu.requests.slice(lastStatus + 1)
    expect(after.map((q) => [q.endpoint, q.query.offset])).toEqual([
      ['list', '0'], // confirmation
      ['list', '0'], // 1-day window: no previous import
      ['list', '0'] // 7-day window: the previous import, 3 days back
    ])
  })

  it('with job-id and since, reuses the listing that confirmed the finish: no request for the comparison', async () => {
    // The previous import began today (UTC), after the midnight from which the confirming listing
    // (asked from the day before the job began) is trusted whatever the server's zone.
    const hoursToday = (Date.now() % 86_400_000) / 3_600_000
    const older = Array.from({ length: 150 }, (_, i) =>
      earlierImport({ id: `old${String(i).padStart(29, '0')}`, hoursAgo: 30 + i, lines: DEMO_LINES })
    )
    const previous = earlierImport({
      id: PREVIOUS_ID,
      hoursAgo: hoursToday / 2,
      lines: { ...DEMO_LINES, 'edges/rate.csv': 2000418 }
    })
    const emu = await startEmu(withHistory([...older, previous], { statusIncludesDetail: true }))
    const r = await run(emu, {
      // trend: 0: the history's pages, read beside the polls, could come after the last status request.
      inputs: { 'job-id': DEMO_JOB_ID, 'graph-name': undefined, since: '1h', 'max-line-drop': '60%', trend: '0' }
    })

    expect(r.code).toBe(0)
    expect(r.outputs['previous-job-id']).toBe(PREVIOUS_ID)
    const lastStatus = emu.requests.map((q) => q.endpoint).lastIndexOf('status')
    const after = emu.requests.slice(lastStatus + 1)
    // The confirmation, read to its last page (the day before the job began holds no older import
    // here: one page); the comparison then asks nothing.
    expect(after.map((q) => [q.endpoint, q.query.offset, q.query.graph_name])).toEqual([['list', '0', 'movies']])
    expect(r.log).toContain('successful lines')
    expect(r.log).not.toContain('to find the previous import')
  })

  it('a listing that fails makes the comparison "could not compare": a warning without the rule, a failure with it', async () => {
    const fault = {
      match: { endpoint: 'list' as const, nth: 3 }, // after discovery and the confirming listing
      times: Infinity,
      action: apigError(400, 'GES.0001', 'bad')
    }
    const options = lineDrop({ statusIncludesDetail: true, faults: [fault] }, { runMs: 300 })
    // trend: 0: the fault counts listings, and the history's would take its place.
    const inputs = { 'job-id': DEMO_JOB_ID, 'graph-name': undefined, trend: '0' }

    const open = await run(await startEmu(options), { inputs })
    expect(open.code).toBe(0)
    expect(open.outputs.status).toBe('success')
    expect(open.outputs['previous-job-id']).toBe('')
    expect(open.summary).toContain(
      '⚠️ Could not compare with the previous import of graph movies: the job list could not be read'
    )

    const gated = await run(await startEmu(options), { inputs: { ...inputs, 'max-line-drop': '20%' } })
    expect(gated.code).toBe(1)
    expect(gated.errors[0]).toContain('max-line-drop (20%) could not be checked')
  })
})

describe('max-failed-lines as a count or a percentage', () => {
  // partFailed: 28 of 1,018,345 lines failed (0.0027%).
  it.each([
    ['0.01%', 0],
    ['0.001%', 1],
    ['28', 0],
    ['27', 1]
  ])('max-failed-lines %s exits %i', async (limit, code) => {
    const emu = await startEmu(partFailed({ fillerJobs: 0 }, { runMs: 300 }))
    const r = await run(emu, { inputs: { 'fail-on': 'failed', 'max-failed-lines': limit } })

    expect(r.code).toBe(code)
    // GES said partFailed: that stays the status; the rule is named when it fails the step.
    expect(r.outputs).toMatchObject({ status: 'partFailed', passed: String(code === 0) })
    expect(r.report?.rejectedBy.map((x) => [x.rule, x.measured])).toEqual(
      code === 0 ? [] : [['max-failed-lines', limit.endsWith('%') ? (28 * 100) / 1_018_345 : 28]]
    )
    if (code === 1) expect(r.errors[0]).toContain(`max-failed-lines (${limit})`)
    if (limit === '0.001%') expect(r.errors[0]).toContain('28 of 1,018,345 lines failed (<0.1%)')
  })

  it('refuses a bad value, naming the input and both forms', async () => {
    const r = await run(await startEmu(demo()), { inputs: { 'max-line-drop': 'lots' } })
    expect(r.code).toBe(1)
    expect(r.errors[0]).toContain(
      'Input "max-line-drop" ("lots") must be a whole number of lines, 0 or more, or a percentage'
    )
    expect(r.errors[0]).toContain('Example: "20%" or "50000"')
  })
})
