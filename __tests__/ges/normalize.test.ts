import { describe, expect, it } from '@jest/globals'
import { isFinished } from '../../src/ges/model.js'
import { ApiError } from '../../src/http/api-error.js'
import { fileStatus, lineCount, normalizeGraphs, normalizeJob, normalizeJobPage } from '../../src/ges/normalize.js'
import { KNOWN_V1 } from '../../__fixtures__/known-example.js'
import { hasUnreadableBegin } from '../../src/ges/model.js'

const WHAT = 'Listing GES jobs'

function transientError(run: () => unknown): ApiError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).kind).toBe('transient')
    return error as ApiError
  }
  throw new Error('expected an ApiError')
}

describe('normalizeJobPage, v1 (the known example)', () => {
  const page = normalizeJobPage(KNOWN_V1, WHAT)

  it('keeps jobCount as the total, not the page size', () => {
    expect(page.total).toBe(136)
    expect(page.jobs).toHaveLength(2)
    expect(page.skipped).toBe(0)
  })

  it('reads the import job, its times as UTC and its files in schema, edge, vertex order', () => {
    expect(page.jobs[0]).toEqual({
      id: 'ff80808167bb90340167bc3c7b5b026a',
      name: 'ImportGraph',
      type: 'GraphManagement',
      graph: 'test1217',
      status: 'success',
      rawStatus: 'success',
      beginTime: Date.UTC(2018, 11, 17, 12, 55, 40),
      beginTimeRaw: '2018-12-17T12:55:40',
      endTime: Date.UTC(2018, 11, 17, 12, 56, 32),
      failReason: null,
      files: [
        {
          kind: 'schema',
          path: 'hkmovie/schema.xml',
          status: 'success',
          rawStatus: 'success',
          totalLines: null,
          successfulLines: null,
          failedLines: null,
          cause: null,
          log: null
        },
        {
          kind: 'edgeset',
          path: 'hkmovie/edge.csv',
          status: 'success',
          rawStatus: 'success',
          totalLines: null,
          successfulLines: null,
          failedLines: null,
          cause: null,
          log: null
        }
      ]
    })
  })

  it('gives files null (not []) for a job without jobDetail', () => {
    expect(page.jobs[1].name).toBe('DeleteGraph')
    expect(page.jobs[1].files).toBeNull()
  })
})

describe('normalizeJobPage, v2 snake_case', () => {
  const body = {
    job_count: 1,
    job_list: [
      {
        job_id: 'j2',
        status: 'partiallyFailed',
        job_type: 'GraphManagement',
        job_name: 'ImportGraph',
        related_graph: 'movies',
        begin_time: '2026-11-28 09:30:00',
        end_time: '2026-11-28 09:45:10',
        fail_reason: 'some rows were rejected',
        job_detail: {
          edgeset_path: [
            {
              path: 'e.csv',
              log: 'obs://logs/e',
              status: 'partFailed',
              cause: 'bad rows',
              total_lines: 10,
              failed_lines: 3,
              successful_lines: 7
            }
          ],
          vertexset_path: [
            { path: 'v.csv', status: 'success', total_lines: '5', failed_lines: '0', successful_lines: ' 5 ' }
          ]
        }
      }
    ]
  }
  const page = normalizeJobPage(body, WHAT)

  it('reads the snake_case names', () => {
    const [j] = page.jobs
    expect(page.total).toBe(1)
    expect(j.id).toBe('j2')
    expect(j.name).toBe('ImportGraph')
    expect(j.graph).toBe('movies')
    expect(j.status).toBe('partFailed')
    expect(j.failReason).toBe('some rows were rejected')
    expect(j.beginTime).toBe(Date.UTC(2026, 10, 28, 9, 30))
    expect(j.endTime).toBe(Date.UTC(2026, 10, 28, 9, 45, 10))
  })

  it('reads the files with their line counts, numeric strings included', () => {
    expect(page.jobs[0].files).toEqual([
      {
        kind: 'edgeset',
        path: 'e.csv',
        status: 'partFailed',
        rawStatus: 'partFailed',
        totalLines: 10,
        successfulLines: 7,
        failedLines: 3,
        cause: 'bad rows',
        log: 'obs://logs/e'
      },
      {
        kind: 'vertexset',
        path: 'v.csv',
        status: 'success',
        rawStatus: 'success',
        totalLines: 5,
        successfulLines: 5,
        failedLines: 0,
        cause: null,
        log: null
      }
    ])
  })
})

describe('line counts', () => {
  it.each([
    [0, 0],
    [42, 42],
    ['42', 42],
    [' 7 ', 7],
    [-1, null],
    ['-1', null],
    [undefined, null],
    [null, null],
    ['', null],
    ['abc', null],
    ['1.5', null],
    [1.5, null],
    [NaN, null],
    [Infinity, null],
    [2 ** 60, null],
    [true, null]
  ])('%p → %p', (raw, expected) => {
    expect(lineCount(raw)).toBe(expected)
  })

  it('maps -1 and missing counts of a file to null', () => {
    const j = normalizeJob(
      {
        jobId: 'a',
        status: 'success',
        jobDetail: { edgesetPath: [{ path: 'e', status: 'success', totalLines: -1, failedLines: -1 }] }
      },
      WHAT
    )
    expect(j.files?.[0]).toMatchObject({ totalLines: null, failedLines: null, successfulLines: null })
  })
})

describe('statuses', () => {
  it.each([
    ['success', 'success'],
    ['Success', 'success'],
    ['failed', 'failed'],
    ['Failed', 'failed'],
    ['partFailed', 'partFailed'],
    ['PARTFAILED', 'partFailed'],
    ['partiallyFailed', 'partFailed'],
    ['running', 'unknown'],
    ['ok', 'unknown'],
    ['', 'unknown']
  ])('file status %j → %s', (raw, expected) => {
    expect(fileStatus(raw)).toBe(expected)
  })

  it('keeps the raw status text of a job and a file it does not know', () => {
    const j = normalizeJob(
      { jobId: 'a', status: 'archived', jobDetail: { schemaPath: [{ path: 's', status: 'Skipped' }] } },
      WHAT
    )
    expect(j.status).toBe('unknown')
    expect(j.rawStatus).toBe('archived')
    expect(j.files?.[0]).toMatchObject({ status: 'unknown', rawStatus: 'Skipped' })
  })

  it('reads a missing job status as unknown (not finished)', () => {
    const j = normalizeJob({ jobId: 'a' }, WHAT)
    expect(j.status).toBe('unknown')
    expect(j.rawStatus).toBe('')
  })

  it('reads a file Failed with a capital F as failed', () => {
    const j = normalizeJob(
      { jobId: 'a', status: 'failed', jobDetail: { edgesetPath: [{ path: 'e', status: 'Failed', cause: 'format' }] } },
      WHAT
    )
    expect(j.files?.[0].status).toBe('failed')
  })
})

describe('jobDetail', () => {
  it.each([
    ['null', null],
    ['absent', undefined]
  ])('%s → files null', (_label, detail) => {
    const raw: Record<string, unknown> = { jobId: 'a', status: 'success' }
    if (detail !== undefined) raw.jobDetail = detail
    expect(normalizeJob(raw, WHAT).files).toBeNull()
  })

  it('reads an object with all lists null as no files', () => {
    expect(
      normalizeJob({ jobId: 'a', jobDetail: { schemaPath: null, edgesetPath: null, vertexsetPath: null } }, WHAT).files
    ).toEqual([])
  })

  it('parses a jobDetail sent as a JSON string', () => {
    const j = normalizeJob(
      {
        jobId: 'a',
        status: 'success',
        jobDetail: JSON.stringify({ edgesetPath: [{ path: 'e.csv', status: 'failed', failedLines: 4 }] })
      },
      WHAT
    )
    expect(j.files).toEqual([
      {
        kind: 'edgeset',
        path: 'e.csv',
        status: 'failed',
        rawStatus: 'failed',
        totalLines: null,
        successfulLines: null,
        failedLines: 4,
        cause: null,
        log: null
      }
    ])
  })

  it('refuses a string that looks like JSON but is not', () => {
    expect(transientError(() => normalizeJob({ jobId: 'a', jobDetail: '{not json' }, WHAT)).message).toContain(
      'jobDetail'
    )
  })

  it('refuses a jobDetail that is neither object nor null', () => {
    transientError(() => normalizeJob({ jobId: 'a', jobDetail: 42 }, WHAT))
    transientError(() => normalizeJob({ jobId: 'a', jobDetail: 'done' }, WHAT))
    transientError(() => normalizeJob({ jobId: 'a', jobDetail: [] }, WHAT))
  })

  it('refuses a file list that is not a list, or holds something other than objects', () => {
    expect(
      transientError(() => normalizeJob({ jobId: 'a', jobDetail: { edgesetPath: 'e.csv' } }, WHAT)).message
    ).toContain('edgesetPath')
    transientError(() => normalizeJob({ jobId: 'a', jobDetail: { schemaPath: ['s.xml'] } }, WHAT))
  })
})

describe('malformed bodies are transient ApiErrors', () => {
  it.each([
    ['null', null],
    ['a string', 'ok'],
    ['a number', 200],
    ['a list', []]
  ])('a body that is %s', (_label, body) => {
    const error = transientError(() => normalizeJobPage(body, WHAT))
    expect(error.message).toContain(WHAT)
  })

  it('jobList is an object', () => {
    expect(transientError(() => normalizeJobPage({ jobCount: 1, jobList: { jobId: 'a' } }, WHAT)).message).toContain(
      'jobList'
    )
  })

  it('jobCount is "abc"', () => {
    expect(transientError(() => normalizeJobPage({ jobCount: 'abc', jobList: [] }, WHAT)).message).toContain('jobCount')
  })

  it('jobCount above zero but no jobList', () => {
    transientError(() => normalizeJobPage({ jobCount: 3 }, WHAT))
  })

  it('accepts an empty job center that omits the list', () => {
    expect(normalizeJobPage({ jobCount: 0 }, WHAT)).toEqual({ total: 0, jobs: [], skipped: 0 })
    expect(normalizeJobPage({}, WHAT)).toEqual({ total: 0, jobs: [], skipped: 0 })
  })

  it('reads a jobCount sent as a numeric string, and a missing jobCount as unknown', () => {
    expect(normalizeJobPage({ jobCount: '12', jobList: [] }, WHAT).total).toBe(12)
    expect(normalizeJobPage({ jobList: [] }, WHAT).total).toBeNull()
  })

  it('a single job that is not an object, or has no id', () => {
    transientError(() => normalizeJob('job', WHAT))
    transientError(() => normalizeJob({ status: 'success' }, WHAT))
  })

  it('a single job without id takes the id it was asked for', () => {
    expect(normalizeJob({ status: 'running' }, WHAT, 'known').id).toBe('known')
  })
})

describe('list entries without a job id', () => {
  it('are skipped and counted, not fatal', () => {
    const page = normalizeJobPage(
      { jobCount: 5, jobList: [{ jobId: 'a', status: 'running' }, { status: 'success' }, null, 'x', { jobId: '' }] },
      WHAT
    )
    expect(page.jobs.map((j) => j.id)).toEqual(['a'])
    expect(page.skipped).toBe(4)
    expect(page.total).toBe(5)
  })

  it('keep what can be read of an object entry (id ""), so that one that could be a target is said', () => {
    const page = normalizeJobPage(
      {
        jobList: [
          { jobId: 'a', relatedGraph: 'movies' },
          { jobName: 'ImportGraph', relatedGraph: 'movies', beginTime: '2026-12-01T10:00:00', status: 'failed' },
          null,
          { jobId: 'b\ud800', relatedGraph: 'social', beginTime: 'soon', jobDetail: 'not json' }
        ]
      },
      WHAT
    )
    expect(page.skipped).toBe(3)
    expect(page.idless).toMatchObject([
      { id: '', name: 'ImportGraph', graph: 'movies', status: 'failed', beginTime: Date.UTC(2026, 11, 1, 10) },
      { id: '', graph: 'social', beginTimeRaw: 'soon', beginTime: null }
    ])
    expect(normalizeJobPage({ jobList: [{ jobId: 'a' }, 7] }, WHAT).idless).toBeUndefined()
  })

  it('accepts a numeric job id', () => {
    expect(normalizeJobPage({ jobList: [{ jobId: 12 }] }, WHAT).jobs[0].id).toBe('12')
  })

  it('an id with a lone surrogate (valid JSON, no UTF-8 form, no URL can hold it) is no id', () => {
    const page = normalizeJobPage(JSON.parse('{"jobList":[{"jobId":"a\\ud83d"},{"jobId":"b🙂"}]}'), WHAT)
    expect(page.jobs.map((j) => j.id)).toEqual(['b🙂'])
    expect(page.skipped).toBe(1)
    expect(() => normalizeJob({ jobId: 'k\udc00' }, WHAT, 'k')).toThrow(/not well-formed/)
    expect(normalizeGraphs({ graphs: [{ id: 'g\ud800', name: 'movies' }] }, WHAT)).toMatchObject({
      graphs: [],
      skipped: 1
    })
  })
})

describe('times', () => {
  const T = Date.UTC(2026, 11, 1, 10, 0, 0)

  it.each<[string, unknown]>([
    ['v1 text', '2026-12-01T10:00:00'],
    ['v2 text', '2026-12-01 10:00:00'],
    ['an offset', '2026-12-01T18:00:00+08:00'],
    ['epoch ms as a number', T],
    ['epoch s as a number', T / 1000],
    ['epoch ms as a string', String(T)],
    ['epoch s as a string', String(T / 1000)],
    ['RFC 1123', 'Tue, 01 Dec 2026 10:00:00 GMT']
  ])('reads a begin and an end time given as %s, in v1 and v2 spelling', (_, value) => {
    const v1 = normalizeJob({ jobId: 'a', beginTime: value, endTime: value }, WHAT)
    const v2 = normalizeJob({ job_id: 'a', begin_time: value, end_time: value }, WHAT)
    for (const j of [v1, v2]) {
      expect(j.beginTime).toBe(T)
      expect(j.endTime).toBe(T)
      expect(j.beginTimeRaw).toBe(String(value))
    }
  })

  it('keeps the raw text of a begin time it cannot read, so that unreadable is not absent', () => {
    const j = normalizeJob({ jobId: 'a', beginTime: 'yesterday', endTime: 'later' }, WHAT)
    expect(j.beginTime).toBeNull()
    expect(j.endTime).toBeNull()
    expect(j.beginTimeRaw).toBe('yesterday')
    expect(hasUnreadableBegin(j)).toBe(true)
  })

  it.each<[string, unknown]>([
    ['an impossible date', '2026-02-31T10:00:00'],
    ['a negative epoch', -5],
    ['an object', { at: 5 }],
    ['true', true]
  ])('holds %s as present but unreadable', (_, value) => {
    const j = normalizeJob({ jobId: 'a', beginTime: value }, WHAT)
    expect(j.beginTime).toBeNull()
    expect(j.beginTimeRaw).not.toBeNull()
    expect(hasUnreadableBegin(j)).toBe(true)
  })

  it.each<[string, unknown]>([
    ['absent', undefined],
    ['null', null],
    ['an empty string', ''],
    ['blank', '  '],
    ['0 (no time)', 0],
    ['"0"', '0']
  ])('holds a begin time that is %s as absent, not unreadable', (_, value) => {
    const j = normalizeJob(value === undefined ? { jobId: 'a' } : { jobId: 'a', beginTime: value }, WHAT)
    expect(j.beginTime).toBeNull()
    expect(j.beginTimeRaw).toBeNull()
    expect(hasUnreadableBegin(j)).toBe(false)
  })

  it('cuts a huge raw value', () => {
    const j = normalizeJob({ jobId: 'a', beginTime: 'x'.repeat(10_000) }, WHAT)
    expect(j.beginTimeRaw).toHaveLength(201)
  })

  it('reads a numeric jobId as a string', () => {
    const page = normalizeJobPage({ jobCount: 1, jobList: [{ jobId: 123456789, status: 'success' }] }, WHAT)
    expect(page.jobs[0].id).toBe('123456789')
  })
})

describe('normalizeGraphs', () => {
  it('reads v1 and v2 graph lists', () => {
    expect(
      normalizeGraphs(
        {
          graphCount: 2,
          graphs: [
            { id: 'g1', name: 'movies' },
            { id: 'g2', name: 'social', status: '200' }
          ]
        },
        'x'
      )
    ).toEqual({
      total: 2,
      skipped: 0,
      graphs: [
        { id: 'g1', name: 'movies' },
        { id: 'g2', name: 'social' }
      ]
    })
    expect(normalizeGraphs({ graph_count: 1, graphs: [{ id: 'g1', name: 'movies' }] }, 'x').total).toBe(1)
  })

  it('skips graphs without id or name and refuses non-objects', () => {
    expect(normalizeGraphs({ graphs: [{ id: 'g1' }, { name: 'n' }] }, 'x').graphs).toEqual([])
    transientError(() => normalizeGraphs({ graphs: 'movies' }, 'x'))
    transientError(() => normalizeGraphs({ graphs: ['movies'] }, 'x'))
    transientError(() => normalizeGraphs(null, 'x'))
  })
})

describe('a list entry that cannot be read', () => {
  const broken = {
    jobId: 'old',
    status: 'success',
    jobName: 'DeleteGraph',
    relatedGraph: 'movies',
    jobDetail: 'not json'
  }

  it('does not hide the other jobs of the page', () => {
    const page = normalizeJobPage({ jobCount: 2, jobList: [broken, { jobId: 'a', status: 'running' }] }, WHAT)
    expect(page.jobs.map((j) => j.id)).toEqual(['old', 'a'])
    expect(page.jobs[1].status).toBe('running')
  })

  it('stays listed with what could be read, unfinished and marked unreadable', () => {
    const [job] = normalizeJobPage({ jobCount: 1, jobList: [broken] }, WHAT).jobs
    expect(job).toMatchObject({ id: 'old', name: 'DeleteGraph', graph: 'movies', files: null })
    expect(job.unreadable).toMatch(/^jobDetail is the string "not json"/)
    expect(isFinished(job)).toBe(false) // whatever its status says
    expect(normalizeJob({ jobId: 'x', status: 'bogus' }, WHAT).unreadable).toBeUndefined()
  })

  it('the single-job endpoint gets no such leniency: a broken answer is retried', () => {
    expect(() => normalizeJob(broken, WHAT, 'old')).toThrow(ApiError)
  })
})
