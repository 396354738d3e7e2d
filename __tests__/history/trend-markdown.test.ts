/**
 * @jest-environment jsdom
 */
// The trend section as GitHub renders it: GFM checked with micromark, the chart with mermaid.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { reportOf } from '../../__fixtures__/evidence.js'
import { gfmProblems, renderGfm } from '../../__fixtures__/gfm.js'
import { file, job } from '../../__fixtures__/jobs.js'
import type { HistoryEntry } from '../../src/history/history.js'
import { withHistory } from '../../src/history/report-history.js'
import { renderTrends } from '../../src/history/trend-markdown.js'
import { renderComment, renderMarkdown } from '../../src/report/render.js'
import type { Report } from '../../src/report/report.js'

type Mermaid = (typeof import('mermaid'))['default']
let mermaid: Mermaid
beforeAll(async () => {
  mermaid = (await import('mermaid')).default
})

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const DAY = 86_400_000
const entry = (i: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  jobId: `job-${i}`,
  beginTime: new Date(T0 - (10 - i) * DAY).toISOString(),
  endTime: new Date(T0 - (10 - i) * DAY + 600_000).toISOString(),
  status: 'success',
  successfulLines: 1000 + i,
  failedLines: 0,
  durationSeconds: 540 + 30 * (i % 3),
  ...extra
})
const history = Array.from({ length: 9 }, (_, i) => entry(i + 1))

function reportWith(
  graph: string,
  entries: HistoryEntry[],
  { end = 'finished' as const, runningSeconds = null as number | null, id = 'now' } = {}
): Report {
  const current = job({
    id,
    graph,
    status: end === 'finished' ? 'success' : 'running',
    rawStatus: end === 'finished' ? 'success' : 'running',
    beginTime: T0,
    endTime: end === 'finished' ? T0 + 600_000 : null,
    files: end === 'finished' ? [file({ successfulLines: 2000, totalLines: 2000 })] : null
  })
  const report = reportOf({ end: end === 'finished' ? 'finished' : 'timeout', jobs: [current] })
  return withHistory(report, new Map([[id, { history: entries, expectedDurationSeconds: 570, runningSeconds }]]))
}

/** The mermaid blocks as GitHub finds them: fenced code blocks of language mermaid. */
function mermaidBlocks(markdown: string): string[] {
  const html = renderGfm(markdown)
  return [...html.matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)].map((m) =>
    m[1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .trimEnd()
  )
}

async function expectParses(source: string): Promise<void> {
  await expect(mermaid.parse(source)).resolves.toEqual({ diagramType: 'xychart', config: {} })
}

describe('renderTrends', () => {
  it('renders one chart and table per graph, in the summary and in the PR comment', async () => {
    const report = reportWith('movies', history)
    const summary = renderMarkdown(report, { maxBytes: 1 << 20, fullListAt: 'the report' })
    expect(gfmProblems(summary)).toEqual([])
    const [chart, ...more] = mermaidBlocks(summary)
    expect(more).toEqual([])
    await expectParses(chart)
    expect(chart).toContain('line [1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 2000]')
    expect(summary).toContain('| 2026-11-28 09:00 | now (this import) | ✅ success | 2,000 | 0 | 10m |')
    expect(summary).toContain('Imports of this graph usually take 9m–10m (median 9m30s, from 9 successful imports).')
    const comment = renderComment(report, 'https://github.com/o/r/actions/runs/1', T0)
    expect(mermaidBlocks(comment)).toEqual([chart])
  })

  it('leaves the section out without a history (trend 0), and says so when there are no earlier imports', () => {
    const off = withHistory(reportWith('movies', history))
    expect(renderTrends(off, 10_000)).toBe('')
    const none = renderTrends(reportWith('movies', []), 10_000)
    expect(none).toContain('No earlier finished import of this graph in the jobs read.')
    expect(none).not.toContain('usually take')
  })

  it('says whether a timed-out import was slower than usual', () => {
    const slow = renderTrends(reportWith('movies', history, { end: 'timeout' as never, runningSeconds: 900 }), 10_000)
    expect(slow).toContain('⏱️ This import ran at least 15m before the wait timed out: **slower than usual**.')
    const fine = renderTrends(reportWith('movies', history, { end: 'timeout' as never, runningSeconds: 300 }), 10_000)
    expect(fine).toContain('This import ran at least 5m before the wait timed out: not slower than usual so far.')
    const few = renderTrends(
      reportWith('movies', history.slice(0, 2), { end: 'timeout' as never, runningSeconds: 300 }),
      10_000
    )
    expect(few).toContain('too few successful imports to say what is usual')
  })

  it('keeps hostile graph names, ids and statuses out of the chart and inside their table cells', async () => {
    const hostile = [
      '%%{init: {"securityLevel":"loose"}}%%',
      'x"]\nclick A call alert(1)',
      '```\n## heading',
      '<img src=x onerror=alert(1)>',
      '| a | b |',
      '@admin :smile: #1'
    ]
    const entries = hostile.map((text, i) => entry(i, { jobId: text, status: text }))
    for (const graph of hostile) {
      const report = reportWith(graph, entries, { id: hostile[1] })
      const summary = renderMarkdown(report, { maxBytes: 1 << 20, fullListAt: 'the report' })
      expect(gfmProblems(summary)).toEqual([])
      const blocks = mermaidBlocks(summary)
      expect(blocks).toHaveLength(1)
      expect(blocks[0]).not.toMatch(/%%|click|alert|img|@|#|`/)
      expect(blocks[0].split('\n')).toHaveLength(5)
      await expectParses(blocks[0])
    }
  })

  it('leaves out what does not fit: the table first, then the graph, with a note', () => {
    const report = reportWith('movies', history)
    const full = renderTrends(report, 100_000)
    expect(full).toContain('| Began (UTC) |')
    const chartOnly = renderTrends(report, Buffer.byteLength(full) + 1)
    expect(chartOnly).not.toContain('| Began (UTC) |')
    expect(chartOnly.match(/```mermaid/g)).toHaveLength(1)
    expect(chartOnly).toContain('The table of these imports is in the `history` of the report')
    expect(renderTrends(report, Buffer.byteLength(chartOnly) + 1)).toBe(
      '_The recent imports of 1 more graph are in the `history` of the report only, to keep this within size limits._'
    )
    const two = { ...report, jobs: [report.jobs[0], { ...report.jobs[0], jobId: 'other', graph: 'social' }] }
    const one = renderTrends(two, Buffer.byteLength(full) + 10)
    expect(one.match(/```mermaid/g)).toHaveLength(1)
    expect(one).toContain('| Began (UTC) |')
    expect(one).toContain('The recent imports of 1 more graph are in the `history` of the report only')
  })
})
