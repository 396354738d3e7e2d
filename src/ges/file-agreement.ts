import type { ImportFile } from './model.js'

/**
 * Whether two answers about one import say the same of its files: the rule for two endpoints
 * (waiter/tracked-job.ts) and for two entries of one listing (twin-entries.ts) alike.
 */

/** A file both report in different statuses, or that only one of them reports (its result would be lost). */
export function conflictingFile(
  a: ImportFile[] | null,
  b: ImportFile[] | null
): [file: ImportFile, a: string, b: string] | undefined {
  if (!a || !b) return undefined
  const key = (f: ImportFile): string => `${f.kind}\n${f.path}`
  const statusOf = new Map(b.map((f) => [key(f), f]))
  for (const file of a) {
    const other = statusOf.get(key(file))
    if (!other) return [file, file.rawStatus, 'absent']
    if (other.status !== file.status) return [file, file.rawStatus, other.rawStatus]
  }
  const inA = new Set(a.map(key))
  const onlyInB = b.find((f) => !inA.has(key(f)))
  return onlyInB ? [onlyInB, 'absent', onlyInB.rawStatus] : undefined
}

/** Both report no files, or every file with the same line counts (unknown is not a count). */
export function sameLineCounts(a: ImportFile[] | null, b: ImportFile[] | null): boolean {
  if (a === null || b === null) return a === b
  const counts = (f: ImportFile): string =>
    `${f.kind}\n${f.path}\n${f.totalLines}/${f.successfulLines}/${f.failedLines}`
  const inA = new Set(a.map(counts))
  return a.length === b.length && b.every((f) => inA.has(counts(f)))
}
