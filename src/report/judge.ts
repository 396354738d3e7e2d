import type { Comparison } from '../compare/compare-imports.js'
import type { LogRead } from '../obs/log-targets.js'
import type { WaitOutcome } from '../waiter/wait-for-jobs.js'
import { hintFor } from './explain.js'
import { notFoundReport } from './not-found.js'
import { REPORT_SCHEMA_VERSION, type Report } from './report.js'
import { evidenceTotals, jobReport } from './report-entries.js'
import { staleJobs } from './stale.js'
import type { StartedImportReport } from './started-import.js'
import type { JobHistory } from '../history/read-history.js'
import { withHistory } from '../history/report-history.js'
import { NOT_FOUND, verdict, type VerdictRules } from './verdict.js'

/** The rules from the inputs that the judge applies. */
export interface JudgeRules extends VerdictRules {
  /** For the hint after a timeout. */
  timeoutMs: number
  /** For the stale-import warning: how the jobs were chosen, and the time now (none: no check). */
  since?: number
  jobIds?: readonly string[]
  select?: 'latest' | 'all'
  now?: number
}

/** What the wait saw: the outcome of the waiter. */
export type Evidence = Pick<
  WaitOutcome,
  'end' | 'jobs' | 'missing' | 'skipped' | 'idless' | 'idlessNewer' | 'error' | 'elapsedMs' | 'notFound' | 'searched'
> & {
  /** Each finished import compared with the previous successful one, by job id. */
  comparisons?: ReadonlyMap<string, Comparison>
  /** The import this step started, or tried to. */
  startedImport?: StartedImportReport
  /** What reading each failed file's log on OBS gave, by logKey. */
  logReads?: ReadonlyMap<string, LogRead>
  /** The earlier imports of each job's graph (`trend`), by job id: added after the verdict. */
  histories?: ReadonlyMap<string, JobHistory>
}

/**
 * What the wait means, as the report every sink renders. Pure. The report entries (each job,
 * file and the totals: report-entries.ts) are built first; the verdict (verdict.ts) decides
 * the status, whether the step passes and why not from them; the hint reads the result. It
 * never calls success what it did not see: a job must say exactly `success`, every answer
 * about it must agree, and an import's file results must have been reported (or `fail-on`
 * must leave out `unknown`).
 */
export function judge(evidence: Evidence, rules: JudgeRules): Report {
  const jobs = evidence.jobs.map((o) =>
    jobReport(o, evidence.comparisons?.get(o.job.id) ?? null, evidence.logReads ?? new Map())
  )
  const totals = evidenceTotals(evidence.jobs)
  const error = evidence.error
    ? {
        message: evidence.error.message,
        reference: evidence.error.reference,
        httpStatus: evidence.error.details.status ?? null,
        code: evidence.error.details.code ?? null,
        requestId: evidence.error.details.requestId ?? null,
        stoppedWait: evidence.end === 'error'
      }
    : null
  const notFound = evidence.end === 'not-found' && evidence.notFound ? notFoundReport(evidence.notFound) : null
  const decided = verdict(evidence, jobs, totals, rules, error?.stoppedWait ? error : null)
  const stale =
    rules.now === undefined
      ? []
      : staleJobs(
          evidence.jobs.map((o) => o.job),
          // The job this step started was chosen by GES's answer, like a job-id: never stale.
          {
            since: rules.since,
            jobIds: [...(rules.jobIds ?? []), ...(evidence.startedImport?.jobId ? [evidence.startedImport.jobId] : [])],
            select: rules.select ?? 'latest'
          },
          rules.now
        )
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    status: decided.status,
    passed: decided.passed,
    // Not found says what was searched when the waiter told why (appear-timeout, another graph…).
    reasons: decided.reasons.map((reason) => (reason === NOT_FOUND && notFound ? notFound.message : reason)),
    rejectedBy: decided.rejectedBy,
    hint: null,
    warnings: [...evidence.jobs.flatMap((o) => (o.warning ? [o.warning] : [])), ...decided.warnings],
    jobs,
    totals,
    // "Not found" needs a search that answered: a listing that failed saw nothing missing.
    missing: evidence.searched === false ? [] : evidence.missing.map((m) => m.description),
    notFound,
    stale,
    skipped: evidence.skipped.map((s) => ({ jobId: s.id, graph: s.graph, beginTime: s.beginTimeRaw })),
    // A retried error the wait got past is not part of a success: a green report carries none.
    error: decided.status === 'success' ? null : error,
    waitedSeconds: Math.round(evidence.elapsedMs / 1000),
    ...(evidence.startedImport && { startedImport: evidence.startedImport })
  }
  report.hint = hintFor(report, rules.timeoutMs, evidence.error) ?? null
  return withHistory(report, evidence.histories)
}
