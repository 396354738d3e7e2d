import type { JobReport, Report, RuleRejection } from './report.js'
import { describeLineLimit, type LineLimit } from '../settings/line-limit.js'

/** Files named in a reason: the biggest drops, enough to know where to look. */
const FILES_NAMED = 5

const lines = (n: number): string => n.toLocaleString('en-US')

/** A share in percent, with one decimal where it matters: 49.1%, 20%, <0.1%. */
export function formatPercent(share: number): string {
  if (share > 0 && share < 0.1) return '<0.1%'
  return `${Number(share.toFixed(1))}%`
}

/**
 * How `max-line-drop` rejects one job, or undefined when the rule holds or does not apply. The
 * rule holds when there is no earlier successful import. It cannot hold on what was not seen:
 * when the previous import could not be established or a count is unknown, the step fails and
 * says why (a gate passes on evidence, and unknown is not zero).
 */
export function lineDropRejection(job: JobReport, limit: LineLimit): RuleRejection | undefined {
  const c = job.comparison
  if (!c || c.result === 'no-previous') return undefined
  const who = `${job.jobName ?? 'job'} ${job.jobId}${job.graph ? ` (graph ${job.graph})` : ''}`
  const rule = `max-line-drop (${describeLineLimit(limit)})`
  const rejection = (measured: number | null, reason: string): RuleRejection => ({
    rule: 'max-line-drop',
    limit: limit.kind === 'lines' ? limit.lines : limit.percent,
    unit: limit.kind,
    measured,
    jobId: job.jobId,
    reason
  })
  if (c.result === 'unavailable' || c.lineDelta === null || c.previousSuccessfulLines === null) {
    return rejection(null, `${rule} could not be checked for ${who}: ${c.reason ?? 'the line counts are unknown'}`)
  }
  const drop = -c.lineDelta
  const exceeded = limit.kind === 'lines' ? drop > limit.lines : drop * 100 > limit.percent * c.previousSuccessfulLines
  if (!exceeded) return undefined
  const share = c.previousSuccessfulLines > 0 ? (drop * 100) / c.previousSuccessfulLines : null
  // The limits are not negative, so lines were lost, and the files' deltas add up to the job's:
  // at least one file lost lines and is named.
  const files = c.files
    .filter((f) => f.lineDelta !== null && f.lineDelta < 0)
    .slice(0, FILES_NAMED)
    .map((f) => `${f.path} ${f.change === 'vanished' ? 'vanished, ' : ''}${lines(f.lineDelta as number)}`)
  return rejection(
    limit.kind === 'lines' ? drop : share,
    `${who} imported ${lines(drop)} fewer successful lines than the previous import ${c.previousJobId}${share === null ? '' : ` (${formatPercent(share)})`}, more than ${rule}; biggest drops: ${files.join('; ')}`
  )
}

export function lineDropRejections(report: Pick<Report, 'jobs'>, limit: LineLimit): RuleRejection[] {
  return report.jobs.map((job) => lineDropRejection(job, limit)).filter((r) => r !== undefined)
}
