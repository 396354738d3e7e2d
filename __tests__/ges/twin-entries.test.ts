// Twin entries: one listing naming the same job id twice is two answers about one job.
import { describe, expect, it } from '@jest/globals'
import { isFinished, type Job } from '../../src/ges/model.js'
import { normalizeJob } from '../../src/ges/normalize.js'
import { mergeTwin } from '../../src/ges/twin-entries.js'
import { answerOf, disagreement, isSettled, recordAnswer, trackJob } from '../../src/waiter/tracked-job.js'

const ID = 'ff80808190a1b2c3d4e5f60718293a4b'

interface FileSpec {
  path?: string
  status?: string
  lines?: [number, number, number]
}

/** A v1 (camelCase) or v2 (snake_case) list entry, read as the client reads it. */
function entry(status: string, files: FileSpec[] | null | 'broken' = null, version: 1 | 2 = 1): Job {
  const detail =
    files === 'broken'
      ? { vertexsetPath: 'not a list' }
      : files === null
        ? undefined
        : {
            vertexsetPath: files.map((f) => ({
              path: f.path ?? 'obs://b/v.csv',
              status: f.status ?? 'success',
              totalLines: f.lines?.[0] ?? 10,
              successfulLines: f.lines?.[1] ?? 10,
              failedLines: f.lines?.[2] ?? 0
            }))
          }
  const v1 = { jobId: ID, jobName: 'ImportGraph', relatedGraph: 'movies', status, jobDetail: detail }
  const raw =
    version === 1
      ? v1
      : {
          job_id: ID,
          job_name: 'ImportGraph',
          related_graph: 'movies',
          status,
          job_detail: detail && {
            vertexset_path: Array.isArray(detail.vertexsetPath)
              ? detail.vertexsetPath.map((f) => ({
                  path: f.path,
                  status: f.status,
                  total_lines: f.totalLines,
                  successful_lines: f.successfulLines,
                  failed_lines: f.failedLines
                }))
              : detail.vertexsetPath
          }
        }
  try {
    return normalizeJob(raw, 'test')
  } catch {
    // What the listing makes of an entry whose details cannot be read (normalizeListedJob).
    return {
      ...normalizeJob({ ...raw, jobDetail: undefined, job_detail: undefined }, 'test'),
      unreadable: 'x',
      files: null
    }
  }
}

const merged = (...jobs: Job[]): Job =>
  jobs.reduce<Job | undefined>((known, job) => mergeTwin(known, job), undefined) as Job
const OK: FileSpec[] = [{ status: 'success' }]

describe.each([1, 2] as const)('twin entries (v%i)', (v) => {
  it('two different final statuses disagree, in either order, naming both answers', () => {
    for (const [a, b] of [
      ['failed', 'success'],
      ['success', 'failed'],
      ['success', 'partiallyFailed']
    ]) {
      const job = merged(entry(a, OK, v), entry(b, OK, v))
      expect(job.listingConflict).toBe(`The job list names job ${ID} twice, once as "${a}", once as "${b}"`)
      expect(isFinished(job)).toBe(false)
    }
  })

  it('a file failed in one entry and success in the other disagrees', () => {
    const job = merged(entry('success', [{ status: 'failed' }], v), entry('success', OK, v))
    expect(job.listingConflict).toContain(
      'one entry reports vertexset file "obs://b/v.csv" as failed, the other as success'
    )
  })

  it('a file only one entry reports, details only one entry has, or other line counts disagree', () => {
    expect(
      merged(entry('success', OK, v), entry('success', [...OK, { path: 'obs://b/w.csv' }], v)).listingConflict
    ).toContain('"obs://b/w.csv" as absent')
    expect(merged(entry('success', OK, v), entry('success', null, v)).listingConflict).toContain(
      'one entry reports its files, the other none'
    )
    expect(merged(entry('success', null, v), entry('success', OK, v)).listingConflict).toContain('the other none')
    expect(
      merged(entry('success', [{ lines: [10, 10, 0] }], v), entry('success', [{ lines: [10, 9, 1] }], v))
        .listingConflict
    ).toContain('different line counts')
  })

  it('statuses that differ only in case or spacing, or only look alike, disagree', () => {
    for (const other of ['Success', ' success', 'SUCCESS', 'succ\u200bess', 'suссess']) {
      expect(merged(entry('success', OK, v), entry(other, OK, v)).listingConflict).toBeDefined()
      expect(merged(entry(other, OK, v), entry('success', OK, v)).listingConflict).toBeDefined()
    }
    // Two documented spellings of one status are synonyms.
    expect(merged(entry('partiallyFailed', OK, v), entry('partFailed', OK, v)).listingConflict).toBeUndefined()
  })

  it('running or pending beside a final entry is progress: the final one is kept, whichever comes last', () => {
    for (const order of [
      ['running', 'success'],
      ['success', 'running'],
      ['pending', 'success', 'running']
    ]) {
      const job = merged(...order.map((s) => entry(s, s === 'success' ? OK : null, v)))
      expect(job.listingConflict).toBeUndefined()
      expect(job.status).toBe('success')
      expect(job.files).toHaveLength(1)
      expect(isFinished(job)).toBe(true)
    }
    expect(merged(entry('pending', null, v), entry('running', null, v)).status).toBe('running')
    expect(merged(entry('running', null, v), entry('pending', null, v)).status).toBe('running')
  })

  it('entries that name another graph or job name disagree, even while running', () => {
    const social = { ...entry('running', null, v), graph: 'social' }
    expect(merged(entry('running', null, v), social).listingConflict).toBe(
      `The job list names job ${ID} twice, once of graph "movies", once of graph "social"`
    )
    const exported = { ...entry('success', OK, v), name: 'ExportGraph' }
    expect(merged(entry('success', OK, v), exported).listingConflict).toContain('as a job named "ExportGraph"')
    // An entry that leaves the graph out says nothing against it.
    expect(merged(entry('success', OK, v), { ...entry('success', OK, v), graph: null }).listingConflict).toBeUndefined()
  })

  it('a status GES does not document beside a final one cannot be ordered: the job is not finished', () => {
    for (const order of [
      ['cancelled', 'success'],
      ['success', 'cancelled']
    ]) {
      const job = merged(...order.map((st) => entry(st, OK, v)))
      expect(job.rawStatus).toBe('cancelled')
      expect(isFinished(job)).toBe(false)
    }
  })

  it('agreeing final twins are one answer', () => {
    const job = merged(entry('success', OK, v), entry('success', OK, v), entry('success', OK, v))
    expect(job.listingConflict).toBeUndefined()
    expect(isFinished(job)).toBe(true)
  })

  it('three entries: a conflict anywhere stays, whatever comes after', () => {
    for (const order of [
      ['running', 'success', 'failed'],
      ['success', 'running', 'failed'],
      ['success', 'failed', 'success'],
      ['failed', 'success', 'running']
    ]) {
      const job = merged(...order.map((s) => entry(s, OK, v)))
      expect(job.listingConflict).toBeDefined()
      expect(isFinished(job)).toBe(false)
    }
  })

  it('a final twin whose details cannot be read hides its answer: never finished, in either order', () => {
    for (const job of [
      merged(entry('success', 'broken', v), entry('success', OK, v)),
      merged(entry('success', OK, v), entry('success', 'broken', v))
    ]) {
      expect(job.unreadable).toBeDefined()
      // Unreadable, not a disagreement: its files say nothing either way.
      expect(job.listingConflict).toBeUndefined()
      expect(isFinished(job)).toBe(false)
    }
    // Its status can still be read: a different one is a disagreement.
    expect(merged(entry('failed', 'broken', v), entry('success', OK, v)).listingConflict).toContain('"failed"')
  })
})

describe('twin entries: what is kept', () => {
  it('a conflict stays when a third entry agrees with the last of the two that disagreed', () => {
    const job = merged(entry('success', OK), entry('failed', OK), entry('failed', OK))
    expect(job.listingConflict).toContain('"success"')
  })

  it('of two entries equally far, the later one is kept', () => {
    const later = { ...entry('running'), beginTime: Date.UTC(2026, 11, 7) }
    expect(merged(entry('running'), later).beginTime).toBe(later.beginTime)
  })

  it('an entry that names no graph does not disagree with one that does', () => {
    const noGraph = { ...entry('success', OK), graph: null }
    expect(merged(noGraph, entry('success', OK)).listingConflict).toBeUndefined()
  })

  it('names a long graph of each twin in at most 100 characters', () => {
    const long = (c: string): Job => ({ ...entry('running'), graph: c.repeat(300) })
    const conflict = merged(long('a'), long('b')).listingConflict ?? ''
    expect(conflict).toContain(`"${'a'.repeat(100)}"`)
    expect(conflict).toContain(`"${'b'.repeat(100)}"`)
    expect(conflict).not.toContain('a'.repeat(101))
    expect(conflict).not.toContain('b'.repeat(101))
  })
})

describe('a listing whose twins disagree, as the wait sees it', () => {
  it('is a disagreement that settles the job at once, like two endpoints that disagree', () => {
    const job = merged(entry('failed', OK), entry('success', OK))
    const tracked = trackJob(answerOf('job list', 1, job), job)
    expect(disagreement(tracked)).toBe(job.listingConflict)
    expect(isSettled(tracked)).toBe(true)
    // A later listing without the twin does not mend it: a finished job gave two final answers.
    const later = entry('success', OK)
    recordAnswer(tracked, answerOf('job list', 2, later), later)
    expect(disagreement(tracked)).toBe(job.listingConflict)
    expect(isSettled(tracked)).toBe(true)
  })
})
