import type { ImportFile } from '../ges/model.js'

type Counted = Pick<ImportFile, 'path' | 'totalLines' | 'successfulLines' | 'failedLines'> & { status: string }

/**
 * Why a file's line counts contradict themselves or its status, or undefined. Green needs
 * evidence that agrees: a file GES calls `success` with failed lines, or with more successful
 * and failed lines than lines in all, is not a success (the judge calls it unknown).
 */
export function countContradiction(file: Counted): string | undefined {
  const { totalLines: total, successfulLines: ok, failedLines: failed } = file
  if (file.status === 'success' && failed !== null && failed > 0)
    return `"${file.path}" is reported as success with ${failed} failed lines`
  if (total !== null && (ok ?? 0) + (failed ?? 0) > total)
    return `"${file.path}" has ${ok ?? '?'} successful and ${failed ?? '?'} failed of ${total} lines`
  return undefined
}
