import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { job } from '../../__fixtures__/jobs.js'
import { fakeRunContext } from '../../__fixtures__/run-context.js'
import type { GesConnection } from '../../src/ges/connect.js'
import { ApiError } from '../../src/http/api-error.js'
import type { StartedImportReport } from '../../src/report/started-import.js'
import type { Settings } from '../../src/settings/settings.js'
import type { NotStarted, Started, StartOptions } from '../../src/start/start-import.js'

const startImport =
  jest.fn<(source: GesConnection, start: unknown, options: StartOptions) => Promise<Started | NotStarted>>()
jest.unstable_mockModule('../../src/start/starting.js', () => ({ startImport }))
const { startIfAsked } = await import('../../src/start/start-stage.js')

const source = {} as GesConnection
const START = { graphName: 'movies', body: {}, paths: { edgesetPath: 'bucket/edges.csv' } }
const settings = { startImport: START, apiVersion: 'v2' } as unknown as Settings
const report = (result: StartedImportReport['result']): StartedImportReport => ({
  result,
  graph: 'movies',
  jobId: result === 'started' ? 'job-1' : null,
  requestId: null,
  paths: START.paths,
  recentJobs: null,
  recentJobsError: null
})

beforeEach(() => {
  startImport.mockReset()
})

describe('startIfAsked', () => {
  it('without an import input: nothing to start, nothing loaded or sent', async () => {
    const result = await startIfAsked({ apiVersion: 'v2' }, source, fakeRunContext())
    expect(result).toEqual({ elapsedMs: 0 })
    expect(startImport).not.toHaveBeenCalled()
  })

  it('starts within the run deadline and hands the started job to the wait', async () => {
    const context = fakeRunContext({ timeoutMs: 90_000 })
    const started: Started = {
      started: true,
      job: job({ id: 'job-1', graph: 'movies' }),
      expected: { name: 'ImportGraph', graph: 'movies', notBefore: 0 },
      report: report('started')
    }
    startImport.mockImplementation(async () => {
      context.clock.t += 1500
      return started
    })
    const result = await startIfAsked(settings, source, context)
    expect(result).toEqual({
      follow: { job: started.job, expected: started.expected },
      startedImport: started.report,
      elapsedMs: 1500
    })
    const options = startImport.mock.calls[0][2]
    expect(options.deadline).toBe(context.deadline.at) // the one deadline, not a new one
    expect(options.apiVersion).toBe('v2')
    expect(options.retryMinMs).toBe(100)
  })

  it('a refused start ends the run with its error and its report, without a wait', async () => {
    const error = new ApiError('permanent', 'GES refused the import', { status: 400 })
    startImport.mockResolvedValue({ started: false, end: 'error', error, report: report('refused') })
    const result = await startIfAsked(settings, source, fakeRunContext())
    expect(result).toEqual({
      ended: { end: 'error', jobs: [], missing: [], skipped: [], error, elapsedMs: 0, startedImport: report('refused') }
    })
  })
})
