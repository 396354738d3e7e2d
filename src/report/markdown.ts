import { renderTrends } from '../history/trend-markdown.js'
import { formatDuration } from '../shared/time.js'
import { renderComparisons } from './comparison-markdown.js'
import { escapeMarkdown as esc } from './escape.js'
import { formatPercent } from './line-drop-rule.js'
import type { FileReport, JobOutcome, JobReport, Report, ReportStatus, RuleRejection } from './report.js'
import { skippedSection } from './skipped.js'
import { renderNotFound } from './not-found.js'
import { renderStale } from './stale.js'
import { renderRejectedLines } from './rejected-lines-markdown.js'
import { renderStartedImport } from './started-import.js'

export interface RenderLimits {
  /** UTF-8 bytes the rendering must stay under (1 MiB for a step summary). */
  maxBytes: number
  /** Where the complete file list can be found when the tables are cut. */
  fullListAt: string
  /** Link to the run, where the full summary is (PR comments). */
  runUrl?: string
}

const HEADLINE: Record<ReportStatus, string> = {
  success: '✅ GES import succeeded',
  // A rule of the workflow (max-line-drop, max-failed-lines) rejected a successful import.
  rejected: '❌ GES import succeeded, but a gate rule failed',
  failed: '❌ GES import failed',
  partFailed: '⚠️ GES import partially failed',
  unknown: '❔ GES import result unknown',
  timeout: '⏱️ Timed out waiting for the GES job',
  'not-found': '🔍 No matching GES job found',
  cancelled: '🛑 Cancelled while waiting for the GES job',
  error: '❌ Could not check the GES job'
}

const OUTCOME_BADGE: Record<JobOutcome, string> = {
  success: '✅',
  failed: '❌',
  partFailed: '⚠️',
  unknown: '❔',
  unfinished: '⏳',
  disagreeing: '⁉️'
}

const FILE_BADGE: Record<string, string> = { success: '✅', failed: '❌', partFailed: '⚠️' }

/** Failures first, so that what went wrong leads the report. */
const SEVERITY: Record<string, number> = {
  failed: 0,
  disagreeing: 0,
  partFailed: 1,
  unknown: 2,
  unfinished: 3,
  success: 4
}
const severity = (status: string): number => SEVERITY[status] ?? SEVERITY.unknown

const count = (n: number | null): string => (n === null ? 'unknown' : n.toLocaleString('en-US'))
const cellCount = (n: number | null): string => (n === null ? '–' : n.toLocaleString('en-US'))
const time = (iso: string | null): string => (iso ? iso.replace('T', ' ').replace('Z', '') : '–')
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`
const header = (cells: string[]): string => `${row(cells)}\n${row(cells.map(() => '---'))}`

function sumLines(job: JobReport, pick: (f: FileReport) => number | null): number | null {
  const values = job.files.map(pick).filter((n): n is number => n !== null)
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0)
}

/** The job's result with its files, and what GES said of the job itself when that differs. */
function jobStatusCell(job: JobReport): string {
  const said = esc(job.status, 40)
  if (job.outcome === 'unfinished' || job.outcome === job.status) return `${OUTCOME_BADGE[job.outcome]} ${said}`
  return `${OUTCOME_BADGE[job.outcome]} ${job.outcome} (GES: ${said})`
}

/** The jobs, failures first, as many rows as `maxBytes` holds; a note says how many are left out. */
function jobsTable(jobs: JobReport[], maxBytes: number, fullListAt: string): string {
  const rows = jobs.map((job) =>
    row([
      esc(job.graph ?? '–', 100),
      `${esc(job.jobName ?? 'job', 60)} ${esc(job.jobId, 80)}`,
      jobStatusCell(job),
      time(job.beginTime),
      time(job.endTime),
      job.durationSeconds === null ? '–' : formatDuration(job.durationSeconds * 1000),
      cellCount(sumLines(job, (f) => f.successfulLines)),
      cellCount(sumLines(job, (f) => f.failedLines))
    ])
  )
  const table = header(['Graph', 'Job', 'Status', 'Begin (UTC)', 'End (UTC)', 'Duration', 'Lines ok', 'Lines failed'])
  const { shown, left } = upTo(rows, maxBytes - bytes(table))
  const cut = left > 0 ? `\n\n${leftOut(left, left === 1 ? 'job is' : 'jobs are', fullListAt)}` : ''
  return `${[table, ...shown].join('\n')}${cut}`
}

/** The first items that fit in `maxBytes` (one line each), and how many did not. */
function upTo(items: string[], maxBytes: number): { shown: string[]; left: number } {
  let used = 0
  let shown = 0
  while (shown < items.length && used + bytes(items[shown]) + 1 <= maxBytes) used += bytes(items[shown++]) + 1
  return { shown: items.slice(0, shown), left: items.length - shown }
}

const leftOut = (left: number, what: string, fullListAt: string): string =>
  `_${left.toLocaleString('en-US')} more ${what} not shown to keep this report within size limits; the complete list is in ${fullListAt}._`

/** Items joined with "; " as far as `maxBytes` holds, then how many more there are. */
function clipJoin(items: string[], maxBytes: number): string {
  const { shown, left } = upTo(items, maxBytes)
  return [...shown, ...(left > 0 ? [`… and ${left.toLocaleString('en-US')} more`] : [])].join('; ')
}

/** A titled list of one line per item, cut to `maxBytes` with a note (one line per job can be thousands). */
function boundedList(title: string, items: string[], maxBytes: number, fullListAt: string): string[] {
  if (items.length === 0) return []
  const { shown, left } = upTo(items, maxBytes)
  const cut = left > 0 ? [`- ${leftOut(left, left === 1 ? 'line is' : 'lines are', fullListAt)}`] : []
  return [`**${title}**\n\n${[...shown, ...cut].join('\n')}`]
}

const FILES_HEADER = header(['Kind', 'Path', 'Status', 'Lines ok / failed / total', 'Cause', 'Log'])

function fileRow(file: FileReport): string {
  return row([
    file.kind,
    esc(file.path || '–', 300),
    `${FILE_BADGE[file.status] ?? '❔'} ${esc(file.status, 40)}`,
    `${cellCount(file.successfulLines)} / ${cellCount(file.failedLines)} / ${cellCount(file.totalLines)}`,
    file.cause ? esc(file.cause) : '–',
    file.log ? esc(file.log, 300) : '–'
  ])
}

function byDescendingSeverity<T>(items: T[], statusOf: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, rank: severity(statusOf(item)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ item }) => item)
}

function summaryLine(report: Report): string {
  const { totals } = report
  const jobs = `**${report.jobs.length} ${report.jobs.length === 1 ? 'job' : 'jobs'}**`
  const files =
    totals.failedFiles === null
      ? 'file results not reported by GES'
      : `${totals.failedFiles} failed ${totals.failedFiles === 1 ? 'file' : 'files'}`
  const verdict = report.passed ? 'the step passes' : 'the step fails'
  const waited = `waited ${formatDuration(report.waitedSeconds * 1000)}`
  // Without a job nothing is known of lines or files: say nothing rather than zeros.
  if (report.jobs.length === 0) return `${jobs} · ${waited} · ${verdict}`
  return `${jobs} · ${count(totals.successfulLines)} lines ok · ${count(totals.failedLines)} lines failed · ${files} · waited ${formatDuration(report.waitedSeconds * 1000)} · ${verdict}`
}

function headline(report: Report): string {
  if (report.startedImport?.result === 'unknown') return '⚠️ A GES import may have started: result unknown'
  if (report.startedImport && report.startedImport.result !== 'started') return '❌ GES import not started'
  if (report.status === 'error' && report.jobs.some((job) => job.disagreement)) return '❌ GES answers disagree'
  // Rejected: say which rule, so that the headline alone names the input to look at.
  const rules = [...new Set(report.rejectedBy.map((r) => `\`${r.rule}\``))]
  if (report.status === 'rejected' && rules.length > 0) return `${HEADLINE.rejected} (${rules.join(', ')})`
  return HEADLINE[report.status]
}

/** The text the judge gives as the reason when this error stopped the wait. */
function errorText(error: NonNullable<Report['error']>): string {
  const text = error.message || 'the wait was stopped by an error'
  return error.reference ? `${text} (${error.reference})` : text
}

/** `max-line-drop` 20% (measured 50%, job ff01): the rule, its limit and what was measured against it. */
function describeRejection(rejection: RuleRejection): string {
  const amount = (n: number): string =>
    rejection.unit === 'percent' ? formatPercent(n) : `${n.toLocaleString('en-US')} lines`
  const measured = rejection.measured === null ? 'could not be measured' : `measured ${amount(rejection.measured)}`
  const job = rejection.jobId === null ? '' : `, job ${esc(rejection.jobId, 80)}`
  const limit = rejection.unit === 'percent' ? `${rejection.limit}%` : amount(rejection.limit)
  return `\`${rejection.rule}\` ${limit} (${measured}${job})`
}

/**
 * Everything after the file tables: reasons, what was not found, errors, the verdict and a hint.
 * Lists with a line per job get a share of `maxBytes` each: a listing can name thousands of jobs.
 */
function closingSections(report: Report, limits: RenderLimits): string[] {
  const share = limits.maxBytes / 16
  const tail: string[] = []
  const failReasons = report.jobs
    .filter((job) => job.failReason)
    .map((job) => `- ${esc(job.jobId, 80)}: ${esc(job.failReason ?? '', 600)}`)
  tail.push(...boundedList('Fail reasons', failReasons, share, limits.fullListAt))
  const notices = [
    ...report.jobs.filter((job) => job.disagreement).map((job) => `- ⁉️ ${esc(job.disagreement ?? '', 600)}`),
    ...report.jobs.filter((job) => job.unconfirmed).map((job) => `- ⁉️ ${esc(job.unconfirmed ?? '', 600)}`),
    ...report.jobs
      .filter((job) => job.unreadable)
      .map(
        (job) => `- ${esc(job.jobId, 80)}: its entry in the job list cannot be read (${esc(job.unreadable ?? '', 300)})`
      ),
    ...report.warnings.map((warning) => `- ${esc(warning, 600)}`)
  ]
  tail.push(...boundedList('Notices', notices, share, limits.fullListAt))
  if (report.missing.length > 0)
    tail.push(
      `**Not found**: ${clipJoin(
        report.missing.map((m) => esc(m, 300)),
        share
      )}`
    )
  tail.push(...renderNotFound(report.notFound))
  tail.push(...skippedSection(report.skipped))
  const vanished = report.jobs.filter((job) => job.vanished).map((job) => esc(job.jobId, 80))
  if (vanished.length > 0) tail.push(`**No longer listed by the job center**: ${clipJoin(vanished, share)}`)
  if (report.error) {
    const label = report.error.stoppedWait ? 'Error' : 'Last retried error'
    tail.push(
      `**${label}**: ${esc(report.error.message, 1000)}${report.error.reference ? ` (${esc(report.error.reference, 200)})` : ''}`
    )
  }
  if (report.rejectedBy.length > 0)
    tail.push(`**Rejected by**: ${clipJoin(report.rejectedBy.map(describeRejection), share)}`)
  // Each fact once: the error that stopped the wait, and why nothing was found, are reasons
  // already shown above.
  const stoppedBy = report.error?.stoppedWait ? errorText(report.error) : undefined
  const reasons = report.reasons.filter((reason) => reason !== stoppedBy && reason !== report.notFound?.message)
  if (!report.passed && reasons.length > 0)
    tail.push(
      `**Why the step fails**: ${clipJoin(
        reasons.map((r) => esc(r, 600)),
        share
      )}`
    )
  if (report.hint) tail.push(`> [!TIP]\n> ${report.hint}`)
  if (limits.runUrl) tail.push(`[Workflow run](${limits.runUrl})`)
  return tail
}

/**
 * The report as GitHub markdown: a headline, a summary line, one table of jobs (failures first),
 * one table of files per job (failed and partFailed files first), notices, why the step fails
 * and a hint. Cloud text is escaped; file rows stop when the size budget is reached, with a note
 * saying how many were left out and where the full list is.
 */
export function renderMarkdown(report: Report, limits: RenderLimits): string {
  const jobs = byDescendingSeverity(report.jobs, (job) => job.outcome)
  const head = [
    `### ${headline(report)}`,
    summaryLine(report),
    ...renderStartedImport(report.startedImport),
    ...renderStale(report.stale)
  ]
  if (jobs.length > 0) head.push(jobsTable(jobs, limits.maxBytes / 4, limits.fullListAt))
  const comparisons = renderComparisons(report, limits.maxBytes / 4)
  if (comparisons) head.push(comparisons)
  const trends = renderTrends(report, limits.maxBytes / 8)
  if (trends) head.push(trends)
  const tail = closingSections(report, limits)

  const reserve = 2048
  let budget = limits.maxBytes - reserve - bytes(head.join('\n\n')) - bytes(tail.join('\n\n'))
  const sections: string[] = []
  let left = 0
  for (const job of jobs) {
    if (job.files.length === 0) continue
    const title = `#### Files of ${esc(job.jobName ?? 'job', 60)} ${esc(job.jobId, 80)}${job.graph ? ` (graph ${esc(job.graph, 100)})` : ''}`
    const opening = `${title}\n\n${FILES_HEADER}`
    if (left > 0 || budget - bytes(opening) < 0) {
      left += job.files.length
      continue
    }
    budget -= bytes(opening) + 2
    const rows: string[] = []
    for (const file of byDescendingSeverity(job.files, (f) => f.status)) {
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
    sections.push(leftOut(left, left === 1 ? 'file is' : 'files are', limits.fullListAt))
  }
  const rejected = renderRejectedLines(jobs, budget)
  if (rejected) sections.push(rejected)
  const markdown = `${[...head, ...sections, ...tail].join('\n\n')}\n`
  // Every part above has its share; this holds the limit should the shares ever add up to more
  // (a step summary over 1 MiB is refused whole, and the report would be lost).
  if (bytes(markdown) <= limits.maxBytes) return markdown
  return `${[`### ${headline(report)}`, summaryLine(report), `_The full report does not fit within size limits; it is in ${limits.fullListAt}._`].join('\n\n')}\n`
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
