// Durations as people write them in a workflow file: `30s`, `5m`, `30min`, `2 hours`, `1h30m`.
// A bare number is refused: GitHub's own `timeout-minutes` counts minutes, so `30` is read as
// 30 minutes by some and 30 seconds by others (docs/durations.md).

const MS_PER: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** Every spelling accepted, by the unit it means. Case does not matter. */
const UNIT_SPELLINGS: Record<string, string[]> = {
  ms: ['ms', 'msec', 'msecs', 'millisecond', 'milliseconds'],
  s: ['s', 'sec', 'secs', 'second', 'seconds'],
  m: ['m', 'min', 'mins', 'minute', 'minutes'],
  h: ['h', 'hr', 'hrs', 'hour', 'hours'],
  d: ['d', 'day', 'days']
}

const UNIT_OF = new Map(Object.entries(UNIT_SPELLINGS).flatMap(([unit, names]) => names.map((n) => [n, unit])))

/** A number followed by a word (the unit); spaces allowed between and around the parts. */
const PART = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/gy

export type DurationReading =
  | { ms: number }
  /**
   * `bare`: a number without a unit; `unit`: a word that is no unit; `tail`: a compound whose last
   * number has no unit (`1h30`; `fix` is the likely meaning, `1h30m`); `syntax`: not a duration at all.
   */
  | { problem: 'bare' | 'unit' | 'tail' | 'syntax'; word?: string; fix?: string }

/** The unit a clock-style compound's last number means after each unit: `1h30` is 1h30m, `5m30` 5m30s. */
const NEXT_UNIT: Record<string, string> = { d: 'h', h: 'm', m: 's', s: 'ms' }

/**
 * Reads `500ms`, `30s`, `5m`, `30min`, `2 hours`, `1d`, or compounds such as `1h30m` and
 * `1h 30min`. Units are the spellings of UNIT_SPELLINGS; a bare number has none.
 */
export function readDuration(text: string): DurationReading {
  const value = text.trim().toLowerCase()
  if (/^\d+(?:\.\d+)?$/.test(value)) return { problem: 'bare' }
  if (value === '') return { problem: 'syntax' }
  let total = 0
  let at = 0
  let last = ''
  PART.lastIndex = 0
  for (let match = PART.exec(value); match !== null; match = PART.exec(value)) {
    const unit = UNIT_OF.get(match[2])
    if (unit === undefined) return { problem: 'unit', word: match[2] }
    total += Number(match[1]) * MS_PER[unit]
    at = PART.lastIndex
    last = unit
  }
  const rest = value.slice(at)
  if (at > 0 && NEXT_UNIT[last] && /^\d+(?:\.\d+)?$/.test(rest)) {
    return { problem: 'tail', word: rest, fix: `${text.trim()}${NEXT_UNIT[last]}` }
  }
  if (at !== value.length) return { problem: 'syntax' }
  return { ms: Math.round(total) }
}

/** The duration in ms, or undefined when the text is not one (a bare number included). */
export function parseDuration(text: string): number | undefined {
  const reading = readDuration(text)
  return 'ms' in reading ? reading.ms : undefined
}

/** `ms, s, m (min, minutes), …`: what a refused unit is told. */
export function unitList(): string {
  return Object.values(UNIT_SPELLINGS)
    .map(([short, ...others]) => `${short} (${others.filter((o) => o.length > 1).join(', ')})`)
    .join('; ')
}
