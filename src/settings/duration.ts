const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/

/**
 * Parses `500ms`, `30s`, `5m`, `2h`, `1d`, compounds such as `1h30m`, or a bare number of
 * seconds. Returns undefined when the text is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim().toLowerCase()
  if (/^\d+(?:\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000)
  if (!WHOLE.test(value)) return undefined
  let total = 0
  for (const [, amount, unit] of value.matchAll(PART)) total += Number(amount) * UNIT_MS[unit]
  return Math.round(total)
}
