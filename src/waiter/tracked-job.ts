import { conflictingFile, sameLineCounts } from '../ges/file-agreement.js'
import { areSynonyms, finalReading, isDocumentedSpelling, quoteStatus } from '../ges/job-status.js'
import { isFinished, isFinishedStatus, type ImportFile, type Job, type JobStatus } from '../ges/model.js'

/** The two GES endpoints that answer about a job. */
export type AnswerSource = 'status endpoint' | 'job list'

/** One answer about a job, as read in poll `poll`. */
export interface Answer {
  source: AnswerSource
  poll: number
  status: JobStatus
  rawStatus: string
  files: ImportFile[] | null
  /** Set when the list entry could not be read in full. */
  unreadable?: string
  /** Set when the status itself could not be read (too long to be one). */
  statusUnreadable?: string
}

/**
 * A target job and what this run has read about it. The merged `job` is what the report shows;
 * the answers are the evidence the judge needs: a job is settled only when every answer read
 * about it agrees.
 */
export interface TrackedJob {
  job: Job
  /** The latest answer from each endpoint. */
  latest: Partial<Record<AnswerSource, Answer>>
  /** Every finished status any answer gave in this run, with the first answer that gave it. */
  finishedAnswers: Map<JobStatus, Answer>
  /** The single-job endpoint refused this job (or its graph has no id): only the list answers. */
  listOnly: boolean
  /** The last poll in which a listing showed this job (0: none yet). */
  listCheckedPoll: number
  /** Set while a listing no longer shows the job. */
  vanished: boolean
  /** In how many polls in a row the status endpoint gave its latest finished answer (0: none). */
  statusRepeats: number
  /** The same for the job list: one list answer alone does not settle a finish (docs/advanced-usage.md#how-the-verdict-is-reached). */
  listRepeats: number
  /** What the job must be (the import this step started): an answer about another job is not evidence. */
  expected?: ExpectedJob
  /** The first answer that contradicts `expected`, in words. */
  identityConflict?: string
  /** The first listing whose entries for this job disagree (ges/twin-entries.ts), in words. */
  listingConflict?: string
  /** Why GES says the graph of this import is gone (GES.7000, or absent from a complete graph list). */
  graphGone?: string
}

/**
 * The job GES said it started: an ImportGraph of this graph that cannot have begun long before
 * the request (a day of margin covers clock skew and a server writing local time as UTC).
 */
export interface ExpectedJob {
  name: string
  graph: string
  notBefore: number
}

export function trackJob(answer: Answer, job: Job): TrackedJob {
  // A job of no known graph can only be followed through the job list.
  const tracked: TrackedJob = { ...expectJob(job), listOnly: job.graph === null }
  recordAnswer(tracked, answer, job)
  return tracked
}

/**
 * A job known by its id before any endpoint answered about it (the import this step started):
 * followed from the first poll, never searched for. Its evidence starts empty.
 */
export function expectJob(job: Job, expected?: ExpectedJob): TrackedJob {
  return {
    job,
    latest: {},
    finishedAnswers: new Map(),
    listOnly: false,
    listCheckedPoll: 0,
    vanished: false,
    statusRepeats: 0,
    listRepeats: 0,
    ...(expected && { expected })
  }
}

export function answerOf(source: AnswerSource, poll: number, job: Job): Answer {
  return {
    source,
    poll,
    status: job.status,
    rawStatus: job.rawStatus,
    files: job.files,
    unreadable: job.unreadable,
    statusUnreadable: job.statusUnreadable
  }
}

/** Records an answer and merges it into the job: what an endpoint omits (name, graph, details) is kept. */
export function recordAnswer(tracked: TrackedJob, answer: Answer, fresh: Job): void {
  tracked.identityConflict ??= identityConflict(tracked.expected, answer.source, fresh)
  tracked.listingConflict ??= fresh.listingConflict
  if (answer.source === 'status endpoint') tracked.statusRepeats = repeatsAfter(tracked, answer)
  else tracked.listRepeats = repeatsAfter(tracked, answer)
  tracked.latest[answer.source] = answer
  if (answer.source === 'job list') {
    tracked.listCheckedPoll = Math.max(tracked.listCheckedPoll, answer.poll)
    tracked.vanished = false
  }
  if (isFinishedStatus(answer.status) && answer.unreadable === undefined && !tracked.finishedAnswers.has(answer.status))
    tracked.finishedAnswers.set(answer.status, answer)
  tracked.job = mergeJob(tracked.job, fresh)
  // The job this step started keeps its own name and graph: a contradicting answer is the conflict, not the job.
  if (tracked.expected) Object.assign(tracked.job, { name: tracked.expected.name, graph: tracked.expected.graph })
  // The last answer decides whether the entry is readable: merging keeps only set fields.
  if (fresh.unreadable === undefined) delete tracked.job.unreadable
  if (fresh.statusUnreadable === undefined) delete tracked.job.statusUnreadable
  // Files read while the job ran are progress, not results: a finish without details must not
  // borrow them (they would show an import that went on and failed as a success).
  if (isFinishedStatus(tracked.job.status)) tracked.job.files = finishedFiles(tracked, answer)
}

/** Why an answer is not about the job expected (another job's name, graph, or a begin time before the start). */
function identityConflict(expected: ExpectedJob | undefined, source: AnswerSource, fresh: Job): string | undefined {
  if (!expected) return undefined
  const what = `GES started ImportGraph job ${fresh.id} on graph "${expected.graph}", but the ${source} says it`
  if (fresh.name !== null && fresh.name.toLowerCase() !== expected.name.toLowerCase())
    return `${what} is a ${JSON.stringify(fresh.name.slice(0, 80))} job`
  if (fresh.graph !== null && fresh.graph !== expected.graph)
    return `${what} belongs to graph ${JSON.stringify(fresh.graph.slice(0, 100))}`
  if (fresh.beginTime !== null && fresh.beginTime < expected.notBefore)
    return `${what} began at ${fresh.beginTimeRaw ?? '?'}, long before this step started it`
  return undefined
}

function repeatsAfter(tracked: TrackedJob, answer: Answer): number {
  if (!isFinishedStatus(answer.status) || answer.unreadable !== undefined) return 0
  const previous = tracked.latest[answer.source]
  // A second answer confirms only if it says the same of every file, line counts included (a
  // finished import does not change them): else it is not the same answer.
  const again =
    previous &&
    previous.poll < answer.poll &&
    previous.rawStatus === answer.rawStatus &&
    conflictingFile(previous.files, answer.files) === undefined &&
    sameLineCounts(previous.files, answer.files)
  const repeats = answer.source === 'status endpoint' ? tracked.statusRepeats : tracked.listRepeats
  return again ? repeats + 1 : 1
}

/** The files of the newest finished answer that carried any, else null (not reported). */
function finishedFiles(tracked: TrackedJob, answer: Answer): ImportFile[] | null {
  const candidates = [answer, ...Object.values(tracked.latest), ...tracked.finishedAnswers.values()]
  return candidates.find((a) => isFinishedStatus(a.status) && a.files !== null)?.files ?? null
}

function mergeJob(known: Job, fresh: Job): Job {
  const merged: Job = { ...known }
  for (const key of Object.keys(fresh) as (keyof Job)[]) {
    if (fresh[key] !== null && fresh[key] !== undefined) Object.assign(merged, { [key]: fresh[key] })
  }
  return merged
}

/**
 * Why the answers about this job disagree, or undefined when they agree. They disagree when two
 * answers in this run gave different final statuses (a finished job does not change its
 * result), or when both endpoints answered in the same poll and one says finished while the
 * other says otherwise, or they report a file with different statuses.
 */
export function disagreement(tracked: TrackedJob): string | undefined {
  if (tracked.identityConflict) return tracked.identityConflict
  if (tracked.listingConflict) return tracked.listingConflict
  if (tracked.graphGone) return tracked.graphGone
  const spelling = spellingConflict(tracked)
  if (spelling) return spelling
  const finished = [...tracked.finishedAnswers.values()]
  if (finished.length > 1) {
    return `GES gave job ${tracked.job.id} more than one final status: ${finished.map(describeAnswer).join(', ')}`
  }
  const status = tracked.latest['status endpoint']
  const list = tracked.latest['job list']
  if (!status || !list || status.poll !== list.poll || list.unreadable !== undefined) return undefined
  if (status.status !== list.status && (isFinishedStatus(status.status) || isFinishedStatus(list.status))) {
    return `GES answers about job ${tracked.job.id} disagree: ${describeAnswer(status)}, ${describeAnswer(list)}`
  }
  const fileConflict = conflictingFile(status.files, list.files)
  if (fileConflict) {
    const [file, fromStatus, fromList] = fileConflict
    return `GES answers about job ${tracked.job.id} disagree: the status endpoint reports ${file.kind} file "${file.path}" as ${fromStatus}, the job list as ${fromList}`
  }
  return undefined
}

/**
 * Two answers that give the same final status in different spellings (`Success` and `success`,
 * ` failed` and `FAILED`), or where one only looks like it (`succ\u200bess`, a Cyrillic `с`):
 * one of them is not what GES documents, and asking again will not tell which endpoint is
 * right, so this ends the wait at once. Two documented spellings of one status
 * (`partiallyFailed`, `partFailed`) are synonyms, not a conflict.
 */
function spellingConflict(tracked: TrackedJob): string | undefined {
  const finished = [...tracked.finishedAnswers.values(), ...Object.values(tracked.latest)].filter(
    (a) => finishedReading(a) !== undefined && a.unreadable === undefined
  )
  for (const a of finished) {
    const reading = finishedReading(a)
    const other = finished.find(
      (b) => finishedReading(b) === reading && b.rawStatus !== a.rawStatus && !areSynonyms(a.rawStatus, b.rawStatus)
    )
    if (other) {
      return `GES spells the final status of job ${tracked.job.id} in two ways: ${describeAnswer(a)}, ${describeAnswer(other)} (documented: "${reading === 'partFailed' ? 'partiallyFailed' : reading}")`
    }
  }
  return undefined
}

/** The final status an answer gives, or only looks like (lookAlikeStatus); undefined for any other. */
function finishedReading(answer: Answer): JobStatus | undefined {
  return finalReading(answer.status, answer.rawStatus)
}

/**
 * An answer says, or looks as if it says, that the job finished, or cannot be read: the job
 * list must be read too, so that a finish the status endpoint spells oddly (or the list does)
 * meets the other endpoint's answer instead of being waited on until the deadline.
 */
export function mayHaveFinished(tracked: TrackedJob): boolean {
  return Object.values(tracked.latest).some(
    (a) => finishedReading(a) !== undefined || a.unreadable !== undefined || a.statusUnreadable !== undefined
  )
}

function describeAnswer(answer: Answer): string {
  return `the ${answer.source} says ${answer.rawStatus ? quoteStatus(answer.rawStatus) : '"no status"'}`
}

/**
 * Whether the wait can stop following this job: it finished, every answer agrees, and, when the
 * status endpoint said so, a listing in the same poll or later confirms it (and brings the
 * import details, which the status endpoint may omit). A list that dropped the job confirms
 * nothing: a second answer from the status endpoint, in a later poll, stands in for it. Answers
 * spelled in two ways, or about another job than the one this step started, also settle it: no
 * further poll can make them agree; nor can two different final statuses.
 */
export function isSettled(tracked: TrackedJob): boolean {
  if (tracked.identityConflict !== undefined || spellingConflict(tracked) !== undefined) return true
  // Two entries of one listing that disagree are two final answers: no later poll can mend that.
  if (tracked.listingConflict !== undefined) return true
  // A graph that is gone does not come back with the data imported into it.
  if (tracked.graphGone !== undefined) return true
  // A finished import does not change its result: two final statuses will never agree, so
  // asking again until the deadline would only hide the error.
  if (tracked.finishedAnswers.size > 1) return true
  if (!isFinished(tracked.job) || disagreement(tracked) !== undefined) return false
  const fromStatus = tracked.latest['status endpoint']
  // One list answer alone is not evidence that agrees: the status endpoint must say
  // the same, or, where only the list answers, the list again in a later poll.
  // (A list-only finish in an undocumented spelling is judged at once: no second list answer
  // can make it a documented one.)
  if (!fromStatus) return tracked.listRepeats >= 2 || (tracked.listOnly && !isDocumentedSpelling(tracked.job.rawStatus))
  if (tracked.listCheckedPoll >= fromStatus.poll) return true
  return tracked.statusRepeats >= 2 || tracked.listRepeats >= 2
}

/**
 * The one place that decides whether a success every answer agrees on is evidence enough; why
 * not, or undefined. It is not when one answer said it and the wait ended before anything
 * confirmed it, or when it is spelled other than GES documents (`Success`, ` success `) and the
 * two endpoints did not both say so. A failure needs no confirmation: it can only stop a deploy.
 */
export function unconfirmedSuccess(tracked: TrackedJob): string | undefined {
  const { job } = tracked
  if (job.status !== 'success' || !isFinished(job) || disagreement(tracked) !== undefined) return undefined
  if (!isSettled(tracked)) return singleAnswer(tracked)
  if (isDocumentedSpelling(job.rawStatus) || bothEndpointsSaid(tracked, job.rawStatus)) return undefined
  return `job ${job.id} reports status ${quoteStatus(job.rawStatus)}, not the documented "success", and no second GES endpoint gave the same answer`
}

/** A success only one answer gave: which endpoint said it, and that nothing confirmed it. */
function singleAnswer(tracked: TrackedJob): string {
  const { job } = tracked
  if (tracked.latest['status endpoint'] === undefined)
    return `GES said job ${job.id} is ${quoteStatus(job.rawStatus)} only once, in the job list; neither the status endpoint nor a second listing confirmed it before the wait ended`
  return `GES said job ${job.id} is ${quoteStatus(job.rawStatus)} only once, through the status endpoint; no listing or second answer confirmed it before the wait ended`
}

/** Both endpoints' latest answers give this raw status, and both could be read in full. */
function bothEndpointsSaid(tracked: TrackedJob, rawStatus: string): boolean {
  const said = (answer: Answer | undefined): boolean =>
    answer?.rawStatus === rawStatus && answer.unreadable === undefined && answer.statusUnreadable === undefined
  return said(tracked.latest['status endpoint']) && said(tracked.latest['job list'])
}

/** A warning for a final status spelled in a way GES does not document that is read as the documented one. */
function spellingWarning(tracked: TrackedJob): string | undefined {
  const { job } = tracked
  if (!isFinished(job) || isDocumentedSpelling(job.rawStatus) || disagreement(tracked) !== undefined) return undefined
  // A failure is read through its spelling even from one endpoint: that can only stop a deploy.
  if (bothEndpointsSaid(tracked, job.rawStatus) || job.status !== 'success')
    return `GES reports job ${job.id} as ${quoteStatus(job.rawStatus)}, which is not a documented spelling: read as "${job.status}"`
  return undefined
}

/** What the wait saw of one job, for the judge: the job and the evidence about it. */
export interface ObservedJob {
  job: Job
  /** The latest raw status from each endpoint; null when that endpoint never answered. */
  answers: { statusEndpoint: string | null; jobList: string | null }
  /** Why the answers disagree, when they do. */
  disagreement?: string
  /** The job center stopped listing it. */
  vanished: boolean
  /** Why its success is not evidence enough: a single answer the wait could not confirm, or an undocumented spelling only one endpoint gave. */
  unconfirmed?: string
  /** Something the report should say about the answers that does not change the result. */
  warning?: string
}

export function observe(tracked: TrackedJob): ObservedJob {
  const conflict = disagreement(tracked)
  const unconfirmed = unconfirmedSuccess(tracked)
  const warning = spellingWarning(tracked)
  return {
    job: tracked.job,
    answers: {
      statusEndpoint: tracked.latest['status endpoint']?.rawStatus ?? null,
      jobList: tracked.latest['job list']?.rawStatus ?? null
    },
    ...(conflict ? { disagreement: conflict } : {}),
    vanished: tracked.vanished,
    ...(unconfirmed ? { unconfirmed } : {}),
    ...(warning ? { warning } : {})
  }
}
