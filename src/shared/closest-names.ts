/** Levenshtein distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}

/**
 * The names closest to a mistyped one (`moviez` → `movies`), nearest first, at most `max`: those
 * a few edits away (case ignored), or that contain it or are contained in it (`movie` → `movies_v2`).
 */
export function closestNames(name: string, names: readonly string[], max = 3): string[] {
  const wanted = name.toLowerCase()
  const limit = Math.max(2, Math.floor(wanted.length / 3))
  return [...new Set(names)]
    .map((candidate) => {
      // A hostile list's megabyte-long name costs no more than a plausible one.
      const lower = candidate.slice(0, 200).toLowerCase()
      const distance = editDistance(wanted, lower)
      const related = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower)) && lower.length >= 3
      return { candidate, distance, close: distance <= limit || related }
    })
    .filter((c) => c.close)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map((c) => c.candidate)
}
