import { formatUtcTime } from '../util/time.js'
import { renderMarkdown } from './markdown.js'
import type { Report } from './report.js'

/** A PR comment holds at most 65,536 characters; UTF-8 bytes bound them from above. */
export const COMMENT_MAX_BYTES = 64_000

/** The PR comment: the summary's report, a link to the run, and when it was last updated. */
export function renderComment(report: Report, runUrl: string | undefined, now: number): string {
  const fullListAt = runUrl ? `the [run summary](${runUrl})` : 'the run summary'
  const body = renderMarkdown(report, { maxBytes: COMMENT_MAX_BYTES, fullListAt, runUrl })
  return `${body}\n<sub>Updated ${formatUtcTime(now)} UTC by ges-job-waiter</sub>\n`
}
