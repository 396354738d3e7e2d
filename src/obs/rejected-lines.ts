/** The first lines of an import log, made safe to show. Pure. */

/** A line longer than this is cut: one line must not fill the report. */
export const MAX_LINE_CHARS = 300

/** Control, zero-width and bidirectional characters: they could hide or reorder what is shown. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g

export interface LogLines {
  lines: string[]
  /** Some bytes were not UTF-8: they show as U+FFFD. */
  invalidUtf8: boolean
}

/**
 * The first `max` non-empty lines of a log's start. `partial`: the bytes end inside the object
 * (a ranged read), so the last line may be cut and is dropped unless it is the only one. The
 * log format is undocumented (docs/ges-api.md#import-logs-on-obs): lines are shown verbatim, never interpreted.
 */
export function firstLines(bytes: Uint8Array, max: number, partial: boolean): LogLines {
  // Decoded leniently: a ranged read may end inside a character, which is not invalid UTF-8.
  // Only the lines kept are judged (a U+FFFD in them came from bytes that were not UTF-8).
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '')
  const all = text.split(/\r\n|\n|\r/)
  if (partial && all.length > 1) all.pop()
  const kept = all.filter((line) => line.trim() !== '').slice(0, max)
  const invalidUtf8 = kept.some((line) => line.includes('\ufffd'))
  const lines = kept.map((line) => cut(line.replace(/\t/g, ' ').replace(INVISIBLE, '\ufffd')))
  return { lines, invalidUtf8 }
}

function cut(line: string): string {
  const chars = [...line] // code points: never split a surrogate pair
  return chars.length > MAX_LINE_CHARS ? `${chars.slice(0, MAX_LINE_CHARS).join('')}…` : line
}
