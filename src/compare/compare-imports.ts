import type { FileKind, ImportFile, Job } from '../ges/model.js'
import { isoTime } from '../shared/text.js'

/** How one file's successful lines moved between the previous import and this one. */
export interface FileChange {
  kind: FileKind
  path: string
  /** `unknown`: in both imports, but GES did not report its count in one of them. */
  change: 'changed' | 'new' | 'vanished' | 'unknown'
  previousSuccessfulLines: number | null
  successfulLines: number | null
  /** Now minus then; a new file counts from 0, a vanished one to 0. null when a count is unknown. */
  lineDelta: number | null
}

/** One import against the previous successful import of the same graph and job name. */
export interface Comparison {
  /** `unavailable`: the previous import could not be established (see `reason`). */
  result: 'compared' | 'no-previous' | 'unavailable'
  /** Why it is unavailable, or which counts are unknown; null otherwise. */
  reason: string | null
  previousJobId: string | null
  previousBeginTime: string | null
  /** Successful lines of edge and vertex files; null when GES did not report every count. */
  previousSuccessfulLines: number | null
  successfulLines: number | null
  /** successfulLines − previousSuccessfulLines; null when either is unknown or there is no previous. */
  lineDelta: number | null
  /** Files that changed, appeared, vanished or have unknown counts: biggest drops first. */
  files: FileChange[]
  /** Files in both imports with the same count. */
  unchangedFiles: number
}

interface FileLines {
  kind: FileKind
  lines: number | null
}

/**
 * Edge and vertex files by path, with their successful lines. Schema files are left out:
 * the docs give line counts for edge and vertex files only (docs/ges-api.md#import-details-and-line-counts). Paths are matched
 * exactly, not case- or space-folded: OBS object keys are case-sensitive, so `Rate.csv` and
 * `rate.csv` are two files. A path listed twice adds up.
 */
function linesByPath(files: ImportFile[]): Map<string, FileLines> {
  const byPath = new Map<string, FileLines>()
  for (const file of files) {
    if (file.kind === 'schema') continue
    const known = byPath.get(file.path)
    const lines = file.successfulLines
    if (!known) byPath.set(file.path, { kind: file.kind, lines })
    else known.lines = known.lines === null || lines === null ? null : known.lines + lines
  }
  return byPath
}

/** A sum that is unknown as soon as one part is: unknown is not zero. */
function sumOf(values: Iterable<number | null>): number | null {
  let sum = 0
  for (const value of values) {
    if (value === null) return null
    sum += value
  }
  return sum
}

/** Successful lines of an import's edge and vertex files; null when any count is unknown. */
export function successfulLinesOf(job: Job): number | null {
  return job.files === null ? null : sumOf([...linesByPath(job.files).values()].map((f) => f.lines))
}

/** Biggest drops first; unknown changes after every known one; then by path, for a stable order. */
function byDrop(a: FileChange, b: FileChange): number {
  if (a.lineDelta !== b.lineDelta) {
    if (a.lineDelta === null) return 1
    if (b.lineDelta === null) return -1
    return a.lineDelta - b.lineDelta
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/** Compares successful lines, in total and per file path. Pure. */
export function compareImports(current: Job, previous: Job): Comparison {
  const base = {
    result: 'compared' as const,
    previousJobId: previous.id,
    previousBeginTime: isoTime(previous.beginTime)
  }
  if (current.files === null || previous.files === null) {
    const which = current.files === null ? 'this import' : `the previous import (${previous.id})`
    return {
      ...base,
      reason: `GES did not report the files of ${which}: the line counts cannot be compared`,
      previousSuccessfulLines: successfulLinesOf(previous),
      successfulLines: successfulLinesOf(current),
      lineDelta: null,
      files: [],
      unchangedFiles: 0
    }
  }
  const now = linesByPath(current.files)
  const then = linesByPath(previous.files)
  const files: FileChange[] = []
  let unchangedFiles = 0
  for (const [path, file] of now) {
    const old = then.get(path)
    if (!old) {
      files.push({
        kind: file.kind,
        path,
        change: 'new',
        previousSuccessfulLines: null,
        successfulLines: file.lines,
        lineDelta: file.lines
      })
    } else if (old.lines === null || file.lines === null) {
      files.push({
        kind: file.kind,
        path,
        change: 'unknown',
        previousSuccessfulLines: old.lines,
        successfulLines: file.lines,
        lineDelta: null
      })
    } else if (old.lines !== file.lines) {
      files.push({
        kind: file.kind,
        path,
        change: 'changed',
        previousSuccessfulLines: old.lines,
        successfulLines: file.lines,
        lineDelta: file.lines - old.lines
      })
    } else {
      unchangedFiles += 1
    }
  }
  for (const [path, old] of then) {
    if (now.has(path)) continue
    files.push({
      kind: old.kind,
      path,
      change: 'vanished',
      previousSuccessfulLines: old.lines,
      successfulLines: null,
      lineDelta: old.lines === null ? null : -old.lines
    })
  }
  const previousSuccessfulLines = sumOf([...then.values()].map((f) => f.lines))
  const successfulLines = sumOf([...now.values()].map((f) => f.lines))
  const unknown = new Set([...now, ...then].filter(([, f]) => f.lines === null).map(([path]) => path)).size
  return {
    ...base,
    reason:
      unknown > 0
        ? `GES did not report the successful lines of ${unknown} ${unknown === 1 ? 'file' : 'files'}: the change in lines is unknown`
        : null,
    previousSuccessfulLines,
    successfulLines,
    lineDelta:
      previousSuccessfulLines === null || successfulLines === null ? null : successfulLines - previousSuccessfulLines,
    files: files.sort(byDrop),
    unchangedFiles
  }
}

/** No successful import of this graph and job name began before this one. */
export function noPrevious(current: Job): Comparison {
  return {
    result: 'no-previous',
    reason: null,
    previousJobId: null,
    previousBeginTime: null,
    previousSuccessfulLines: null,
    successfulLines: successfulLinesOf(current),
    lineDelta: null,
    files: [],
    unchangedFiles: 0
  }
}

/** The previous import could not be established: the reason says why. */
export function unavailable(current: Job, reason: string): Comparison {
  return { ...noPrevious(current), result: 'unavailable', reason }
}
