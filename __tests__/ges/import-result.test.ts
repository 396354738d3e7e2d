import { describe, expect, it } from '@jest/globals'
import { observed } from '../../__fixtures__/evidence.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { findPreviousImport } from '../../src/compare/find-previous.js'
import {
  countContradiction,
  fileResultsOf,
  importResult,
  isSuccessfulImport,
  type ImportResult
} from '../../src/ges/import-result.js'
import type { Job } from '../../src/ges/model.js'
import { jobOutcome } from '../../src/report/report-entries.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const done = (overrides: Partial<Job> & { id?: string } = {}): Job =>
  job({ id: 'j', status: 'success', rawStatus: 'success', beginTime: T0 - 3_600_000, files: [file()], ...overrides })

/** Every kind of answer the rule tells apart, with the result it must give. */
const CASES: [string, Job, ImportResult][] = [
  ['success, every file success', done(), 'success'],
  ['a job that is not an import, without details', done({ name: 'DeleteGraph', files: null }), 'success'],
  ['a job that is not an import, empty details', done({ name: 'DeleteGraph', files: [] }), 'success'],
  ['running', done({ status: 'running', rawStatus: 'running', files: null }), 'unfinished'],
  ['pending', done({ status: 'pending', rawStatus: 'pending', files: null }), 'unfinished'],
  ['an undocumented job status', done({ status: 'unknown', rawStatus: 'archived' }), 'unfinished'],
  ['an entry that could not be read', done({ unreadable: 'jobDetail is a list' }), 'unfinished'],
  ['the job failed', done({ status: 'failed', rawStatus: 'failed' }), 'failed'],
  ['a failed file', done({ files: [file(), file({ status: 'failed' })] }), 'failed'],
  ['failed, files not reported', done({ status: 'failed', rawStatus: 'failed', files: null }), 'failed'],
  [
    'a failed and a partFailed file',
    done({ files: [file({ status: 'partFailed' }), file({ status: 'failed' })] }),
    'failed'
  ],
  ['the job partFailed', done({ status: 'partFailed', rawStatus: 'partiallyFailed' }), 'partFailed'],
  [
    'a partFailed file',
    done({ files: [file({ status: 'partFailed', failedLines: 3, successfulLines: 97 })] }),
    'partFailed'
  ],
  ['an import without details', done({ files: null }), 'unknown'],
  ['an import whose details name no file', done({ files: [] }), 'unknown'],
  ['a file in an undocumented status', done({ files: [file({ status: 'unknown', rawStatus: 'skipped' })] }), 'unknown'],
  ['a success file with failed lines', done({ files: [file({ successfulLines: 94, failedLines: 6 })] }), 'unknown'],
  ['more lines counted than there are', done({ files: [file({ successfulLines: 101, failedLines: 0 })] }), 'unknown']
]

describe('importResult: the one rule of a successful import', () => {
  it.each(CASES)('%s → %s', (_name, j, expected) => {
    expect(importResult(j)).toBe(expected)
    expect(isSuccessfulImport(j)).toBe(expected === 'success')
  })
})

describe('the verdict and the comparison apply the same rule', () => {
  const current = job({ id: 'now', status: 'success', rawStatus: 'success', beginTime: T0, files: [file()] })

  it.each(CASES)('%s: a baseline exactly when the verdict would call it a success', (_name, candidate) => {
    const isBaseline = findPreviousImport({ ...current, name: candidate.name }, [candidate]) !== undefined
    expect(isBaseline).toBe(jobOutcome(observed(candidate)) === 'success')
  })
})

describe('fileResultsOf', () => {
  it('tells reported, not reported and not applicable apart', () => {
    expect(fileResultsOf(done())).toBe('reported')
    expect(fileResultsOf(done({ files: null }))).toBe('not-reported')
    expect(fileResultsOf(done({ files: [] }))).toBe('not-reported')
    expect(fileResultsOf(done({ name: 'DeleteGraph', files: null }))).toBe('not-applicable')
    expect(fileResultsOf(done({ name: 'DeleteGraph', files: [] }))).toBe('reported')
    expect(fileResultsOf(done({ name: 'importgraph', files: null }))).toBe('not-reported')
  })
})

describe('countContradiction', () => {
  it('accepts counts that agree, and unknown counts', () => {
    expect(countContradiction(file())).toBeUndefined()
    expect(
      countContradiction(file({ status: 'partFailed', totalLines: null, successfulLines: 5, failedLines: 9 }))
    ).toBeUndefined()
    expect(
      countContradiction(file({ status: 'partFailed', totalLines: 10, successfulLines: 7, failedLines: 3 }))
    ).toBeUndefined()
    expect(countContradiction(file({ failedLines: null }))).toBeUndefined()
    expect(countContradiction(file({ failedLines: 0 }))).toBeUndefined()
  })

  it('names a success with failed lines', () => {
    expect(countContradiction(file({ path: 'e.csv', successfulLines: 99, failedLines: 1 }))).toBe(
      '"e.csv" is reported as success with 1 failed lines'
    )
  })

  it('names more successful and failed lines than lines in all, an unknown part counting as none', () => {
    expect(
      countContradiction(
        file({ path: 'e.csv', status: 'partFailed', totalLines: 10, successfulLines: 8, failedLines: 3 })
      )
    ).toBe('"e.csv" has 8 successful and 3 failed of 10 lines')
    expect(countContradiction(file({ path: 'e.csv', totalLines: 10, successfulLines: 11, failedLines: null }))).toBe(
      '"e.csv" has 11 successful and ? failed of 10 lines'
    )
    expect(
      countContradiction(
        file({ path: 'e.csv', status: 'partFailed', totalLines: 10, successfulLines: null, failedLines: 11 })
      )
    ).toBe('"e.csv" has ? successful and 11 failed of 10 lines')
    expect(countContradiction(file({ totalLines: 10, successfulLines: 10, failedLines: null }))).toBeUndefined()
  })
})
