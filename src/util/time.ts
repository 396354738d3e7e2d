/** Time helpers shared by the waiter and the report: one definition of a day and of a duration's text. */
export const DAY_MS = 86_400_000

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * Parses `yyyy-MM-dd`, `yyyy-MM-ddTHH:mm[:ss[.fff]]` or the same with a space instead of `T`,
 * with an optional zone (`Z`, `+08:00`). No zone means UTC: GES writes its job times in UTC
 * without a zone suffix (ges-api.md §2), and `Date.parse` would read them as local time.
 * Returns epoch ms, or undefined when the text is not such a time.
 */
export function parseUtcTime(text: string): number | undefined {
  const match = DATE_TIME.exec(text.trim())
  if (!match) return undefined
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = match
  const ms = Number(frac.padEnd(3, '0').slice(0, 3))
  let time = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, ms)
  const check = new Date(time)
  // Date.UTC rolls 2026-02-31 over to March: refuse it instead.
  if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) {
    return undefined
  }
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
  }
  return time
}

/** epoch ms → `yyyy-MM-dd` in UTC. */
export function formatUtcDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}

/** epoch ms → `yyyy-MM-dd HH:mm:ss` UTC, for people. */
export function formatUtcTime(time: number): string {
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ')
}

/** `75_000` → `1m15s`; for logs and the summary. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–'
  if (ms < 1000) return `${Math.round(ms)}ms`
  let seconds = Math.round(ms / 1000)
  const parts: string[] = []
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60]
  ] as const) {
    if (seconds >= size) {
      parts.push(`${Math.floor(seconds / size)}${unit}`)
      seconds %= size
    }
  }
  if (seconds > 0 || parts.length === 0) parts.push(`${seconds}s`)
  return parts.join('')
}
