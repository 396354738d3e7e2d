import type { Comparison } from '../compare/compare-imports.js'
import type { FileResults } from '../ges/import-result.js'
import type { FileKind } from '../ges/model.js'
import type { NotFoundReport } from './not-found.js'
import type { StaleJob } from './stale.js'
import type { StartedImportReport } from './started-import.js'

/**
 * The overall status (the `status` output and the report's `status`). The first four say
 * how the import went; the others say why the wait could not tell:
 * - `success`, `failed`, `partFailed`: GES's answer about the import(s); `success` always passes;
 * - `rejected`: GES said success, but a rule the workflow set (`max-line-drop`,
 *   `max-failed-lines`) rejects it, or cannot be checked: `rejectedBy` names the rule. Always fails;
 * - `unknown`: the jobs finished, but GES did not report the file results (or reported a file
 *   status nobody documented): not a success; `fail-on` says whether it fails the step. Also a
 *   success never confirmed (one answer only, an undocumented spelling): that always fails;
 * - `timeout`: not finished within `timeout` (finished but never confirmed is `unknown`);
 * - `not-found`: no matching job appeared;
 * - `cancelled`: the run was cancelled;
 * - `error`: GES could not be asked or its answers cannot be trusted (authentication,
 *   permission, bad project, unreachable service, answers that disagree).
 */
export type ReportStatus =
  'success' | 'rejected' | 'failed' | 'partFailed' | 'unknown' | 'timeout' | 'not-found' | 'cancelled' | 'error'

/**
 * One job's result as the judge sees it, files included (the job row's badge): a job that says
 * `success` with a partFailed file is `partFailed`; `unknown` when GES did not report the file
 * results (or reported a file status nobody documented); `unfinished` while not finished or not
 * readable; `disagreeing` when the answers about it disagree.
 */
export type JobOutcome = 'success' | 'failed' | 'partFailed' | 'unknown' | 'unfinished' | 'disagreeing'

export type { FileResults } from '../ges/import-result.js'

export interface FileReport {
  kind: FileKind
  path: string
  /** success, failed or partFailed; what GES said for any other status. */
  status: string
  /** null: not reported by GES (absent, or -1 "not returned by this version"). */
  totalLines: number | null
  successfulLines: number | null
  failedLines: number | null
  cause: string | null
  log: string | null
  /** The first lines of its log on OBS (failed and partFailed files); null when not read. */
  rejectedLines: string[] | null
  /** `ok`, or why the log was not read (one line); null when there was nothing to read. */
  logRead: string | null
  /** Something to know about the lines read (not UTF-8), else null. */
  logNote: string | null
}

export interface JobReport {
  jobId: string
  jobName: string | null
  jobType: string | null
  graph: string | null
  /** What GES said of the job (normalised: pending, running, success, failed, partFailed), or its raw status. */
  status: string
  outcome: JobOutcome
  fileResults: FileResults
  /** The latest raw status from each endpoint (null: that endpoint did not answer). */
  answers: { statusEndpoint: string | null; jobList: string | null }
  /** Why the answers disagree, when they do. */
  disagreement: string | null
  /** Why a success is not evidence enough (said once, or in an undocumented spelling), when it is not. */
  unconfirmed: string | null
  /** The job center stopped listing it during the wait. */
  vanished: boolean
  /** The list entry could not be read in full: why. */
  unreadable: string | null
  beginTime: string | null
  endTime: string | null
  durationSeconds: number | null
  failReason: string | null
  files: FileReport[]
  /** Against the previous successful import of the graph; null when not compared (not a finished import). */
  comparison: Comparison | null
}

/** Sums over the files; null when any file that counts left it unreported (unknown is not zero). */
export interface Totals {
  totalLines: number | null
  successfulLines: number | null
  failedLines: number | null
  /** Files failed or partFailed; null when some import's file results were not reported. */
  failedFiles: number | null
}

/** A listed job passed over because its begin time cannot be read: `beginTime` is what GES sent. */
export interface SkippedReport {
  jobId: string
  graph: string | null
  beginTime: string
}

/**
 * A rule the workflow set that fails the step although the import itself may have succeeded:
 * which input, its limit, and what was measured against it.
 */
export interface RuleRejection {
  /** The input that set the rule. */
  rule: 'max-line-drop' | 'max-failed-lines'
  /** The limit as set, in `unit`: `max-line-drop: 20%` is 20 percent. */
  limit: number
  unit: 'lines' | 'percent'
  /** What was measured, in `unit` (the drop of successful lines, the failed lines); null when it could not be measured: unknown is not zero. */
  measured: number | null
  /** The job measured (`max-line-drop`); null for a rule over all jobs. */
  jobId: string | null
  /** The same sentence as in `reasons`. */
  reason: string
}

export interface ReportError {
  message: string
  /** HTTP status, error code and request id, as one reference (`HTTP 401, APIG.0301, request id …`). */
  reference: string
  httpStatus: number | null
  code: string | null
  requestId: string | null
  /** true: it stopped the wait; false: the last error retried before the wait ended otherwise. */
  stoppedWait: boolean
}

/**
 * The report format's version (`schemaVersion`), described by docs/report.schema.json. It goes
 * up when a field is removed or changes meaning, so that a consumer can tell formats apart; a
 * new field is added to the schema in the same change.
 */
export const REPORT_SCHEMA_VERSION = 1

/**
 * The judge's result: what the wait saw and what it means. Every sink (outputs, step summary,
 * report file, PR comment, annotation, log) renders this and decides nothing.
 */
export interface Report {
  /** The format of this report: docs/report.schema.json describes version 1. */
  schemaVersion: typeof REPORT_SCHEMA_VERSION
  status: ReportStatus
  /** Whether the step passes. */
  passed: boolean
  /** Why the step fails; empty when it passes. */
  reasons: string[]
  /** The rules of the workflow that fail the step (their reasons are among `reasons`); empty when none does. */
  rejectedBy: RuleRejection[]
  /** What to do next when it fails. */
  hint: string | null
  /** Things to know even when it passes (unknown details, stale data…), one sentence each. */
  warnings: string[]
  jobs: JobReport[]
  totals: Totals
  /** Targets never found, in words. */
  missing: string[]
  /** Why the wait ended not-found, what was searched and what was listed instead; null otherwise. */
  notFound: NotFoundReport | null
  /** Jobs chosen without `since` that finished more than a day ago (may be yesterday's import). */
  stale: StaleJob[]
  /** Jobs passed over because their begin time cannot be read: never in a window, never the latest. */
  skipped: SkippedReport[]
  error: ReportError | null
  waitedSeconds: number
  /** Only when the step starts the import itself: what it started, or why it did not. */
  startedImport?: StartedImportReport
}
