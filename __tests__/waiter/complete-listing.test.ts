import { describe, expect, it } from '@jest/globals'
import { FakeClock, FakeJobSource, RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { JobMonitor } from '../../src/waiter/job-monitor.js'
import type { TargetCriteria } from '../../src/waiter/targets.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const done = { status: 'success' as const, rawStatus: 'success', files: [file()] }
const jobs = [
  { job: job({ id: 'target', ...done }) },
  { job: job({ id: 'old', beginTime: T0 - 86_400_000, ...done }) },
  { job: job({ id: 'social', graph: 'social', ...done }) }
]

async function listingAfterOnePoll(criteria: Partial<TargetCriteria>, startDate?: string) {
  const monitor = new JobMonitor(
    new FakeJobSource(new FakeClock(T0), jobs),
    { jobIds: [], graphNames: [], jobName: 'ImportGraph', select: 'latest', ...criteria },
    startDate,
    new RecordingLog()
  )
  await monitor.poll()
  return monitor.completeListing('movies')?.map((j) => j.id)
}

describe('JobMonitor.completeListing', () => {
  it('keeps the discovery listing of a named graph', async () => {
    expect(await listingAfterOnePoll({ graphNames: ['movies'] })).toEqual(['target', 'old'])
  })

  it('takes a graph out of a listing of all graphs', async () => {
    expect(await listingAfterOnePoll({})).toEqual(['target', 'old'])
  })

  it('keeps nothing when the listing was cut short (job ids) or filtered by date (since)', async () => {
    expect(await listingAfterOnePoll({ jobIds: ['target'] })).toBeUndefined()
    expect(await listingAfterOnePoll({ graphNames: ['movies'] }, '2026-11-27')).toBeUndefined()
  })
})
