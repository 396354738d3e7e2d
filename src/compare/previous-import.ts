import type { JobSource } from '../ges/job-source.js'
import { fileResultsOf, isSuccessfulImport } from '../ges/import-result.js'
import type { ListingEnd } from '../ges/listing-tail.js'
import { isFinished, isImport, type Job } from '../ges/model.js'

import { ApiError } from '../http/api-error.js'
import { CancelledError } from '../shared/cancellation.js'
import { DAY_MS, formatUtcDate } from '../shared/time.js'
import { delayAfterPoll, sleepBeforeNextPoll } from '../shared/backoff.js'
import type { RetryContext } from '../shared/run-context.js'
import { listedAfterBegin, type CompleteListing } from '../shared/complete-listings.js'
import { compareImports, noPrevious, unavailable, type Comparison } from './compare-imports.js'
import { findPreviousImport, undecidedBefore } from './find-previous.js'

/** For a caller whose comparison failed as a whole: each import is then `unavailable`, never absent. */
export { unavailable }

/** The run's deadline (no listing starts, and none goes on paging, after it), clock and back-off bounds. */
export interface PreviousImportOptions extends RetryContext {
  source: JobSource
  /** The listings of a graph the wait read to the end (with or without a start date), newest first. */
  listings(graph: string): CompleteListing[]
}

/** Attempts of the extra listing when GES answers with a retryable error. */
const ATTEMPTS = 3

/** Days back of the date windows searched before the full listing (docs/advanced-usage.md#compared-with-the-previous-import). */
export const WINDOW_DAYS = [1, 7, 30, 90, 365]

/**
 * Compares every finished import among `jobs` with the previous successful import of its
 * graph and job name. The list order is not documented (docs/ges-api.md#the-job-list), so "the newest
 * previous one" needs every job of the graph that may be newer than it: a listing the wait
 * read to the end (discovery, or the one that confirmed the finish) is reused when it tells
 * the answer (0 extra requests); otherwise the graph is listed backwards in expanding date
 * windows (WINDOW_DAYS, then without a date), and the search stops at the first window that
 * holds the answer. Never throws for GES errors: a
 * listing that fails, or does not fit in the time left, makes the comparison `unavailable`.
 */
export async function compareWithPrevious(
  jobs: Job[],
  options: PreviousImportOptions
): Promise<Map<string, Comparison>> {
  const comparisons = new Map<string, Comparison>()
  const byGraph = new Map<string, Job[]>()
  for (const job of jobs) {
    if (!isImport(job) || !isFinished(job)) continue
    if (job.graph === null) {
      comparisons.set(job.id, unavailable(job, 'GES did not say which graph the job imported'))
    } else if (job.beginTime === null) {
      comparisons.set(
        job.id,
        unavailable(job, 'the begin time of the job cannot be read, so no import is known to be earlier')
      )
    } else {
      byGraph.set(job.graph, [...(byGraph.get(job.graph) ?? []), job])
    }
  }
  // The waited-for jobs as they ended are fresher than their entries in the discovery listing.
  const final = new Map(jobs.map((job) => [job.id, job]))
  const results = await Promise.all([...byGraph].map(([graph, group]) => compareGraph(graph, group, final, options)))
  for (const result of results) for (const [id, comparison] of result) comparisons.set(id, comparison)
  for (const job of jobs) {
    const comparison = comparisons.get(job.id)
    if (comparison) options.log.info(`${oneLine(`ImportGraph ${job.id}`)}: ${describeComparison(comparison)}`)
  }
  return comparisons
}

async function compareGraph(
  graph: string,
  group: Job[],
  final: ReadonlyMap<string, Job>,
  options: PreviousImportOptions
): Promise<[string, Comparison][]> {
  // The earliest start date of a reused listing in which nothing was undecided: a window that
  // starts there or later would only read the same jobs again.
  let coveredFrom: string | undefined
  // A reused listing that a wider window can go on from (its last page), instead of reading from the top.
  let base: Extensible | undefined
  const ids = group.map((job) => job.id)
  let reused = false
  for (const listing of options.listings(graph)) {
    if (!listedAfterBegin(listing, ids)) continue
    reused = true
    const jobs = listing.jobs.map((job) => final.get(job.id) ?? job)
    // A job that was running when the graph was listed may have succeeded since: list again.
    if (group.some((job) => undecidedBefore(job, jobs, findPreviousImport(job, jobs)).length > 0)) continue
    const decided = decideAll(group, jobs, trustedFrom(listing.startDate))
    if (decided) return decided
    if (listing.startDate !== undefined && (coveredFrom === undefined || listing.startDate < coveredFrom))
      coveredFrom = listing.startDate
    if (listing.end && listing.startDate !== undefined && (base === undefined || listing.startDate < base.startDate))
      base = { jobs, end: listing.end, startDate: listing.startDate }
  }
  options.log.info(`Listing the jobs of graph "${oneLine(graph)}" to find the previous import`)
  // No listing of the graph at all (the wait settled on the listing that found the job, already
  // finished): the end of the list from the job on, when the listing that found it proves it.
  // After a confirming listing read from the top, its pages would only be read again.
  const listTail = options.source.listTail?.bind(options.source)
  if (!reused && listTail) {
    const tail = await withRetries(options, (stop) => listTail(graph, ids, stop))
    if (typeof tail === 'string') return group.map((job) => [job.id, unavailable(job, tail)])
    if (tail) {
      const jobs = tail.jobs.map((job) => final.get(job.id) ?? job)
      const decided = decideAll(group, jobs, trustedFrom(tail.startDate))
      if (decided) return decided
      if (tail.startDate !== undefined) {
        base = { jobs, end: tail.end, startDate: tail.startDate }
        if (coveredFrom === undefined || tail.startDate < coveredFrom) coveredFrom = tail.startDate
      }
    }
  }
  const now = options.clock.now()
  for (const days of WINDOW_DAYS) {
    // startTime is a date in an undocumented zone, filtering an undocumented timestamp
    // (docs/ges-api.md#the-job-list): ask from a day earlier, and trust the window only for an import that began within
    // `days`. Any newer import of the series began later still, so this listing holds it too.
    const startDate = formatUtcDate(now - (days + 1) * DAY_MS)
    if (coveredFrom !== undefined && startDate >= coveredFrom) continue
    const listed = await listWindow(graph, options, startDate, base)
    if (typeof listed === 'string') return group.map((job) => [job.id, unavailable(job, listed)])
    base = listed.end && { jobs: listed.jobs, end: listed.end, startDate }
    const decided = decideAll(group, listed.jobs, now - days * DAY_MS)
    if (decided) return decided
  }
  const listed = await listWindow(graph, options, undefined, base)
  return group.map((job) => [job.id, typeof listed === 'string' ? unavailable(job, listed) : decide(job, listed.jobs)])
}

/** A listing of a graph that a wider date window can go on from. */
interface Extensible {
  jobs: Job[]
  end: ListingEnd
  startDate: string
}

/**
 * The jobs of a date window (no date: all), or why they could not be listed in the time left.
 * When the narrower window before it was read to its last page, only that page and the ones
 * after it are read (GesClient.listBeyond): in a history listed newest first, the older jobs a
 * wider window adds come after it. When the pages do not prove that, the whole window is read.
 */
async function listWindow(
  graph: string,
  options: PreviousImportOptions,
  startDate: string | undefined,
  base: Extensible | undefined
): Promise<{ jobs: Job[]; end?: ListingEnd } | string> {
  const query = startDate === undefined ? { graphName: graph } : { graphName: graph, startDate }
  const listBeyond = options.source.listBeyond?.bind(options.source)
  // From the first page on, going on costs what reading the window does, and a page that
  // disproves the order would then be read twice: read the window instead.
  if (base && base.end.offset > 0 && listBeyond) {
    const beyond = await withRetries(options, (stop) => listBeyond(query, base, stop))
    if (typeof beyond === 'string') return beyond
    if (beyond) return { jobs: [...base.jobs, ...beyond.jobs], end: beyond.end }
  }
  const jobs = await withRetries(options, (stop) => options.source.listJobs(query, stop, true))
  return typeof jobs === 'string' ? jobs : { jobs }
}

/**
 * From when a listing asked from `startDate` holds every job: the date's midnight UTC plus a
 * day, whatever zone the server reads the date in (docs/ges-api.md#the-job-list). No date: from the start.
 */
function trustedFrom(startDate: string | undefined): number | undefined {
  return startDate === undefined ? undefined : Date.parse(`${startDate}T00:00:00Z`) + DAY_MS
}

/** Every job's comparison, when the listing tells each of them (decidedWithin); else undefined. */
function decideAll(group: Job[], listed: Job[], from: number | undefined): [string, Comparison][] | undefined {
  const decided = group.map((job) => decidedWithin(job, listed, from))
  return decided.every((c) => c !== undefined) ? group.map((job, i) => [job.id, decided[i]]) : undefined
}

/**
 * The comparison a listing can tell: with no start date, always; else only with a previous
 * import that began after `from`, when the listing surely holds every newer one too.
 */
function decidedWithin(job: Job, listed: Job[], from: number | undefined): Comparison | undefined {
  if (from === undefined) return decide(job, listed)
  const previous = findPreviousImport(job, listed)
  if (previous === undefined || (previous.beginTime as number) < from) return undefined
  return decide(job, listed)
}

/**
 * Running and pending jobs of a fresh listing are not successful imports and are passed over;
 * an entry that cannot be read might be one, so the answer is not known.
 */
function decide(job: Job, candidates: Job[]): Comparison {
  const previous = findPreviousImport(job, candidates)
  const undecided = undecidedBefore(job, candidates, previous)
  const unreadable = undecided.find((j) => j.unreadable !== undefined)
  if (unreadable) {
    return unavailable(
      job,
      `job ${unreadable.id} of the same graph may be a later import, but its entry in the job list cannot be read (${unreadable.unreadable})`
    )
  }
  // Twin entries that disagree (docs/evidence-rules.md): a finished import whose result is not known,
  // which may be the newer successful one. Passing over it like a running job would pick an older baseline.
  const disputed = undecided.find((j) => j.listingConflict !== undefined)
  if (disputed) {
    return unavailable(
      job,
      `job ${disputed.id} of the same graph may be a later import, but the job list gives two answers about it: ${disputed.listingConflict}`
    )
  }
  const unknownResult = undecided.find((j) => isFinished(j) && !isSuccessfulImport(j))
  if (unknownResult) {
    const why =
      fileResultsOf(unknownResult) === 'not-reported'
        ? 'GES did not report its file results'
        : 'its files are in a status nobody documented or their line counts contradict'
    return unavailable(
      job,
      `job ${unknownResult.id} of the same graph finished and may be the previous import, but whether it succeeded is unknown: ${why}`
    )
  }
  const undated = undecided.find((j) => isFinished(j))
  if (undated) {
    return unavailable(
      job,
      `job ${undated.id} of the same graph succeeded and may be the previous import, but its begin time cannot be read (${JSON.stringify((undated.beginTimeRaw ?? 'none').slice(0, 40))})`
    )
  }
  return previous ? compareImports(job, previous) : noPrevious(job)
}

/**
 * A listing read to the end (pages a few at a time) and stopped at the deadline, tried again
 * after a retryable error; or why it could not be read in the time left. `stop` is asked before
 * every page: a listing it cut never passes for complete.
 */
async function withRetries<T>(
  options: PreviousImportOptions,
  read: (stop: () => boolean) => Promise<T>
): Promise<T | string> {
  const { clock, deadline, signal } = options
  for (let attempt = 1; ; attempt += 1) {
    if (signal.aborted) return 'the run was cancelled before the job list was read'
    if (clock.now() >= deadline) return 'no time was left before the timeout to read the job list'
    let cut = false
    try {
      const result = await read(() => (cut = clock.now() >= deadline))
      return cut ? 'the timeout passed while the job list was being read' : result
    } catch (error) {
      if (error instanceof CancelledError || signal.aborted) return 'the run was cancelled before the job list was read'
      if (!(error instanceof ApiError)) throw error
      const problem = `the job list could not be read: ${error.message}${error.reference ? ` (${error.reference})` : ''}`
      if ((error.kind !== 'transient' && error.kind !== 'throttled') || attempt >= ATTEMPTS) return problem
      const now = clock.now()
      const throttle = error.kind === 'throttled' ? error.details : undefined
      const sleep = sleepBeforeNextPoll(
        delayAfterPoll(attempt - 1, options.retryMinMs, options.retryMaxMs, throttle),
        now,
        deadline
      )
      if (sleep === undefined) return problem
      options.log.warning(`${oneLine(problem)}; trying again`)
      try {
        await clock.sleep(sleep, signal)
      } catch {
        return 'the run was cancelled before the job list was read'
      }
    }
  }
}

function describeComparison(c: Comparison): string {
  const n = (value: number | null): string => (value === null ? 'unknown' : value.toLocaleString('en-US'))
  switch (c.result) {
    case 'no-previous':
      return 'no earlier successful import of this graph to compare with'
    case 'unavailable':
      return `not compared with the previous import: ${oneLine(c.reason ?? '')}`
    case 'compared': {
      const delta = c.lineDelta === null ? 'unknown' : `${c.lineDelta > 0 ? '+' : ''}${n(c.lineDelta)}`
      return `${n(c.successfulLines)} successful lines, ${n(c.previousSuccessfulLines)} in the previous import ${oneLine(c.previousJobId ?? '')} (${delta})`
    }
  }
}

/** Server text in a log line: one line, no control characters, so it cannot start a `::` command. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').slice(0, 300)
}
