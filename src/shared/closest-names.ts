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
  // A long typed name, or a hostile list's megabyte-long one, costs no more than a plausible one.
  const wanted = name.slice(0, 200).toLowerCase()
  const limit = Math.max(2, Math.floor(wanted.length / 3))
  return [...new Set(names)]
    .map((candidate) => {
      const lower = candidate.slice(0, 200).toLowerCase()
      const related = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower)) && lower.length >= 3
      // Cheap answers first, so a list of thousands of graphs stays fast: a name that contains the
      // other is exactly their length difference apart (deletions); names whose lengths differ by
      // more than the limit are at least that many edits apart, too far to suggest.
      const gap = Math.abs(wanted.length - lower.length)
      const distance = related ? gap : gap > limit ? Number.POSITIVE_INFINITY : editDistance(wanted, lower)
      return { candidate, distance, close: distance <= limit || related }
    })
    .filter((c) => c.close)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map((c) => c.candidate)
}
