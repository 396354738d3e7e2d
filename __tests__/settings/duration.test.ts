import { describe, expect, it } from '@jest/globals'
import { parseDuration, readDuration, unitList } from '../../src/settings/duration.js'
import { formatDuration } from '../../src/shared/time.js'

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['1h30m', 5_400_000],
    ['1d2h3m4s5ms', 86_400_000 + 7_200_000 + 180_000 + 4_000 + 5],
    ['1.5s', 1500],
    ['0.5m', 30_000],
    ['30min', 1_800_000],
    ['2hours', 7_200_000],
    ['2 hours', 7_200_000],
    ['1 Hour', 3_600_000],
    ['1h 30m', 5_400_000],
    ['1hr 30mins', 5_400_000],
    ['90 sec', 90_000],
    ['45 seconds', 45_000],
    ['1 day', 86_400_000],
    ['3 days', 3 * 86_400_000],
    ['250 msec', 250],
    ['5 m', 300_000],
    ['  10S  ', 10_000],
    ['1H', 3_600_000],
    ['0s', 0]
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it('reads "ms" as milliseconds, not minutes followed by seconds', () => {
    expect(parseDuration('5ms')).toBe(5)
    expect(parseDuration('5m5s')).toBe(305_000)
  })

  it.each([
    '',
    ' ',
    'abc',
    '90',
    '2.5',
    '0',
    '5 fortnights',
    '30w',
    '1h30',
    '-5s',
    's',
    '5x',
    '1.s',
    '.5s',
    '1e3',
    '30s!',
    'm5',
    'Infinity',
    'NaN'
  ])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeUndefined()
  })

  it.each([
    ['30', 'bare'],
    [' 2.5 ', 'bare'],
    ['30w', 'unit'],
    ['2 weeks', 'unit'],
    ['1h30', 'tail'],
    ['1h 30 ', 'tail'],
    ['1.s', 'syntax'],
    ['-5s', 'syntax'],
    ['', 'syntax']
  ])('tells why %j is not a duration: %s', (text, problem) => {
    expect(readDuration(text)).toMatchObject({ problem })
  })

  it('reads a clock-style compound without its last unit as a mistake, and says what it likely means', () => {
    expect(readDuration('1h30')).toEqual({ problem: 'tail', word: '30', fix: '1h30m' })
    expect(readDuration('5 min 30')).toEqual({ problem: 'tail', word: '30', fix: '5 min 30s' })
    expect(readDuration('2d 12')).toEqual({ problem: 'tail', word: '12', fix: '2d 12h' })
    expect(readDuration('1h30x')).toEqual({ problem: 'unit', word: 'x' })
    expect(readDuration('1h30-')).toEqual({ problem: 'syntax' })
  })

  it('names the unknown word and lists every spelling', () => {
    expect(readDuration('2 weeks')).toEqual({ problem: 'unit', word: 'weeks' })
    expect(unitList()).toBe(
      'ms (msec, msecs, millisecond, milliseconds); s (sec, secs, second, seconds); m (min, mins, minute, minutes); h (hr, hrs, hour, hours); d (day, days)'
    )
  })

  it('rounds fractional milliseconds', () => {
    expect(parseDuration('0.0004s')).toBe(0)
    expect(parseDuration('1.0006s')).toBe(1001)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [999, '999ms'],
    [1000, '1s'],
    [59_000, '59s'],
    [60_000, '1m'],
    [75_000, '1m15s'],
    [3_600_000, '1h'],
    [3_661_000, '1h1m1s'],
    [86_400_000, '1d'],
    [90_061_000, '1d1h1m1s'],
    [6 * 3_600_000, '6h'],
    [1499, '1s'],
    [1500, '2s']
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  it.each([-1, NaN, Infinity, -Infinity])('prints a dash for %d', (ms) => {
    expect(formatDuration(ms)).toBe('–')
  })

  it('round-trips through parseDuration for whole seconds', () => {
    for (const ms of [1000, 61_000, 3_723_000, 200_000_000]) {
      expect(parseDuration(formatDuration(ms))).toBe(ms)
    }
  })
})
