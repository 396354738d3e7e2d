// Builders for what the waiter saw, and the judge's report of it, shared by the unit tests.
import type { Comparison } from '../src/compare/compare-imports.js'
import type { Job } from '../src/ges/model.js'
import type { ApiError } from '../src/http/api-error.js'
import { judge, type Evidence, type JudgeRules } from '../src/report/judge.js'
import type { Report } from '../src/report/report.js'
import type { ObservedJob } from '../src/waiter/tracked-job.js'
import type { WaitEnd } from '../src/waiter/wait-for-jobs.js'

/** A job as the wait saw it: by default the list answered with its status and nothing disagreed. */
export function observed(job: Job, extra: Partial<ObservedJob> = {}): ObservedJob {
  return { job, answers: { statusEndpoint: null, jobList: job.rawStatus }, vanished: false, ...extra }
}

export interface EvidenceParts {
  end: WaitEnd
  jobs?: (Job | ObservedJob)[]
  missing?: string[]
  error?: ApiError
  elapsedMs?: number
  comparisons?: ReadonlyMap<string, Comparison>
}

export function evidence(parts: EvidenceParts): Evidence {
  return {
    end: parts.end,
    jobs: (parts.jobs ?? []).map((j) => ('job' in j ? j : observed(j))),
    missing: (parts.missing ?? []).map((description, i) => ({ key: `m${i}`, description })),
    skipped: [],
    ...(parts.error ? { error: parts.error } : {}),
    elapsedMs: parts.elapsedMs ?? 12_000,
    ...(parts.comparisons ? { comparisons: parts.comparisons } : {})
  }
}

export const DEFAULT_RULES: JudgeRules = { failOn: ['failed', 'partFailed', 'unknown'], timeoutMs: 30 * 60_000 }

/** The judge's report of this evidence, with the default rules unless told otherwise. */
export function reportOf(parts: EvidenceParts, rules: Partial<JudgeRules> = {}): Report {
  return judge(evidence(parts), { ...DEFAULT_RULES, ...rules })
}
