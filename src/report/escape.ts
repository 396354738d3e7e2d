/**
 * Text from the cloud (paths, causes, reasons) rendered safely in GitHub markdown, where the
 * step summary and PR comments accept raw HTML: no tags, no broken table cells, no code spans,
 * links, images, emphasis, mentions or emoji injected. The raw markdown is read too (the report
 * file, logs, tickets), so it stays readable: a character is escaped only where GitHub would
 * interpret it, with a backslash where GFM honours one (`\|` renders `|`).
 *
 * Mentions, emoji shortcodes and issue references are found by GitHub in the text *after*
 * rendering, so a backslash or an entity cannot stop them: a zero-width space (written as the
 * visible entity `&#8203;`) is put after the `@`, `:` or `#` instead, as Renovate does.
 */

import { withoutInvisible } from '../shared/invisible.js'

/** Always meaningful somewhere in GFM: HTML (`<` `>`), table cells, code spans, links, emphasis, strikethrough, math. */
const ALWAYS = new Set(['<', '>', '|', '`', '[', ']', '*', '~', '$'])

/** CommonMark lets a backslash escape any ASCII punctuation (spec §2.4), and nothing else. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/

/** Letters, digits and marks: an underscore between two of them cannot open or close emphasis (spec §6.2). */
const WORD = /[\p{L}\p{N}\p{M}]/u

/** A character reference (spec §2.5). */
const ENTITY = /^&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/

const BREAK = '&#8203;'

/** GitHub renders `:name:` for known emoji; numeric names exist only as these (`10:40:00` renders none). */
// The text's end counts as a closing colon: the markdown around it may put one there (`- ${id}: …`).
const EMOJI_NAME = /^:([a-z0-9_+-]+)(?::|$)/i
const NUMERIC_EMOJI = new Set(['100', '1234', '+1', '-1'])

/** One line of inline text, safe in a table cell or at the start of a line; cut to `max` characters. */
export function escapeMarkdown(text: string, max = 500): string {
  // Controls, format and separator characters can hide or reorder text: shared/invisible.ts.
  const flat = withoutInvisible(text)
  const chars = [...flat] // code points: never cut a surrogate pair, and count what a reader sees
  const cut = chars.length > max ? [...chars.slice(0, max), '…'] : chars
  return cut.map((_, i) => escapeAt(cut, i)).join('')
}

function escapeAt(chars: string[], i: number): string {
  const c = chars[i]
  const before = chars[i - 1] ?? ''
  const after = chars[i + 1] ?? ''
  const rest = (n: number): string => chars.slice(i + 1, i + 1 + n).join('')
  if (ALWAYS.has(c)) return `\\${c}`
  switch (c) {
    case '\\':
      // Only a backslash before punctuation (or before whatever follows the text) escapes; C:\data stays.
      return after === '' || ASCII_PUNCTUATION.test(after) ? '\\\\' : c
    case '&':
      // `&lt;` or `&#60;` would decode to a character; R&D shows as itself.
      return ENTITY.test(chars.slice(i, i + 40).join('')) ? '\\&' : c
    case '_':
      return intraword(chars, i) ? c : '\\_'
    case '@':
      // @login, @org/team (mentions) and user@host (email autolinks, whose domain may start with . - _).
      return /[A-Za-z0-9._-]/.test(after) ? `@${BREAK}` : c
    case ':':
      if (isEmojiShortcode(chars.slice(i, i + 102).join(''))) return `:${BREAK}`
      // http://, https:// and ftp:// become links (GFM autolinks); obs://bucket stays as written.
      if (rest(2) === '//' && /(?:https?|ftp)$/i.test(chars.slice(Math.max(0, i - 5), i).join(''))) return '\\:'
      return c
    case '.':
      // www.example.com becomes a link (GFM autolinks).
      if (/www$/i.test(chars.slice(Math.max(0, i - 3), i).join(''))) return '\\.'
      return orderedListMarker(chars, i) ? '\\.' : c
    case ')':
      return orderedListMarker(chars, i) ? '\\)' : c
    case '#':
      if (/[0-9]/.test(after)) return `#${BREAK}` // #123 links an issue
      return before === '' || before === ' ' ? '\\#' : c // a heading, or a heading's closing #s
    default:
      return i === 0 ? escapeLineStart(chars) : c
  }
}

/** An underscore run with a letter or digit on both sides (movies_v2) is plain text in CommonMark. */
function intraword(chars: string[], i: number): boolean {
  let start = i
  while (chars[start - 1] === '_') start -= 1
  let end = i
  while (chars[end + 1] === '_') end += 1
  return WORD.test(chars[start - 1] ?? '') && WORD.test(chars[end + 1] ?? '')
}

function isEmojiShortcode(text: string): boolean {
  const name = EMOJI_NAME.exec(text)?.[1]
  return name !== undefined && (/[a-z]/i.test(name) || NUMERIC_EMOJI.has(name))
}

/** `1.` or `1)` followed by a space at the start of a line opens an ordered list. */
function orderedListMarker(chars: string[], i: number): boolean {
  return i >= 1 && i <= 9 && /^[0-9]+$/.test(chars.slice(0, i).join('')) && (chars[i + 1] ?? ' ') === ' '
}

/** At the start of a line, `-`, `+`, `=` and `1.` can open a list, a rule or a heading underline. */
function escapeLineStart(chars: string[]): string {
  const c = chars[0]
  if (c === '-' || c === '+' || c === '=') return `\\${c}`
  return c
}
