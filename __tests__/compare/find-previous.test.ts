import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import { findPreviousImport, undecidedBefore } from '../../src/compare/find-previous.js'
import type { Job } from '../../src/ges/model.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const HOUR = 3_600_000

const current = job({ id: 'now', status: 'success', rawStatus: 'success', beginTime: T0, files: [file()] })
const done = (id: string, hoursAgo: number, overrides: Partial<Job> = {}): Job =>
  job({ id, status: 'success', rawStatus: 'success', beginTime: T0 - hoursAgo * HOUR, files: [file()], ...overrides })

describe('findPreviousImport', () => {
  it('takes the newest successful import of the same graph and job name that began before, whatever the list order', () => {
    const candidates = [done('old', 48), done('newest', 2), done('older', 24)]
    expect(findPreviousImport(current, candidates)?.id).toBe('newest')
    expect(findPreviousImport(current, [...candidates].reverse())?.id).toBe('newest')
  })

  it('passes over other graphs, other job names, the job itself and jobs that began at or after it', () => {
    const candidates = [
      done('other-graph', 1, { graph: 'social' }),
      done('export', 1, { name: 'ExportGraph' }),
      { ...current },
      done('same-second', 0),
      done('later', -1),
      done('right', 5)
    ]
    expect(findPreviousImport(current, candidates)?.id).toBe('right')
  })

  it('matches the job name without case, as the job-name input does', () => {
    expect(findPreviousImport(current, [done('lower', 1, { name: 'importgraph' })])?.id).toBe('lower')
  })

  it('is no successful import when GES did not report its files, or their counts contradict (the verdict’s rule)', () => {
    const candidates = [
      done('no-details', 1, { files: null }),
      done('contradicting', 2, { files: [file({ successfulLines: 90, failedLines: 10 })] }),
      done('good', 9)
    ]
    expect(findPreviousImport(current, candidates)?.id).toBe('good')
  })

  it('is no successful import when the job failed, partially failed, or a file did not succeed', () => {
    const candidates = [
      done('failed', 1, { status: 'failed', rawStatus: 'failed' }),
      done('partial', 2, { status: 'partFailed', rawStatus: 'partiallyFailed' }),
      done('file-partfailed', 3, { files: [file(), file({ status: 'partFailed', rawStatus: 'partFailed' })] }),
      done('running', 4, { status: 'running', rawStatus: 'running' }),
      done('good', 9)
    ]
    expect(findPreviousImport(current, candidates)?.id).toBe('good')
  })

  it('never chooses a job whose begin time is unknown, and chooses nothing when the current one is', () => {
    expect(findPreviousImport(current, [done('no-begin', 0, { beginTime: null })])).toBeUndefined()
    expect(findPreviousImport({ ...current, beginTime: null }, [done('a', 1)])).toBeUndefined()
  })

  it('breaks a tie of begin times by the larger id', () => {
    expect(findPreviousImport(current, [done('a', 1), done('b', 1)])?.id).toBe('b')
  })

  it('is undefined when there is none', () => {
    expect(findPreviousImport(current, [])).toBeUndefined()
  })
})

describe('undecidedBefore', () => {
  const unfinished = (id: string, hoursAgo: number, status: Job['status'] = 'running'): Job =>
    done(id, hoursAgo, { status, rawStatus: status, files: null })

  it('names the unfinished jobs of the series that began between the previous import and this one', () => {
    const previous = done('prev', 10)
    const candidates = [previous, unfinished('between', 5), unfinished('before-prev', 20), unfinished('after', -1)]
    expect(undecidedBefore(current, candidates, previous).map((j) => j.id)).toEqual(['between'])
  })

  it('counts every earlier unfinished job when there is no previous import', () => {
    expect(undecidedBefore(current, [unfinished('x', 30)], undefined).map((j) => j.id)).toEqual(['x'])
  })

  it('keeps a job of unknown status without a begin time, but not a pending one (it has not begun)', () => {
    const candidates = [
      done('unknown', 0, { status: 'unknown', rawStatus: 'unreadable: x', beginTime: null }),
      done('pending', 0, { status: 'pending', rawStatus: 'pending', beginTime: null })
    ]
    expect(undecidedBefore(current, candidates, undefined).map((j) => j.id)).toEqual(['unknown'])
  })

  it('keeps a finished import whose result is unknown between the previous import and this one: it may be the newer success', () => {
    const previous = done('prev', 10)
    const candidates = [
      previous,
      done('no-details', 5, { files: null }),
      done('odd-file', 6, { files: [file({ status: 'unknown', rawStatus: 'skipped' })] }),
      done('before-prev', 20, { files: null }),
      done('after', -1, { files: null }),
      done('undated', 0, { files: null, beginTime: null })
    ]
    expect(undecidedBefore(current, candidates, previous).map((j) => j.id)).toEqual([
      'no-details',
      'odd-file',
      'undated'
    ])
    expect(findPreviousImport(current, candidates)?.id).toBe('prev')
  })

  it('keeps a successful import whose begin time cannot be read, but never a failed one', () => {
    const candidates = [
      done('undated', 0, { beginTime: null }),
      done('failed', 0, { beginTime: null, status: 'failed', rawStatus: 'failed' })
    ]
    expect(undecidedBefore(current, candidates, undefined).map((j) => j.id)).toEqual(['undated'])
  })

  it('is nothing when the current import has no begin time', () => {
    expect(undecidedBefore({ ...current, beginTime: null }, [unfinished('x', 1)], undefined)).toEqual([])
  })

  it('ignores finished jobs and other series', () => {
    const candidates = [done('failed', 1, { status: 'failed', rawStatus: 'failed' }), unfinished('x', 1)]
    candidates[1] = { ...candidates[1], graph: 'social' }
    expect(undecidedBefore(current, candidates, undefined)).toEqual([])
  })
})
