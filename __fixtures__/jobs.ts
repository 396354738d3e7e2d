// Builders for the internal job model, shared by the unit tests.
import type { ImportFile, Job } from '../src/ges/model.js'

/** beginTimeRaw follows beginTime (its ISO text, or null) unless given. */
export function job(overrides: Partial<Job> & { id: string }): Job {
  const beginTime = overrides.beginTime === undefined ? Date.UTC(2026, 10, 28, 9, 0, 0) : overrides.beginTime
  return {
    name: 'ImportGraph',
    type: 'GraphManagement',
    graph: 'movies',
    status: 'running',
    rawStatus: overrides.status ?? 'running',
    beginTime,
    beginTimeRaw: beginTime === null ? null : new Date(beginTime).toISOString(),
    endTime: null,
    failReason: null,
    files: null,
    ...overrides
  }
}

export function file(overrides: Partial<ImportFile> = {}): ImportFile {
  return {
    kind: 'edgeset',
    path: 'movies/edges.csv',
    status: 'success',
    rawStatus: overrides.status ?? 'success',
    totalLines: 100,
    successfulLines: 100,
    failedLines: 0,
    cause: null,
    log: null,
    ...overrides
  }
}

/** A finished import with one successful file, as the waiter would hand it over. */
export const done = (overrides: Parameters<typeof job>[0]): Job =>
  job({
    status: 'success',
    rawStatus: 'success',
    endTime: Date.UTC(2026, 10, 28, 9, 10, 0),
    files: [file()],
    ...overrides
  })

/** One job of each result the judge knows, as the waiter would hand it over. */
export const KINDS = {
  success: done({ id: 'ok' }),
  failed: done({
    id: 'bad',
    status: 'failed',
    rawStatus: 'failed',
    files: [file({ status: 'failed', failedLines: 9 })]
  }),
  partFailed: done({ id: 'part', files: [file({ status: 'partFailed', rawStatus: 'partFailed', failedLines: 3 })] }),
  unreported: done({ id: 'nodetail', files: null }),
  oddFile: done({ id: 'odd', files: [file({ status: 'unknown', rawStatus: 'skipped' })] }),
  running: job({ id: 'run', status: 'running' }),
  notImport: done({ id: 'del', name: 'DeleteGraph', files: null })
}
