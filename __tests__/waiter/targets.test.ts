import { describe, expect, it } from '@jest/globals'
import { job } from '../../__fixtures__/jobs.js'
import { normalizeJobPage } from '../../src/ges/normalize.js'
import {
  idlessCandidates,
  matchesFilters,
  newerIdless,
  missingTargets,
  pickTargets,
  skipReason,
  type TargetCriteria
} from '../../src/waiter/targets.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const MIN = 60_000

function criteria(overrides: Partial<TargetCriteria> = {}): TargetCriteria {
  return { jobIds: [], graphNames: [], jobName: 'ImportGraph', select: 'latest', ...overrides }
}

const ids = (jobs: { id: string }[]): string[] => jobs.map((j) => j.id)

describe('matchesFilters', () => {
  it('matches the job name without regard to case', () => {
    expect(matchesFilters(job({ id: 'a', name: 'importgraph' }), criteria())).toBe(true)
    expect(matchesFilters(job({ id: 'a', name: 'DeleteGraph' }), criteria())).toBe(false)
    expect(matchesFilters(job({ id: 'a', name: null }), criteria())).toBe(false)
  })

  it('accepts any job name when jobName is undefined (job-name "*")', () => {
    expect(matchesFilters(job({ id: 'a', name: 'DeleteGraph' }), criteria({ jobName: undefined }))).toBe(true)
    expect(matchesFilters(job({ id: 'a', name: null }), criteria({ jobName: undefined }))).toBe(true)
  })

  it('ignores the job name when job ids are given', () => {
    expect(matchesFilters(job({ id: 'a', name: 'DeleteGraph' }), criteria({ jobIds: ['a'] }))).toBe(true)
  })

  it('keeps only the listed graphs, and no job without a graph when graphs are listed', () => {
    const c = criteria({ graphNames: ['movies', 'social'] })
    expect(matchesFilters(job({ id: 'a', graph: 'social' }), c)).toBe(true)
    expect(matchesFilters(job({ id: 'a', graph: 'other' }), c)).toBe(false)
    expect(matchesFilters(job({ id: 'a', graph: null }), c)).toBe(false)
    expect(matchesFilters(job({ id: 'a', graph: null }), criteria())).toBe(true)
  })

  it('treats the since/until window as inclusive at both ends', () => {
    const c = criteria({ since: T0, until: T0 + 10 * MIN })
    expect(matchesFilters(job({ id: 'a', beginTime: T0 }), c)).toBe(true)
    expect(matchesFilters(job({ id: 'a', beginTime: T0 + 10 * MIN }), c)).toBe(true)
    expect(matchesFilters(job({ id: 'a', beginTime: T0 - 1 }), c)).toBe(false)
    expect(matchesFilters(job({ id: 'a', beginTime: T0 + 10 * MIN + 1 }), c)).toBe(false)
  })

  it('keeps a job without a begin time whatever the window', () => {
    expect(matchesFilters(job({ id: 'a', beginTime: null }), criteria({ since: T0, until: T0 + MIN }))).toBe(true)
  })
})

describe('pickTargets', () => {
  it('picks the newest matching job by begin time, whatever the list order', () => {
    const jobs = [
      job({ id: 'old', beginTime: T0 }),
      job({ id: 'newest', beginTime: T0 + 2 * MIN }),
      job({ id: 'middle', beginTime: T0 + MIN })
    ]
    for (const order of [jobs, [...jobs].reverse(), [jobs[1], jobs[0], jobs[2]]]) {
      const { targets, missing } = pickTargets(order, [], criteria())
      expect(ids(targets)).toEqual(['newest'])
      expect(missing).toEqual([])
    }
  })

  it('does not pick a newer job with another name', () => {
    const { targets } = pickTargets(
      [job({ id: 'import', beginTime: T0 }), job({ id: 'delete', name: 'DeleteGraph', beginTime: T0 + MIN })],
      [],
      criteria()
    )
    expect(ids(targets)).toEqual(['import'])
  })

  it('takes a job not begun yet as the newest', () => {
    const { targets } = pickTargets(
      [job({ id: 'begun', beginTime: T0 + MIN }), job({ id: 'pending', status: 'pending', beginTime: null })],
      [],
      criteria()
    )
    expect(ids(targets)).toEqual(['pending'])
  })

  it('breaks a begin-time tie by the larger id', () => {
    const { targets } = pickTargets(
      [job({ id: 'ff02', beginTime: T0 }), job({ id: 'ff01', beginTime: T0 })],
      [],
      criteria()
    )
    expect(ids(targets)).toEqual(['ff02'])
    const { targets: reversed } = pickTargets(
      [job({ id: 'ff01', beginTime: T0 }), job({ id: 'ff02', beginTime: T0 })],
      [],
      criteria()
    )
    expect(ids(reversed)).toEqual(['ff02'])
  })

  it('picks the latest job of each graph when several graphs are named', () => {
    const c = criteria({ graphNames: ['movies', 'social', 'empty'] })
    const { targets, missing } = pickTargets(
      [
        job({ id: 'm2', graph: 'movies', beginTime: T0 + 2 * MIN }),
        job({ id: 's1', graph: 'social', beginTime: T0 + 5 * MIN }),
        job({ id: 'm1', graph: 'movies', beginTime: T0 }),
        job({ id: 's2', graph: 'social', beginTime: T0 + 9 * MIN }),
        job({ id: 'x9', graph: 'other', beginTime: T0 + 20 * MIN })
      ],
      [],
      c
    )
    expect(ids(targets).sort()).toEqual(['m2', 's2'])
    expect(missing).toEqual([{ key: 'graph:empty', description: 'an ImportGraph job of graph "empty"' }])
  })

  it('follows job ids exactly, ignoring job-name, and reports the ids not listed', () => {
    const { targets, missing } = pickTargets(
      [job({ id: 'a1', name: 'DeleteGraph', beginTime: T0 }), job({ id: 'newer', beginTime: T0 + MIN })],
      [],
      criteria({ jobIds: ['a1', 'b2'], jobName: 'ImportGraph' })
    )
    expect(ids(targets)).toEqual(['a1'])
    expect(missing).toEqual([{ key: 'id:b2', description: 'job b2' }])
  })

  it('with job ids and select all, still takes one job per id', () => {
    const { targets } = pickTargets(
      [job({ id: 'a1' }), job({ id: 'b2' }), job({ id: 'c3' })],
      [],
      criteria({ jobIds: ['a1', 'b2'], select: 'all' })
    )
    expect(ids(targets).sort()).toEqual(['a1', 'b2'])
  })

  it('with select all, takes every matching job in the window', () => {
    const c = criteria({ select: 'all', since: T0, until: T0 + 10 * MIN, graphNames: ['movies', 'social'] })
    const { targets, missing } = pickTargets(
      [
        job({ id: 'before', beginTime: T0 - 1 }),
        job({ id: 'atSince', beginTime: T0 }),
        job({ id: 'social', graph: 'social', beginTime: T0 + MIN }),
        job({ id: 'atUntil', beginTime: T0 + 10 * MIN }),
        job({ id: 'after', beginTime: T0 + 10 * MIN + 1 }),
        job({ id: 'pending', beginTime: null, status: 'pending' }),
        job({ id: 'otherGraph', graph: 'x', beginTime: T0 + MIN }),
        job({ id: 'otherName', name: 'DeleteGraph', beginTime: T0 + MIN })
      ],
      [],
      c
    )
    expect(ids(targets).sort()).toEqual(['atSince', 'atUntil', 'pending', 'social'])
    expect(missing).toEqual([])
  })

  it('does not pick again a slot that a tracked job fills', () => {
    const tracked = [job({ id: 'mine', beginTime: T0 })]
    const { targets, missing } = pickTargets(
      [job({ id: 'mine', beginTime: T0 }), job({ id: 'newer', beginTime: T0 + MIN })],
      tracked,
      criteria()
    )
    expect(targets).toEqual([])
    expect(missing).toEqual([])
  })

  it('fills only the slots still open', () => {
    const c = criteria({ graphNames: ['movies', 'social'] })
    const tracked = [job({ id: 'm1', graph: 'movies' })]
    const { targets } = pickTargets(
      [job({ id: 'm2', graph: 'movies', beginTime: T0 + MIN }), job({ id: 's1', graph: 'social' })],
      tracked,
      c
    )
    expect(ids(targets)).toEqual(['s1'])
  })

  it('reports a missing target when nothing matches', () => {
    const { targets, missing } = pickTargets([job({ id: 'x', name: 'DeleteGraph' })], [], criteria())
    expect(targets).toEqual([])
    expect(missing).toEqual([{ key: 'any', description: 'an ImportGraph job' }])
  })
})

describe('missing target descriptions', () => {
  it('describes the window in UTC', () => {
    const [missing] = missingTargets(
      [],
      criteria({ since: Date.UTC(2026, 10, 28, 9, 30), until: Date.UTC(2026, 10, 28, 18, 0) })
    )
    expect(missing.description).toBe(
      'an ImportGraph job begun since 2026-11-28 09:30:00 UTC until 2026-11-28 18:00:00 UTC'
    )
  })

  it('describes any job name, select all and several graphs', () => {
    const [missing] = missingTargets(
      [],
      criteria({ jobName: undefined, select: 'all', graphNames: ['movies', 'social'] })
    )
    expect(missing).toEqual({ key: 'any', description: 'any job of graph "movies" or "social"' })
  })

  it('describes each job id', () => {
    expect(
      missingTargets([job({ id: 'a1' })], criteria({ jobIds: ['a1', 'b2', 'c3'] })).map((m) => m.description)
    ).toEqual(['job b2', 'job c3'])
  })

  it('is empty when every slot is tracked', () => {
    expect(missingTargets([job({ id: 'a1' })], criteria())).toEqual([])
  })
})

describe('begin times that are absent or cannot be read', () => {
  const unreadable = (id: string, raw = 'Tue, 31 Nov 2026 10:00:00 GMT', extra = {}) =>
    job({ id, status: 'success', beginTime: null, beginTimeRaw: raw, ...extra })
  const noTime = (id: string, status: 'success' | 'failed' | 'partFailed' | 'unknown' | 'pending' | 'running') =>
    job({ id, status, beginTime: null })

  it.each([
    ['since', { since: T0 }],
    ['until', { until: T0 + MIN }],
    ['since and until', { since: T0, until: T0 + MIN }]
  ])('never lets an unreadable begin time into a %s window, whatever the status', (_, window) => {
    for (const status of ['success', 'failed', 'pending', 'running'] as const) {
      expect(matchesFilters(unreadable('u', 'junk', { status }), criteria({ ...window, select: 'all' }))).toBe(false)
    }
  })

  it('never prefers an unreadable begin time with select latest, even as the only job', () => {
    const { targets, missing, skipped } = pickTargets([unreadable('u', 'junk', { status: 'running' })], [], criteria())
    expect(targets).toEqual([])
    expect(missing).toHaveLength(1)
    expect(skipped).toEqual([{ id: 'u', graph: 'movies', beginTimeRaw: 'junk' }])
  })

  it('picks the readable job over an unreadable one and lists the unreadable one as skipped', () => {
    const { targets, skipped } = pickTargets(
      [unreadable('zz-unreadable'), job({ id: 'readable', beginTime: T0 - 3 * 60 * MIN, status: 'success' })],
      [],
      criteria()
    )
    expect(ids(targets)).toEqual(['readable'])
    expect(skipped).toEqual([{ id: 'zz-unreadable', graph: 'movies', beginTimeRaw: 'Tue, 31 Nov 2026 10:00:00 GMT' }])
  })

  it('skips nothing when job ids are given: an id names the job, its time does not matter', () => {
    const { targets, skipped } = pickTargets([unreadable('u')], [], criteria({ jobIds: ['u'], since: T0 }))
    expect(ids(targets)).toEqual(['u'])
    expect(skipped).toEqual([])
  })

  it('with select all and no window, takes an unreadable begin time (time plays no part)', () => {
    const { targets, skipped } = pickTargets([unreadable('u')], [], criteria({ select: 'all' }))
    expect(ids(targets)).toEqual(['u'])
    expect(skipped).toEqual([])
  })

  it('lists as skipped only jobs of the right graph and name, not tracked ones', () => {
    const c = criteria({ graphNames: ['movies'], since: T0, select: 'all' })
    const { skipped } = pickTargets(
      [
        unreadable('mine'),
        unreadable('tracked'),
        unreadable('other-graph', 'x', { graph: 'social' }),
        unreadable('other-name', 'x', { name: 'DeleteGraph' })
      ],
      [job({ id: 'tracked' })],
      c
    )
    expect(skipped.map((s) => s.id)).toEqual(['mine'])
  })

  it.each(['success', 'failed', 'partFailed', 'unknown'] as const)(
    'does not let a %s job without a begin time into a since window: it cannot be shown to be inside',
    (status) => {
      expect(matchesFilters(noTime('x', status), criteria({ since: T0 }))).toBe(false)
      expect(matchesFilters(noTime('x', status), criteria({ until: T0 }))).toBe(false)
    }
  )

  it.each(['pending', 'running'] as const)(
    'keeps a %s job without a begin time in the window (not begun yet)',
    (status) => {
      expect(matchesFilters(noTime('x', status), criteria({ since: T0, until: T0 + MIN }))).toBe(true)
    }
  )

  it.each(['success', 'failed', 'partFailed', 'unknown'] as const)(
    'never lets a %s job without a begin time win latest over a job with a readable time',
    (status) => {
      for (const order of [
        [noTime('zzz', status), job({ id: 'aaa', beginTime: T0, status: 'success' })],
        [job({ id: 'aaa', beginTime: T0, status: 'success' }), noTime('zzz', status)]
      ]) {
        expect(ids(pickTargets(order, [], criteria()).targets)).toEqual(['aaa'])
      }
    }
  )

  it('lists a finished job without a begin time as skipped when a window needs its begin time', () => {
    const picked = pickTargets([noTime('nt', 'success')], [], criteria({ since: T0 }))
    expect(picked.targets).toEqual([])
    expect(picked.skipped).toEqual([{ id: 'nt', graph: 'movies', beginTimeRaw: '' }])
    expect(skipReason('')).toMatch(/has no begin time, so it cannot be placed in the since\/until window/)
    // Not begun yet: a candidate, not skipped; no window: nothing to place it in.
    expect(pickTargets([noTime('p', 'pending')], [], criteria({ since: T0 })).skipped).toEqual([])
    expect(pickTargets([noTime('nt', 'success')], [], criteria()).skipped).toEqual([])
  })

  it('still takes a finished job without a begin time when it is the only one (no window)', () => {
    expect(ids(pickTargets([noTime('only', 'success')], [], criteria()).targets)).toEqual(['only'])
  })

  it('a list entry with a numeric jobId and no begin time does not take over latest', () => {
    const page = normalizeJobPage(
      {
        jobCount: 2,
        jobList: [
          { jobId: 987654321, jobName: 'ImportGraph', relatedGraph: 'movies', status: 'success' },
          {
            jobId: 'ff01',
            jobName: 'ImportGraph',
            relatedGraph: 'movies',
            status: 'failed',
            beginTime: '2026-11-28T09:00:00'
          }
        ]
      },
      'list'
    )
    expect(page.jobs[0].id).toBe('987654321')
    expect(ids(pickTargets(page.jobs, [], criteria()).targets)).toEqual(['ff01'])
    expect(ids(pickTargets(page.jobs, [], criteria({ since: T0 - MIN })).targets)).toEqual(['ff01'])
  })
})

describe('listed entries without a readable job id', () => {
  const idless = (overrides: Partial<Parameters<typeof job>[0]> = {}) =>
    job({ id: '', status: 'success', ...overrides })

  it('could have been targets when graph and name match and the begin time is in the window or unreadable', () => {
    const c = criteria({ graphNames: ['movies'], since: T0, until: T0 + 10 * MIN })
    const inWindow = idless({ beginTime: T0 + MIN })
    const unreadable = idless({ beginTime: null, beginTimeRaw: 'Tue, 31 Nov 2026' })
    const noTime = idless({ beginTime: null, beginTimeRaw: null })
    const pending = idless({ beginTime: null, beginTimeRaw: null, status: 'pending' })
    const listed = [
      inWindow,
      unreadable,
      noTime,
      pending,
      idless({ beginTime: T0 - 1 }),
      idless({ beginTime: T0 + MIN, graph: 'social' }),
      idless({ beginTime: T0 + MIN, name: 'DeleteGraph' })
    ]
    expect(idlessCandidates(listed, c)).toEqual([inWindow, unreadable, noTime, pending])
    expect(idlessCandidates(listed, { ...c, select: 'all' })).toHaveLength(4)
    // A job id names its job: an entry without one is never it.
    expect(idlessCandidates(listed, { ...c, jobIds: ['j1'] })).toEqual([])
    // Without a window, any begin time could be the newest.
    expect(idlessCandidates([idless({ beginTime: T0 - 1 })], criteria())).toHaveLength(1)
  })

  it('with latest, those newer than the target of their graph are named; never with all', () => {
    const c = criteria({ graphNames: ['movies', 'social'] })
    const target = job({ id: 'm1', beginTime: T0 })
    const newer = idless({ beginTime: T0 + MIN })
    const pending = idless({ beginTime: null, beginTimeRaw: null, status: 'pending' })
    const older = idless({ beginTime: T0 - MIN })
    const same = idless({ beginTime: T0 })
    const unreadable = idless({ beginTime: null, beginTimeRaw: 'soon' })
    const otherGraph = idless({ beginTime: T0 + MIN, graph: 'social' })
    expect(newerIdless([newer, pending, older, same, unreadable, otherGraph], [target], c)).toEqual([newer, pending])
    expect(newerIdless([otherGraph], [target], criteria())).toEqual([otherGraph])
    expect(newerIdless([newer], [target], { ...c, select: 'all' })).toEqual([])
    expect(newerIdless([newer], [], c)).toEqual([])
  })
})
