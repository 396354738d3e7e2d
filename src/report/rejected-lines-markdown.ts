import { bytes } from './bounded.js'
import { NEEDS_AKSK } from '../obs/log-targets.js'
import { escapeMarkdown as esc } from './escape.js'
import type { FileReport, JobReport } from './report.js'

/**
 * A fence no line of `lines` can close: longer than any run of backticks in them (CommonMark
 * §4.5: a closing fence is at least as long as the opening one), at least three.
 */
function fenceFor(lines: string[]): string {
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))))
  return '`'.repeat(Math.max(3, longest + 1))
}

/**
 * At most this many bytes of lines in one file's block: 50 lines of 300 characters (up to 4 bytes
 * each) would otherwise fill the comment alone and push every other file's lines out.
 */
export const FILE_BLOCK_BYTES = 4096

/** One file's block: its first rejected lines in a code block (nothing in it renders), or why they are not shown. */
function fileBlock(file: FileReport): string | undefined {
  if (file.logRead === null || file.logRead === NEEDS_AKSK) return undefined
  const what = `${file.kind} ${esc(file.path || '–', 300)} (${esc(file.status, 40)})`
  if (file.rejectedLines === null) return `- ${what}: ${esc(file.logRead, 400)}`
  if (file.rejectedLines.length === 0) return `- ${what}: its log is empty`
  const shown = linesWithin(file.rejectedLines, FILE_BLOCK_BYTES)
  const fence = fenceFor(shown)
  const count = shown.length === 1 ? 'line' : `${shown.length} lines`
  const note = file.logNote ? ` (${esc(file.logNote, 200)})` : ''
  const cut = file.rejectedLines.length - shown.length
  const cutNote =
    cut > 0
      ? `\n\n  _${cut} more ${cut === 1 ? 'line' : 'lines'} cut to keep this report short; all are in the \`report\` output._`
      : ''
  return `- ${what}, first ${count} of ${esc(file.log ?? '', 300)}${note}:\n\n  ${fence}text\n${shown.map((l) => `  ${l}`).join('\n')}\n  ${fence}${cutNote}`
}

/** The first lines whose indented text fits in `maxBytes` (at least one: a line is at most 300 characters). */
function linesWithin(lines: string[], maxBytes: number): string[] {
  let used = 0
  const kept: string[] = []
  for (const line of lines) {
    used += bytes(line) + 3
    if (used > maxBytes && kept.length > 0) break
    kept.push(line)
  }
  return kept
}

/**
 * "Rejected lines": each failed file's first log lines, failed files first, as many as `budget`
 * bytes allow (the rest are counted); one note when they could not be read for lack of AK/SK.
 */
export function renderRejectedLines(jobs: JobReport[], budget: number): string | undefined {
  const files = jobs.flatMap((job) => job.files)
  const blocks: string[] = []
  let left = 0
  let used = 0
  for (const file of files) {
    const block = fileBlock(file)
    if (block === undefined) continue
    const size = bytes(block) + 1
    if (left > 0 || used + size > budget) {
      left += 1
      continue
    }
    used += size
    blocks.push(block)
  }
  const parts: string[] = []
  if (blocks.length > 0)
    parts.push(`**Rejected lines** (from the start of each import log on OBS)\n\n${blocks.join('\n')}`)
  if (left > 0)
    parts.push(`_The log lines of ${left} more ${left === 1 ? 'file are' : 'files are'} in the \`report\` output._`)
  if (files.some((f) => f.logRead === NEEDS_AKSK))
    parts.push('_Rejected lines from the import logs need AK/SK: OBS does not take IAM tokens or passwords._')
  return parts.length > 0 ? parts.join('\n\n') : undefined
}
