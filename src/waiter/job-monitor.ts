import type { JobSource } from '../ges/job-source.js'
import type { Job } from '../ges/model.js'
import type { Log } from '../shared/log.js'
import { CompleteListings, type CompleteListing } from '../shared/complete-listings.js'
import { JobFinder, type AbsentGraph } from './job-finder.js'
import { JobFollower } from './job-follower.js'
import { mostSerious, type PollErrors } from './poll-errors.js'
import { skipReason, type MissingTarget, type SkippedJob, type TargetCriteria } from './targets.js'
import {
  answerOf,
  expectJob,
  isSettled,
  recordAnswer,
  trackJob,
  type ExpectedJob,
  type TrackedJob
} from './tracked-job.js'

/**
 * One poll = find what is still missing (a listing), then follow what was found (the status
 * endpoint, one request per unsettled job, and the list where needed). After identification a
 * poll costs one request per unfinished job, whatever the size of the job center.
 */
export class JobMonitor {
  private readonly tracked = new Map<string, TrackedJob>()
  private readonly finder: JobFinder
  private readonly follower: JobFollower
  private polls = 0
  private readonly skippedJobs = new Map<string, SkippedJob>()
  private readonly listings = new CompleteListings()

  constructor(
    source: JobSource,
    readonly criteria: TargetCriteria,
    /** startTime for listings: one day before `since` (the server's time zone is undocumented). */
    startDate: string | undefined,
    private readonly log: Log
  ) {
    this.finder = new JobFinder(source, criteria, startDate, this.listings)
    this.follower = new JobFollower(source, startDate, this.listings, log)
  }

  /**
   * Follows a job known by id (the import this step started) without a discovery listing; an
   * answer that is not about the `expected` job ends its wait as a disagreement.
   */
  follow(job: Job, expected?: ExpectedJob): void {
    this.tracked.set(job.id, expectJob(job, expected))
  }

  /** The found jobs with the evidence read about them. */
  observed(): readonly TrackedJob[] {
    return [...this.tracked.values()]
  }

  jobs(): Job[] {
    return this.observed().map((t) => t.job)
  }

  missing(): MissingTarget[] {
    return this.finder.missing(this.jobs())
  }

  /** Jobs followed by id (the import this step started) that neither endpoint has shown yet. */
  unseen(): Job[] {
    return this.observed()
      .filter((t) => t.latest['job list'] === undefined && t.latest['status endpoint'] === undefined)
      .map((t) => t.job)
  }

  /** From the last discovery listing: the newest jobs, and jobs of our ids under another graph. */
  seen(): { newest: Job[]; misplaced: Job[] } {
    return this.finder.seen
  }

  /** Whether a discovery listing has answered, or none was needed (every target found). */
  searched(): boolean {
    return this.finder.answered || this.missing().length === 0
  }

  /** Named graphs that have no job and that the project's graph list, read to its end, does not hold. */
  absentGraphs(): AbsentGraph[] {
    return this.finder.absent
  }

  /** The listings of `graph` read to the end during the wait (discovery or confirmation), newest first. */
  completeListings(graph: string): CompleteListing[] {
    return this.listings.of(graph)
  }

  /** Listed jobs passed over because their begin time cannot be read. */
  skipped(): SkippedJob[] {
    return [...this.skippedJobs.values()].filter((s) => !this.tracked.has(s.id))
  }

  /** JobFinder.idless */
  idless(): Job[] {
    return this.finder.idless
  }

  /** Every target found and settled: finished, confirmed, and every answer agreeing. */
  complete(): boolean {
    return this.missing().length === 0 && this.observed().every(isSettled)
  }

  /**
   * One poll. Applies every answer that came back; then throws the most serious error, if
   * any, so that the waiter can back off or stop.
   */
  async poll(): Promise<void> {
    const poll = ++this.polls
    const errors: PollErrors = []
    let listed = new Map<string, Job[]>()
    if (this.missing().length > 0) {
      const discovery = await this.finder.discover(this.jobs(), errors)
      listed = discovery.complete
      for (const job of discovery.listed) {
        const known = this.tracked.get(job.id)
        if (known) recordAnswer(known, answerOf('job list', poll, job), job)
      }
      for (const job of discovery.targets) this.startTracking(poll, job)
      for (const skipped of discovery.skipped) this.noteSkipped(skipped)
    }
    await this.follower.follow(poll, this.observed() as TrackedJob[], listed, errors)
    if (errors.length > 0) throw mostSerious(errors)
  }

  private noteSkipped(skipped: SkippedJob): void {
    if (this.skippedJobs.get(skipped.id)?.beginTimeRaw !== skipped.beginTimeRaw) {
      const job = skipped.graph ? `job ${skipped.id} of graph "${skipped.graph}"` : `job ${skipped.id}`
      this.log.warning(`Skipped ${job}: ${skipReason(skipped.beginTimeRaw)}`)
    }
    this.skippedJobs.set(skipped.id, skipped)
  }

  private startTracking(poll: number, job: Job): void {
    const tracked = trackJob(answerOf('job list', poll, job), job)
    this.tracked.set(job.id, tracked)
    this.log.info(`Found ${describeJob(job)}: ${job.rawStatus || 'no status yet'}`)
    this.follower.noteUnknownStatus(tracked)
  }
}

export function describeJob(job: Job): string {
  return `${job.name ?? 'job'} ${job.id}${job.graph ? ` of graph "${job.graph}"` : ''}`
}
