// Builders for the internal job model, shared by the unit tests.
import type { ImportFile, Job } from '../src/ges/model.js'

export function job(overrides: Partial<Job> & { id: string }): Job {
  return {
    name: 'ImportGraph',
    type: 'GraphManagement',
    graph: 'movies',
    status: 'running',
    rawStatus: overrides.status ?? 'running',
    beginTime: Date.UTC(2026, 10, 28, 9, 0, 0),
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
