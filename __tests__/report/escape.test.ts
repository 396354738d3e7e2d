import { describe, expect, it } from '@jest/globals'
import { gfmProblems, renderGfm, tableCellCounts, visibleText } from '../../__fixtures__/gfm.js'
import { escapeMarkdown } from '../../src/report/escape.js'

/** What a reader of the rendered page sees of the escaped text in a paragraph. */
const shown = (text: string, max?: number): string => visibleText(renderGfm(escapeMarkdown(text, max))).trim()

/** The escaped text alone as a paragraph, at the start of a line and in a table cell: nothing but text. */
function problems(text: string): string[] {
  const out = escapeMarkdown(text)
  return [
    ...gfmProblems(out, { tags: ['p'] }),
    ...gfmProblems(`| a | b |\n| --- | --- |\n| ${out} | x |`, { tags: ['table', 'thead', 'tbody', 'tr', 'th', 'td'] }),
    ...gfmProblems(`**Error**: ${out} (${out})`, { tags: ['p', 'strong'] }),
    ...gfmProblems(`#### Files of ${out}`, { tags: ['h4'] })
  ]
}

const HOSTILE = [
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '<!-- ges-job-waiter:x --></table><details open>',
  'a | b || c \\| d \\\\| e',
  '`rm -rf /` ``` ~~~',
  'ping @someone and @org/team, mail ops@example.com or mailto:ops@example.com, 0@.A x@-y.z',
  '[x](javascript:alert(1)) ![i](https://evil.example/p.png) [ref]: https://x [^1]',
  '**bold** __bold__ *em* _em_ ~~del~~ ~del~ a*b*c',
  '# heading ###',
  '- item',
  '+ item',
  '1. item',
  '2) item',
  '---',
  '===',
  '> quote [!TIP]',
  '&lt;b&gt; &#60;i&#62; &#x3c;u&#x3e; & &amp;',
  ':smile: :+1: :100: ::error::file=a.csv::boom :white_check_mark:',
  'see #12 and org/repo#3',
  'https://evil.example/x http://a.b www.evil.example ftp://f.example HTTPS://UP.example WWW.UP.example',
  'trailing backslash \\',
  '$x^2$ and $$y$$',
  '<https://evil.example> <ops@example.com>',
  '\\<script\\> \\`x\\` \\@user \\:smile\\: \\_x\\_'
]

describe('escapeMarkdown', () => {
  it('leaves plain text alone', () => {
    expect(escapeMarkdown('movies/edges 2026.csv')).toBe('movies/edges 2026.csv')
  })

  it('keeps object-storage paths, times and prose readable in the raw markdown', () => {
    expect(escapeMarkdown('obs://bucket/movies_v2/edge.csv')).toBe('obs://bucket/movies_v2/edge.csv')
    expect(escapeMarkdown('begun 2026-11-28 10:40:00, ratio 3:2, "quoted" it\'s C:\\data\\x.csv')).toBe(
      'begun 2026-11-28 10:40:00, ratio 3:2, "quoted" it\'s C:\\data\\x.csv'
    )
    expect(escapeMarkdown('GES.7006: try again later! R&D')).toBe('GES.7006: try again later! R&D')
  })

  it.each(HOSTILE)('renders nothing but text: %j', (text) => {
    expect(problems(text)).toEqual([])
  })

  it.each(HOSTILE)('shows the text as written: %j', (text) => {
    // Only the zero-width spaces that stop mentions, emoji and issue links are added.
    expect(shown(text).replace(/\u200b/g, '')).toBe(text)
  })

  it('turns HTML tags into text, with backslashes', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>')
  })

  it('escapes pipes so that a cell cannot split a table row', () => {
    expect(escapeMarkdown('a|b||c')).toBe('a\\|b\\|\\|c')
    const row = `| a | b |\n| --- | --- |\n| ${escapeMarkdown('x | y \\| z \\')} | w |`
    expect(tableCellCounts(row)).toEqual([[2, 2]])
  })

  it('escapes backticks so that no code span opens', () => {
    expect(escapeMarkdown('`rm -rf /`')).toBe('\\`rm -rf /\\`')
  })

  it('breaks mentions and email autolinks with a zero-width space after the @', () => {
    expect(escapeMarkdown('ping @someone and @org/team, a@b.io')).toBe(
      'ping @&#8203;someone and @&#8203;org/team, a@&#8203;b.io'
    )
    expect(escapeMarkdown('a @ b (@)')).toBe('a @ b (@)')
    expect(escapeMarkdown('0@.a')).toBe('0@&#8203;.a')
  })

  it('breaks emoji shortcodes only where GitHub has an emoji name', () => {
    expect(escapeMarkdown(':smile: :+1: ::error::')).toBe(':&#8203;smile: :&#8203;+1: ::&#8203;error::')
    expect(escapeMarkdown('10:40:00 a:b 3:2')).toBe('10:40:00 a:b 3:2')
    // At the end, the colon may come from the markdown around the text: `- ${jobId}: ${reason}`.
    expect(escapeMarkdown('::error::boom')).toBe('::&#8203;error::&#8203;boom')
    expect(gfmProblems(`- ${escapeMarkdown('x::boom')}: why`, { tags: ['ul', 'li'] })).toEqual([])
  })

  it('breaks autolinks readably: http(s):// and www. show, but do not link', () => {
    expect(escapeMarkdown('https://x.example/a www.x.example obs://b/c')).toBe(
      'https\\://x.example/a www\\.x.example obs://b/c'
    )
  })

  it('escapes underscores only where they could open or close emphasis', () => {
    expect(escapeMarkdown('movies_v2 _em_ __init__ a__b x_')).toBe('movies_v2 \\_em\\_ \\_\\_init\\_\\_ a__b x\\_')
  })

  it('escapes emphasis, strikethrough, math, headings and issue references', () => {
    expect(escapeMarkdown('**b** ~~s~~ $x$ #12 # h')).toBe('\\*\\*b\\*\\* \\~\\~s\\~\\~ \\$x\\$ #&#8203;12 \\# h')
  })

  it('escapes what would open a block at the start of a line', () => {
    expect(['- a', '+ a', '= a', '1. a', '12) a', '# a', '> a'].map((t) => escapeMarkdown(t))).toEqual([
      '\\- a',
      '\\+ a',
      '\\= a',
      '1\\. a',
      '12\\) a',
      '\\# a',
      '\\> a'
    ])
    expect(escapeMarkdown('1.5 a-b')).toBe('1.5 a-b')
  })

  it('escapes & only before what an entity could be, so that text entities show as written', () => {
    expect(escapeMarkdown('&lt;b&gt; & &#124; R&D')).toBe('\\&lt;b\\&gt; & \\&#&#8203;124; R&D')
    expect(shown('&lt;b&gt; & &#124;').replace(/\u200b/g, '')).toBe('&lt;b&gt; & &#124;')
  })

  it('doubles a backslash only before punctuation or at the end, where it would escape', () => {
    expect(escapeMarkdown('C:\\data \\| \\')).toBe('C:\\data \\\\\\| \\\\')
  })

  it('flattens line breaks and tabs to one space', () => {
    expect(escapeMarkdown('line 1\nline 2\r\n\r\nline 3\tend')).toBe('line 1 line 2 line 3 end')
  })

  it('removes control and bidirectional-override characters', () => {
    // A line separator separates words: it reads as a space, like a line break.
    expect(escapeMarkdown('a\u0000b\u0007c\u007fd\u202Ee\u2066f\u200Bg\u2028h')).toBe('abcdefg h')
  })

  it('cuts long text to max characters with an ellipsis', () => {
    expect(escapeMarkdown('abcdefghij', 4)).toBe('abcd…')
    expect(escapeMarkdown('abcd', 4)).toBe('abcd')
    expect(escapeMarkdown('x'.repeat(10_000))).toHaveLength(501)
  })

  it('does not cut a surrogate pair in half', () => {
    expect(escapeMarkdown('😀😀😀', 2)).toBe('😀😀…')
  })

  it('counts max in characters: no ellipsis when nothing was cut', () => {
    expect(escapeMarkdown('😀😀😀', 3)).toBe('😀😀😀')
  })

  it('cuts before escaping, so that no escape is cut in half', () => {
    expect(escapeMarkdown('ab<cd', 3)).toBe('ab\\<…')
    expect(escapeMarkdown('ab_cd', 3)).toBe('ab\\_…')
  })

  it('renders any printable ASCII text as itself, and nothing else', () => {
    let all = ''
    for (let c = 0x20; c < 0x7f; c += 1) all += String.fromCharCode(c)
    expect(problems(all)).toEqual([])
    expect(shown(all).replace(/\u200b/g, '')).toBe(all.trim())
  })
})
