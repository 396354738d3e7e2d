// Fuzzing what GES (or whatever stands between it and the runner) can send: arbitrary JSON,
// arbitrary values under the documented field names, the documented answer mutated, and
// arbitrary status/body pairs. Parsing and normalisation may only ever throw ApiError (so the
// waiter retries or stops with a message), and what they return is always a sane model.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Job, JobPage } from '../../src/ges/model.js'
import { normalizeGraphs, normalizeJob, normalizeJobPage } from '../../src/ges/normalize.js'
import { ApiError } from '../../src/http/api-error.js'
import { interpretResponse } from '../../src/http/interpret-response.js'
import {
  arbitraryFieldsPageArb,
  check,
  fcOptions,
  mutatedJobArb,
  mutatedPageArb,
  REAL_PAGES,
  RUNS
} from './arbitraries.js'

const WHAT = 'Listing GES jobs'
const JOB_STATUSES = ['pending', 'running', 'success', 'failed', 'partFailed', 'unknown']
const FILE_STATUSES = ['success', 'failed', 'partFailed', 'unknown']
const FILE_KINDS = ['schema', 'edgeset', 'vertexset']

/** The value, or the ApiError it threw; anything else thrown fails the property. */
function attempt<T>(fn: () => T): { value: T; error?: undefined } | { value?: undefined; error: ApiError } {
  try {
    return { value: fn() }
  } catch (error) {
    if (error instanceof ApiError) return { error }
    throw new Error(
      `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}, not an ApiError`,
      { cause: error }
    )
  }
}

const isCount = (n: unknown): boolean => n === null || (Number.isSafeInteger(n) && (n as number) >= 0)

function expectSaneJob(job: Job): void {
  check(typeof job.id === 'string' && job.id !== '', 'a job id is a non-empty string', job)
  check(JOB_STATUSES.includes(job.status), 'a job status is one of the model', job)
  check(typeof job.rawStatus === 'string', 'rawStatus is a string', job)
  // Read through case and spaces only; the judge counts anything but exact `success` as a
  // success only when both endpoints spell it the same (fuzz/report.test.ts checks that side).
  check(
    job.status !== 'success' || job.rawStatus.trim().toLowerCase() === 'success',
    'only "success", in some case and spacing, reads as success',
    job
  )
  check(
    [job.beginTime, job.endTime].every((t) => t === null || Number.isFinite(t)),
    'times are null or finite',
    job
  )
  check(
    [job.name, job.type, job.graph, job.failReason].every((t) => t === null || typeof t === 'string'),
    'texts are null or strings',
    job
  )
  check(job.files === null || Array.isArray(job.files), 'files are null or a list', job)
  for (const file of job.files ?? []) {
    check(FILE_KINDS.includes(file.kind), 'a file kind is one of the model', file)
    check(FILE_STATUSES.includes(file.status), 'a file status is one of the model', file)
    check(
      file.status !== 'success' || file.rawStatus.toLowerCase() === 'success',
      'only "success" (any case) reads as a successful file',
      file
    )
    check(typeof file.path === 'string', 'a path is a string', file)
    check(
      [file.totalLines, file.successfulLines, file.failedLines].every(isCount),
      'line counts are null or whole numbers >= 0',
      file
    )
  }
}

function expectSanePage(page: JobPage): void {
  check(isCount(page.total), 'the total is null or a whole number >= 0', page)
  check(Number.isSafeInteger(page.skipped) && page.skipped >= 0, 'skipped is a whole number >= 0', page)
  page.jobs.forEach(expectSaneJob)
}

/** Normalisation errors are malformed answers: always retryable, never a verdict. */
function expectMalformed(error: ApiError | undefined): void {
  if (error) {
    check(error.kind === 'transient', 'a malformed answer is retried (transient)', error)
    check(
      error.message.startsWith('Listing GES jobs failed: unexpected answer: '),
      'the message says what was unexpected',
      error
    )
  }
}

describe('normalisation of arbitrary JSON', () => {
  it(`fc.jsonValue() as a page, a job (with and without a known id) and a graph list: only ApiError, sane results (${RUNS.arbitraryJsonNormalize} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        const page = attempt(() => normalizeJobPage(body, WHAT))
        expectMalformed(page.error)
        if (page.value) expectSanePage(page.value)

        const job = attempt(() => normalizeJob(body, WHAT))
        expectMalformed(job.error)
        if (job.value) expectSaneJob(job.value)

        const known = attempt(() => normalizeJob(body, WHAT, 'the-job-asked-for'))
        expectMalformed(known.error)
        if (known.value) check(known.value.id === 'the-job-asked-for', "never another job's answer", known.value)

        const graphs = attempt(() => normalizeGraphs(body, WHAT))
        expectMalformed(graphs.error)
        for (const graph of graphs.value?.graphs ?? [])
          check(Boolean(graph.id && graph.name), 'a graph has an id and a name', graph)
      }),
      fcOptions(RUNS.arbitraryJsonNormalize)
    )
  })

  it(`the documented field names with arbitrary values (v1 and v2): only ApiError, sane results (${RUNS.arbitraryFieldsNormalize} runs)`, () => {
    let pages = 0
    fc.assert(
      fc.property(arbitraryFieldsPageArb, (body) => {
        const page = attempt(() => normalizeJobPage(body, WHAT))
        expectMalformed(page.error)
        if (page.value) {
          expectSanePage(page.value)
          if (page.value.jobs.length > 0) pages += 1
        }
      }),
      fcOptions(RUNS.arbitraryFieldsNormalize)
    )
    expect(pages).toBeGreaterThan(RUNS.arbitraryFieldsNormalize / 20) // not vacuous: many bodies do get through
  })
})

describe('normalisation of the documented answer, mutated', () => {
  it('the unmutated answers are read as documented', () => {
    for (const body of REAL_PAGES) {
      const page = normalizeJobPage(body, WHAT)
      expect(page.jobs.map((j) => j.id)).toEqual([
        'ff80808167bb90340167bc3c7b5b026a',
        'ff80808167bb90340167bc5d0b1d0358'
      ])
      expect(page.jobs.every((j) => j.status === 'success')).toBe(true)
      expectSanePage(page)
    }
  })

  it(`wrong types, -1, strings, nulls, unknown statuses, case changes, deletions (v1 and v2): only ApiError, sane results (${RUNS.mutatedPageNormalize} runs)`, () => {
    let read = 0
    fc.assert(
      fc.property(mutatedPageArb, (body) => {
        const page = attempt(() => normalizeJobPage(body, WHAT))
        expectMalformed(page.error)
        if (page.value) {
          read += 1
          expectSanePage(page.value)
        }
      }),
      fcOptions(RUNS.mutatedPageNormalize)
    )
    expect(read).toBeGreaterThan(RUNS.mutatedPageNormalize / 4)
  })
})

describe('the single-job status endpoint', () => {
  it(`a mutated job answered for a known id: only ApiError, and never another job's answer (${RUNS.mutatedJobKnownId} runs)`, () => {
    let other = 0
    fc.assert(
      fc.property(mutatedJobArb, (body) => {
        const asked = 'ff80808167bb90340167bc3c7b5b026a'
        const job = attempt(() => normalizeJob(body, WHAT, asked))
        expectMalformed(job.error)
        if (job.value) {
          expectSaneJob(job.value)
          check(job.value.id === asked, "never another job's answer", { body, job: job.value })
        }
        if (job.error?.message.includes('the answer is about job')) other += 1
      }),
      fcOptions(RUNS.mutatedJobKnownId)
    )
    expect(other).toBeGreaterThan(0) // not vacuous: answers about other jobs were generated and refused
  })
})

describe('interpreting arbitrary answers', () => {
  const statusArb = fc.oneof(
    fc.constantFrom(200, 201, 204, 301, 302, 307, 400, 401, 403, 404, 408, 429, 500, 502, 503, 504),
    fc.integer({ min: 100, max: 599 })
  )
  const bodyArb = fc.oneof(
    mutatedPageArb.map((body) => JSON.stringify(body) ?? ''),
    fc.tuple(mutatedPageArb, fc.nat()).map(([body, cut]) => {
      const text = JSON.stringify(body) ?? ''
      return text.slice(0, cut % (text.length + 1)) // cut short, as by a reset mid-body
    }),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc
      .record({
        error_code: fc.constantFrom('APIG.0308', 'APIGW.0308', 'APIG.0301', 'GES.7005', 'GES.7006', 'GES.0001', ''),
        error_msg: fc.string()
      })
      .map((v) => JSON.stringify(v)),
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(
      '',
      ' ',
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
      'null',
      '[]',
      '{}',
      '{"jobCount":1,"jobList":[{"jobId"'
    )
  )
  const headersArb = fc.record(
    {
      'retry-after': fc.oneof(
        fc.string(),
        fc.constantFrom('1', '0', '2.5', '-1', '9'.repeat(400), 'Wed, 21 Oct 2015 07:28:00 GMT')
      ),
      'x-request-id': fc.string(),
      location: fc.string()
    },
    { requiredKeys: [] }
  )

  it(`status and body through interpretResponse, then normalisation: only ApiError; only a 2xx JSON answer gets through (${RUNS.bodyTextInterpret} runs)`, () => {
    fc.assert(
      fc.property(statusArb, headersArb, bodyArb, (status, headers, body) => {
        const answer = attempt(() => interpretResponse({ status, headers, body }, WHAT))
        if (answer.error) {
          const { kind, message, details } = answer.error
          check(['transient', 'throttled', 'auth', 'permanent'].includes(kind), 'a known error kind', answer.error)
          check(message.startsWith(`${WHAT} failed: `), 'the message says which call failed', answer.error)
          check(
            details.retryAfterMs === undefined || details.retryAfterMs >= 0,
            'Retry-After is never negative',
            answer.error
          )
          check(status !== 401 || kind !== 'transient', 'a 401 is never retried blindly', answer.error)
          return
        }
        check(status >= 200 && status < 300, 'only a 2xx answer gets through', { status, body })
        const page = attempt(() => normalizeJobPage(answer.value, WHAT))
        expectMalformed(page.error)
        if (page.value) expectSanePage(page.value)
      }),
      fcOptions(RUNS.bodyTextInterpret)
    )
  })
})
