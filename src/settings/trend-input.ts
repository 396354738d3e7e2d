import { InputError } from './input-error.js'

/** The most imports one chart shows: beyond that the x-axis labels no longer fit GitHub's width. */
const MAX_TREND = 50

/** `trend`: a whole number from 0 (off) to MAX_TREND; empty means 10. */
export function getTrend(value: string): number {
  if (value === '') return 10
  const number = Number(value)
  if (!/^\d+$/.test(value) || number > MAX_TREND) {
    throw new InputError('trend', `("${value}") must be a whole number from 0 (off) to ${MAX_TREND}`, '10')
  }
  return number
}
