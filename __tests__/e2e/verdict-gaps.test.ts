// Gaps in the verdict, each run through dist/index.js against the emulator: a finish
// only one answer saw, statuses spelled other than documented. The others: appear-timeout where
// it does not apply (diagnose.test.ts), the PR comment's time limit (pr-comment.test.ts), the
// permission a fork's pull-request lookup needs (permissions.test.ts).
import { afterEach, describe, expect, it } from '@jest/globals'
import { actions } from '../../emulator/faults.mjs'
import { demo, partFailed } from '../../emulator/scenarios.mjs'
import type { Emulator, EmulatorOptions, JobDetail, JobSpec, RequestRecord } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, run, startEmu } from './support.js'

afterEach(closeAll)

const FINISH_MS = 800

/** The demo import, finished at FINISH_MS, with its details on both endpoints; `edit` changes its spec. */
function importFinishing(
  edit: (job: JobSpec) => void,
  scenario: (overrides: object, at: { runMs: number }) => EmulatorOptions = demo
): EmulatorOptions {
  const options = scenario({ statusIncludesDetail: true }, { runMs: FINISH_MS })
  edit(options.jobs?.[0] as JobSpec)
  return options
}

const statusAnswersAfterFinish = (emu: Emulator): RequestRecord[] =>
  byEndpoint(emu, 'status').filter((q) => q.at >= FINISH_MS && q.status === 200)

describe('a job the list drops in the poll where the status endpoint says success', () => {
  it('passes only after a second status answer confirms it', async () => {
    const emu = await startEmu(importFinishing((job) => (job.unlistedAtMs = FINISH_MS)))
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    // One answer is not evidence: the status endpoint was asked again after the first success.
    expect(statusAnswersAfterFinish(emu).length).toBeGreaterThanOrEqual(2)
    expect(r.report?.jobs[0]).toMatchObject({ vanished: true, unconfirmed: null })
    expect(r.warnings.join('\n')).toContain('asking the status endpoint again to confirm')
  })

  it('is unknown with the reason when no second answer comes (the status endpoint then forgets the job)', async () => {
    let successes = 0
    const options = importFinishing((job) => (job.unlistedAtMs = FINISH_MS))
    const emu: Emulator = await startEmu({
      ...options,
      beforeAnswer: (q) => {
        if (q.endpoint !== 'status' || q.at < FINISH_MS || ++successes !== 2) return
        emu.addFault({
          match: { endpoint: 'status' },
          times: Infinity,
          action: { status: 400, body: { errorCode: 'GES.7007', errorMessage: 'The job does not exist.' } }
        })
      }
    })
    const r = await run(emu, { inputs: { timeout: '4s', 'fail-on': 'failed' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('unknown')
    const reason = `GES said job ${r.outputs['job-id']} is "success" only once, through the status endpoint; no listing or second answer confirmed it before the wait ended`
    expect(r.report?.jobs[0]).toMatchObject({ outcome: 'unknown', unconfirmed: reason })
    expect(r.report?.reasons).toEqual([reason])
    expect(r.errors.join('\n')).toContain('only once, through the status endpoint')
    expect(r.summary).toContain('only once, through the status endpoint')
    // The hint says what happened and what to do: fail-on is not the way out of an unconfirmed success.
    expect(r.report?.hint).toContain(
      `GES said ${r.outputs['job-id']} succeeded in one answer only, the status endpoint's`
    )
    expect(r.report?.hint).toContain('fail-on cannot change that')
    expect(r.report?.hint).not.toContain('did not report the file results')
    expect(r.summary).toContain('in one answer only')
    // The status endpoint forgetting a job it said had finished is a warning, given once.
    const forgotten = r.warnings.filter((w) => w.includes('GES.7007'))
    expect(forgotten).toHaveLength(1)
    expect(forgotten[0]).toContain(
      `The job does not exist.; reading job ${r.outputs['job-id']} from the job list from now on, though the status endpoint said "success" before`
    )
  })
})

describe('a job already finished when first listed', () => {
  /** The demo import, finished before the step starts: the list says `listed`, the status endpoint `status`. */
  const finishedBefore = (status: string, listed: string): EmulatorOptions =>
    importFinishing((job) => {
      job.timeline = [{ ...job.timeline[1], atMs: 0, status, listStatus: listed }]
    })

  it('passes only once the status endpoint agrees: one status request in the same poll', async () => {
    const emu = await startEmu(finishedBefore('success', 'success'))
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(byEndpoint(emu, 'status')).toHaveLength(1)
    // Asked in the poll that listed it: no second poll, so the job list is read once.
    expect(byEndpoint(emu, 'list').map((q) => q.query.offset)).toEqual(['0'])
  })

  it('the list saying success and the status endpoint failed is an error naming both, at once', async () => {
    const emu = await startEmu(finishedBefore('failed', 'success'))
    const r = await run(emu, { inputs: { timeout: '30s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    const job = r.report?.jobs[0]
    expect(job?.answers).toEqual({ statusEndpoint: 'failed', jobList: 'success' })
    expect(job?.disagreement).toContain('more than one final status')
    expect(job?.disagreement).toContain('the job list says "success"')
    expect(job?.disagreement).toContain('the status endpoint says "failed"')
    // No later answer can mend two final statuses: named at the first poll, not at the 30 s timeout.
    expect(r.report?.waitedSeconds).toBeLessThan(10)
    expect(byEndpoint(emu, 'status')).toHaveLength(1)
  })

  it('a job only the list answers that flaps from success to failed: an error at once, never green', async () => {
    const options = importFinishing((job) => (job.timeline = [{ ...job.timeline[1], atMs: 0, status: 'success' }]))
    const spec = options.jobs?.[0] as JobSpec
    let listings = 0
    // No graph id: the status endpoint cannot be asked, the list is all there is. From its
    // second listing on, the list says the same finished import failed.
    const emu: Emulator = await startEmu({
      ...options,
      graphs: [{ id: 'c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f', name: 'social' }],
      beforeAnswer: (q) => {
        if (q.endpoint === 'list' && ++listings === 2)
          emu.setJobs([{ ...spec, timeline: [{ ...spec.timeline[0], status: 'failed' }] }])
      }
    })
    const r = await run(emu, { inputs: { timeout: '30s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(byEndpoint(emu, 'status')).toHaveLength(0)
    expect(r.report?.jobs[0].disagreement).toMatch(
      /more than one final status: the job list says "(success|failed)", the job list says "(success|failed)"/
    )
    expect(r.report?.waitedSeconds).toBeLessThan(10)
  })
})

describe('a final status in another spelling', () => {
  it.each([
    ['Success', 'success'],
    [' success ', 'success'],
    ['FAILED', 'failed']
  ])('%j from the status endpoint, %j from the list: an error naming both, at once', async (raw, listed) => {
    const emu = await startEmu(
      importFinishing((job) => {
        job.timeline[1] = { ...job.timeline[1], status: raw, listStatus: listed }
      })
    )
    const r = await run(emu, { inputs: { timeout: '30s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    const job = r.report?.jobs[0]
    expect(job?.answers).toEqual({ statusEndpoint: raw, jobList: listed })
    expect(job?.disagreement).toContain(`in two ways: the status endpoint says "${raw}", the job list says "${listed}"`)
    expect(r.summary).toContain('GES answers disagree')
    // Named at the first poll that saw both, not discovered at the 30 s timeout.
    expect(r.report?.waitedSeconds).toBeLessThan(10)
  })

  it('"Success" from both endpoints: success, with a warning that names the spelling', async () => {
    const emu = await startEmu(importFinishing((job) => (job.timeline[1].status = 'Success')))
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.warnings.join('\n')).toContain('as "Success", which is not a documented spelling: read as "success"')
  })

  it('"Success" from the list when the graph has no id to ask the status endpoint: unknown at once', async () => {
    const emu = await startEmu({
      ...importFinishing((job) => (job.timeline[1].status = 'Success')),
      graphs: [{ id: 'c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f', name: 'social' }]
    })
    const r = await run(emu, { inputs: { timeout: '30s', 'fail-on': 'failed' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('unknown')
    expect(byEndpoint(emu, 'status')).toHaveLength(0)
    expect(r.report?.reasons[0]).toContain('reports status "Success", not the documented "success"')
    expect(r.report?.waitedSeconds).toBeLessThan(10)
  })
})

// Attacks on the rule that one answer is not evidence: statuses that only look documented, and where a spelling is ours.
describe('a status that only looks like a documented one', () => {
  it.each([
    ['a zero-width space', 'succ\u200bess', 'succ\\u200bess'],
    ['a Cyrillic letter', 'su\u0441cess', 'su\\u0441cess'],
    ['a NUL', 'succ\u0000ess', 'succ\\u0000ess'],
    ['a no-break space around it', '\u00a0success', '\\u00a0success'],
    ['an ideographic space around it', 'success\u3000', 'success\\u3000']
  ])('with %s, from the status endpoint: an error naming both answers, visibly, at once', async (_what, raw, shown) => {
    const emu = await startEmu(
      importFinishing((job) => (job.timeline[1] = { ...job.timeline[1], status: raw, listStatus: 'success' }))
    )
    const r = await run(emu, { inputs: { timeout: '20s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    const job = r.report?.jobs[0]
    expect(job?.answers).toEqual({ statusEndpoint: raw, jobList: 'success' })
    expect(job?.disagreement).toContain(`GES spells the final status of job ${job?.jobId} in two ways`)
    expect(job?.disagreement).toContain(`the status endpoint says "${shown}"`)
    expect(job?.disagreement).toContain('the job list says "success"')
    expect(r.summary).toContain(`"${shown}"`)
    expect(r.report?.hint).toContain('answers that disagree')
    // Named when the list was asked, not discovered at the 20 s timeout.
    expect(r.report?.waitedSeconds).toBeLessThan(10)
  })

  it('from the job list, the status endpoint saying success: an error at once', async () => {
    const emu = await startEmu(
      importFinishing(
        (job) => (job.timeline[1] = { ...job.timeline[1], status: 'success', listStatus: 'succ\u200bess' })
      )
    )
    const r = await run(emu, { inputs: { timeout: '20s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(r.report?.jobs[0].disagreement).toContain('the job list says "succ\\u200bess"')
    expect(r.report?.waitedSeconds).toBeLessThan(10)
  })

  it.each([
    ['a no-break space', '\u00a0success', 'only looks like "success"'],
    [
      'more than 64 characters',
      `success${' '.repeat(100)}`,
      'a status that cannot be read: its status is 107 characters long'
    ]
  ])('with %s, from both endpoints: never a success (the wait goes on, and says why)', async (_what, raw, why) => {
    const emu = await startEmu(importFinishing((job) => (job.timeline[1].status = raw)))
    const r = await run(emu, { inputs: { timeout: '3s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('timeout')
    expect(r.warnings.filter((w) => w.includes(why))).toHaveLength(1)
    expect(r.summary).not.toContain('GES import succeeded')
  })
})

describe('two documented spellings of one status', () => {
  it('"partiallyFailed" from the status endpoint, "partFailed" from the list: partFailed, no disagreement', async () => {
    const emu = await startEmu(
      importFinishing(
        (job) => (job.timeline[1].listStatus = 'partFailed'),
        (overrides, { runMs }) => partFailed(overrides, { runMs, jobStatus: 'partiallyFailed' })
      )
    )
    const r = await run(emu, { inputs: { timeout: '20s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('partFailed')
    expect(r.report?.jobs[0]).toMatchObject({
      answers: { statusEndpoint: 'partiallyFailed', jobList: 'partFailed' },
      disagreement: null
    })
    expect(r.report?.reasons).toEqual(['the import partially failed'])
    expect(r.report?.waitedSeconds).toBeLessThan(10)
  })
})

describe('a list entry that cannot be read', () => {
  it('does not confirm a spelling the status endpoint gave (its "Success" is one endpoint\'s word)', async () => {
    // The list's entry carries a jobDetail of another shape; the status endpoint sends no details.
    // The listing after that fails, so only the status endpoint's second "Success" is new.
    const options = demo({}, { runMs: FINISH_MS })
    const job = options.jobs?.[0] as JobSpec
    job.timeline[1] = { ...job.timeline[1], status: 'Success', jobDetail: 'garbled' as unknown as JobDetail }
    const emu = await startEmu({
      ...options,
      faults: [{ match: { endpoint: 'list', nth: 3 }, times: Infinity, action: actions.badGateway() }]
    })
    const r = await run(emu, { inputs: { timeout: '6s', 'fail-on': 'failed' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('unknown')
    expect(r.report?.jobs[0].unreadable).toBeNull()
    expect(r.report?.reasons).toEqual([
      `job ${r.report?.jobs[0].jobId} reports status "Success", not the documented "success", and no second GES endpoint gave the same answer`
    ])
    expect(r.report?.hint).toContain('a spelling it does not document')
  })
})
