import { describe, expect, it } from '@jest/globals'
import { escapeMarkdown } from '../../src/report/escape.js'

/** Characters that have a markdown or HTML meaning must not survive as themselves (entities aside). */
const ACTIVE = /[<>|`@[\]*_~#!\\]/
const withoutEntities = (text: string): string => text.replace(/&(?:#\d+|[a-z]+);/g, '')

describe('escapeMarkdown', () => {
  it('leaves plain text alone', () => {
    expect(escapeMarkdown('movies/edges 2026.csv')).toBe('movies/edges 2026.csv')
  })

  it('turns HTML tags into text', () => {
    const out = escapeMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>')
    expect(out).toBe('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;')
    expect(out).not.toMatch(/[<>]/)
  })

  it('escapes pipes so that a cell cannot split a table row', () => {
    expect(escapeMarkdown('a|b||c')).toBe('a&#124;b&#124;&#124;c')
  })

  it('escapes backticks so that no code span opens', () => {
    expect(escapeMarkdown('`rm -rf /`')).toBe('&#96;rm -rf /&#96;')
  })

  it('escapes @ so that nobody gets notified', () => {
    expect(escapeMarkdown('ping @someone and @org/team')).toBe('ping &#64;someone and &#64;org/team')
  })

  it('flattens line breaks and tabs to one space', () => {
    expect(escapeMarkdown('line 1\nline 2\r\n\r\nline 3\tend')).toBe('line 1 line 2 line 3 end')
  })

  it('defuses links, javascript: URLs and images', () => {
    const out = escapeMarkdown('[x](javascript:alert(1)) ![i](https://evil.example/p.png)')
    expect(out).toBe('&#91;x&#93;(javascript&#58;alert(1)) &#33;&#91;i&#93;(https&#58;//evil.example/p.png)')
    expect(out).not.toContain('[')
    expect(out).not.toContain('javascript:')
  })

  it('escapes emphasis, headings, strikethrough and backslashes', () => {
    const out = escapeMarkdown('**bold** _it_ # head ~~s~~ \\|')
    expect(withoutEntities(out)).not.toMatch(ACTIVE)
    expect(out).toBe('&#42;&#42;bold&#42;&#42; &#95;it&#95; &#35; head &#126;&#126;s&#126;&#126; &#92;&#124;')
  })

  it('escapes & first, so that text entities show as written and are not decoded', () => {
    expect(escapeMarkdown('&lt;b&gt; & &#124;')).toBe('&amp;lt;b&amp;gt; &amp; &amp;&#35;124;')
  })

  it('escapes quotes', () => {
    expect(escapeMarkdown(`"a" 'b'`)).toBe('&quot;a&quot; &#39;b&#39;')
  })

  it('removes control and bidirectional-override characters', () => {
    expect(escapeMarkdown('a\u0000b\u0007c\u007fd\u202Ee\u2066f\u200Bg\u2028h')).toBe('abcdefgh')
  })

  it('cuts long text to max characters with an ellipsis', () => {
    expect(escapeMarkdown('abcdefghij', 4)).toBe('abcd…')
    expect(escapeMarkdown('abcd', 4)).toBe('abcd')
    expect(escapeMarkdown('x'.repeat(10_000))).toHaveLength(501)
  })

  it('does not cut a surrogate pair in half', () => {
    const out = escapeMarkdown('😀😀😀', 2)
    expect(out).toBe('😀😀…')
  })

  it('counts max in characters: no ellipsis when nothing was cut', () => {
    expect(escapeMarkdown('😀😀😀', 3)).toBe('😀😀😀')
  })

  it('cuts before escaping, so that no entity is cut in half', () => {
    expect(escapeMarkdown('ab<cd', 3)).toBe('ab&lt;…')
  })

  it('leaves no active character in any printable ASCII input', () => {
    let all = ''
    for (let c = 0x20; c < 0x7f; c += 1) all += String.fromCharCode(c)
    const out = escapeMarkdown(all)
    // Only the entities' own & # ; remain, never a bare active character.
    expect(withoutEntities(out)).not.toMatch(/[<>|`@[\]*_~#!\\&:"']/)
  })
})
