// Fuzzing the way from jobs to the verdict and the summary: the report never says success for
// what GES did not say was a success, its totals are never negative, the verdict never lets a
// wait that did not see the end pass, and the markdown never carries raw `<` from the cloud nor
// a table row wider or narrower than its header.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Job } from '../../src/ges/model.js'
import { normalizeJob, normalizeJobPage } from '../../src/ges/normalize.js'
import { ApiError, type ErrorKind } from '../../src/http/api-error.js'
import { interpretResponse } from '../../src/http/interpret-response.js'
import { renderComment } from '../../src/report/comment.js'
import { hintFor } from '../../src/report/explain.js'
import { renderMarkdown, type ReportContext } from '../../src/report/markdown.js'
import { buildReport, type Report } from '../../src/report/report.js'
import { decideVerdict, type VerdictRules } from '../../src/report/verdict.js'
import type { FailOn } from '../../src/settings/settings.js'
import { STEP_SUMMARY_MAX_BYTES } from '../../src/sinks/step-summary.js'
import type { WaitEnd } from '../../src/waiter/wait-for-jobs.js'
import {
  check,
  cloudTextArb,
  fcOptions,
  field,
  jobArb,
  mutatedJobArb,
  mutatedPageArb,
  rawSaysSuccess,
  RUNS
} from './arbitraries.js'
import { tableProblems } from './markdown-tables.js'

const WHAT = 'Listing GES jobs'
const ENDS: WaitEnd[] = ['finished', 'timeout', 'not-found', 'cancelled', 'error']
const endArb = fc.constantFrom(...ENDS)
const FAILED_FILE = ['failed', 'partFailed', 'unknown']

const rulesArb: fc.Arbitrary<VerdictRules> = fc.record({
  failOn: fc.subarray<FailOn>(['failed', 'partFailed']),
  maxFailedLines: fc.option(fc.oneof(fc.nat({ max: 100 }), fc.nat()), { nil: undefined })
})

/** The value, or undefined when it threw an ApiError; anything else thrown fails the property. */
function unlessApiError<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch (error) {
    if (error instanceof ApiError) return undefined
    throw error
  }
}

/** What holds of every report, whatever went into it. */
function checkReport(report: Report, end: WaitEnd, jobs: Job[]): void {
  const { totals } = report
  for (const [name, n] of Object.entries(totals))
    check(Number.isFinite(n) && n >= 0, `totals.${name} is a number >= 0`, totals)
  const files = jobs.flatMap((job) => job.files ?? [])
  check(
    totals.failedFiles === files.filter((f) => FAILED_FILE.includes(f.status)).length,
    'failedFiles counts failed, partFailed and unknown files',
    { totals, files }
  )
  check(report.jobs.length === jobs.length, 'every chosen job is in the report', report)
  if (end === 'timeout' || end === 'not-found' || end === 'cancelled') {
    // It says how the wait ended, unless a failure was already seen (a failed file fails the import).
    const failureSeen = jobs.some(
      (job) => job.status === 'failed' || (job.files ?? []).some((f) => f.status === 'failed')
    )
    check(
      report.status === end || (report.status === 'failed' && failureSeen),
      'a wait that did not see the end says how it ended',
      { end, report }
    )
  }
  if (end === 'error') check(report.status === 'failed', 'a wait stopped by an error is not a success', report)
  if (report.status === 'success') {
    check(end === 'finished' && jobs.length > 0, 'success only for a finished wait with jobs', { end, report })
    for (const job of jobs) {
      check(
        job.status === 'success' && job.rawStatus === 'success',
        'success only when every job said exactly "success"',
        job
      )
      for (const file of job.files ?? [])
        check(file.status === 'success', 'success only when no file failed, partFailed or is unknown', file)
    }
    for (const job of report.jobs)
      check(
        job.status === 'success' && job.files.every((f) => f.status === 'success'),
        'the report shows what it claims',
        job
      )
  }
}

describe('report: overall status and totals', () => {
  it(`mutated real jobs: success only when the raw answer says exactly "success" and no file is failed/partFailed (${RUNS.mutatedJobsReport} runs)`, () => {
    let successes = 0
    fc.assert(
      fc.property(fc.array(mutatedJobArb, { minLength: 1, maxLength: 3 }), endArb, (raws, end) => {
        const chosen = raws.flatMap((raw) => {
          const job = unlessApiError(() => normalizeJob(raw, WHAT))
          return job ? [{ raw, job }] : []
        })
        const jobs = chosen.map((c) => c.job)
        const report = buildReport({ end, jobs })
        checkReport(report, end, jobs)
        if (report.status === 'success') {
          successes += 1
          for (const { raw } of chosen) check(rawSaysSuccess(raw), 'the raw answer said success', raw)
        }
      }),
      fcOptions(RUNS.mutatedJobsReport)
    )
    expect(successes).toBeGreaterThan(0) // not vacuous
  })

  it(`arbitrary model jobs and wait ends: totals >= 0, success only for what was seen to succeed (${RUNS.modelJobsReport} runs)`, () => {
    fc.assert(
      fc.property(fc.array(jobArb, { maxLength: 5 }), endArb, (jobs, end) => {
        const report = buildReport({ end, jobs })
        checkReport(report, end, jobs)
        const sum = (pick: (f: NonNullable<Job['files']>[number]) => number | null): number =>
          jobs.flatMap((j) => j.files ?? []).reduce((total, f) => total + (pick(f) ?? 0), 0)
        check(
          report.totals.failedLines === sum((f) => f.failedLines),
          'failedLines adds up what GES gave',
          report.totals
        )
      }),
      fcOptions(RUNS.modelJobsReport)
    )
  })
})

describe('verdict', () => {
  it(`never passes a wait that did not see the end, nor an import that did not succeed under the default fail-on (${RUNS.verdict} runs)`, () => {
    let passed = 0
    fc.assert(
      fc.property(
        fc.array(jobArb, { maxLength: 4 }),
        endArb,
        rulesArb,
        fc.option(cloudTextArb, { nil: undefined }),
        (jobs, end, rules, waitError) => {
          const report = buildReport({ end, jobs })
          const verdict = decideVerdict(report, rules, waitError)
          const seen = { report, rules, waitError, verdict }
          check(
            verdict.fail === verdict.reasons.length > 0,
            'a failing verdict says why, a passing one has no reasons',
            seen
          )
          if (verdict.fail) return
          passed += 1
          check(waitError === undefined, 'an error that stopped the wait always fails the step', seen)
          check(
            ['success', 'partiallyFailed', 'failed'].includes(report.status),
            'timeout, not-found and cancelled always fail the step',
            seen
          )
          if (report.status === 'failed')
            check(!rules.failOn.includes('failed'), 'failed passes only without fail-on failed', seen)
          if (report.status === 'partiallyFailed')
            check(!rules.failOn.includes('partFailed'), 'partiallyFailed passes only without fail-on partFailed', seen)
          if (rules.maxFailedLines !== undefined)
            check(report.totals.failedLines <= rules.maxFailedLines, 'max-failed-lines holds', seen)
          if (rules.failOn.length === 2) {
            // The default: passing means success, and success means every job and file said so.
            check(
              report.status === 'success' && end === 'finished' && jobs.length > 0,
              'the default fail-on passes only a success',
              seen
            )
            for (const job of jobs) {
              check(
                job.status === 'success' && job.rawStatus === 'success',
                'every chosen job said exactly success',
                seen
              )
              check(
                (job.files ?? []).every((f) => f.status === 'success'),
                'no file failed, partFailed or unknown',
                seen
              )
            }
          }
        }
      ),
      fcOptions(RUNS.verdict)
    )
    expect(passed).toBeGreaterThan(0)
  })
})

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

const KINDS: ErrorKind[] = ['transient', 'throttled', 'auth', 'permanent']
const apiErrorArb: fc.Arbitrary<ApiError> = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    message: cloudTextArb,
    status: fc.option(fc.constantFrom(400, 401, 403, 404, 408, 429, 502), { nil: undefined }),
    code: fc.option(fc.oneof(fc.constantFrom('APIG.0301', 'APIG.0303', 'GES.7000', 'APIG.0308'), cloudTextArb), {
      nil: undefined
    }),
    requestId: fc.option(cloudTextArb, { nil: undefined })
  })
  .map(({ kind, message, ...details }) => new ApiError(kind, message, details))

/** The context main.ts builds, from arbitrary cloud text. */
function contextFor(
  report: Report,
  end: WaitEnd,
  rules: VerdictRules,
  error: ApiError | undefined,
  missing: string[],
  vanished: string[],
  elapsedMs: number
): ReportContext {
  const stopped = end === 'error' ? error : undefined
  const verdict = decideVerdict(report, rules, stopped?.message)
  return {
    verdict,
    elapsedMs,
    missing,
    vanished,
    error: error && { message: error.message, reference: error.reference, stopped: Boolean(stopped) },
    hint: hintFor(report, verdict, 30 * 60_000, error)
  }
}

function checkMarkdown(markdown: string, seen: unknown): void {
  check(!markdown.includes('<'), 'no raw < in the markdown', { markdown, seen })
  const problems = tableProblems(markdown)
  check(problems.length === 0, `every table row has its header's cell count (${problems.join('; ')})`, {
    markdown,
    seen
  })
}

describe('markdown', () => {
  const limitsArb = fc.oneof(fc.constant(STEP_SUMMARY_MAX_BYTES), fc.integer({ min: 2500, max: 12_000 }))

  it(`hostile cloud text: no raw <, every table row as wide as its header, in the summary and the PR comment (${RUNS.markdown} runs)`, () => {
    let cut = 0
    fc.assert(
      fc.property(
        fc.array(jobArb, { maxLength: 5 }),
        endArb,
        rulesArb,
        fc.option(apiErrorArb, { nil: undefined }),
        fc.array(cloudTextArb, { maxLength: 3 }),
        fc.array(cloudTextArb, { maxLength: 3 }),
        fc.nat({ max: 7 * 24 * 3_600_000 }),
        limitsArb,
        (jobs, end, rules, error, missing, vanished, elapsedMs, maxBytes) => {
          const report = buildReport({ end, jobs })
          const context = contextFor(report, end, rules, error, missing, vanished, elapsedMs)
          const seen = { jobs, end, context, maxBytes }
          const markdown = renderMarkdown(report, context, { maxBytes, fullListAt: 'the `report` output' })
          checkMarkdown(markdown, seen)
          check(markdown.startsWith('### '), 'a headline first', seen)
          check(
            markdown.includes(context.verdict.fail ? '· the step fails' : '· the step passes'),
            'the verdict line',
            seen
          )
          if (markdown.includes('not shown to keep this report within size limits')) cut += 1
          // The PR comment: the same markdown, plus its own footer (the only HTML it adds).
          const comment = renderComment(
            report,
            context,
            'https://github.com/o/r/actions/runs/1',
            Date.UTC(2026, 10, 28)
          )
          const footer = /\n<sub>Updated \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC by ges-job-waiter<\/sub>\n$/
          check(footer.test(comment), 'the comment ends with its footer', comment)
          checkMarkdown(comment.replace(footer, '\n'), seen)
        }
      ),
      fcOptions(RUNS.markdown)
    )
    expect(cut).toBeGreaterThan(0) // the size limit was reached in some runs: cut tables were checked too
  })
})

// ---------------------------------------------------------------------------------------------
// End to end, in memory
// ---------------------------------------------------------------------------------------------

const rawId = (entry: unknown): string | undefined => {
  const id =
    entry !== null && typeof entry === 'object' && !Array.isArray(entry)
      ? field(entry as Record<string, unknown>, 'jobId')
      : undefined
  return typeof id === 'string' ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : undefined
}

describe('pipeline', () => {
  it(`mutated answer text (some cut short) → interpretResponse → normalizeJobPage → report → verdict → markdown: only ApiError, never an unseen success (${RUNS.pipeline} runs)`, () => {
    let reports = 0
    fc.assert(
      fc.property(
        mutatedPageArb,
        fc.option(fc.nat(), { nil: undefined }),
        endArb,
        rulesArb,
        (body, cutAt, end, rules) => {
          let text = JSON.stringify(body) ?? ''
          if (cutAt !== undefined) text = text.slice(0, cutAt % (text.length + 1))
          const json = unlessApiError(() => interpretResponse({ status: 200, headers: {}, body: text }, WHAT))
          if (json === undefined) return
          const page = unlessApiError(() => normalizeJobPage(json, WHAT))
          if (page === undefined) return
          reports += 1
          const report = buildReport({ end, jobs: page.jobs })
          checkReport(report, end, page.jobs)
          const list = field(json as Record<string, unknown>, 'jobList') as unknown[]
          if (report.status === 'success') {
            for (const job of page.jobs) {
              const raws = list.filter((entry) => rawId(entry) === job.id)
              check(raws.length > 0 && raws.every(rawSaysSuccess), 'the raw answer said success for every chosen job', {
                job,
                raws
              })
            }
          }
          const context = contextFor(report, end, rules, undefined, [], [], 1000)
          if (!context.verdict.fail && rules.failOn.length === 2)
            check(report.status === 'success', 'the default fail-on passes only a success', report)
          checkMarkdown(
            renderMarkdown(report, context, { maxBytes: STEP_SUMMARY_MAX_BYTES, fullListAt: 'the `report` output' }),
            { report }
          )
        }
      ),
      fcOptions(RUNS.pipeline)
    )
    expect(reports).toBeGreaterThan(RUNS.pipeline / 10)
  })
})
