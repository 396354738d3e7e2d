/**
 * Text from the cloud (paths, causes, reasons) rendered safely in GitHub markdown, where the
 * step summary and PR comments accept raw HTML: no tags, no broken table cells, no code spans
 * or links injected, and no `@login` that would notify someone.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '@': '&#64;',
  '\\': '&#92;',
  '[': '&#91;',
  ']': '&#93;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '#': '&#35;',
  '!': '&#33;',
  ':': '&#58;'
}

/** Control characters, zero-width and bidirectional marks: they can hide or reorder text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** One line of inline text, safe in a table cell; cut to `max` characters. */
export function escapeMarkdown(text: string, max = 500): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(INVISIBLE, '')
  const chars = [...flat] // code points: never cut a surrogate pair, and count what a reader sees
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : flat
  return cut.replace(/[&<>"'|`@\\[\]*_~#!:]/g, (c) => ENTITIES[c])
}
