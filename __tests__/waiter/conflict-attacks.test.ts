import { describe, expect, it } from '@jest/globals'
import { FakeClock, FakeJobSource, RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { jobOutcome } from '../../src/report/report-entries.js'
import { JobMonitor } from '../../src/waiter/job-monitor.js'
import { observe } from '../../src/waiter/tracked-job.js'

// Attacks on the rule that two final statuses settle a job at once (as a disagreement).
const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const running = { status: 'running' as const, rawStatus: 'running', files: null }
const finish = (rawStatus: string, status: 'success' | 'failed' | 'partFailed' = rawStatus as 'success') => ({
  status,
  rawStatus,
  files: [file({ status, rawStatus: status })]
})

/** Job a finishes at T0+10s as the list says `listSays`; the status endpoint says `statusSays`. Job b runs till T0+50s. */
function twoJobs(listSays: ReturnType<typeof finish>, statusSays: ReturnType<typeof finish>) {
  const clock = new FakeClock(T0)
  const source = new FakeJobSource(clock, [
    { job: job({ id: 'a', ...running }), changes: [[T0 + 10_000, listSays]] },
    { job: job({ id: 'b', ...running, beginTime: T0 + 1 }), changes: [[T0 + 50_000, finish('success')]] }
  ])
  source.statusAnswer = (listed) =>
    listed.id === 'a' && listed.status !== 'running' ? { ...listed, ...statusSays } : listed
  const criteria = { jobIds: ['a', 'b'], graphNames: ['movies'], select: 'latest' as const }
  const monitor = new JobMonitor(source, criteria, undefined, new RecordingLog())
  const tracked = (id: string) => monitor.observed().find((t) => t.job.id === id)
  const outcome = (id: string) => {
    const t = tracked(id)
    return t && jobOutcome(observe(t))
  }
  const pollAt = async (...times: number[]) => {
    for (const t of times) {
      clock.t = t
      await monitor.poll()
    }
  }
  return { source, monitor, tracked, outcome, pollAt }
}

describe('two final statuses, while another job still runs', () => {
  it('settles the conflicting job as disagreeing, keeps following the other, and never asks the settled one again', async () => {
    const { source, monitor, outcome, pollAt } = twoJobs(finish('success'), finish('failed'))
    await pollAt(T0, T0 + 20_000) // a: the status endpoint says failed, the list success
    expect(outcome('a')).toBe('disagreeing')
    expect(monitor.complete()).toBe(false) // b still runs: the wait goes on
    const asked = source.callsOf('getJob').length
    await pollAt(T0 + 60_000)
    expect(
      source
        .callsOf('getJob')
        .slice(asked)
        .map((c) => c.args[1])
    ).toEqual(['b'])
    expect(monitor.complete()).toBe(true)
    expect([outcome('a'), outcome('b')]).toEqual(['disagreeing', 'success'])
  })

  it('a status endpoint that says failed and a list that says partFailed: a disagreement, never green', async () => {
    const { monitor, outcome, pollAt } = twoJobs(finish('partFailed'), finish('failed'))
    await pollAt(T0, T0 + 20_000)
    expect(outcome('a')).toBe('disagreeing')
    expect(monitor.observed().find((t) => t.job.id === 'a')?.finishedAnswers.size).toBe(2)
  })

  it('partiallyFailed from the status endpoint and partFailed from the list are one status: settled, not disagreeing', async () => {
    const { tracked, outcome, pollAt } = twoJobs(finish('partFailed'), finish('partiallyFailed', 'partFailed'))
    await pollAt(T0, T0 + 20_000)
    const a = tracked('a')
    expect(a?.finishedAnswers.size).toBe(1)
    expect(a && observe(a).disagreement).toBeUndefined()
    expect(outcome('a')).toBe('partFailed')
  })
})
