import type { JobSource } from '../ges/job-source.js'
import { lookAlikeStatus, quoteStatus } from '../ges/job-status.js'
import { isFinished, isImport, type Job } from '../ges/model.js'
import type { Log } from '../shared/log.js'
import { DAY_MS, formatUtcDate } from '../shared/time.js'
import { listedAfterBegin, type CompleteListings } from '../shared/complete-listings.js'
import { asApiError, type PollErrors } from './poll-errors.js'
import { answerOf, disagreement, isSettled, mayHaveFinished, recordAnswer, type TrackedJob } from './tracked-job.js'

/**
 * Follows found jobs: one request per unsettled job to the single-job status endpoint, and
 * the job list where the endpoint cannot answer (no graph id, job unknown to it), to confirm a
 * finish and to read the import details. Jobs read from the list share one listing per graph
 * and poll, which stops paging as soon as all of them are found.
 */
export class JobFollower {
  private graphIds: Map<string, string> | 'unavailable' | undefined

  constructor(
    private readonly source: JobSource,
    /** startTime for listings: one day before `since`, when it is set. */
    private readonly startDate: string | undefined,
    /** Where a confirming listing read to the end is kept, for the comparison. */
    private readonly listings: CompleteListings,
    private readonly log: Log
  ) {}

  /** `listed`: this poll's complete listings by graph, reused instead of listing again. */
  async follow(poll: number, jobs: TrackedJob[], listed: Map<string, Job[]>, errors: PollErrors): Promise<void> {
    const unsettled = jobs.filter((t) => !isSettled(t))
    // A finish the list showed this poll is asked of the status endpoint too: one answer is not
    // evidence that agrees (docs/advanced-usage.md#how-the-verdict-is-reached).
    const viaStatus = unsettled.filter((t) => !t.listOnly && (t.latest['job list']?.poll !== poll || isFinished(t.job)))
    if (viaStatus.length > 0) await this.loadGraphIds(errors)
    await Promise.all(viaStatus.map((t) => this.readStatus(poll, t, errors)))
    // The list answers for jobs the endpoint cannot, and confirms every finish the endpoint reports,
    // or that an answer only looks like (`succ\u200bess`) or hides (unreadable): the two answers are
    // then compared at once. Without graph ids yet (a transient failure), this poll reads everything from the list.
    const viaList = unsettled.filter(
      (t) =>
        t.listCheckedPoll < poll &&
        (t.listOnly || isFinished(t.job) || mayHaveFinished(t) || this.graphIds === undefined)
    )
    await this.readList(poll, viaList, listed, errors)
    for (const t of unsettled) this.noteDisagreement(t)
  }

  private async loadGraphIds(errors: PollErrors): Promise<void> {
    if (this.graphIds !== undefined) return
    try {
      const graphs = await this.source.listGraphs()
      this.graphIds = new Map(graphs.map((g) => [g.name, g.id]))
    } catch (error) {
      const apiError = asApiError(error)
      if (apiError.kind === 'permanent') {
        // Polling still works through the job list, only at the cost of paging it.
        this.log.warning(`${apiError.message}; following jobs through the job list instead`)
        this.graphIds = 'unavailable'
      } else {
        errors.push(apiError) // meanwhile, this poll reads the list
      }
    }
  }

  /** One request to the single-job endpoint; marks the job list-only when the endpoint cannot answer. */
  private async readStatus(poll: number, tracked: TrackedJob, errors: PollErrors): Promise<void> {
    if (!(this.graphIds instanceof Map)) {
      if (this.graphIds === 'unavailable') tracked.listOnly = true
      return
    }
    const graphId = tracked.job.graph ? this.graphIds.get(tracked.job.graph) : undefined
    if (!graphId) {
      tracked.listOnly = true // no graph id known for this job: the list is all there is
      return
    }
    try {
      const fresh = await this.source.getJob(graphId, tracked.job.id)
      recordAnswer(tracked, answerOf('status endpoint', poll, fresh), fresh)
      this.noteUnknownStatus(tracked)
    } catch (error) {
      const apiError = asApiError(error)
      if (apiError.kind !== 'permanent') return void errors.push(apiError) // retried on the next poll
      // GES.7007 and friends: the endpoint does not know the job; the list is the authority.
      const message = `${apiError.message}; reading job ${tracked.job.id} from the job list from now on`
      const finish = [...tracked.finishedAnswers.values()].find((a) => a.source === 'status endpoint')
      // Forgetting a job it said had finished is worth a warning, once: its finish now rests on the list.
      if (finish)
        this.noteOnce(tracked, 'forgotten:', () =>
          this.log.warning(
            `${message}, though the status endpoint said ${quoteStatus(finish.rawStatus)} before${apiError.reference ? ` [${apiError.reference}]` : ''}`
          )
        )
      else this.log.debug(message)
      tracked.listOnly = true
    }
  }

  private async readList(
    poll: number,
    wanted: TrackedJob[],
    listed: Map<string, Job[]>,
    errors: PollErrors
  ): Promise<void> {
    const byGraph = new Map<string, TrackedJob[]>()
    for (const t of wanted) byGraph.set(t.job.graph ?? '', [...(byGraph.get(t.job.graph ?? '') ?? []), t])
    await Promise.all(
      [...byGraph].map(async ([graph, group]) => {
        let jobs = listed.get(graph)
        if (!jobs) {
          const ids = group.map((t) => t.job.id)
          // Confirming the finish of imports the comparison will look back from: read to the last
          // page, so that it can reuse this listing instead of listing the graph again,
          // unless discovery read the whole history already, after these jobs began. Otherwise
          // paging stops once every job is seen.
          const toTheEnd =
            graph !== '' &&
            group.every((t) => isFinished(t.job) && isImport(t.job) && t.job.beginTime !== null) &&
            !this.listings.of(graph).some((l) => l.startDate === undefined && listedAfterBegin(l, ids))
          const startDate = this.startDateFor(group)
          try {
            jobs = await this.source.listJobs(
              { graphName: graph || undefined, startDate },
              toTheEnd ? undefined : (seen) => ids.every((id) => seen.has(id))
            )
          } catch (error) {
            return void errors.push(asApiError(error))
          }
          if (toTheEnd) this.listings.record(graph, jobs, startDate)
        }
        for (const t of group) this.applyListing(poll, t, jobs)
      })
    )
  }

  private applyListing(poll: number, tracked: TrackedJob, jobs: Job[]): void {
    const listedJob = jobs.find((j) => j.id === tracked.job.id)
    if (listedJob) {
      if (tracked.vanished) this.log.info(`Job ${listedJob.id} is listed again`)
      recordAnswer(tracked, answerOf('job list', poll, listedJob), listedJob)
      if (listedJob.unreadable !== undefined) this.noteUnreadable(tracked, listedJob)
      this.noteUnknownStatus(tracked)
    } else if (tracked.latest['job list'] === undefined && tracked.latest['status endpoint'] === undefined) {
      // Known by id before any answer (the import this step started): not listed yet is not gone.
      this.noteOnce(tracked, 'unlisted:', () =>
        this.log.info(`Job ${tracked.job.id} is not in the job list yet; waiting for it to appear`)
      )
    } else {
      // Also when the status endpoint has just said it finished: a job the list drops is not
      // confirmed by it (isSettled then waits for a second status answer).
      this.markVanished(tracked)
    }
  }

  /** The narrowest safe startTime: a day before the earliest begin time among these jobs. */
  private startDateFor(group: TrackedJob[]): string | undefined {
    const begins = group.map((t) => t.job.beginTime)
    if (begins.some((b) => b === null)) return this.startDate
    const own = formatUtcDate(Math.min(...(begins as number[])) - DAY_MS)
    return this.startDate && this.startDate > own ? this.startDate : own
  }

  private readonly noted = new Map<string, string>()

  /** Logs a state of a job once, as long as it lasts: a six-hour wait must not repeat it every poll. */
  private noteOnce(tracked: TrackedJob, state: string, warn: () => void): void {
    const key = `${tracked.job.id}\n${state.slice(0, state.indexOf(':'))}`
    if (this.noted.get(key) === state) return
    this.noted.set(key, state)
    warn()
  }

  private noteUnreadable(tracked: TrackedJob, listed: Job): void {
    this.noteOnce(tracked, `unreadable:${listed.unreadable}`, () =>
      this.log.warning(
        `Job ${listed.id}: its entry in the job list cannot be read (${listed.unreadable}); asking again until it can or the wait times out`
      )
    )
  }

  /** A status GES may have added since the docs: not finished, and the log says so (once per status). */
  noteUnknownStatus(tracked: TrackedJob): void {
    const { job } = tracked
    if (job.status !== 'unknown') return
    this.noteOnce(tracked, `status:${job.rawStatus}`, () =>
      this.log.warning(`Job ${job.id} reports ${describeStatus(job)}: treated as not finished, the wait goes on`)
    )
  }

  private noteDisagreement(tracked: TrackedJob): void {
    const conflict = disagreement(tracked)
    // A spelling conflict, or an answer about another job than the one started, settles the job:
    // no answer can mend it, so none is asked for.
    const next = isSettled(tracked) ? 'no further answer can settle it' : 'asking both again'
    if (conflict) this.noteOnce(tracked, `conflict:${conflict}`, () => this.log.warning(`${conflict}; ${next}`))
  }

  private markVanished(tracked: TrackedJob): void {
    if (!tracked.vanished) {
      const { id, rawStatus } = tracked.job
      this.log.warning(
        isFinished(tracked.job) && !tracked.listOnly
          ? `Job ${id} is no longer in the job center, though the status endpoint says "${rawStatus}"; asking the status endpoint again to confirm`
          : `Job ${id} is no longer in the job center (last seen ${rawStatus || 'without status'}); waiting in case it comes back`
      )
    }
    tracked.vanished = true
  }
}

/** An unknown status as the log names it: what it is, looks like, or why it cannot be read. */
function describeStatus(job: Job): string {
  if (job.statusUnreadable) return `a status that cannot be read: ${job.statusUnreadable}`
  if (!job.rawStatus) return 'no status'
  const quoted = quoteStatus(job.rawStatus)
  const looksLike = lookAlikeStatus(job.rawStatus)
  return looksLike
    ? `status ${quoted}, which only looks like "${looksLike}" (GES documents no such spelling)`
    : `status ${quoted}, which is not a documented GES job status`
}
