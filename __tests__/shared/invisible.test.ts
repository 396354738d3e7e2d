// The invisible-character rule by Unicode class, checked over every code point: in the markdown
// escaper (summary, comment, report markdown), in log lines and in the error annotation.
import { describe, expect, it } from '@jest/globals'
import { escapeMarkdown } from '../../src/report/escape.js'
import {
  hiddenCharacterIn,
  isInvisible,
  withInvisibleShown,
  withoutInvisible,
  withoutInvisibleInLines
} from '../../src/shared/invisible.js'
import { logText } from '../../src/shared/log.js'

const CLASSES = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

/** Every code point as a string (lone surrogates included), in batches of `size`. */
function* codePointBatches(size: number): Generator<string[]> {
  for (let start = 0; start <= 0x10ffff; start += size) {
    const batch: string[] = []
    for (let cp = start; cp < Math.min(start + size, 0x110000); cp += 1) batch.push(String.fromCodePoint(cp))
    yield batch
  }
}

const invisible: string[] = []
const visible: string[] = []
for (const batch of codePointBatches(0x10000)) {
  for (const c of batch) (CLASSES.test(c) ? invisible : visible).push(c)
}

describe('the invisible-character rule', () => {
  it('knows the characters the issue found, and the classes around them', () => {
    for (const c of ['\u0085', '\u061c', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\ufeff'])
      expect(isInvisible(c)).toBe(true)
    // Bidi marks, embeddings, overrides, isolates, zero-width characters, tags, separators, NUL, DEL, C1.
    for (const c of ['\u200e', '\u202a', '\u202e', '\u2066', '\u2069', '\u200b', '\u200d', '\u{e0001}', '\u{e0041}'])
      expect(isInvisible(c)).toBe(true)
    for (const c of ['\u2028', '\u2029', '\u0000', '\u007f', '\u0080', '\u009f', '\u00ad'])
      expect(isInvisible(c)).toBe(true)
    expect(invisible.length).toBeGreaterThan(200)
  })

  it('leaves no character of Cc, Cf, Zl or Zp, whichever code point', () => {
    for (const c of invisible) {
      expect(CLASSES.test(withoutInvisible(`a${c}b`))).toBe(false)
      expect(isInvisible(c)).toBe(true)
    }
    // The same in one long text: runs of them together, between words.
    const all = invisible.join('')
    expect(CLASSES.test(withoutInvisible(`x${all}y`))).toBe(false)
    // Line breaks of our own stay between lines; no line holds any of them.
    const lines = withoutInvisibleInLines(`x${all}y\n${all}`).split('\n')
    expect(lines.some((line) => CLASSES.test(line))).toBe(false)
  })

  it('keeps every other code point: letters of all scripts, digits, marks, symbols, emoji, CJK', () => {
    for (let i = 0; i < visible.length; i += 4096) {
      const chunk = visible.slice(i, i + 4096).join('')
      expect(withoutInvisible(chunk)).toBe(chunk)
    }
    for (const text of [
      'Ünïcödé',
      'Ελληνικά',
      'кириллица',
      'עברית',
      'العربية',
      'हिन्दी',
      '中文字符',
      '日本語',
      '한국어',
      '🎉🚀✅'
    ])
      expect(withoutInvisible(text)).toBe(text)
  })

  it('turns a run holding a line break, tab or separator into one space, and drops the others', () => {
    expect(withoutInvisible('a\r\n\u200bb')).toBe('a b')
    expect(withoutInvisible('a\u0085b\u2029c\td')).toBe('a b c d')
    expect(withoutInvisible('su\u200bcc\u2060ess\ufeff\u061c')).toBe('success')
    expect(withoutInvisibleInLines('one\u2062\ntwo\r\nthree\rfour')).toBe('one\ntwo\nthree\nfour')
  })
})

describe('every sink applies it', () => {
  it('escapeMarkdown: nothing of those classes survives any code point, and visible ones stay', () => {
    for (const c of invisible) expect(CLASSES.test(escapeMarkdown(`a${c}b`))).toBe(false)
    // Escaping adds a backslash or an entity next to a character; it never removes a visible one.
    for (let i = 0; i < visible.length; i += 2000) {
      const chunk = visible.slice(i, i + 2000)
      const escaped = escapeMarkdown(chunk.join(' '), 10_000)
      expect(CLASSES.test(escaped)).toBe(false)
      const kept = new Set(escaped)
      expect(chunk.filter((c) => !kept.has(c))).toEqual([])
    }
  })

  it('log lines: none survives but the zero-width space that breaks a workflow command', () => {
    for (const c of invisible)
      expect(
        logText(`job ${c}x`)
          .split('\n')
          .some((line) => CLASSES.test(line))
      ).toBe(false)
    expect(logText('::error::x\u2060')).toBe(':\u200b:error::x')
    expect(logText('a\u0085b\nc\u2028d')).toBe('a b\nc d')
  })
})

describe('hidden characters a reader must see', () => {
  it('finds the first one in an input and where it is, line breaks and tabs of a list allowed', () => {
    expect(hiddenCharacterIn('movies\u200b')).toBe('U+200B at character 7')
    expect(hiddenCharacterIn('\ufeffmovies')).toBe('U+FEFF at character 1')
    // Positions count characters, not UTF-16 units: an emoji before a tag character.
    expect(hiddenCharacterIn('🎉a\u{e0041}')).toBe('U+E0041 at character 3')
    expect(hiddenCharacterIn('movies,\nbooks\r\n\tpeople')).toBeUndefined()
    expect(hiddenCharacterIn('Ünïcödé 中文')).toBeUndefined()
    for (const c of invisible) {
      if (c === '\t' || c === '\n' || c === '\r') continue
      expect(hiddenCharacterIn(`ab${c}`)).toMatch(/^U\+[0-9A-F]{4,6} at character 3$/)
    }
  })

  it('shows them by code point instead of removing them, so that look-alike names differ on screen', () => {
    expect(withInvisibleShown('mo\u200bvies')).toBe('mo⟨U+200B⟩vies')
    expect(withInvisibleShown('a\u202eb\u2066c')).toBe('a⟨U+202E⟩b⟨U+2066⟩c')
    expect(withInvisibleShown(`x${'\u{e0041}'.repeat(40)}y`)).toBe('x⟨40 hidden characters⟩y')
    expect(withInvisibleShown('movies')).toBe('movies')
    for (const c of invisible) expect(CLASSES.test(withInvisibleShown(`a${c}b`))).toBe(false)
  })
})
