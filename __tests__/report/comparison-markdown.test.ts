import { describe, expect, it } from '@jest/globals'
import { gfmProblems } from '../../__fixtures__/gfm.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { compareImports, noPrevious, unavailable, type Comparison } from '../../src/compare/compare-imports.js'
import type { ImportFile } from '../../src/ges/model.js'
import { renderComment } from '../../src/report/comment.js'
import { renderComparisons } from '../../src/report/comparison-markdown.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import type { Report } from '../../src/report/report.js'
import { reportOf } from '../../__fixtures__/evidence.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const edge = (path: string, lines: number | null): ImportFile =>
  file({ path, successfulLines: lines, totalLines: lines })
const importOf = (id: string, files: ImportFile[], beginTime = T0) =>
  job({ id, status: 'success', rawStatus: 'success', beginTime, endTime: beginTime + 60_000, files })
const current = importOf('now', [edge('rate.csv', 500), edge('new.csv', 3)])
const previous = importOf('prev', [edge('rate.csv', 1000), edge('gone.csv', 20)], T0 - 86_400_000)

const reportWith = (comparison: Comparison, jobs = [current]): Report =>
  reportOf({ end: 'finished', jobs, comparisons: new Map(jobs.map((j) => [j.id, comparison])) })

describe('renderComparisons', () => {
  it('shows the previous job and date, totals then and now with the delta, changed, new and vanished files', () => {
    const text = renderComparisons(reportWith(compareImports(current, previous)), 100_000) ?? ''
    expect(text).toContain('#### Compared with the previous import')
    expect(text).toContain(
      'Previous successful import prev, begun 2026-11-27 09:00:00 UTC: **1,020** successful lines then, **503** now (-517, -50.7%).'
    )
    expect(text).toContain('| rate.csv | edgeset | 1,000 | 500 | -500 |')
    expect(text).toContain('**New files (1)**: new.csv (3 lines)')
    expect(text).toContain('**Vanished files (1)**: gone.csv (20 lines)')
  })

  it('says so when there is no previous import, or why it could not be compared', () => {
    expect(renderComparisons(reportWith(noPrevious(current)), 100_000)).toContain(
      'No earlier successful import of graph movies to compare with'
    )
    expect(renderComparisons(reportWith(unavailable(current, 'the job list could not be read')), 100_000)).toContain(
      '⚠️ Could not compare with the previous import of graph movies: the job list could not be read.'
    )
  })

  it('says when counts are unknown instead of showing zero', () => {
    const text = renderComparisons(
      reportWith(compareImports(importOf('now', [edge('rate.csv', null)]), previous)),
      100_000
    )
    expect(text).toContain('**unknown** now (change unknown)')
    expect(text).toContain('⚠️ GES did not report the successful lines of 1 file')
  })

  it('caps the table, biggest drops first, and says where the rest is', () => {
    const many = (lines: (i: number) => number) => Array.from({ length: 25 }, (_, i) => edge(`f${i}.csv`, lines(i)))
    const c = compareImports(
      importOf(
        'now',
        many((i) => 100 - i)
      ),
      importOf(
        'prev',
        many(() => 100),
        0
      )
    )
    const text = renderComparisons(reportWith(c), 100_000) ?? ''
    const rows = text.split('\n').filter((l) => /^\| f\d+\.csv/.test(l))
    expect(rows).toHaveLength(10)
    expect(rows[0]).toContain('| f24.csv |')
    expect(text).toContain('_14 more changed files are in the `comparison` of the JSON report._')
  })

  it('escapes server text', () => {
    const hostile = importOf('now', [edge('<img src=x onerror=alert(1)>|@team', 1)])
    const text = renderComparisons(reportWith(compareImports(hostile, previous)), 100_000) ?? ''
    expect(text).toContain('**New files (1)**: \\<img src=x onerror=alert(1)\\>\\|@&#8203;team (1 lines)')
    expect(gfmProblems(text)).toEqual([])
  })

  it('is absent when no import was compared, and keeps within its byte budget', () => {
    expect(renderComparisons(reportOf({ end: 'finished', jobs: [current] }), 100_000)).toBeUndefined()
    const jobs = Array.from({ length: 50 }, (_, i) => importOf(`job${i}`, [edge('rate.csv', 1)]))
    const text = renderComparisons(reportWith(compareImports(current, previous), jobs), 2000) ?? ''
    expect(Buffer.byteLength(text)).toBeLessThan(2300)
    expect(text).toMatch(/_\d+ more comparisons are in the `comparison` of each job in the JSON report\._$/)
  })

  it('is part of the pull request comment', () => {
    const comment = renderComment(
      reportWith(compareImports(current, previous)),
      'https://github.com/o/r/actions/runs/1',
      T0
    )
    expect(comment).toContain('#### Compared with the previous import')
    expect(comment).toContain('**Vanished files (1)**: gone.csv (20 lines)')
  })

  it('is part of the summary', () => {
    const markdown = renderMarkdown(reportWith(compareImports(current, previous)), {
      maxBytes: 1_000_000,
      fullListAt: 'x'
    })
    expect(markdown).toContain('#### Compared with the previous import')
  })
})
