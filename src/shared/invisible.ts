/**
 * Characters that can hide, reorder or break text, by Unicode class rather than by list, so
 * that none is forgotten: controls (Cc, C1 ones such as U+0085 too), format characters (Cf: bidi
 * marks, embeddings, overrides and isolates, zero-width characters, U+2060–2064, U+FEFF, tag
 * characters U+E0000–E007F), and the line and paragraph separators (Zl, Zp). The one rule for
 * every place cloud text is shown: summary, comment, report markdown and log lines
 * (docs/evidence-rules.md).
 */
const INVISIBLE_RUN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu

/** Among them, those that separate words: a run holding one becomes a space, so that `a\nb` stays two words. */
const SEPARATING = /[\t-\r\u0085\u2028\u2029]/u

/** Whether a character is one of them (tests, and callers that must reject rather than clean). */
export function isInvisible(char: string): boolean {
  return /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u.test(char)
}

/** The text on one line without any of them: separating runs become a space, the others vanish. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_RUN, (run) => (SEPARATING.test(run) ? ' ' : ''))
}

/** The same for text that may hold several lines of our own: each line cleaned, kept apart by `\n`. */
export function withoutInvisibleInLines(text: string): string {
  return text
    .split(/\r\n|\n|\r/)
    .map(withoutInvisible)
    .join('\n')
}

/** Line breaks and tabs: a multi-line input holds them by design. */
const LAYOUT = new Set(['\t', '\n', '\r'])

/**
 * The first hidden character of an input, as `U+200B at character 7`, or undefined. Pasted text
 * brings them (a zero-width space from a web page, a byte-order mark): `movies\u200b` looks like
 * `movies` in every log and matches nothing, so the input is refused, naming where it hides.
 */
export function hiddenCharacterIn(text: string): string | undefined {
  let position = 0
  for (const char of text) {
    position += 1
    if (!LAYOUT.has(char) && isInvisible(char)) return `${codePoint(char)} at character ${position}`
  }
  return undefined
}

/**
 * Cloud text with its hidden characters shown as `⟨U+200B⟩` rather than removed, where a reader
 * must see that two names that look alike differ (a suggested graph name). Long runs are counted.
 */
export function withInvisibleShown(text: string): string {
  return text.replace(INVISIBLE_RUN, (run) => {
    const chars = [...run]
    return chars.length > 3 ? `⟨${chars.length} hidden characters⟩` : chars.map((c) => `⟨${codePoint(c)}⟩`).join('')
  })
}

const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
