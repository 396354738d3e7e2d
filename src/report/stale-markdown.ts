import { leftOut, upTo } from './bounded.js'
import { escapeMarkdown as esc } from './escape.js'
import type { StaleJob } from './stale.js'

// The callout is rendering only: it loads with the summary's chunk, not with the judge.

/**
 * A warning callout per stale job, the job and graph names escaped; as many as `maxBytes` holds
 * (`select: all` without `since` can make thousands stale), then how many were left out.
 */
export function renderStale(
  stale: readonly StaleJob[] | undefined,
  maxBytes = Infinity,
  fullListAt = 'the report'
): string[] {
  if (!stale || stale.length === 0) return []
  const { shown, left } = upTo(
    stale.map((s) => `> ${esc(s.message, 400)}`),
    maxBytes,
    3
  )
  const cut = left > 0 ? [`> ${leftOut(left, left === 1 ? 'stale job is' : 'stale jobs are', fullListAt)}`] : []
  return [`> [!WARNING]\n${[...shown, ...cut].join('\n>\n')}`]
}
