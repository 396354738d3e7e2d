import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import { compareImports, noPrevious, successfulLinesOf, unavailable } from '../../src/compare/compare-imports.js'
import type { ImportFile, Job } from '../../src/ges/model.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)

const edge = (path: string, lines: number | null): ImportFile =>
  file({ kind: 'edgeset', path, successfulLines: lines, totalLines: lines })
const vertex = (path: string, lines: number | null): ImportFile =>
  file({ kind: 'vertexset', path, successfulLines: lines, totalLines: lines })
const schema = (path: string): ImportFile =>
  file({ kind: 'schema', path, successfulLines: null, totalLines: null, failedLines: null })
const importOf = (id: string, files: ImportFile[] | null, beginTime = T0): Job =>
  job({ id, status: 'success', rawStatus: 'success', beginTime, files })

describe('compareImports', () => {
  it('compares successful lines in total and per path, biggest drops first, new and vanished files listed', () => {
    const previous = importOf(
      'prev',
      [
        schema('s.xml'),
        edge('rate.csv', 2000),
        edge('friend.csv', 100),
        vertex('user.csv', 50),
        vertex('genre.csv', 18)
      ],
      T0 - 86_400_000
    )
    const current = importOf('now', [
      schema('s.xml'),
      edge('rate.csv', 1000),
      edge('friend.csv', 120),
      vertex('user.csv', 50),
      vertex('tag.csv', 7)
    ])
    const c = compareImports(current, previous)
    expect(c).toMatchObject({
      result: 'compared',
      reason: null,
      previousJobId: 'prev',
      previousBeginTime: '2026-11-27T09:00:00Z',
      previousSuccessfulLines: 2168,
      successfulLines: 1177,
      lineDelta: -991,
      unchangedFiles: 1
    })
    expect(c.files.map((f) => [f.path, f.change, f.previousSuccessfulLines, f.successfulLines, f.lineDelta])).toEqual([
      ['rate.csv', 'changed', 2000, 1000, -1000],
      ['genre.csv', 'vanished', 18, null, -18],
      ['tag.csv', 'new', null, 7, 7],
      ['friend.csv', 'changed', 100, 120, 20]
    ])
  })

  it('matches paths exactly: OBS keys are case-sensitive, so a renamed-by-case file is new and vanished', () => {
    const c = compareImports(importOf('now', [edge('Rate.csv', 10)]), importOf('prev', [edge('rate.csv', 10)], 0))
    expect(c.files.map((f) => [f.path, f.change])).toEqual([
      ['rate.csv', 'vanished'],
      ['Rate.csv', 'new']
    ])
    expect(c.lineDelta).toBe(0)
  })

  it('adds up a path listed twice', () => {
    const c = compareImports(importOf('now', [edge('a', 1), edge('a', 2)]), importOf('prev', [edge('a', 3)], 0))
    expect(c).toMatchObject({ lineDelta: 0, unchangedFiles: 1, files: [] })
  })

  it('keeps unknown counts unknown, never zero: the total and the delta are unknown and the reason says so', () => {
    const c = compareImports(
      importOf('now', [edge('a', null), edge('b', 5)]),
      importOf('prev', [edge('a', 10), edge('b', 5)], 0)
    )
    expect(c).toMatchObject({ successfulLines: null, previousSuccessfulLines: 15, lineDelta: null })
    expect(c.reason).toMatch(/did not report the successful lines of 1 file/)
    expect(c.files).toEqual([
      {
        kind: 'edgeset',
        path: 'a',
        change: 'unknown',
        previousSuccessfulLines: 10,
        successfulLines: null,
        lineDelta: null
      }
    ])
  })

  it('a vanished file of unknown count makes the delta unknown', () => {
    const c = compareImports(importOf('now', [edge('b', 5)]), importOf('prev', [edge('a', null), edge('b', 5)], 0))
    expect(c.lineDelta).toBeNull()
    expect(c.files[0]).toMatchObject({ path: 'a', change: 'vanished', lineDelta: null })
  })

  it('says so when an import has no file details at all', () => {
    const c = compareImports(importOf('now', [edge('a', 5)]), importOf('prev', null, 0))
    expect(c).toMatchObject({ result: 'compared', lineDelta: null, previousSuccessfulLines: null, successfulLines: 5 })
    expect(c.reason).toMatch(/did not report the files of the previous import \(prev\)/)
  })

  it('leaves schema files out of the totals (GES gives no line counts for them)', () => {
    expect(successfulLinesOf(importOf('x', [schema('s'), edge('e', 3)]))).toBe(3)
  })
})

describe('noPrevious and unavailable', () => {
  it('carry the current lines, no previous, no delta', () => {
    const current = importOf('now', [edge('a', 5)])
    expect(noPrevious(current)).toMatchObject({ result: 'no-previous', successfulLines: 5, lineDelta: null })
    expect(unavailable(current, 'why')).toMatchObject({ result: 'unavailable', reason: 'why', lineDelta: null })
  })
})
