// Rendering checks with a real CommonMark + GFM parser (micromark and its GFM extensions, the
// parser family GitHub's own cmark-gfm follows), rather than regular expressions over the markdown.
import { micromark, parse, postprocess, preprocess } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

/** The markdown as GFM HTML; `dangerous` lets raw HTML through, as the step summary and comments do. */
export function renderGfm(markdown: string, dangerous = false): string {
  return micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: dangerous
  })
}

/**
 * Cells written on each table row, header row first, per table. Read from the parser's tokens:
 * the HTML pads or drops cells to the header's count, so it cannot show a row that was split.
 */
export function tableCellCounts(markdown: string): number[][] {
  const events = postprocess(
    parse({ extensions: [gfm()] })
      .document()
      .write(preprocess()(markdown, undefined, true))
  )
  const tables: number[][] = []
  let rowCells: number | undefined
  for (const [kind, token] of events) {
    const type: string = token.type // the GFM table extension's token types are not in micromark's map
    if (type === 'table' && kind === 'enter') tables.push([])
    else if (type === 'tableRow') {
      if (kind === 'enter') rowCells = 0
      else {
        tables[tables.length - 1].push(rowCells ?? 0)
        rowCells = undefined
      }
    } else if ((type === 'tableHeader' || type === 'tableData') && kind === 'enter' && rowCells !== undefined)
      rowCells += 1
  }
  return tables
}

/** What the reader sees: the HTML's text with tags as spaces and entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** Tags of the HTML in order, without attributes and text: its structure. */
export function tagSkeleton(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z][a-z0-9]*)[^>]*>/gi)].map((m) => (m[0].startsWith('</') ? '/' : '') + m[1])
}

/** GitHub turns these into notifications, emoji and issue links after rendering (mentions, `:smile:`, `#12`). */
const MENTION = /(?:^|[^\w`])@[a-z0-9]/i
const EMOJI = /:(?:[a-z0-9_+-]*[a-z][a-z0-9_+-]*|100|1234|\+1|-1):/i
const ISSUE_REFERENCE = /(?:^|\W)#\d/

export interface GfmExpectations {
  /** Hrefs of the links the renderer itself puts (the run link); any other `<a` fails. */
  links?: string[]
  /** Tags the renderer itself writes; any other tag fails. */
  tags?: string[]
  /** Render without and with raw HTML allowed (default), or only with it: a superset of the tags, twice as fast. */
  rawHtmlOnly?: boolean
}

/**
 * Tags our markdown produces: headings, paragraphs, tables, lists, alerts, bold labels, the cut
 * note, `report` in code, the comment's footer.
 */
export const REPORT_TAGS = [
  'h3',
  'h4',
  'p',
  'strong',
  'em',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'li',
  'blockquote',
  'a',
  'code',
  'pre',
  'sub'
]

/**
 * Everything wrong with how GitHub would render the markdown: a table row with more or fewer cells
 * than its header, a tag or link we did not write (also with raw HTML allowed), an image, and a
 * mention, emoji shortcode or issue reference in the visible text.
 */
export function gfmProblems(markdown: string, expect: GfmExpectations = {}): string[] {
  const problems: string[] = []
  for (const [t, rows] of tableCellCounts(markdown).entries()) {
    rows.forEach((cells, r) => {
      if (cells !== rows[0]) problems.push(`table ${t + 1}, row ${r + 1} has ${cells} cells, its header ${rows[0]}`)
    })
  }
  const allowedTags = new Set(expect.tags ?? REPORT_TAGS)
  const links = new Set(expect.links ?? [])
  for (const dangerous of expect.rawHtmlOnly ? [true] : [false, true]) {
    const html = renderGfm(markdown, dangerous)
    const mode = dangerous ? 'with raw HTML allowed' : 'without raw HTML'
    for (const tag of new Set(tagSkeleton(html).map((t) => t.replace('/', ''))))
      if (!allowedTags.has(tag)) problems.push(`a <${tag}> tag renders ${mode}`)
    for (const [, href] of html.matchAll(/<a\b[^>]*?href="([^"]*)"/g))
      if (!links.has(href)) problems.push(`a link to ${href} renders ${mode}`)
    // GitHub finds mentions, emoji and references only outside code (spans and blocks).
    const text = visibleText(html.replace(/<pre\b[\s\S]*?<\/pre>|<code\b[\s\S]*?<\/code>/g, ' '))
    for (const [name, pattern] of [
      ['mention', MENTION],
      ['emoji shortcode', EMOJI],
      ['issue reference', ISSUE_REFERENCE]
    ] as const) {
      const found = pattern.exec(text)
      if (found)
        problems.push(`a ${name} renders ${mode}: ${JSON.stringify(text.slice(found.index, found.index + 40))}`)
    }
  }
  return problems
}
