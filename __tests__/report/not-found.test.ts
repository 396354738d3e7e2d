import { describe, expect, it } from '@jest/globals'
import { gfmProblems } from '../../__fixtures__/gfm.js'
import { job } from '../../__fixtures__/jobs.js'
import { notFoundReport, renderNotFound } from '../../src/report/not-found.js'
import type { NotFoundDetails } from '../../src/waiter/wait-for-jobs.js'

const T = Date.UTC(2026, 10, 28, 9, 0, 0)
const details = (overrides: Partial<NotFoundDetails> = {}): NotFoundDetails => ({
  reason: 'appear-timeout',
  searched: { jobIds: [], graphNames: ['movies'], jobName: 'ImportGraph', since: T, select: 'latest' },
  appearTimeoutMs: 120_000,
  newest: [],
  misplaced: [],
  ...overrides
})

describe('notFoundReport', () => {
  it('shows the hidden characters of a suggested graph name, which would otherwise look like the one asked for', () => {
    const report = notFoundReport(
      details({
        reason: 'unknown-graph',
        searched: { jobIds: [], graphNames: ['movies'], projectId: 'p1', since: T, select: 'latest' },
        absentGraphs: [{ graph: 'movies', graphsListed: 2, closest: ['mo\u200bvies', 'movies\u202e'] }]
      })
    )
    expect(report.message).toBe(
      'graph "movies" is not in project p1 (2 graphs, the graph list read to its end); did you mean "mo⟨U+200B⟩vies" or "movies⟨U+202E⟩"?'
    )
  })

  it('says what was searched and lists the jobs seen instead', () => {
    const report = notFoundReport(
      details({ newest: [job({ id: 'o1', name: 'DeleteGraph', status: 'success', beginTime: T - 1000 })] })
    )
    expect(report).toEqual({
      reason: 'appear-timeout',
      message: 'no matching job appeared within appear-timeout (2m)',
      searched: {
        jobIds: [],
        graphs: ['movies'],
        jobName: 'ImportGraph',
        since: '2026-11-28T09:00:00Z',
        until: null,
        appearTimeoutSeconds: 120
      },
      seenInstead: [
        { jobId: 'o1', jobName: 'DeleteGraph', graph: 'movies', status: 'success', beginTime: '2026-11-28T08:59:59Z' }
      ]
    })
  })

  it('names both graphs when a job id belongs to another one', () => {
    const report = notFoundReport(
      details({
        reason: 'other-graph',
        searched: { jobIds: ['x1'], graphNames: ['movies'], jobName: 'ImportGraph', select: 'latest' },
        misplaced: [job({ id: 'x1', graph: 'social' })]
      })
    )
    expect(report.message).toBe(
      'job x1 belongs to graph "social", not to graph-name "movies": fix job-id or graph-name'
    )
    expect(report.searched.jobName).toBeNull() // ignored with job ids
  })

  it('says wait-for-job is false when it ended at the first listing', () => {
    expect(notFoundReport(details({ reason: 'not-waiting' })).message).toBe(
      'no matching job was found (wait-for-job is false: the first listing decides)'
    )
  })
})

describe('renderNotFound', () => {
  it('renders nothing without a not-found report', () => {
    expect(renderNotFound(undefined)).toEqual([])
  })

  it('a searched line and a table of the jobs seen, server text escaped', () => {
    const hostile = job({ id: 'o|1', name: '<img src=x>', graph: '@team', rawStatus: '**x**', status: 'unknown' })
    const [section] = renderNotFound(notFoundReport(details({ newest: [hostile] })))
    expect(section).toContain(
      '**Searched**: graph movies · job name ImportGraph · window from 2026-11-28 09:00:00 UTC · appear-timeout 2m'
    )
    const rows = section.split('\n').filter((line) => line.startsWith('| '))
    expect(rows[0]).toBe('| Job | Name | Graph | Status | Begin (UTC) |')
    expect(rows[2]).toBe('| o\\|1 | \\<img src=x\\> | @&#8203;team | \\*\\*x\\*\\* | 2026-11-28 09:00:00 |')
    expect(gfmProblems(section)).toEqual([])
  })

  it('says so when the job center listed nothing', () => {
    expect(renderNotFound(notFoundReport(details()))[0]).toContain('**Seen instead**: the job center listed no jobs')
  })
})
