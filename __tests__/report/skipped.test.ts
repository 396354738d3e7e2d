import { describe, expect, it } from '@jest/globals'
import { gfmProblems } from '../../__fixtures__/gfm.js'
import { job } from '../../__fixtures__/jobs.js'
import { evidence, reportOf } from '../../__fixtures__/evidence.js'
import { judge } from '../../src/report/judge.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { skippedSection } from '../../src/report/skipped.js'
import type { SkippedJob } from '../../src/waiter/targets.js'

const LIMITS = { maxBytes: 1024 * 1024, fullListAt: 'the `report` output' }
const RULES = { failOn: [], timeoutMs: 60_000 }
const withSkipped = (skipped: SkippedJob[]) => judge({ ...evidence({ end: 'not-found' }), skipped }, RULES)

describe('skipped jobs', () => {
  it('say nothing when there are none', () => {
    expect(skippedSection([])).toEqual([])
    const md = renderMarkdown(reportOf({ end: 'finished', jobs: [job({ id: 'a', status: 'success' })] }), LIMITS)
    expect(md).not.toContain('Skipped')
  })

  it('are in the JSON report with the raw begin time', () => {
    const report = withSkipped([{ id: 'u1', graph: 'movies', beginTimeRaw: 'Tue, 31 Nov 2026 10:00:00 GMT' }])
    expect(report.skipped).toEqual([{ jobId: 'u1', graph: 'movies', beginTime: 'Tue, 31 Nov 2026 10:00:00 GMT' }])
    expect(reportOf({ end: 'finished', jobs: [] }).skipped).toEqual([])
  })

  it('are listed in the summary with the raw value, escaped', () => {
    const report = withSkipped([
      { id: 'u1', graph: 'movies', beginTimeRaw: 'Tue, 31 Nov 2026' },
      { id: 'u2<b>', graph: null, beginTimeRaw: '<img src=x> | `x` @all\n::error::boom' }
    ])
    const md = renderMarkdown(report, LIMITS)
    expect(md).toContain('**Skipped jobs**')
    expect(md).toContain('- u1 (graph movies): skipped: begin time cannot be read: Tue, 31 Nov 2026')
    expect(md).toContain(
      '- u2\\<b\\>: skipped: begin time cannot be read: \\<img src=x\\> \\| \\`x\\` @&#8203;all ::&#8203;error::&#8203;boom'
    )
    expect(gfmProblems(md)).toEqual([])
  })

  it('name at most 20 jobs and count the rest', () => {
    const skipped = Array.from({ length: 25 }, (_, i) => ({ jobId: `j${i}`, graph: 'g', beginTime: 'x' }))
    const [section] = skippedSection(skipped)
    expect(section.split('\n').filter((l) => l.startsWith('- j'))).toHaveLength(20)
    expect(section).toContain('… and 5 more')
  })

  it('name only as many as their share of bytes holds (long hostile names)', () => {
    const hostile = '@x:y:#1'.repeat(60)
    const skipped = Array.from({ length: 25 }, (_, i) => ({
      jobId: `j${i}${hostile}`,
      graph: hostile,
      beginTime: hostile
    }))
    const [section] = skippedSection(skipped, 4000)
    const lines = section.split('\n').filter((l) => l.startsWith('- j'))
    expect(lines.length).toBeGreaterThan(0)
    expect(Buffer.byteLength(lines.join('\n'), 'utf8')).toBeLessThanOrEqual(4000)
    expect(section).toContain(`… and ${25 - lines.length} more`)
  })
})
