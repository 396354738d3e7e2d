import { describe, expect, it } from '@jest/globals'
import { gfmProblems } from '../../__fixtures__/gfm.js'
import { job } from '../../__fixtures__/jobs.js'
import { ago, staleJobs } from '../../src/report/stale.js'
import { renderStale } from '../../src/report/stale-markdown.js'

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0)
const H = 3_600_000
const done = (id: string, hoursAgo: number, overrides = {}) =>
  job({ id, status: 'success', beginTime: NOW - hoursAgo * H - H, endTime: NOW - hoursAgo * H, ...overrides })
const LATEST = { jobIds: [], select: 'latest' as const }

describe('staleJobs', () => {
  it('warns about a job that finished more than a day ago when since is empty', () => {
    expect(staleJobs([done('j1', 50)], LATEST, NOW)).toEqual([
      {
        jobId: 'j1',
        graph: 'movies',
        endTime: '2026-11-28T10:00:00Z',
        hoursAgo: 50,
        message: 'the newest ImportGraph job of graph movies finished 2 days ago; set since to ignore older imports'
      }
    ])
  })

  it('a day exactly is not stale; a day and a minute is', () => {
    expect(staleJobs([done('j1', 24)], LATEST, NOW)).toEqual([])
    expect(staleJobs([done('j1', 24 + 1 / 60)], LATEST, NOW)[0].message).toContain('finished 24 hours ago')
  })

  it('never with since, nor for a job named by job-id, nor for an unfinished job', () => {
    expect(staleJobs([done('j1', 50)], { ...LATEST, since: NOW - 100 * H }, NOW)).toEqual([])
    expect(staleJobs([done('j1', 50)], { ...LATEST, jobIds: ['j1'] }, NOW)).toEqual([])
    expect(staleJobs([job({ id: 'r', beginTime: NOW - 50 * H })], LATEST, NOW)).toEqual([])
  })

  it('a finished job without an end time is judged by its begin time', () => {
    expect(staleJobs([done('j1', 50, { endTime: null })], LATEST, NOW)).toHaveLength(1)
  })

  it('with select all, names each job', () => {
    const [one] = staleJobs([done('j1', 30, { graph: null })], { jobIds: [], select: 'all' }, NOW)
    expect(one.message).toBe('ImportGraph job j1 finished 30 hours ago; set since to ignore older imports')
  })
})

describe('ago and renderStale', () => {
  it('hours below two days, then days', () => {
    expect(ago(47.9 * H)).toBe('47 hours ago')
    expect(ago(48 * H)).toBe('2 days ago')
    expect(ago(24 * 7 * H)).toBe('7 days ago')
  })

  it('a warning callout, escaped', () => {
    expect(renderStale(undefined)).toEqual([])
    const [callout] = renderStale(staleJobs([done('j1', 50, { graph: '<b>@x' })], LATEST, NOW))
    expect(callout).toBe(
      '> [!WARNING]\n> the newest ImportGraph job of graph \\<b\\>@&#8203;x finished 2 days ago; set since to ignore older imports'
    )
    expect(gfmProblems(callout)).toEqual([])
  })
})
