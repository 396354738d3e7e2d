import type { Job } from './model.js'

/**
 * Whether `a` is newer than `b`: the later begin time, as `timeOf` reads it (callers differ on
 * where a job without one goes); a tie goes to the larger id, so that the choice never depends
 * on the order GES listed the jobs in, which it does not document.
 */
export function newer(a: Job, b: Job, timeOf: (job: Job) => number): boolean {
  const ta = timeOf(a)
  const tb = timeOf(b)
  return ta !== tb ? ta > tb : a.id > b.id
}
