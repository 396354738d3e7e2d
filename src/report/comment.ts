import { formatUtcTime } from '../shared/time.js'
import { renderMarkdown } from './markdown.js'
import type { Report } from './report.js'

/** A PR comment holds at most 65,536 characters; UTF-8 bytes bound them from above. */
export const COMMENT_MAX_BYTES = 64_000

/** The PR comment: the summary's report, a link to the run, and when it was last updated. */
export function renderComment(report: Report, runUrl: string | undefined, now: number): string {
  const fullListAt = runUrl
    ? `the [run summary](${runUrl}) (and the step's \`report\` output)`
    : "the run summary (and the step's `report` output)"
  // renderMarkdown puts failed and partFailed rows first, so the rows the cap cuts are successful ones.
  const body = renderMarkdown(report, { maxBytes: COMMENT_MAX_BYTES, fullListAt, runUrl })
  return `${body}\n<sub>Updated ${formatUtcTime(now)} UTC by ges-job-waiter</sub>\n`
}

/**
 * The comment without what changes on every run: the update time, the wait time, the run link,
 * timestamps (a job's begin and end are fixed once it finished; its id tells jobs apart), and
 * how long ago a stale import finished (stale.ts: it grows by the hour while the import is the same).
 */
export function withoutVolatileParts(body: string): string {
  return body
    .replace(/\r\n/g, '\n')
    .replace(/<sub>Updated [^<\n]* by ges-job-waiter<\/sub>/g, '<sub>Updated by ges-job-waiter</sub>')
    .replace(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?/g, '…')
    .replace(/ · waited [^·\n]* · /g, ' · waited … · ')
    .replace(/ finished \d+ (?:hours|days) ago; set since/g, ' finished … ago; set since')
    .replace(/\/actions\/runs\/\d+(?:\/attempts\/\d+)?/g, '/actions/runs/…')
    .trimEnd()
}

/** skip-unchanged: two comments say the same when only their volatile parts differ. */
export function sameCommentContent(a: string, b: string): boolean {
  return withoutVolatileParts(a) === withoutVolatileParts(b)
}
