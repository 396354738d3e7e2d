import { newer as newerJob } from '../ges/job-order.js'
import { hasUnreadableBegin, type Job } from '../ges/model.js'
import { formatUtcTime } from '../shared/time.js'

/** Which jobs to wait for: the part of the settings the selection needs. */
export interface TargetCriteria {
  jobIds: string[]
  graphNames: string[]
  /** undefined: any job name. Ignored when jobIds are given: an id names one job. */
  jobName?: string
  since?: number
  until?: number
  select: 'latest' | 'all'
  /** Where the job center is searched, for messages: the project (undefined when found through IAM) and region. */
  projectId?: string
  region?: string
}

/** A target still to be found, in words for logs and the report. */
export interface MissingTarget {
  key: string
  description: string
}

/** A listed job passed over because its begin time cannot be read, or is missing where a window needs it. */
export interface SkippedJob {
  id: string
  graph: string | null
  /** The begin time as GES sent it; '' when a job that has begun sent none. */
  beginTimeRaw: string
}

/** Why a job was skipped, in words, for the log and the summary. */
export function skipReason(beginTimeRaw: string): string {
  return beginTimeRaw === ''
    ? 'it has begun but has no begin time, so it cannot be placed in the since/until window'
    : `begin time cannot be read: ${beginTimeRaw}`
}

const NOT_BEGUN: ReadonlySet<Job['status']> = new Set(['pending', 'running'])

/** No begin time and a status that says it has not begun (or just did): a job that may well be ours. */
function notBegunYet(job: Job): boolean {
  return job.beginTimeRaw === null && NOT_BEGUN.has(job.status)
}

/** The choice depends on when jobs began: a window, or the newest one per slot. */
function timeMatters(criteria: TargetCriteria): boolean {
  return (
    criteria.jobIds.length === 0 &&
    (criteria.since !== undefined || criteria.until !== undefined || criteria.select === 'latest')
  )
}

/** Graph and job name: the filters that need no time. */
function matchesNames(job: Job, criteria: TargetCriteria): boolean {
  if (criteria.graphNames.length > 0 && !criteria.graphNames.includes(job.graph ?? '')) return false
  if (criteria.jobIds.length === 0 && criteria.jobName !== undefined) {
    if ((job.name ?? '').toLowerCase() !== criteria.jobName.toLowerCase()) return false
  }
  return true
}

export function matchesFilters(job: Job, criteria: TargetCriteria): boolean {
  if (!matchesNames(job, criteria)) return false
  // An id names one job: when it began does not matter.
  if (criteria.jobIds.length > 0) return true
  // A begin time that is there but cannot be read puts the job nowhere in time: it can be
  // shown neither inside a window nor to be the newest (rules of a gate: unknown is not success).
  if (hasUnreadableBegin(job) && timeMatters(criteria)) return false
  if (criteria.since === undefined && criteria.until === undefined) return true
  // A job not begun yet may well be ours; a finished one without a begin time cannot be shown
  // to be inside the window.
  if (job.beginTime === null) return notBegunYet(job)
  if (criteria.since !== undefined && job.beginTime < criteria.since) return false
  if (criteria.until !== undefined && job.beginTime > criteria.until) return false
  return true
}

/**
 * Newest first by begin time; a job not begun yet is the newest, and a job that says it began
 * (finished, unknown status) but gives no time is the oldest: it never wins over a job whose
 * time is known. Ties: the larger id.
 */
const newer = (a: Job, b: Job): boolean => newerJob(a, b, sortTime)

function sortTime(job: Job): number {
  return job.beginTime ?? (notBegunYet(job) ? Infinity : -Infinity)
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

/** Id-less entries that could have been targets (docs/evidence-rules.md). */
export function idlessCandidates(idless: readonly Job[], criteria: TargetCriteria): Job[] {
  if (criteria.jobIds.length > 0) return []
  return idless.filter(
    (job) => matchesNames(job, criteria) && (matchesFilters(job, criteria) || job.beginTime === null)
  )
}

/** `latest`: the id-less entries newer than their slot's target. */
export function newerIdless(idless: readonly Job[], targets: readonly Job[], criteria: TargetCriteria): Job[] {
  if (criteria.select !== 'latest') return []
  const bySlot = criteria.graphNames.length > 0
  return idless.filter((entry) => targets.some((t) => (!bySlot || t.graph === entry.graph) && newer(entry, t)))
}

/**
 * Picks targets among listed jobs, given those already tracked. Pure. With `latest` each slot
 * takes its newest matching job; with `all` every matching job is a target. `skipped`: the jobs
 * of the right graph and name left out only because their begin time cannot be read.
 */
export function pickTargets(
  candidates: Job[],
  tracked: readonly Job[],
  criteria: TargetCriteria
): { targets: Job[]; missing: MissingTarget[]; skipped: SkippedJob[] } {
  const matching = candidates.filter((job) => matchesFilters(job, criteria))
  const trackedIds = new Set(tracked.map((job) => job.id))
  const windowed = criteria.jobIds.length === 0 && (criteria.since !== undefined || criteria.until !== undefined)
  // Said, not silently dropped: a begin time that cannot be read, or none on a job that has begun
  // while a window asks when it began.
  const unplaceable = (job: Job): boolean =>
    hasUnreadableBegin(job) || (windowed && job.beginTimeRaw === null && !notBegunYet(job))
  const skipped = timeMatters(criteria)
    ? candidates
        .filter((job) => unplaceable(job) && matchesNames(job, criteria) && !trackedIds.has(job.id))
        .map((job) => ({ id: job.id, graph: job.graph, beginTimeRaw: job.beginTimeRaw ?? '' }))
    : []
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
  return { targets, missing, skipped }
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
