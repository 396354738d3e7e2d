/**
 * Text helpers every stage uses: cutting what a server sent to a length a reader can take, and
 * writing times the one way the report writes them.
 */

/** `text` cut to `max` characters, with `…` when something was cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/** `text` on one line (each run of whitespace one space, none at either end), cut to `max` characters. */
export function clipLine(text: string, max: number): string {
  return clip(text.replace(/\s+/g, ' ').trim(), max)
}

/** epoch ms → ISO-8601 UTC without zero milliseconds (`2026-11-28T09:30:00Z`); null for no time. */
export function isoTime(time: number): string
export function isoTime(time: number | null | undefined): string | null
export function isoTime(time: number | null | undefined): string | null {
  return time === null || time === undefined ? null : new Date(time).toISOString().replace(/\.000Z$/, 'Z')
}

/**
 * Whether text is well-formed Unicode: JSON may carry a lone surrogate (`"\\ud83d"`), which no
 * URL can hold (encodeURIComponent throws) and no UTF-8 file or output can write as sent.
 */
export function isWellFormed(text: string): boolean {
  return !/\p{Cs}/u.test(text)
}

/** What an error says, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
