import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/settings/input-error.js'
import { getFailedLinesLimit, getMaxLineDrop } from '../../src/settings/line-limit.js'

describe('max-line-drop', () => {
  it.each([
    ['', undefined],
    ['20%', { kind: 'percent', percent: 20 }],
    ['0.5%', { kind: 'percent', percent: 0.5 }],
    ['100 %', { kind: 'percent', percent: 100 }],
    ['0', { kind: 'lines', lines: 0 }],
    ['50000', { kind: 'lines', lines: 50000 }]
  ])('%j', (text, limit) => expect(getMaxLineDrop(text)).toEqual(limit))

  it.each(['-5', '20 percent', '1.5', '101%', '%', '1e3', '99999999999999999999', '20%%'])('refuses %j', (text) => {
    expect(() => getMaxLineDrop(text)).toThrow(InputError)
    expect(() => getMaxLineDrop(text)).toThrow(/^Input "max-line-drop" \(".*"\) must .*\. Example: "20%" or "50000"$/)
  })
})

describe('max-failed-lines', () => {
  it.each([
    ['', {}],
    ['1000', { maxFailedLines: 1000 }],
    ['0.1%', { maxFailedLinesPercent: 0.1 }]
  ])('%j', (text, settings) => expect(getFailedLinesLimit(text)).toEqual(settings))

  it('refuses a bad value naming the input and both forms', () => {
    expect(() => getFailedLinesLimit('-5')).toThrow(
      'Input "max-failed-lines" ("-5") must be a whole number of lines, 0 or more, or a percentage of all lines. Example: "1000" or "0.1%"'
    )
  })
})
