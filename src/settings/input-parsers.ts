import { parseUtcTime } from '../shared/time.js'
import { parseDuration, readDuration, unitList, type DurationReading } from './duration.js'
import { InputError } from './input-error.js'
import type { ApiVersion, FailOn } from './settings.js'

/** Parsers of single inputs. Each takes the trimmed input reader and throws InputError. */
export type Input = (name: string) => string

/** '' (an unset input) as undefined. */
export function optional(value: string): string | undefined {
  return value === '' ? undefined : value
}

/**
 * No workflow job runs longer than 35 days (a self-hosted runner's limit; hosted ones stop at 6 h),
 * and a longer duration would also overflow Node's timers (2^31-1 ms, 24.8 days) into firing at once.
 */
const LONGEST_DURATION_MS = 35 * 86_400_000

/** A duration input in ms: a number with a unit, longer than zero, at most 35 days. */
export function getDuration(input: Input, name: string, fallback: string): number {
  const text = input(name) || fallback
  const reading = readDuration(text)
  if ('problem' in reading) throw new InputError(name, durationProblem(text, reading), `"${fallback}" or "1h30m"`)
  if (reading.ms <= 0) throw new InputError(name, `("${text}") must be longer than zero`, `"${fallback}"`)
  if (reading.ms > LONGEST_DURATION_MS) {
    throw new InputError(
      name,
      `("${text}") is longer than a workflow can run (at most 35d, the limit of a self-hosted runner's job)`,
      `"${fallback}" or "6h"`
    )
  }
  return reading.ms
}

/** Why a text is not a duration, in words that show the fix. */
function durationProblem(text: string, reading: Exclude<DurationReading, { ms: number }>): string {
  const value = text.trim()
  switch (reading.problem) {
    case 'bare':
      return `("${value}") has no unit: ${value}s or ${value}m? Write the unit, e.g. ${value}s for seconds or ${value}m for minutes`
    case 'unit':
      return `("${value}") has an unknown unit "${reading.word ?? ''}": use ${unitList()}`
    case 'tail':
      return `("${value}") ends in a number without a unit, "${reading.word ?? ''}": write its unit, e.g. "${reading.fix ?? ''}"`
    case 'syntax':
      return `("${value}") is not a duration: use a number with a unit, ${unitList()}`
  }
}

/** An ISO-8601 timestamp, a date (midnight UTC), or a duration ago such as `2h`. */
export function getTimePoint(input: Input, name: string, now: number): number | undefined {
  const text = input(name)
  if (!text) return undefined
  const absolute = parseUtcTime(text)
  if (absolute !== undefined) return absolute
  const ago = parseDuration(text)
  if (ago !== undefined && /[a-z]$/i.test(text)) return now - ago
  throw new InputError(
    name,
    `("${text}") is not a time: use an ISO-8601 timestamp, a date yyyy-MM-dd, or a duration ago such as 30m, 2h or 1d`,
    '"2026-11-28T09:30:00Z", "2026-11-28" or "2h"'
  )
}

export function getApiVersion(value: string): ApiVersion {
  const normalised = value.toLowerCase()
  if (normalised === '' || normalised === 'v1' || normalised === 'v1.0') return 'v1'
  if (normalised === 'v2') return 'v2'
  throw new InputError('api-version', `("${value}") must be "v1" or "v2"`, 'v1')
}

export function getChoice<T extends string>(input: Input, name: string, choices: T[], fallback: T): T {
  const value = input(name).toLowerCase() || fallback
  const choice = choices.find((c) => c === value)
  if (!choice) throw new InputError(name, `("${input(name)}") must be one of ${choices.join(', ')}`, fallback)
  return choice
}

export function getBoolean(input: Input, name: string, fallback: boolean): boolean {
  const value = input(name).toLowerCase()
  if (value === '') return fallback
  if (value === 'true') return true
  if (value === 'false') return false
  throw new InputError(name, `("${input(name)}") must be true or false`, String(fallback))
}

/** Comma- or newline-separated items, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\r\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
}

/** A list input: items checked against `pattern`, duplicates removed, order kept. */
export function getList(input: Input, name: string, pattern: RegExp, example: string): string[] {
  const items = splitList(input(name))
  for (const item of items) {
    if (!pattern.test(item)) throw new InputError(name, `has an invalid entry "${item}"`, example)
  }
  return [...new Set(items)]
}

/** The default: a gate fails on what it did not see, as on what failed. */
export const DEFAULT_FAIL_ON = 'failed,partFailed,unknown'

export function getFailOn(value: string): FailOn[] {
  const items = (value || DEFAULT_FAIL_ON)
    .split(/[,\s]+/)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)
  if (items.length === 1 && items[0] === 'none') return []
  const result = new Set<FailOn>()
  for (const item of items) {
    if (item === 'failed') result.add('failed')
    else if (item === 'partfailed' || item === 'partiallyfailed') result.add('partFailed')
    else if (item === 'unknown') result.add('unknown')
    else {
      throw new InputError(
        'fail-on',
        `("${value}") must be a comma-separated list of "failed", "partFailed" and "unknown", or "none"`,
        DEFAULT_FAIL_ON
      )
    }
  }
  return [...result]
}
