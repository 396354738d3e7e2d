import { upTo } from './bounded.js'
import { escapeMarkdown as esc } from './escape.js'
import { skipReason } from '../waiter/targets.js'
import type { SkippedReport } from './report.js'

/** At most this many skipped jobs are named; the report file has them all. */
const SHOWN = 20

/**
 * The jobs passed over because their begin time cannot be read, with the value GES sent: a
 * reader sees why a job they expected was not chosen. No section when there are none.
 */
export function skippedSection(skipped: readonly SkippedReport[], maxBytes = Infinity): string[] {
  if (skipped.length === 0) return []
  const { shown } = upTo(
    skipped
      .slice(0, SHOWN)
      .map(
        (s) =>
          `- ${esc(s.jobId, 80)}${s.graph ? ` (graph ${esc(s.graph, 100)})` : ''}: skipped: ${esc(skipReason(s.beginTime), 300)}`
      ),
    maxBytes
  )
  const left = skipped.length - shown.length
  const lines = left > 0 ? [...shown, `- … and ${left} more (see the report)`] : shown
  return [`**Skipped jobs**\n\n${lines.join('\n')}`]
}
