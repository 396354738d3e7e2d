import type { Job } from '../ges/model.js'
import { formatUtcTime } from '../util/time.js'

/** Which jobs to wait for: the part of the settings the selection needs. */
export interface TargetCriteria {
  jobIds: string[]
  graphNames: string[]
  /** undefined: any job name. Ignored when jobIds are given: an id names one job. */
  jobName?: string
  since?: number
  until?: number
  select: 'latest' | 'all'
}

/** A target still to be found, in words for logs and the report. */
export interface MissingTarget {
  key: string
  description: string
}

export function matchesFilters(job: Job, criteria: TargetCriteria): boolean {
  if (criteria.graphNames.length > 0 && !criteria.graphNames.includes(job.graph ?? '')) return false
  if (criteria.jobIds.length === 0 && criteria.jobName !== undefined) {
    if ((job.name ?? '').toLowerCase() !== criteria.jobName.toLowerCase()) return false
  }
  // A job without a begin time (still pending) may well be ours: keep it.
  if (job.beginTime !== null) {
    if (criteria.since !== undefined && job.beginTime < criteria.since) return false
    if (criteria.until !== undefined && job.beginTime > criteria.until) return false
  }
  return true
}

/** Newest first by begin time; a job not begun yet is the newest. Ties: the larger id. */
function newer(a: Job, b: Job): boolean {
  const ta = a.beginTime ?? Infinity
  const tb = b.beginTime ?? Infinity
  return ta !== tb ? ta > tb : a.id > b.id
}

/** The slots to fill: one per job id, one per graph (latest), or one "any" slot. */
function slotsOf(criteria: TargetCriteria): { key: string; accepts: (job: Job) => boolean }[] {
  if (criteria.jobIds.length > 0)
    return criteria.jobIds.map((id) => ({ key: `id:${id}`, accepts: (job) => job.id === id }))
  if (criteria.select === 'latest' && criteria.graphNames.length > 0) {
    return criteria.graphNames.map((graph) => ({ key: `graph:${graph}`, accepts: (job) => job.graph === graph }))
  }
  return [{ key: 'any', accepts: () => true }]
}

/**
 * Picks targets among listed jobs, given those already tracked. Pure. With `latest` each slot
 * takes its newest matching job; with `all` every matching job is a target.
 */
export function pickTargets(
  candidates: Job[],
  tracked: readonly Job[],
  criteria: TargetCriteria
): { targets: Job[]; missing: MissingTarget[] } {
  const matching = candidates.filter((job) => matchesFilters(job, criteria))
  const trackedIds = new Set(tracked.map((job) => job.id))
  const targets: Job[] = []
  const missing: MissingTarget[] = []
  for (const slot of slotsOf(criteria)) {
    if (tracked.some(slot.accepts)) continue
    const found = matching.filter(slot.accepts).filter((job) => !trackedIds.has(job.id))
    if (found.length === 0) {
      missing.push({ key: slot.key, description: describeSlot(slot.key, criteria) })
    } else if (criteria.select === 'all' && criteria.jobIds.length === 0) {
      targets.push(...found)
    } else {
      targets.push(found.reduce((best, job) => (newer(job, best) ? job : best)))
    }
  }
  return { targets, missing }
}

/** What is still missing, given what is tracked (no listing needed). */
export function missingTargets(tracked: readonly Job[], criteria: TargetCriteria): MissingTarget[] {
  return pickTargets([], tracked, criteria).missing
}

function describeSlot(key: string, criteria: TargetCriteria): string {
  if (key.startsWith('id:')) return `job ${key.slice(3)}`
  const kind = criteria.jobName === undefined ? 'job' : `${criteria.jobName} job`
  const graph = key.startsWith('graph:')
    ? ` of graph "${key.slice(6)}"`
    : criteria.graphNames.length
      ? ` of graph ${criteria.graphNames.map((g) => `"${g}"`).join(' or ')}`
      : ''
  const window = [
    criteria.since !== undefined ? `begun since ${formatUtcTime(criteria.since)} UTC` : undefined,
    criteria.until !== undefined ? `until ${formatUtcTime(criteria.until)} UTC` : undefined
  ]
    .filter(Boolean)
    .join(' ')
  const article = criteria.select === 'all' ? 'any' : /^[aeiou]/i.test(kind) ? 'an' : 'a'
  return `${article} ${kind}${graph}${window ? ` ${window}` : ''}`
}

/**
 * Jobs listed under an id we wait for, but of a graph `graph-name` does not name: the id and
 * the graph disagree, and waiting cannot fix that. A job whose graph is not given is not one.
 */
export function misplacedJobs(candidates: readonly Job[], criteria: TargetCriteria): Job[] {
  if (criteria.jobIds.length === 0 || criteria.graphNames.length === 0) return []
  return candidates.filter(
    (job) => criteria.jobIds.includes(job.id) && job.graph !== null && !criteria.graphNames.includes(job.graph)
  )
}

/** The newest listed jobs, newest first, for "seen instead" when a target never appears. */
export function newestJobs(jobs: readonly Job[], count = 5): Job[] {
  const unique = [...new Map(jobs.map((job) => [job.id, job])).values()]
  return unique.sort((a, b) => (newer(a, b) ? -1 : newer(b, a) ? 1 : 0)).slice(0, count)
}
