// Fuzzing the way from jobs to the judge and the summary: the report never says success for
// what GES did not say was a success, its totals are never negative (unknown stays unknown), the
// judge never lets a wait that did not see the end pass, nor answers that disagree, and the
// markdown never carries raw `<` from the cloud nor a table row wider or narrower than its header.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Job } from '../../src/ges/model.js'
import { normalizeJob, normalizeJobPage } from '../../src/ges/normalize.js'
import { ApiError, type ErrorKind } from '../../src/http/api-error.js'
import { interpretResponse } from '../../src/http/interpret-response.js'
import { renderComment } from '../../src/report/comment.js'
import { judge, type JudgeRules } from '../../src/report/judge.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import type { Report } from '../../src/report/report.js'
import type { FailOn } from '../../src/settings/settings.js'
import { STEP_SUMMARY_MAX_BYTES } from '../../src/sinks/step-summary.js'
import { answerOf, observe, recordAnswer, trackJob, type ObservedJob } from '../../src/waiter/tracked-job.js'
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
import { gfmProblems } from '../../__fixtures__/gfm.js'
import { hasRawAngle, tableProblems } from './markdown-tables.js'

const WHAT = 'Listing GES jobs'
const ENDS: WaitEnd[] = ['finished', 'timeout', 'not-found', 'cancelled', 'error']
const endArb = fc.constantFrom(...ENDS)
const FAILED_FILE = ['failed', 'partFailed']
const DEFAULT_FAIL_ON: FailOn[] = ['failed', 'partFailed', 'unknown']

const rulesArb: fc.Arbitrary<JudgeRules> = fc.record({
  failOn: fc.subarray<FailOn>(DEFAULT_FAIL_ON),
  maxFailedLines: fc.option(fc.oneof(fc.nat({ max: 100 }), fc.nat()), { nil: undefined }),
  timeoutMs: fc.constant(30 * 60_000)
})
const DEFAULTS: JudgeRules = { failOn: DEFAULT_FAIL_ON, timeoutMs: 30 * 60_000 }

/** The judge's report of jobs the wait saw; `conflicts[i]` makes job i's answers disagree. */
/** What the waiter observes of a job the job list gave twice, the same: settled, but one endpoint only. */
function listedTwice(job: Job): ObservedJob {
  const tracked = trackJob(answerOf('job list', 1, job), job)
  recordAnswer(tracked, answerOf('job list', 2, job), job)
  return observe(tracked)
}

function reportFor(
  end: WaitEnd,
  jobs: Job[],
  rules: JudgeRules = DEFAULTS,
  extra: { conflicts?: boolean[]; error?: ApiError; missing?: string[]; vanished?: boolean[]; elapsedMs?: number } = {}
): Report {
  return judge(
    {
      end,
      jobs: jobs.map((job, i) => ({
        ...listedTwice(job),
        ...(extra.conflicts?.[i] ? { disagreement: `GES answers about job ${job.id} disagree` } : {}),
        vanished: extra.vanished?.[i] ?? false
      })),
      missing: (extra.missing ?? []).map((description, i) => ({ key: `m${i}`, description })),
      skipped: [],
      ...(extra.error ? { error: extra.error } : {}),
      elapsedMs: extra.elapsedMs ?? 1000
    },
    rules
  )
}

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
    check(n === null || (Number.isFinite(n) && n >= 0), `totals.${name} is unknown or a number >= 0`, totals)
  const files = jobs.flatMap((job) => job.files ?? [])
  if (totals.failedFiles !== null) {
    check(
      totals.failedFiles === files.filter((f) => FAILED_FILE.includes(f.status)).length,
      'failedFiles counts failed and partFailed files',
      { totals, files }
    )
  }
  check(report.jobs.length === jobs.length, 'every chosen job is in the report', report)
  // How the wait ended, unless a failure was already seen (a failed file fails the import).
  const failureSeen = jobs.some(
    (job) =>
      job.unreadable === undefined &&
      ['success', 'failed', 'partFailed'].includes(job.status) &&
      (job.status === 'failed' || (job.files ?? []).some((f) => f.status === 'failed'))
  )
  if (end === 'timeout' || end === 'not-found' || end === 'cancelled') {
    // …or, at the deadline, every job finished but a success was never confirmed: that is what is unknown.
    const unconfirmedAtDeadline =
      end === 'timeout' &&
      ['unknown', 'partFailed'].includes(report.status) &&
      report.jobs.some((j) => j.unconfirmed !== null) &&
      jobs.every((j) => j.status === 'success' || j.status === 'failed' || j.status === 'partFailed')
    check(
      report.status === end || (report.status === 'failed' && failureSeen) || unconfirmedAtDeadline,
      'a wait that did not see the end says how it ended',
      {
        end,
        report
      }
    )
  }
  if (end === 'error')
    check(
      report.status === 'error' || (report.status === 'failed' && failureSeen),
      'a wait stopped by an error is an error',
      report
    )
  if (report.status === 'success') {
    check(end === 'finished' && jobs.length > 0, 'success only for a finished wait with jobs', { end, report })
    for (const job of jobs) {
      check(
        job.status === 'success' && job.rawStatus === 'success',
        'success only when every job said exactly "success"',
        job
      )
      for (const file of job.files ?? [])
        check(
          file.status === 'success' || file.status === 'unknown',
          'success only when no file failed or partFailed',
          file
        )
    }
    for (const job of report.jobs)
      check(
        ['success', 'unknown'].includes(job.outcome) &&
          job.files.every((f) => f.status !== 'failed' && f.status !== 'partFailed'),
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
        const report = reportFor(end, jobs)
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
        const report = reportFor(end, jobs)
        checkReport(report, end, jobs)
        const files = jobs.flatMap((j) => j.files ?? [])
        const known = files.every((f) => f.failedLines !== null || f.kind === 'schema')
        const sum = files.reduce((total, f) => total + (f.failedLines ?? 0), 0)
        if (report.totals.failedLines === null) {
          check(
            !known || jobs.length === 0 || report.jobs.some((j) => j.fileResults === 'not-reported'),
            'failedLines is unknown only when GES did not report some, or no job was seen',
            report.totals
          )
        } else {
          check(known && report.totals.failedLines === sum, 'failedLines adds up what GES gave', report.totals)
        }
      }),
      fcOptions(RUNS.modelJobsReport)
    )
  })
})

describe('judge: passing', () => {
  it(`never passes a wait that did not see the end, answers that disagree, nor an import that did not succeed under the default fail-on (${RUNS.verdict} runs)`, () => {
    let passed = 0
    fc.assert(
      fc.property(
        fc.array(fc.tuple(jobArb, fc.boolean()), { maxLength: 4 }),
        endArb,
        fc.oneof(rulesArb, fc.constant(DEFAULTS)),
        fc.option(apiErrorArb, { nil: undefined }),
        (pairs, end, rules, error) => {
          const jobs = pairs.map(([job]) => job)
          const conflicts = pairs.map(([, conflict]) => conflict)
          const report = reportFor(end, jobs, rules, { conflicts, error: end === 'error' ? error : undefined })
          const seen = { report, rules }
          check(
            report.passed === (report.reasons.length === 0),
            'a failing report says why, a passing one has no reasons',
            seen
          )
          if (!report.passed) return
          passed += 1
          check(end === 'finished', 'timeout, not-found, cancelled and error always fail the step', seen)
          check(!conflicts.some(Boolean), 'answers that disagree always fail the step', seen)
          check(['success', 'partFailed', 'failed'].includes(report.status), 'only an import result can pass', seen)
          if (report.status === 'failed')
            check(!rules.failOn.includes('failed'), 'failed passes only without fail-on failed', seen)
          if (report.status === 'partFailed')
            check(!rules.failOn.includes('partFailed'), 'partFailed passes only without fail-on partFailed', seen)
          if (rules.maxFailedLines !== undefined)
            check(
              report.totals.failedLines !== null && report.totals.failedLines <= rules.maxFailedLines,
              'max-failed-lines holds, and is never taken as met on unknown counts',
              seen
            )
          if (rules.failOn.length === 3) {
            // The default: passing means success, and success means every job and file said so.
            check(report.status === 'success' && jobs.length > 0, 'the default fail-on passes only a success', seen)
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
              check(
                job.files !== null || (job.name ?? '').toLowerCase() !== 'importgraph',
                "an import's file results were reported",
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

function checkMarkdown(markdown: string, seen: unknown, links: string[], rendered: boolean): void {
  check(!hasRawAngle(markdown), 'no unescaped < in the markdown', { markdown, seen })
  const problems = tableProblems(markdown)
  check(problems.length === 0, `every table row has its header's cell count (${problems.join('; ')})`, {
    markdown,
    seen
  })
  if (!rendered) return
  // The same, as GitHub would render it: cells as GFM splits them, no tag, link, mention or emoji from the cloud.
  const wrong = gfmProblems(markdown, { links, rawHtmlOnly: true })
  check(wrong.length === 0, `renders only what we wrote (${wrong.join('; ')})`, { markdown, seen })
}

describe('markdown', () => {
  const limitsArb = fc.oneof(fc.constant(STEP_SUMMARY_MAX_BYTES), fc.integer({ min: 2500, max: 12_000 }))

  /** Hostile cloud text in reports of every kind, rendered as the summary and as the PR comment. */
  function hostileReports(runs: number, rendered: boolean): number {
    let cut = 0
    fc.assert(
      fc.property(
        fc.array(fc.tuple(jobArb, fc.boolean(), fc.boolean()), { maxLength: 5 }),
        endArb,
        rulesArb,
        fc.option(apiErrorArb, { nil: undefined }),
        fc.array(cloudTextArb, { maxLength: 3 }),
        fc.nat({ max: 7 * 24 * 3_600_000 }),
        limitsArb,
        (triples, end, rules, error, missing, elapsedMs, maxBytes) => {
          const jobs = triples.map(([job]) => job)
          const report = reportFor(end, jobs, rules, {
            conflicts: triples.map(([, conflict]) => conflict),
            vanished: triples.map(([, , vanished]) => vanished),
            error,
            missing,
            elapsedMs
          })
          const seen = { jobs, end, report, maxBytes }
          const markdown = renderMarkdown(report, { maxBytes, fullListAt: 'the `report` output' })
          checkMarkdown(markdown, seen, [], rendered)
          check(markdown.startsWith('### '), 'a headline first', seen)
          check(markdown.includes(report.passed ? '· the step passes' : '· the step fails'), 'the verdict line', seen)
          if (markdown.includes('not shown to keep this report within size limits')) cut += 1
          // The PR comment: the same markdown, plus its own footer (the only HTML it adds).
          const comment = renderComment(report, 'https://github.com/o/r/actions/runs/1', Date.UTC(2026, 10, 28))
          const footer = /\n<sub>Updated \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC by ges-job-waiter<\/sub>\n$/
          check(footer.test(comment), 'the comment ends with its footer', comment)
          checkMarkdown(comment.replace(footer, '\n'), seen, ['https://github.com/o/r/actions/runs/1'], rendered)
        }
      ),
      fcOptions(runs)
    )
    return cut
  }

  it(`hostile cloud text: no unescaped <, every table row as wide as its header, in the summary and the PR comment (${RUNS.markdown} runs)`, () => {
    expect(hostileReports(RUNS.markdown, false)).toBeGreaterThan(0) // the size limit was reached in some runs: cut tables were checked too
  })

  it(`hostile cloud text rendered by a GFM parser: table cells, no tag, link, mention or emoji from the cloud (${RUNS.markdownRendered} runs)`, () => {
    hostileReports(RUNS.markdownRendered, true)
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
          const report = reportFor(end, page.jobs, rules)
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
          if (report.passed && rules.failOn.length === 3)
            check(report.status === 'success', 'the default fail-on passes only a success', report)
          checkMarkdown(
            renderMarkdown(report, { maxBytes: STEP_SUMMARY_MAX_BYTES, fullListAt: 'the `report` output' }),
            { report },
            [],
            false
          )
        }
      ),
      fcOptions(RUNS.pipeline)
    )
    expect(reports).toBeGreaterThan(RUNS.pipeline / 10)
  })
})
