import { describe, expect, it, jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.js'
import { FakeJobSource } from '../../__fixtures__/fake-job-source.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { fakeRunContext } from '../../__fixtures__/run-context.js'
import type { Settings } from '../../src/settings/settings.js'

jest.unstable_mockModule('@actions/core', () => core)
const { targetCriteria, waitForTargets } = await import('../../src/waiter/wait-stage.js')

const MIN = 60_000
const settings = {
  jobIds: [],
  graphNames: ['movies'],
  jobName: 'ImportGraph',
  select: 'latest',
  until: 2_000,
  waitForJob: true,
  timeoutMs: 10 * MIN,
  appearTimeoutMs: 10 * MIN,
  pollIntervalMs: 5000,
  maxPollIntervalMs: 5000
} as unknown as Settings

describe('targetCriteria', () => {
  it("the settings' targets, with the window of since: run", () => {
    expect(targetCriteria(settings, { since: 1000 })).toEqual({
      jobIds: [],
      graphNames: ['movies'],
      jobName: 'ImportGraph',
      select: 'latest',
      since: 1000,
      until: 2000
    })
  })

  it('only the started job, on its graph, with no window', () => {
    const follow = {
      job: job({ id: 'j9', graph: 'movies' }),
      expected: { name: 'ImportGraph', graph: 'movies', notBefore: 0 }
    }
    expect(targetCriteria(settings, { since: 1000, follow })).toEqual({
      jobIds: ['j9'],
      graphNames: ['movies'],
      jobName: 'ImportGraph',
      select: 'latest'
    })
  })
})

describe('waitForTargets', () => {
  it('waits until the run deadline, not a timeout of its own counted from the wait', async () => {
    const context = fakeRunContext({ timeoutMs: 10 * MIN })
    context.clock.t += 4 * MIN // earlier stages spent 4 minutes of the timeout
    const source = new FakeJobSource(context.clock, [
      { job: job({ id: 'j1', graph: 'movies', status: 'running', rawStatus: 'running', beginTime: context.clock.t }) }
    ])
    const waited = await waitForTargets({ ...settings, until: undefined }, {}, source, context)
    expect(waited.outcome.end).toBe('timeout')
    expect(context.clock.t).toBe(context.deadline.at) // the last poll at the deadline itself
    expect(core.startGroup).toHaveBeenCalledWith(expect.stringContaining('latest ImportGraph job, graph movies'))
    expect(core.endGroup).toHaveBeenCalled()
  })

  it('hands on the listings the wait read to the end', async () => {
    const context = fakeRunContext()
    const done = job({
      id: 'j1',
      graph: 'movies',
      status: 'success',
      rawStatus: 'success',
      files: [file()],
      beginTime: context.clock.t
    })
    const waited = await waitForTargets(
      { ...settings, until: undefined },
      {},
      new FakeJobSource(context.clock, [{ job: done }]),
      context
    )
    expect(waited.outcome.end).toBe('finished')
    expect(waited.listings('movies').length).toBeGreaterThan(0)
  })
})
