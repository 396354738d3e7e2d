/** Time helpers shared by the waiter and the report: one definition of a day and of a duration's text. */
export const DAY_MS = 86_400_000

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

/** RFC 1123 (HTTP dates, RFC 9110 §5.6.7): `Tue, 01 Dec 2026 10:00:00 GMT`, the weekday optional. */
const RFC_1123 =
  /^(?:([a-z]{3}),\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+(GMT|UTC|UT|Z|[+-]\d{4})$/i

/**
 * Epoch numbers below this are seconds, from it on milliseconds. 1e11 s is the year 5138 and
 * 1e11 ms is March 1973: no job time of the GES era is on the wrong side of it, and a job time
 * now has 10 digits in seconds and 13 in milliseconds.
 */
export const EPOCH_MS_FROM = 1e11

/** Date.UTC's last valid instant (ECMA-262 §21.4.1.1). */
const MAX_TIME = 8.64e15

/** A calendar time → epoch ms, or undefined when it does not exist (31 February, 24:00, 23:60). */
function utcTime(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined
  const date = new Date(0)
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi, s, ms)
  // Date rolls 2026-02-31 over to March: refuse it instead.
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date.getTime() : undefined
}

/** `Z`, `+08:00`, `+0800`, `+08`, `GMT` → minutes east of UTC; undefined for an impossible offset. */
function zoneMinutes(zone: string | undefined): number | undefined {
  if (!zone || /^(Z|GMT|UTC|UT)$/i.test(zone)) return 0
  const digits = zone.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = Number(digits.slice(2) || '0')
  if (hours > 23 || minutes > 59) return undefined
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes)
}

/**
 * Parses `yyyy-MM-dd`, `yyyy-MM-ddTHH:mm[:ss[.fff]]` or the same with a space instead of `T`,
 * with an optional zone (`Z`, `+08:00`, `+0800`, `+08`). No zone means UTC: GES writes its job
 * times in UTC without a zone suffix (docs/ges-api.md#times), and `Date.parse` would read them as local
 * time. Returns epoch ms, or undefined when the text is not such a time or names an impossible one.
 */
export function parseUtcTime(text: string): number | undefined {
  const match = DATE_TIME.exec(text.trim())
  if (!match) return undefined
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = match
  const ms = Number(frac.padEnd(3, '0').slice(0, 3))
  const time = utcTime(+y, +mo, +d, +h, +mi, +s, ms)
  const offset = zoneMinutes(zone)
  return time === undefined || offset === undefined ? undefined : inRange(time - offset * 60_000)
}

/** `Tue, 01 Dec 2026 10:00:00 GMT`; a weekday that does not fit the date is refused. */
export function parseRfc1123(text: string): number | undefined {
  const match = RFC_1123.exec(text.trim())
  if (!match) return undefined
  const [, weekday, d, monthName, y, h, mi, s = '0', zone] = match
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1
  if (month === 0) return undefined
  const time = utcTime(+y, month, +d, +h, +mi, +s, 0)
  const offset = zoneMinutes(zone)
  if (time === undefined || offset === undefined) return undefined
  if (weekday !== undefined && WEEKDAYS[new Date(time).getUTCDay()] !== weekday.toLowerCase()) return undefined
  return inRange(time - offset * 60_000)
}

/** Epoch seconds or milliseconds, told apart by magnitude (EPOCH_MS_FROM). */
function parseEpoch(value: number): number | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined
  return inRange(Math.floor(value < EPOCH_MS_FROM ? value * 1000 : value))
}

/**
 * A time as the GES API family writes it (docs/ges-api.md#times documents only the first two; the
 * others come from gateways and newer services of the same family): ISO 8601 with or without
 * a zone, `yyyy-MM-dd HH:mm:ss`, epoch seconds or milliseconds as a JSON number or as a string
 * of digits, and RFC 1123. No zone means UTC. Undefined when it cannot be read.
 */
export function parseJobTime(value: unknown): number | undefined {
  if (typeof value === 'number') return parseEpoch(value)
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return parseEpoch(Number(text))
  return parseUtcTime(text) ?? parseRfc1123(text)
}

function inRange(time: number): number | undefined {
  return Math.abs(time) <= MAX_TIME ? time : undefined
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
