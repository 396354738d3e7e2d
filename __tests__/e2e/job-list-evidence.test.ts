// The job list is evidence too: twin entries of one job in one listing, a graph deleted after its
// import, and invisible characters in cloud text (docs/evidence-rules.md). Each case here passed
// green, or leaked the characters, before these rules.
import { afterEach, describe, expect, it } from '@jest/globals'
import { DEMO_CREDENTIALS, DEMO_JOB_ID, movieImportDetail } from '../../emulator/scenarios.mjs'
import type { EmulatorOptions, JobDetail, JobSpec, TimelineEntry } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, decodeEntities, expectReportShape, run, startEmu } from './support.js'

afterEach(closeAll)

const MIN = 60_000
const ago = (ms: number): string => new Date(Date.now() - ms).toISOString()

const finished = (status: string, jobDetail: JobDetail = movieImportDetail()): TimelineEntry[] => [
  { atMs: 0, status: 'running' },
  { atMs: 300, status, jobDetail }
]

function world(jobs: JobSpec[], overrides: EmulatorOptions = {}): EmulatorOptions {
  return {
    ...DEMO_CREDENTIALS,
    graphs: [{ id: 'gid-movies', name: 'movies' }],
    fillerJobs: 0,
    // Newest first: the stale twin (newer begin time) is listed before the entry that says success.
    order: 'newest',
    jobs,
    ...overrides
  }
}

/**
 * An import of graph social that appears late: until then every poll lists movies in full (a
 * target is missing), so the list's view of the movies job is read in every poll.
 */
const LATE_SOCIAL: JobSpec = {
  id: 'ff8080818c5a6e0f018c5b1d2e7a0044',
  graph: 'social',
  appearAtMs: 1500,
  timeline: [
    { atMs: 1500, status: 'running' },
    { atMs: 1800, status: 'success', jobDetail: movieImportDetail() }
  ]
}
const BOTH_GRAPHS = [
  { id: 'gid-movies', name: 'movies' },
  { id: 'gid-social', name: 'social' }
]

/** Edge file friend.csv failed, in an otherwise successful import. */
function detailWithFailedFile(): JobDetail {
  const detail = movieImportDetail()
  return {
    ...detail,
    edgesetPath: (detail.edgesetPath ?? []).map((f) =>
      f.path?.endsWith('friend.csv') ? { ...f, status: 'failed', successfulLines: 0, failedLines: f.totalLines } : f
    )
  }
}

describe('twin entries in one listing', () => {
  it('v1: the same job failed and success in one listing is an error naming both answers', async () => {
    const emu = await startEmu(
      world([
        {
          id: DEMO_JOB_ID,
          graph: 'movies',
          beginTime: ago(10 * MIN),
          timeline: finished('success'),
          twins: [{ beginTime: ago(MIN), timeline: finished('failed') }]
        }
      ])
    )
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expectReportShape(r.report)
    const conflict = `The job list names job ${DEMO_JOB_ID} twice, once as "failed", once as "success"`
    expect(r.report.jobs[0].disagreement).toBe(conflict)
    expect(r.report.reasons).toContain(conflict)
    expect(decodeEntities(r.summary)).toContain(conflict)
    expect(r.log).toContain(conflict)
  })

  it('v2: twins on two pages, one with a failed file, are an error naming the file', async () => {
    // 120 other jobs of the graph between the twin (page 1) and the entry that says success (page 2).
    const others: JobSpec[] = Array.from({ length: 120 }, (_, i) => ({
      id: `ff80808100000000000000000000${String(i).padStart(4, '0')}`,
      name: 'ExportGraph',
      graph: 'movies',
      beginTime: ago(2 * MIN + i * 1000),
      timeline: [{ atMs: 0, status: 'success' }]
    }))
    const emu = await startEmu(
      world(
        [
          {
            id: DEMO_JOB_ID,
            graph: 'movies',
            beginTime: ago(10 * MIN),
            timeline: finished('success'),
            twins: [{ beginTime: ago(MIN), timeline: finished('success', detailWithFailedFile()) }]
          },
          ...others,
          LATE_SOCIAL
        ],
        { graphs: BOTH_GRAPHS }
      )
    )
    // Twins are seen where a listing reads both: here the discovery listings, read in full.
    const r = await run(emu, { inputs: { 'api-version': 'v2', 'graph-name': 'movies,social' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expectReportShape(r.report)
    expect(r.report.jobs[0].disagreement).toMatch(
      new RegExp(
        `^The job list names job ${DEMO_JOB_ID} twice as "success": one entry reports edgeset file ".*friend\\.csv" as failed, the other as success$`
      )
    )
    // Both pages were read: the twins were 100 entries apart.
    expect(byEndpoint(emu, 'list').some((q) => q.query.offset === '100')).toBe(true)
  })

  it('a running twin beside the finished entry is progress: the import passes', async () => {
    const emu = await startEmu(
      world([
        {
          id: DEMO_JOB_ID,
          graph: 'movies',
          beginTime: ago(10 * MIN),
          timeline: finished('success'),
          twins: [{ timeline: [{ atMs: 0, status: 'running' }] }]
        }
      ])
    )
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
  })
})

describe('a graph deleted after its import', () => {
  const twoGraphs = (social: { deletedAtMs?: number }): EmulatorOptions =>
    world(
      [
        // Imports that finished before the step began; social was deleted since.
        {
          id: DEMO_JOB_ID,
          graph: 'movies',
          timeline: [{ atMs: 0, status: 'success', jobDetail: movieImportDetail() }]
        },
        {
          id: 'ff8080818c5a6e0f018c5b1d2e7a0043',
          graph: 'social',
          timeline: [{ atMs: 0, status: 'success', jobDetail: movieImportDetail() }]
        }
      ],
      {
        graphs: [
          { id: 'gid-movies', name: 'movies' },
          { id: 'gid-social', name: 'social', ...social }
        ]
      }
    )

  it('an import of a graph missing from the graph list (read in full) is an error naming the graph', async () => {
    const emu = await startEmu(twoGraphs({ deletedAtMs: 0 }))
    const r = await run(emu, { inputs: { 'graph-name': 'movies,social' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expectReportShape(r.report)
    const gone = r.report.jobs.find((j) => j.graph === 'social')?.disagreement
    expect(gone).toBe(
      'Graph "social" of ImportGraph job ff8080818c5a6e0f018c5b1d2e7a0043 is not in the graph list of the project, read in full, though the job list says the job is "success": GES no longer has that graph, and the data the job imported went with it'
    )
    expect(r.report.jobs.find((j) => j.graph === 'movies')?.disagreement).toBeNull()
    expect(decodeEntities(r.summary)).toContain(gone)
    expect(r.warnings.join('\n')).toContain('Graph "social" of ImportGraph job')
    // Named at once, from one graph list read in full: no wait until the deadline, no second read.
    expect(byEndpoint(emu, 'graphs')).toHaveLength(1)
    expect(r.report.waitedSeconds).toBeLessThan(5)
  })

  it('GES.7000 from the status endpoint for a job the list says success is an error', async () => {
    // The list says success while the status endpoint still says running; then the graph is
    // deleted: from its second request on, the status endpoint answers GES.7000.
    const emu = await startEmu(
      world(
        [
          {
            id: DEMO_JOB_ID,
            graph: 'movies',
            timeline: [{ atMs: 0, status: 'running', listStatus: 'success', jobDetail: movieImportDetail() }]
          }
        ],
        {
          faults: [
            {
              match: { endpoint: 'status', nth: 2 },
              times: Infinity,
              action: {
                status: 400,
                body: { errorCode: 'GES.7000', errorMessage: 'The graph does not exist or has been deleted.' }
              }
            }
          ]
        }
      )
    )
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expectReportShape(r.report)
    expect(r.report.jobs[0].disagreement).toMatch(
      /^Graph "movies" of ImportGraph job \w+ no longer exists: the status endpoint answers GES\.7000 \("the graph does not exist or has been deleted"\) \(the job list last said "success"\), and the data the job imported went with the graph \[HTTP 400, GES\.7000, request id [^\]]+\]$/
    )
    expect(byEndpoint(emu, 'status').some((q) => q.status === 400)).toBe(true)
  })

  it('a graph list whose last page comes back empty is not read in full: no graph counts as absent', async () => {
    // 150 graphs, social the last: the page that holds it answers with no graphs.
    const graphs = [
      ...Array.from({ length: 149 }, (_, i) => ({ id: `gid-${i}`, name: `graph-${i}` })),
      { id: 'gid-movies', name: 'movies' }
    ]
    const emu = await startEmu(
      world([{ id: DEMO_JOB_ID, graph: 'movies', timeline: finished('success') }], {
        graphs,
        faults: [
          { match: { endpoint: 'graphs', nth: 2 }, action: { status: 200, body: { graphCount: 150, graphs: [] } } }
        ]
      })
    )
    const r = await run(emu)

    expect(r.outputs.status).toBe('success')
    expect(r.code).toBe(0)
    expect(r.log).not.toContain('is not in the graph list')
  })

  it.each([
    ['fails with a server error', { status: 500, body: { errorCode: 'GES.7006', errorMessage: 'try again later' } }],
    ['is refused', { status: 403, body: { error_code: 'APIG.0203', error_msg: 'forbidden' } }]
  ])('a graph list whose last page %s never makes a graph absent', async (_, action) => {
    const graphs = [
      ...Array.from({ length: 149 }, (_, i) => ({ id: `gid-${i}`, name: `graph-${i}` })),
      { id: 'gid-movies', name: 'movies' }
    ]
    const emu = await startEmu(
      world([{ id: DEMO_JOB_ID, graph: 'movies', timeline: finished('success') }], {
        graphs,
        // Every second graph request is the last page.
        faults: [2, 4, 6, 8, 10, 12, 14, 16].map((nth) => ({ match: { endpoint: 'graphs' as const, nth }, action }))
      })
    )
    const r = await run(emu)

    expect(r.outputs.status).toBe('success')
    expect(r.log).not.toContain('is not in the graph list')
  })
})

describe('invisible characters', () => {
  // U+0085 (NEL), U+061C (Arabic letter mark), U+2060–2064, U+FEFF, a bidi override and a tag character.
  const HIDDEN = '\u0085\u061c\u2060\u2061\u2062\u2063\u2064\ufeff\u202e\u{e0041}'
  const CLASSES = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

  it('reach neither the summary nor the log', async () => {
    const detail = detailWithFailedFile()
    detail.edgesetPath = (detail.edgesetPath ?? []).map((f) =>
      f.status === 'failed' ? { ...f, path: `${f.path}${HIDDEN}`, cause: `bad${HIDDEN}row\u0085next` } : f
    )
    const emu = await startEmu(
      world([
        {
          id: DEMO_JOB_ID,
          graph: 'movies',
          timeline: [
            { atMs: 0, status: 'running' },
            { atMs: 300, status: 'failed', failReason: `import${HIDDEN}failed`, jobDetail: detail }
          ]
        }
      ])
    )
    const r = await run(emu)

    expect(r.outputs.status).toBe('failed')
    expect(decodeEntities(r.summary)).toContain('import failed') // U+0085 reads as a space
    for (const line of r.summary.split('\n')) expect(line).not.toMatch(CLASSES)
    // Log lines, annotations included (%0A inside an annotation is its own line break).
    const lines = r.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    for (const line of lines) expect(line.replace(/\u200b/g, '')).not.toMatch(CLASSES)
    expect(r.errors.join('\n')).toContain('import failed')
  })
})
