import { formatDuration } from '../settings/duration.js'
import { renderComparisons } from './comparison-markdown.js'
import { escapeMarkdown as esc } from './escape.js'
import type { FileReport, JobReport, Report, ReportStatus } from './report.js'
import type { Verdict } from './verdict.js'

/** Everything a rendering says beyond the report itself. */
export interface ReportContext {
  verdict: Verdict
  elapsedMs: number
  /** Targets never found, in words. */
  missing: string[]
  /** Ids of jobs the job center stopped listing. */
  vanished: string[]
  /** The error that stopped the wait, or the last retried one. */
  error?: { message: string; reference: string; stopped: boolean }
  hint?: string
  /** Link to the run, where the full summary is (PR comments). */
  runUrl?: string
}

export interface RenderLimits {
  /** UTF-8 bytes the rendering must stay under (1 MiB for a step summary). */
  maxBytes: number
  /** Where the complete file list can be found when the tables are cut. */
  fullListAt: string
}

const HEADLINE: Record<ReportStatus, string> = {
  success: '✅ GES import succeeded',
  failed: '❌ GES import failed',
  partiallyFailed: '⚠️ GES import partially failed',
  timeout: '⏱️ Timed out waiting for the GES job',
  'not-found': '🔍 No matching GES job found',
  cancelled: '🛑 Cancelled while waiting for the GES job'
}

const STATUS_ICON: Record<string, string> = {
  success: '✅',
  failed: '❌',
  partiallyFailed: '⚠️',
  partFailed: '⚠️',
  running: '⏳',
  pending: '⏳'
}

const count = (n: number | null): string => (n === null ? '–' : n.toLocaleString('en-US'))
const time = (iso: string | null): string => (iso ? iso.replace('T', ' ').replace('Z', '') : '–')
const status = (s: string): string => `${STATUS_ICON[s] ?? '❔'} ${esc(s, 40)}`
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`
const header = (cells: string[]): string => `${row(cells)}\n${row(cells.map(() => '---'))}`

function sumLines(job: JobReport, pick: (f: FileReport) => number | null): number | null {
  const values = job.files.map(pick).filter((n): n is number => n !== null)
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0)
}

function jobsTable(jobs: JobReport[]): string {
  const lines = [header(['Graph', 'Job', 'Status', 'Begin (UTC)', 'End (UTC)', 'Duration', 'Lines ok', 'Lines failed'])]
  for (const job of jobs) {
    lines.push(
      row([
        esc(job.graph ?? '–', 100),
        `${esc(job.jobName ?? 'job', 60)} ${esc(job.jobId, 80)}`,
        status(job.status),
        time(job.beginTime),
        time(job.endTime),
        job.durationSeconds === null ? '–' : formatDuration(job.durationSeconds * 1000),
        count(sumLines(job, (f) => f.successfulLines)),
        count(sumLines(job, (f) => f.failedLines))
      ])
    )
  }
  return lines.join('\n')
}

const FILES_HEADER = header(['Kind', 'Path', 'Status', 'Lines ok / failed / total', 'Cause', 'Log'])

function fileRow(file: FileReport): string {
  return row([
    file.kind,
    esc(file.path || '–', 300),
    status(file.status),
    `${count(file.successfulLines)} / ${count(file.failedLines)} / ${count(file.totalLines)}`,
    file.cause ? esc(file.cause) : '–',
    file.log ? esc(file.log, 300) : '–'
  ])
}

/**
 * The report as GitHub markdown: a verdict line, one table of jobs, one table of files per
 * job, fail reasons and a hint. Cloud text is escaped; file rows stop when the size budget is
 * reached, with a note saying how many were left out and where the full list is.
 */
export function renderMarkdown(report: Report, context: ReportContext, limits: RenderLimits): string {
  const head: string[] = []
  const verdictWord = context.verdict.fail ? 'the step fails' : 'the step passes'
  // An API error is not a failed import: say that the job could not be checked.
  head.push(`### ${context.error?.stopped ? '❌ Could not check the GES job' : HEADLINE[report.status]}`)
  const { totals } = report
  head.push(
    `**${report.jobs.length} ${report.jobs.length === 1 ? 'job' : 'jobs'}** · ${count(totals.successfulLines)} lines ok · ${count(totals.failedLines)} lines failed · ${totals.failedFiles} failed ${totals.failedFiles === 1 ? 'file' : 'files'} · waited ${formatDuration(context.elapsedMs)} · ${verdictWord}`
  )
  if (report.jobs.length > 0) head.push(jobsTable(report.jobs))
  const comparisons = renderComparisons(report, limits.maxBytes / 4)
  if (comparisons) head.push(comparisons)

  const tail: string[] = []
  const reasons = report.jobs
    .filter((job) => job.failReason)
    .map((job) => `- ${esc(job.jobId, 80)}: ${esc(job.failReason ?? '')}`)
  if (reasons.length > 0) tail.push(`**Fail reasons**\n\n${reasons.join('\n')}`)
  if (context.missing.length > 0) tail.push(`**Not found**: ${context.missing.map((m) => esc(m, 300)).join('; ')}`)
  if (context.vanished.length > 0) {
    tail.push(`**No longer listed by the job center**: ${context.vanished.map((id) => esc(id, 80)).join(', ')}`)
  }
  if (context.error) {
    const label = context.error.stopped ? 'Error' : 'Last retried error'
    tail.push(
      `**${label}**: ${esc(context.error.message, 1000)}${context.error.reference ? ` (${esc(context.error.reference, 200)})` : ''}`
    )
  }
  if (context.verdict.fail)
    tail.push(`**Why the step fails**: ${context.verdict.reasons.map((r) => esc(r, 300)).join('; ')}`)
  if (context.hint) tail.push(`> [!TIP]\n> ${context.hint}`)
  if (context.runUrl) tail.push(`[Workflow run](${context.runUrl})`)

  const reserve = 2048
  let budget = limits.maxBytes - reserve - bytes(head.join('\n\n')) - bytes(tail.join('\n\n'))
  const sections: string[] = []
  let left = 0
  for (const job of report.jobs) {
    if (job.files.length === 0) continue
    const title = `#### Files of ${esc(job.jobName ?? 'job', 60)} ${esc(job.jobId, 80)}${job.graph ? ` (graph ${esc(job.graph, 100)})` : ''}`
    const opening = `${title}\n\n${FILES_HEADER}`
    if (left > 0 || budget - bytes(opening) < 0) {
      left += job.files.length
      continue
    }
    budget -= bytes(opening) + 2
    const rows: string[] = []
    for (const file of job.files) {
      const line = fileRow(file)
      if (left > 0 || budget - bytes(line) - 1 < 0) {
        left += 1
        continue
      }
      budget -= bytes(line) + 1
      rows.push(line)
    }
    sections.push(rows.length > 0 ? `${opening}\n${rows.join('\n')}` : title)
  }
  if (left > 0) {
    sections.push(
      `_${left.toLocaleString('en-US')} more ${left === 1 ? 'file is' : 'files are'} not shown to keep this report within size limits; the complete list is in ${limits.fullListAt}._`
    )
  }
  return `${[...head, ...sections, ...tail].join('\n\n')}\n`
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
