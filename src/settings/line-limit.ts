import { InputError } from './input-error.js'

/** A line budget: a number of lines, or a percentage of a reference count of lines. */
export type LineLimit = { kind: 'lines'; lines: number } | { kind: 'percent'; percent: number }

const LINES = /^\d+$/
const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/

/**
 * `50000` or `20%` (`0.5%` too); '' is no limit. A percentage above 100 is refused: no
 * drop or share of lines can exceed it, so it is a typo, not a rule.
 */
function parseLineLimit(value: string, name: string, percentOf: string, example: string): LineLimit | undefined {
  if (!value) return undefined
  const refuse = (problem: string): never => {
    throw new InputError(name, `("${value}") ${problem}`, example)
  }
  const percent = PERCENT.exec(value)
  if (percent) {
    const number = Number(percent[1])
    if (number > 100) refuse('must be a percentage from 0% to 100%')
    return { kind: 'percent', percent: number }
  }
  if (!LINES.test(value) || !Number.isSafeInteger(Number(value))) {
    refuse(`must be a whole number of lines, 0 or more, or a percentage of ${percentOf}`)
  }
  return { kind: 'lines', lines: Number(value) }
}

/** `50,000 lines` or `20%`, as the input said it. */
export function describeLineLimit(limit: LineLimit): string {
  return limit.kind === 'lines' ? limit.lines.toLocaleString('en-US') : `${limit.percent}%`
}

/** `max-failed-lines`: a count, as before, or a percentage of all lines (`0.1%`). */
export function getFailedLinesLimit(value: string): { maxFailedLines?: number; maxFailedLinesPercent?: number } {
  const limit = parseLineLimit(value, 'max-failed-lines', 'all lines', '"1000" or "0.1%"')
  if (!limit) return {}
  return limit.kind === 'lines' ? { maxFailedLines: limit.lines } : { maxFailedLinesPercent: limit.percent }
}

/** `max-line-drop`: the largest allowed drop of successful lines against the previous import. */
export function getMaxLineDrop(value: string): LineLimit | undefined {
  return parseLineLimit(value, 'max-line-drop', "the previous import's successful lines", '"20%" or "50000"')
}
