import { bytes } from './bounded.js'
import type { Comparison, FileChange } from '../compare/compare-imports.js'
import { formatPercent } from './line-drop-rule.js'
import { escapeMarkdown as esc } from './escape.js'
import type { JobReport, Report } from './report.js'

/** Rows of the table of changed files, and names in the lists of new and vanished files. */
const MAX_ROWS = 10
const MAX_NAMES = 10

const count = (n: number | null): string => (n === null ? 'unknown' : n.toLocaleString('en-US'))
const signed = (n: number | null): string => (n === null ? 'unknown' : `${n > 0 ? '+' : ''}${count(n)}`)
const time = (iso: string | null): string => (iso ? `${iso.replace('T', ' ').replace('Z', '')} UTC` : 'an unknown time')
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`

function delta(c: Comparison): string {
  if (c.lineDelta === null) return 'change unknown'
  const base = c.previousSuccessfulLines ?? 0
  return base > 0
    ? `${signed(c.lineDelta)}, ${c.lineDelta < 0 ? '-' : '+'}${formatPercent((Math.abs(c.lineDelta) * 100) / base)}`
    : signed(c.lineDelta)
}

function fileList(label: string, files: FileChange[], pick: (f: FileChange) => number | null): string | undefined {
  if (files.length === 0) return undefined
  const names = files.slice(0, MAX_NAMES).map((f) => `${esc(f.path, 200)} (${count(pick(f))} lines)`)
  if (files.length > MAX_NAMES) names.push(`and ${(files.length - MAX_NAMES).toLocaleString('en-US')} more`)
  return `**${label} (${files.length.toLocaleString('en-US')})**: ${names.join(', ')}`
}

function compared(c: Comparison): string[] {
  const parts = [
    `Previous successful import ${esc(c.previousJobId ?? '', 80)}, begun ${time(c.previousBeginTime)}: **${count(c.previousSuccessfulLines)}** successful lines then, **${count(c.successfulLines)}** now (${delta(c)}).`
  ]
  if (c.reason) parts.push(`⚠️ ${esc(c.reason, 300)}.`)
  const matched = c.files.filter((f) => f.change === 'changed' || f.change === 'unknown')
  if (matched.length > 0) {
    const rows = [row(['File', 'Kind', 'Then', 'Now', 'Change']), row(['---', '---', '---:', '---:', '---:'])]
    for (const f of matched.slice(0, MAX_ROWS)) {
      rows.push(
        row([esc(f.path, 200), f.kind, count(f.previousSuccessfulLines), count(f.successfulLines), signed(f.lineDelta)])
      )
    }
    parts.push(`Files whose successful lines changed most (biggest drops first):\n\n${rows.join('\n')}`)
    if (matched.length > MAX_ROWS) {
      parts.push(
        `_${(matched.length - MAX_ROWS).toLocaleString('en-US')} more changed files are in the \`comparison\` of the JSON report._`
      )
    }
  }
  const lists = [
    fileList(
      'New files',
      c.files.filter((f) => f.change === 'new'),
      (f) => f.successfulLines
    ),
    fileList(
      'Vanished files',
      c.files.filter((f) => f.change === 'vanished'),
      (f) => f.previousSuccessfulLines
    )
  ].filter((text): text is string => text !== undefined)
  parts.push(...lists)
  if (c.unchangedFiles > 0)
    parts.push(`${c.unchangedFiles.toLocaleString('en-US')} ${c.unchangedFiles === 1 ? 'file' : 'files'} unchanged.`)
  return parts
}

function section(job: JobReport, c: Comparison, several: boolean): string {
  const title = `#### Compared with the previous import${several ? ` · ${esc(job.jobName ?? 'job', 60)} ${esc(job.jobId, 80)}` : ''}`
  const graph = job.graph ? `graph ${esc(job.graph, 100)}` : 'this graph'
  switch (c.result) {
    case 'no-previous':
      return `${title}\n\nNo earlier successful import of ${graph} to compare with (${count(c.successfulLines)} successful lines now): nothing to check a drop against.`
    case 'unavailable':
      return `${title}\n\n⚠️ Could not compare with the previous import of ${graph}: ${esc(c.reason ?? 'unknown reason', 500)}.`
    case 'compared':
      return `${title}\n\n${compared(c).join('\n\n')}`
  }
}

/**
 * The "Compared with the previous import" sections, one per compared import, within
 * `maxBytes`; undefined when no import was compared. Cloud text is escaped.
 */
export function renderComparisons(report: Report, maxBytes: number): string | undefined {
  const jobs = report.jobs.filter((job) => job.comparison !== null)
  if (jobs.length === 0) return undefined
  const sections: string[] = []
  let used = 0
  for (const [i, job] of jobs.entries()) {
    const text = section(job, job.comparison as Comparison, jobs.length > 1)
    const size = bytes(text) + 2
    if (used + size > maxBytes) {
      sections.push(`_${jobs.length - i} more comparisons are in the \`comparison\` of each job in the JSON report._`)
      break
    }
    used += size
    sections.push(text)
  }
  return sections.join('\n\n')
}
