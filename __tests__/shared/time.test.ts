import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  EPOCH_MS_FROM,
  formatUtcDate,
  formatUtcTime,
  parseJobTime,
  parseRfc1123,
  parseUtcTime
} from '../../src/shared/time.js'

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

describe('parseUtcTime, more', () => {
  it('reads a zone given as hours only', () => {
    expect(parseUtcTime('2026-11-28T09:30:00+08')).toBe(utc(2026, 11, 28, 1, 30))
  })

  it('reads years below 100 as such, not as 19xx', () => {
    expect(parseUtcTime('0050-01-01T00:00:00Z')).toBe(Date.parse('0050-01-01T00:00:00Z'))
    expect(new Date(parseUtcTime('0050-03-01') ?? 0).getUTCFullYear()).toBe(50)
  })

  it.each(['2026-01-01T10:00:00+24:00', '2026-01-01T10:00:00+05:60', '2026-01-01T10:00:00+5'])(
    'refuses the impossible offset in %j',
    (text) => {
      expect(parseUtcTime(text)).toBeUndefined()
    }
  )
})

describe('parseRfc1123', () => {
  it.each([
    ['Tue, 01 Dec 2026 10:00:00 GMT', utc(2026, 12, 1, 10)],
    ['tue, 01 dec 2026 10:00:00 gmt', utc(2026, 12, 1, 10)],
    ['01 Dec 2026 10:00:00 GMT', utc(2026, 12, 1, 10)],
    ['Tue, 1 Dec 2026 10:00 UTC', utc(2026, 12, 1, 10)],
    ['Tue, 01 Dec 2026 18:00:00 +0800', utc(2026, 12, 1, 10)],
    ['Mon, 30 Nov 2026 23:00:00 -1100', utc(2026, 12, 1, 10)],
    ['Tue, 29 Feb 2028 00:00:00 GMT', utc(2028, 2, 29)]
  ])('reads %j', (text, expected) => {
    expect(parseRfc1123(text)).toBe(expected)
  })

  it.each([
    'Wed, 01 Dec 2026 10:00:00 GMT', // 1 December 2026 is a Tuesday
    'Sun, 29 Feb 2026 00:00:00 GMT', // no 29 February in 2026
    'Tue, 31 Nov 2026 10:00:00 GMT',
    'Tue, 01 Dex 2026 10:00:00 GMT',
    'Tue, 01 Dec 2026 24:00:00 GMT',
    'Tue, 01 Dec 2026 10:60:00 GMT',
    'Tue, 01 Dec 2026 10:00:00',
    'Tue, 01 Dec 2026 10:00:00 CET',
    'Tue, 01 Dec 26 10:00:00 GMT',
    'Tuesday, 01-Dec-26 10:00:00 GMT'
  ])('refuses %j', (text) => {
    expect(parseRfc1123(text)).toBeUndefined()
  })
})

describe('parseJobTime', () => {
  const T = utc(2026, 12, 1, 10, 0, 0)

  it.each<[string, unknown]>([
    ['ISO without zone (v1)', '2026-12-01T10:00:00'],
    ['yyyy-MM-dd HH:mm:ss (v2)', '2026-12-01 10:00:00'],
    ['ISO with Z', '2026-12-01T10:00:00Z'],
    ['ISO with +08:00', '2026-12-01T18:00:00+08:00'],
    ['ISO with +0800', '2026-12-01T18:00:00+0800'],
    ['ISO with fractional seconds', '2026-12-01T10:00:00.000Z'],
    ['epoch seconds (number)', T / 1000],
    ['epoch milliseconds (number)', T],
    ['epoch seconds (string)', String(T / 1000)],
    ['epoch milliseconds (string)', String(T)],
    ['epoch seconds with a fraction', `${T / 1000}.0`],
    ['padded epoch', ` ${T} `],
    ['RFC 1123', 'Tue, 01 Dec 2026 10:00:00 GMT']
  ])('reads %s', (_, value) => {
    expect(parseJobTime(value)).toBe(T)
  })

  it('tells seconds from milliseconds at EPOCH_MS_FROM', () => {
    expect(parseJobTime(EPOCH_MS_FROM - 1)).toBe((EPOCH_MS_FROM - 1) * 1000)
    expect(parseJobTime(EPOCH_MS_FROM)).toBe(EPOCH_MS_FROM)
    expect(parseJobTime(String(EPOCH_MS_FROM - 1))).toBe((EPOCH_MS_FROM - 1) * 1000)
    expect(parseJobTime(String(EPOCH_MS_FROM))).toBe(EPOCH_MS_FROM)
  })

  it('reads fractional epoch seconds to the millisecond', () => {
    expect(parseJobTime(T / 1000 + 0.25)).toBe(T + 250)
  })

  it.each<[string, unknown]>([
    ['a negative number', -1],
    ['a negative string', '-1764583200'],
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['beyond the last valid date', 9e15],
    ['beyond the last valid date, as text', '9000000000000000'],
    ['an exponent', '1.7e12'],
    ['hex', '0x1f'],
    ['an impossible date', '2026-02-30 10:00:00'],
    ['a wrong weekday', 'Fri, 01 Dec 2026 10:00:00 GMT'],
    ['words', 'yesterday'],
    ['an empty string', ''],
    ['null', null],
    ['a boolean', true],
    ['an object', { seconds: 5 }]
  ])('refuses %s', (_, value) => {
    expect(parseJobTime(value)).toBeUndefined()
  })

  it('gives the same instant for every format of one time (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }), (seconds) => {
        const ms = seconds * 1000
        const iso = new Date(ms).toISOString()
        const forms: unknown[] = [
          seconds,
          ms,
          String(seconds),
          String(ms),
          iso,
          iso.slice(0, 19),
          iso.slice(0, 19).replace('T', ' '),
          new Date(ms).toUTCString()
        ]
        for (const form of forms) expect(parseJobTime(form)).toBe(ms)
      })
    )
  })

  it('never throws and gives a valid epoch or undefined for any input (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.jsonValue()), (value) => {
        const t = parseJobTime(value)
        expect(t === undefined || (Number.isFinite(t) && !Number.isNaN(new Date(t).getTime()))).toBe(true)
      })
    )
  })
})
