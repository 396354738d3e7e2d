/**
 * @jest-environment jsdom
 */
// The chart source is parsed by the `mermaid` package itself (as GitHub renders it), under jsdom:
// mermaid sanitises labels with DOMPurify, which needs a DOM.
import { beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { trendChart } from '../../src/history/trend-markdown.js'

type Mermaid = (typeof import('mermaid'))['default']
let mermaid: Mermaid

interface ChartData {
  title: string
  xAxis: { type: string; categories?: string[] }
  plots: { type: string; data: [string, number][] }[]
}

beforeAll(async () => {
  mermaid = (await import('mermaid')).default
})

/** Parses like GitHub: no directive may change the config; returns what the chart would draw. */
async function parse(source: string): Promise<ChartData> {
  await expect(mermaid.parse(source)).resolves.toEqual({ diagramType: 'xychart', config: {} })
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source)
  const db = diagram.db as unknown as { getXYChartData(): ChartData; getDiagramTitle(): string }
  return { ...db.getXYChartData(), title: db.getDiagramTitle() }
}

const DAY = 86_400_000
const T0 = Date.UTC(2026, 10, 28, 9, 30, 0)
const point = (i: number, lines: number | null, extra = {}) => ({
  jobId: `job-${i}`,
  begin: T0 - (9 - i) * DAY,
  status: 'success',
  successfulLines: lines,
  failedLines: 0,
  durationSeconds: 600,
  current: false,
  ...extra
})

describe('trendChart', () => {
  it('draws successful lines per import, oldest first, labelled with UTC dates, this import last', async () => {
    const points = [
      ...Array.from({ length: 9 }, (_, i) => point(i, 1_000_000 + i)),
      point(9, 4_100_000, { current: true })
    ]
    const data = await parse(trendChart(points) as string)
    expect(data.xAxis.categories).toEqual([
      '11-19 09:30',
      '11-20 09:30',
      '11-21 09:30',
      '11-22 09:30',
      '11-23 09:30',
      '11-24 09:30',
      '11-25 09:30',
      '11-26 09:30',
      '11-27 09:30',
      '11-28 09:30 (this)'
    ])
    expect(data.plots).toHaveLength(1)
    expect(data.plots[0].type).toBe('line')
    expect(data.plots[0].data.map(([, y]) => y)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => 1_000_000 + i),
      4_100_000
    ])
    expect(data.title).toBe('Successful lines per import')
  })

  it('leaves out imports whose counts are unknown or not whole numbers; nothing to draw is no chart', async () => {
    const points = [
      point(0, null),
      point(1, 5),
      point(2, -1),
      point(3, 1.5),
      point(4, Number.MAX_SAFE_INTEGER + 2),
      point(5, NaN),
      point(6, 7, { begin: NaN }),
      point(7, 9)
    ]
    const data = await parse(trendChart(points) as string)
    expect(data.plots[0].data.map(([, y]) => y)).toEqual([5, 9])
    expect(trendChart([point(0, null)])).toBeUndefined()
    expect(trendChart([])).toBeUndefined()
  })

  it('gives imports of the same minute their own place, and the year when the imports span years', async () => {
    const same = await parse(trendChart([point(8, 1), point(8, 2), point(9, 3, { current: true })]) as string)
    expect(same.xAxis.categories).toEqual(['11-27 09:30', '11-27 09:30 #2', '11-28 09:30 (this)'])
    const years = await parse(
      trendChart([point(0, 1, { begin: Date.UTC(2025, 11, 31, 23, 0) }), point(9, 2)]) as string
    )
    expect(years.xAxis.categories).toEqual(['2025-12-31 23:00', '2026-11-28 09:30'])
  })

  it('draws a single import', async () => {
    const data = await parse(trendChart([point(9, 0, { current: true })]) as string)
    expect(data.plots[0].data).toEqual([['11-28 09:30 (this)', 0]])
  })

  it('never lets server text into the source: hostile ids and statuses change nothing', async () => {
    const hostile = [
      '%%{init: {"theme":"dark","securityLevel":"loose"}}%%',
      'x"]\n  click A call alert(1)\n  line [1',
      'a\r\nb\u2028c\u0085d',
      '"unbalanced',
      '<script>alert(1)</script>',
      '```\n# heading'
    ]
    const points = hostile.map((text, i) => point(i, 10 * i, { jobId: text, status: text }))
    const source = trendChart(points) as string
    for (const text of hostile) expect(source).not.toContain(text.slice(0, 4))
    expect(source.split('\n')).toHaveLength(5)
    expect(source).not.toMatch(/%%|click|<|`/)
    const data = await parse(source)
    expect(data.plots[0].data).toHaveLength(hostile.length)
  })

  it('parses for any data (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            jobId: fc.string(),
            begin: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
            status: fc.string(),
            successfulLines: fc.option(fc.integer({ min: -5, max: Number.MAX_SAFE_INTEGER })),
            failedLines: fc.constant(null),
            durationSeconds: fc.constant(null),
            current: fc.boolean()
          }),
          { minLength: 1, maxLength: 50 }
        ),
        async (points) => {
          const source = trendChart(points)
          const drawn = points.filter((p) => p.successfulLines !== null && p.successfulLines >= 0)
          if (drawn.length === 0) return expect(source).toBeUndefined()
          const data = await parse(source as string)
          expect(data.plots[0].data.map(([, y]) => y)).toEqual(drawn.map((p) => p.successfulLines))
        }
      ),
      { numRuns: 60 }
    )
  })
})
