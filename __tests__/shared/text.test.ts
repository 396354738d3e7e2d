import { describe, expect, it } from '@jest/globals'
import { clip, clipLine, isoTime } from '../../src/shared/text.js'

describe('clip', () => {
  it('keeps text up to the limit as it is, and cuts longer text with an ellipsis', () => {
    expect(clip('abc', 3)).toBe('abc')
    expect(clip('abcd', 3)).toBe('abc…')
    expect(clip('', 0)).toBe('')
    expect(clip('a', 0)).toBe('…')
  })

  it('keeps line breaks: only clipLine flattens', () => {
    expect(clip('a\nb', 10)).toBe('a\nb')
  })
})

describe('clipLine', () => {
  it('puts server text on one line: whitespace runs become one space, none at either end', () => {
    expect(clipLine('  a \n\t b\r\n', 10)).toBe('a b')
  })

  it('cuts after flattening, so the limit counts what is shown', () => {
    expect(clipLine('a    b    c', 3)).toBe('a b…')
    expect(clipLine('a    b', 3)).toBe('a b')
  })
})

describe('isoTime', () => {
  it('writes epoch ms as ISO-8601 UTC, without zero milliseconds', () => {
    expect(isoTime(Date.UTC(2026, 10, 28, 9, 30, 0))).toBe('2026-11-28T09:30:00Z')
  })

  it('keeps milliseconds that are not zero', () => {
    expect(isoTime(Date.UTC(2026, 10, 28, 9, 30, 0, 250))).toBe('2026-11-28T09:30:00.250Z')
  })

  it('is null for no time (unknown is not the epoch)', () => {
    expect(isoTime(null)).toBeNull()
    expect(isoTime(undefined)).toBeNull()
    expect(isoTime(0)).toBe('1970-01-01T00:00:00Z')
  })
})
