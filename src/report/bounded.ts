/** Lists cut to a size in UTF-8 bytes, saying what they left out: a listing can name thousands of jobs. */

export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** The first items that fit in `maxBytes`, each followed by a separator of `separatorBytes`, and how many did not. */
export function upTo(items: string[], maxBytes: number, separatorBytes = 1): { shown: string[]; left: number } {
  let used = 0
  let shown = 0
  while (shown < items.length && used + bytes(items[shown]) + separatorBytes <= maxBytes)
    used += bytes(items[shown++]) + separatorBytes
  return { shown: items.slice(0, shown), left: items.length - shown }
}

/** `_12 more jobs are not shown …; the complete list is in the report file._` */
export const leftOut = (left: number, what: string, fullListAt: string): string =>
  `_${left.toLocaleString('en-US')} more ${what} not shown to keep this report within size limits; the complete list is in ${fullListAt}._`
