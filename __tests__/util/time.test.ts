import { describe, expect, it } from '@jest/globals'
import { formatUtcDate, formatUtcTime, parseUtcTime } from '../../src/util/time.js'

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number =>
  Date.UTC(y, mo - 1, d, h, mi, s, ms)

describe('parseUtcTime', () => {
  it('reads the GES v1 format yyyy-MM-ddTHH:mm:ss as UTC, not local time', () => {
    expect(parseUtcTime('2018-12-17T12:55:40')).toBe(utc(2018, 12, 17, 12, 55, 40))
  })

  it('reads the newer v2 format yyyy-MM-dd HH:mm:ss as UTC', () => {
    expect(parseUtcTime('2018-12-17 12:55:40')).toBe(utc(2018, 12, 17, 12, 55, 40))
  })

  it('gives the same instant for both GES formats', () => {
    expect(parseUtcTime('2026-11-28 09:30:00')).toBe(parseUtcTime('2026-11-28T09:30:00'))
  })

  it('reads a date alone as midnight UTC', () => {
    expect(parseUtcTime('2026-11-28')).toBe(utc(2026, 11, 28))
  })

  it('accepts minutes without seconds and fractions of a second', () => {
    expect(parseUtcTime('2026-11-28T09:30')).toBe(utc(2026, 11, 28, 9, 30))
    expect(parseUtcTime('2026-11-28T09:30:00.5')).toBe(utc(2026, 11, 28, 9, 30, 0, 500))
    expect(parseUtcTime('2026-11-28T09:30:00.123456789Z')).toBe(utc(2026, 11, 28, 9, 30, 0, 123))
  })

  it.each([
    ['2026-11-28T09:30:00Z', utc(2026, 11, 28, 9, 30)],
    ['2026-11-28T09:30:00z', utc(2026, 11, 28, 9, 30)],
    ['2026-11-28T09:30:00+08:00', utc(2026, 11, 28, 1, 30)],
    ['2026-11-28T09:30:00+0800', utc(2026, 11, 28, 1, 30)],
    ['2026-11-28T09:30:00-05:30', utc(2026, 11, 28, 15, 0)],
    ['2026-11-28 01:00:00+02:00', utc(2026, 11, 27, 23, 0)],
    ['2026-11-28T09:30:00+00:00', utc(2026, 11, 28, 9, 30)]
  ])('applies the zone of %s', (text, expected) => {
    expect(parseUtcTime(text)).toBe(expected)
  })

  it('trims surrounding whitespace', () => {
    expect(parseUtcTime('  2026-01-02T03:04:05  ')).toBe(utc(2026, 1, 2, 3, 4, 5))
  })

  it.each([
    '2026-02-31',
    '2026-02-29', // 2026 is not a leap year
    '2026-13-01',
    '2026-00-10',
    '2026-04-31T00:00:00',
    '2026-01-01T24:00:00',
    '2026-01-01T23:60:00',
    '2026-01-01T23:59:60',
    '2026-1-1',
    '26-01-01',
    '2026/01/01',
    '2026-01-01T',
    '2026-01-01T10',
    '2026-01-01T10:00:00 UTC',
    '2026-01-01T10:00:00+8',
    'yesterday',
    '2h',
    ''
  ])('refuses %j', (text) => {
    expect(parseUtcTime(text)).toBeUndefined()
  })

  it('accepts 29 February in a leap year', () => {
    expect(parseUtcTime('2028-02-29')).toBe(utc(2028, 2, 29))
  })
})

describe('formatting', () => {
  const t = utc(2026, 3, 5, 7, 8, 9, 999)
  it('formatUtcDate gives the UTC date', () => {
    expect(formatUtcDate(t)).toBe('2026-03-05')
    expect(formatUtcDate(utc(2026, 3, 5, 23, 59, 59))).toBe('2026-03-05')
  })
  it('formatUtcTime gives yyyy-MM-dd HH:mm:ss', () => {
    expect(formatUtcTime(t)).toBe('2026-03-05 07:08:09')
  })
  it('formatUtcTime output parses back to the same second', () => {
    expect(parseUtcTime(formatUtcTime(t))).toBe(utc(2026, 3, 5, 7, 8, 9))
  })
})
