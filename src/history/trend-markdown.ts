import { bytes } from '../report/bounded.js'
import { escapeMarkdown as esc } from '../report/escape.js'
import type { JobReport, Report } from '../report/report.js'
import { formatDuration } from '../shared/time.js'
import { slowerThanUsual, usualDuration, type HistoryEntry } from './history.js'

/** One import drawn: an earlier one, or this one. */
interface Point {
  jobId: string
  begin: number
  status: string
  successfulLines: number | null
  failedLines: number | null
  durationSeconds: number | null
  current: boolean
}

const BADGE: Record<string, string> = { success: '✅', failed: '❌', partFailed: '⚠️', running: '⏳', pending: '⏳' }

/**
 * The Mermaid source of a chart of successful lines per import, oldest first. Built only from
 * what this function formats itself (UTC dates, whole numbers, fixed words), never from server
 * text: no graph name, id or status can become a directive, a `click`, a line break or a quote.
 * undefined when no import has a known count.
 */
export function trendChart(points: readonly Point[]): string | undefined {
  const drawn = points.filter((p) => isCount(p.successfulLines) && Number.isFinite(p.begin))
  if (drawn.length === 0) return undefined
  const withYear = new Set(drawn.map((p) => new Date(p.begin).getUTCFullYear())).size > 1
  // A category axis merges equal labels into one place: two imports in one minute get a number.
  const seen = new Map<string, number>()
  const labels = drawn.map((p) => {
    const label = chartLabel(p.begin, withYear)
    const n = (seen.get(label) ?? 0) + 1
    seen.set(label, n)
    return `"${label}${n > 1 ? ` #${n}` : ''}${p.current ? ' (this)' : ''}"`
  })
  return [
    'xychart-beta',
    '  title "Successful lines per import"',
    `  x-axis [${labels.join(', ')}]`,
    '  y-axis "Successful lines"',
    `  line [${drawn.map((p) => String(p.successfulLines)).join(', ')}]`
  ].join('\n')
}

/** `MM-dd HH:mm` in UTC (`yyyy-MM-dd HH:mm` when the imports span years): digits and separators only. */
function chartLabel(time: number, withYear: boolean): string {
  return new Date(time)
    .toISOString()
    .slice(withYear ? 0 : 5, 16)
    .replace('T', ' ')
}

function isCount(n: number | null): n is number {
  return n !== null && Number.isSafeInteger(n) && n >= 0
}

const cell = (n: number | null): string => (n === null ? '–' : n.toLocaleString('en-US'))
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`

/** The earlier imports in `job.history` and the job itself, oldest first. */
function pointsOf(job: JobReport, history: readonly HistoryEntry[]): Point[] {
  const points: Point[] = history.map((entry) => ({
    jobId: entry.jobId,
    begin: Date.parse(entry.beginTime),
    status: entry.status,
    successfulLines: entry.successfulLines,
    failedLines: entry.failedLines,
    durationSeconds: entry.durationSeconds,
    current: false
  }))
  const finished = job.outcome !== 'unfinished' && job.fileResults === 'reported'
  const files = job.files.filter((f) => f.kind !== 'schema')
  const sum = (pick: (f: (typeof files)[number]) => number | null): number | null =>
    !finished || files.length === 0 || files.some((f) => pick(f) === null)
      ? null
      : files.reduce((total, f) => total + (pick(f) as number), 0)
  points.push({
    jobId: job.jobId,
    begin: job.beginTime === null ? NaN : Date.parse(job.beginTime),
    status: job.outcome === 'unfinished' ? job.status : job.outcome,
    successfulLines: sum((f) => f.successfulLines),
    failedLines: sum((f) => f.failedLines),
    durationSeconds: job.durationSeconds,
    current: true
  })
  return points
}

function graphSection(job: JobReport, history: readonly HistoryEntry[], timedOut: boolean, withTable = true): string {
  const points = pointsOf(job, history)
  const parts = [`#### Recent imports of graph ${esc(job.graph ?? '', 100)}`]
  const chart = trendChart(points)
  if (chart) parts.push(`\`\`\`mermaid\n${chart}\n\`\`\``)
  const rows = points.map((p) =>
    row([
      Number.isFinite(p.begin) ? new Date(p.begin).toISOString().slice(0, 16).replace('T', ' ') : '–',
      `${esc(p.jobId, 80)}${p.current ? ' (this import)' : ''}`,
      `${BADGE[p.status] ?? '❔'} ${esc(p.status, 40)}`,
      cell(p.successfulLines),
      cell(p.failedLines),
      p.durationSeconds === null ? '–' : formatDuration(p.durationSeconds * 1000)
    ])
  )
  if (withTable)
    parts.push(
      [
        row(['Began (UTC)', 'Job', 'Status', 'Lines ok', 'Lines failed', 'Duration']),
        row(['---', '---', '---', '---:', '---:', '---:']),
        ...rows
      ].join('\n')
    )
  const notes: string[] = []
  const unknown = points.filter((p) => !p.current && !isCount(p.successfulLines)).length
  if (unknown > 0)
    notes.push(
      `${unknown} earlier ${unknown === 1 ? 'import is' : 'imports are'} not in the chart: GES did not report ${unknown === 1 ? 'its' : 'their'} line counts.`
    )
  if (history.length === 0) notes.push('No earlier finished import of this graph in the jobs read.')
  const usual = usualDuration(history)
  if (usual) {
    notes.push(
      `Imports of this graph usually take ${formatDuration(usual.minSeconds * 1000)}–${formatDuration(usual.maxSeconds * 1000)} (median ${formatDuration(usual.medianSeconds * 1000)}, from ${usual.imports} successful imports).`
    )
  }
  if (timedOut && job.runningSeconds !== null && job.runningSeconds !== undefined) {
    const ran = `This import ran at least ${formatDuration(job.runningSeconds * 1000)} before the wait timed out`
    notes.push(
      !usual
        ? `${ran}; too few successful imports to say what is usual.`
        : slowerThanUsual(job.runningSeconds, usual)
          ? `⏱️ ${ran}: **slower than usual**.`
          : `${ran}: not slower than usual so far.`
    )
  }
  if (!withTable)
    notes.push('The table of these imports is in the `history` of the report, to keep this within size limits.')
  if (notes.length > 0) parts.push(notes.join(' '))
  return parts.join('\n\n')
}

/**
 * Per graph, a chart of successful lines per import and a table of them, with the usual
 * duration (docs/trend.md). For each graph, the newest job waited for and its history. Sections
 * that would pass `maxBytes` are left out, with a note. '' without any history.
 */
export function renderTrends(report: Report, maxBytes: number): string {
  const newest = new Map<string, JobReport>()
  for (const job of report.jobs) {
    if (!job.history || job.graph === null) continue
    const known = newest.get(job.graph)
    if (!known || (job.beginTime ?? '') > (known.beginTime ?? '')) newest.set(job.graph, job)
  }
  const sections: string[] = []
  let left = maxBytes
  let skipped = 0
  for (const job of newest.values()) {
    const timedOut = report.status === 'timeout'
    let section = graphSection(job, job.history ?? [], timedOut)
    // Too long with its table (a large trend, a PR comment): the chart and the notes alone.
    // (+2: the blank line that joins it to the next.)
    if (bytes(section) + 2 > left) section = graphSection(job, job.history ?? [], timedOut, false)
    const size = bytes(section) + 2
    if (size > left) {
      skipped += 1
      continue
    }
    left -= size
    sections.push(section)
  }
  if (skipped > 0)
    sections.push(
      `_The recent imports of ${skipped} more ${skipped === 1 ? 'graph are' : 'graphs are'} in the \`history\` of the report only, to keep this within size limits._`
    )
  return sections.join('\n\n')
}
