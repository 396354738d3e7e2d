import { describe, expect, it } from '@jest/globals'
import { renderStartedImport, type StartedImportReport } from '../../src/report/started-import.js'

const base: StartedImportReport = {
  result: 'started',
  graph: 'movies',
  jobId: 'ff80',
  requestId: 'r1',
  paths: { edgesetPath: 'bk1/<b>e</b>/', logDir: 'bk1/logs/' },
  recentJobs: null,
  recentJobsError: null
}

describe('renderStartedImport', () => {
  it('renders nothing without a start', () => {
    expect(renderStartedImport(undefined)).toEqual([])
  })

  it('says the import was started by this step, with the paths escaped', () => {
    const [text] = renderStartedImport(base)
    expect(text).toBe(
      '**Import started by this step**: ImportGraph ff80 on graph movies · edgesetPath bk1/\\<b\\>e\\</b\\>/ · logDir bk1/logs/'
    )
  })

  it('refused: no job id', () => {
    expect(renderStartedImport({ ...base, result: 'refused', jobId: null })[0]).toMatch(
      /^\*\*Import refused by GES \(not started\)\*\* on graph movies/
    )
  })

  it('unknown: lists the recent imports, or says why it could not', () => {
    const listed = renderStartedImport({
      ...base,
      result: 'unknown',
      jobId: null,
      recentJobs: [
        {
          jobId: 'ff81|x',
          jobName: 'ImportGraph',
          graph: 'movies',
          status: 'running',
          beginTime: '2026-11-28T09:00:00Z'
        }
      ]
    })[0]
    expect(listed).toContain('An import may have started')
    expect(listed).toContain('| ff81\\|x | running | 2026-11-28 09:00:00 |')
    expect(renderStartedImport({ ...base, result: 'unknown', jobId: null, recentJobs: [] })[0]).toContain(
      'lists no import of this graph'
    )
    expect(
      renderStartedImport({ ...base, result: 'unknown', jobId: null, recentJobsError: 'Listing failed: <x>' })[0]
    ).toContain('could not be listed: Listing failed: \\<x\\>')
  })
})
