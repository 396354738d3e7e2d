// Shared pieces of the fuzz properties: the seed, how many runs each property gets (quoted by the
// README), the known GES answer (docs/ges-api.md#an-example-answer) in v1 and v2 spelling, a mutator that breaks it
// the ways a real gateway or a newer GES version could, hostile cloud text, and an oracle that
// reads a raw job the documented way, independently of src/.
import fc from 'fast-check'
import { KNOWN_V1 } from '../../__fixtures__/known-example.js'
import type { FileKind, ImportFile, Job, JobStatus } from '../../src/ges/model.js'

export { KNOWN_V1 }

/** Every property runs with this seed: a failure reproduces; change it to explore further. */
export const SEED = 0x6e5_2026

/** Runs per property (kept so that all fuzz files together take well under 20 s). */
export const RUNS = {
  /** fc.jsonValue() as a job-center page, a job and a graph list. */
  arbitraryJsonNormalize: 3000,
  /** Known field names with arbitrary JSON values, as a page. */
  arbitraryFieldsNormalize: 2000,
  /** The example answer (v1 and v2) with 1–6 mutations, as a page. */
  mutatedPageNormalize: 3000,
  /** A mutated job answered by the single-job endpoint for a known id: never another job's answer. */
  mutatedJobKnownId: 3000,
  /** Arbitrary HTTP status and body text (mutated answers, cut short) through interpretResponse and normalisation. */
  bodyTextInterpret: 2000,
  /** Mutated jobs → report → overall status, checked against the raw answer. */
  mutatedJobsReport: 3000,
  /** Arbitrary model jobs and wait ends → report: totals and overall status. */
  modelJobsReport: 3000,
  /** Reports and fail-on / max-failed-lines rules → verdict. */
  verdict: 3000,
  /** Hostile cloud text → markdown: no unescaped `<`, every table row as wide as its header. */
  markdown: 1000,
  /** The same, rendered to HTML by micromark with GFM (about 20 ms a report): what GitHub would show. */
  markdownRendered: 150,
  /** Mutated answer text, end to end: interpret → normalise → report → verdict → markdown. */
  pipeline: 1000
} as const

export const fcOptions = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns })

/**
 * A property's assertion. Cheaper than jest's expect, which matters at thousands of runs; the
 * value goes into the message so that fast-check's counterexample is readable.
 */
export function check(condition: boolean, property: string, value?: unknown): asserts condition {
  if (!condition) throw new Error(`${property}: ${stringify(value)}`)
}

function stringify(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))?.slice(
        0,
        2000
      ) ?? String(value)
    )
  } catch {
    return String(value)
  }
}

// ---------------------------------------------------------------------------------------------
// The known answer
// ---------------------------------------------------------------------------------------------

/** The same answer as a newer GES writes it: line counts on every file (one partFailed), v1 error fields. */
export const KNOWN_V1_WITH_LINES = {
  errorMessage: null,
  errorCode: null,
  jobCount: 2,
  jobList: [
    {
      ...KNOWN_V1.jobList[0],
      jobDetail: {
        vertexsetPath: [
          {
            path: 'hkmovie/vertex.csv',
            log: 'hkmovie/logs/vertex.log',
            cause: '3 bad lines',
            status: 'partFailed',
            totalLines: 100,
            successfulLines: 97,
            failedLines: 3
          }
        ],
        edgesetPath: [
          {
            path: 'hkmovie/edge.csv',
            log: null,
            cause: null,
            status: 'success',
            totalLines: 5000,
            successfulLines: 5000,
            failedLines: 0
          }
        ],
        schemaPath: [
          {
            path: 'hkmovie/schema.xml',
            log: null,
            cause: null,
            status: 'success',
            totalLines: -1,
            successfulLines: -1,
            failedLines: -1
          }
        ]
      }
    },
    KNOWN_V1.jobList[1]
  ]
}

/** camelCase keys → snake_case, deep (v2). */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), snakeKeys(v)])
  )
}

/** v2 writes times with a space instead of `T`. */
function spaceTimes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(spaceTimes)
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) ? value.replace('T', ' ') : value
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, spaceTimes(v)]))
}

/** The real answers the mutator starts from: v1 as documented, v1 with line counts, and both as v2. */
export const REAL_PAGES: unknown[] = [
  KNOWN_V1,
  KNOWN_V1_WITH_LINES,
  spaceTimes(snakeKeys(KNOWN_V1)),
  spaceTimes(snakeKeys({ jobCount: 2, jobList: KNOWN_V1_WITH_LINES.jobList }))
]

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

/** Statuses real and wrong: documented ones, other cases, near misses, padding, other words. */
export const STATUS_WORDS = [
  'success',
  'Success',
  'SUCCESS',
  'succeeded',
  ' success',
  'success ',
  'success\u200b',
  'failed',
  'Failed',
  'FAILED',
  'partFailed',
  'partfailed',
  'PARTFAILED',
  'partFailed',
  'running',
  'pending',
  'waiting',
  'cancelled',
  'unknown',
  '',
  'null'
]

const OPS = [
  'delete',
  'null',
  'minusOne',
  'toString',
  'toNumber',
  'upper',
  'lower',
  'capitalize',
  'status',
  'emptyString',
  'wrapInArray',
  'toObject',
  'json',
  'hugeNumber',
  'negative',
  'fraction',
  'duplicate'
] as const
type Op = (typeof OPS)[number]

interface Mutation {
  at: number
  op: Op
  json: unknown
  word: string
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom(...OPS),
  json: fc.jsonValue({ maxDepth: 2 }),
  word: fc.constantFrom(...STATUS_WORDS)
})

type Path = (string | number)[]

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return []
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value)
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])])
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  return node
}

function mutateValue(value: unknown, m: Mutation): unknown {
  switch (m.op) {
    case 'null':
      return null
    case 'minusOne':
      return -1
    case 'toString':
      return typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
    case 'toNumber':
      return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))
        ? Number(value)
        : value === null
          ? 0
          : 42
    case 'upper':
      return typeof value === 'string' ? value.toUpperCase() : value
    case 'lower':
      return typeof value === 'string' ? value.toLowerCase() : value
    case 'capitalize':
      return typeof value === 'string' ? value.charAt(0).toUpperCase() + value.slice(1) : value
    case 'status':
      return m.word
    case 'emptyString':
      return ''
    case 'wrapInArray':
      return [value]
    case 'toObject':
      return { value }
    case 'json':
      return m.json
    case 'hugeNumber':
      return Number.MAX_SAFE_INTEGER + 2
    case 'negative':
      return typeof value === 'number' ? -Math.abs(value) - 1 : -7
    case 'fraction':
      return typeof value === 'number' ? value + 0.5 : 1.5
    default:
      return value
  }
}

/** Applies each mutation to the node at `at` (modulo the number of nodes), in order. The input is not changed. */
export function mutate(base: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(base)
  for (const m of mutations) {
    const paths = pathsOf(root)
    if (paths.length === 0) {
      root = mutateValue(root, m)
      continue
    }
    const path = paths[m.at % paths.length]
    const parent = parentOf(root, path)
    const key = path[path.length - 1]
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[key]
    } else if (m.op === 'duplicate' && Array.isArray(parent)) {
      parent.splice(key as number, 0, structuredClone(parent[key as number]))
    } else {
      parent[key] = mutateValue(parent[key], m)
    }
  }
  return root
}

/** A real page (v1 or v2) with 1–6 mutations. */
export const mutatedPageArb: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...REAL_PAGES), fc.array(mutationArb, { minLength: 1, maxLength: 6 }))
  .map(([page, mutations]) => mutate(page, mutations))

/** One real job entry (v1 or v2) with 0–5 mutations. */
export const mutatedJobArb: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(...REAL_PAGES.flatMap((page) => field(page as Record<string, unknown>, 'jobList') as unknown[])),
    fc.array(mutationArb, { maxLength: 5 })
  )
  .map(([job, mutations]) => mutate(job, mutations))

/**
 * The documented field names, each mostly of its documented type and otherwise any JSON value,
 * or left out: reaches far deeper into normalisation than fc.jsonValue() alone.
 */
export const arbitraryFieldsPageArb: fc.Arbitrary<unknown> = (() => {
  const anyValue = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(...STATUS_WORDS),
    fc.constantFrom(-1, 0, 1, '12', 2 ** 53, '')
  )
  const mostly = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: anyValue })
  const text = mostly(fc.option(fc.string({ maxLength: 12 }), { nil: null }))
  const lines = mostly(fc.oneof(fc.integer({ min: -1, max: 1_000_000 }), fc.constantFrom('12', ' 7 ', '1e3', '-1')))
  const status = mostly(fc.constantFrom(...STATUS_WORDS))
  const time = mostly(
    fc.constantFrom(
      '2018-12-17T12:55:40',
      '2018-12-17 12:55:40',
      '2018-12-17',
      '2018-02-31T00:00:00',
      '0050-01-01T00:00:00Z',
      '2018-12-17T12:55:40+08:00',
      'yesterday'
    )
  )
  const fileArb = fc.record(
    { path: text, log: text, cause: text, status, totalLines: lines, successfulLines: lines, failedLines: lines },
    { requiredKeys: [] }
  )
  const listOf = mostly(fc.option(fc.array(fileArb, { maxLength: 3 }), { nil: null }))
  const detailArb = mostly(
    fc.option(fc.record({ schemaPath: listOf, edgesetPath: listOf, vertexsetPath: listOf }, { requiredKeys: [] }), {
      nil: null
    })
  )
  const jobArb = fc.record(
    {
      jobId: mostly(fc.string({ minLength: 1, maxLength: 12 })),
      status,
      jobType: text,
      jobName: mostly(fc.constantFrom('ImportGraph', 'importgraph', 'DeleteGraph', 'ExportGraph')),
      relatedGraph: text,
      beginTime: time,
      endTime: time,
      failReason: text,
      jobDetail: detailArb,
      jobProgress: mostly(fc.nat({ max: 100 }))
    },
    { requiredKeys: ['jobId'] }
  )
  const count = mostly(fc.nat({ max: 1000 }))
  return fc.oneof(
    fc.record({ jobCount: count, jobList: mostly(fc.array(jobArb, { maxLength: 4 })) }, { requiredKeys: [] }),
    fc.record(
      { job_count: count, job_list: mostly(fc.array(jobArb.map(snakeKeys), { maxLength: 4 })) },
      { requiredKeys: [] }
    )
  )
})()

// ---------------------------------------------------------------------------------------------
// Hostile cloud text and model jobs
// ---------------------------------------------------------------------------------------------

/** Text that tries to break markdown: tags, pipes, line breaks, mentions, code spans, bidi controls. */
const NASTY = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- ges-job-waiter:x -->',
  '</table><details open>',
  'a | b | c',
  '|',
  'line one\nline two',
  '\r\n| forged | row |\n',
  '@octocat',
  '`code`',
  '```',
  '[link](https://evil.example)',
  '![img](x)',
  '**bold** _em_ ~~del~~',
  '# heading',
  '> quote',
  '\\|',
  '&lt;already escaped&gt;',
  ':smile: ::error::boom',
  'https://evil.example www.evil.example ops@example.com',
  '#12 $x$ _em_ a_b__',
  '- 1. \\',
  '\u202eevil\u202c',
  '\u2028\u2029',
  '\u0000\u0007\u001b[31m',
  '😀'.repeat(3),
  'x'.repeat(600)
]

export const cloudTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(fc.constantFrom(...NASTY, 'obs://bucket/', 'movies', ' ', '<', '>', '|', '\n'), { maxLength: 6 })
    .map((parts) => parts.join(''))
)

const JOB_STATUSES: JobStatus[] = ['pending', 'running', 'success', 'failed', 'partFailed', 'unknown']
const FILE_KINDS: FileKind[] = ['schema', 'edgeset', 'vertexset']
const countArb = fc.option(fc.oneof(fc.nat({ max: 10_000_000 }), fc.constant(0), fc.nat()), { nil: null })
const timeArb = fc.option(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), { nil: null })

export const fileArb: fc.Arbitrary<ImportFile> = fc
  .record({
    kind: fc.constantFrom(...FILE_KINDS),
    path: cloudTextArb,
    rawStatus: fc.oneof(fc.constantFrom(...STATUS_WORDS), cloudTextArb),
    totalLines: countArb,
    successfulLines: countArb,
    failedLines: countArb,
    cause: fc.option(cloudTextArb, { nil: null }),
    log: fc.option(cloudTextArb, { nil: null })
  })
  .map((f) => ({ ...f, status: fileStatusOf(f.rawStatus) }))

export const jobArb: fc.Arbitrary<Job> = fc
  .record({
    id: cloudTextArb.filter((id) => id !== ''),
    name: fc.option(cloudTextArb, { nil: null }),
    type: fc.option(cloudTextArb, { nil: null }),
    graph: fc.option(cloudTextArb, { nil: null }),
    status: fc.constantFrom(...JOB_STATUSES),
    unknownRaw: cloudTextArb,
    beginTime: timeArb,
    endTime: timeArb,
    failReason: fc.option(cloudTextArb, { nil: null }),
    files: fc.option(fc.array(fileArb, { maxLength: 6 }), { nil: null })
  })
  .map(({ unknownRaw, ...job }) => ({
    ...job,
    rawStatus: job.status === 'unknown' ? unknownRaw : job.status,
    beginTimeRaw: job.beginTime === null ? null : new Date(job.beginTime).toISOString()
  }))

/** The model's file status for a raw one, as documented (docs/ges-api.md#job-statuses): compare without case. */
function fileStatusOf(raw: string): ImportFile['status'] {
  const lower = raw.toLowerCase()
  if (lower === 'success' || lower === 'failed') return lower
  if (lower === 'partfailed' || lower === 'partiallyfailed') return 'partFailed'
  return 'unknown'
}

// ---------------------------------------------------------------------------------------------
// The oracle: a raw job read the documented way
// ---------------------------------------------------------------------------------------------

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `camelName`, or its snake_case twin when the camel one is absent (both spellings are accepted). */
export function field(body: Record<string, unknown>, camelName: string): unknown {
  return camelName in body ? body[camelName] : body[camelName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]
}

/** Every file entry a raw job lists (jobDetail may be a JSON string). */
export function rawFiles(job: Record<string, unknown>): unknown[] {
  let detail = field(job, 'jobDetail')
  if (typeof detail === 'string') {
    try {
      detail = JSON.parse(detail) as unknown
    } catch {
      return []
    }
  }
  if (!isObject(detail)) return []
  const lists = detail
  return ['schemaPath', 'edgesetPath', 'vertexsetPath'].flatMap((name): unknown[] => {
    const list = field(lists, name)
    return Array.isArray(list) ? (list as unknown[]) : []
  })
}

/**
 * What a raw job must say before anyone may call it a success: its status exactly `success`, and
 * every file it lists `success` in some letter case (not failed, not partFailed, not unknown).
 */
export function rawSaysSuccess(job: unknown): boolean {
  if (!isObject(job) || field(job, 'status') !== 'success') return false
  return rawFiles(job).every((file) => {
    const status = isObject(file) ? field(file, 'status') : undefined
    return typeof status === 'string' && status.toLowerCase() === 'success'
  })
}
