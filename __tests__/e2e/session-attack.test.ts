// Attacks on what landed in one session: text no URL or UTF-8 file can hold, the size of every
// output with thousands of jobs and 400-character hostile ids, and the limits GitHub sets.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { DEMO_CREDENTIALS } from '../../emulator/scenarios.mjs'
import { byEndpoint, closeAll, run, startEmu, startGitHub, startObs } from './support.js'

afterEach(closeAll)

const MIN = 60_000
/** A lone high surrogate: JSON carries it as "\ud83d"; it has no UTF-8 form and no URL can hold it. */
const LONE = '\ud83d'

describe('ids and log paths that are not well-formed Unicode', () => {
  it('a listed job id and a log path with a lone surrogate: the entry is passed over, the log not requested, no crash', async () => {
    const t0 = Date.now() - 10 * MIN
    const detail = {
      edgesetPath: [
        {
          path: 'bucket/movies/edges.csv',
          log: `bucket/logs/edges${LONE}.log`,
          status: 'partFailed',
          cause: 'some lines failed',
          totalLines: 10,
          successfulLines: 8,
          failedLines: 2
        }
      ]
    }
    const emu = await startEmu({
      aksk: DEMO_CREDENTIALS.aksk,
      fillerJobs: 0,
      order: 'newest',
      jobs: [
        {
          id: 'job-good',
          graph: 'movies',
          beginTime: new Date(t0).toISOString(),
          timeline: [{ atMs: 0, status: 'partFailed', jobDetail: detail }]
        },
        {
          id: `job-bad${LONE}`,
          graph: 'movies',
          beginTime: new Date(t0 - MIN).toISOString(),
          timeline: [{ atMs: 0, status: 'success' }]
        }
      ]
    })
    const obs = await startObs({ objects: {} })
    const r = await run(emu, {
      inputs: {
        token: undefined,
        'access-key': DEMO_CREDENTIALS.aksk.ak,
        'secret-key': DEMO_CREDENTIALS.aksk.sk,
        'obs-endpoint': obs.url,
        select: 'all',
        since: '1h'
      }
    })
    expect(r.log).not.toContain('URI malformed')
    expect(r.outputs.status).toBe('partFailed')
    expect(r.outputs['job-id']).toBe('job-good')
    const file = r.report?.jobs[0].files[0]
    expect(file?.logRead).not.toBe('ok')
    expect(file?.logRead ?? '').toMatch(/not an OBS object path/)
    expect(obs.requests).toHaveLength(0)
    expect(byEndpoint(emu, 'status').every((q) => !q.path.includes('job-bad'))).toBe(true)
  })
})

/** 400 code points of what escaping lengthens, with multi-byte text (3 and 4 bytes in UTF-8). */
const hostile = (prefix: string): string => [...`${prefix}-${'|<&>`*_@x:y:#1漢字🙂'.repeat(40)}`].slice(0, 400).join('')

describe('800 failed jobs with 400-character hostile multi-byte ids, reasons and files (select: all)', () => {
  it('the summary, the report output, job-id and every output together stay within what GitHub takes; the report file is whole', async () => {
    const t0 = Date.now() - 10 * MIN
    const jobs = Array.from({ length: 800 }, (_, i) => ({
      id: hostile(`job${i}`),
      graph: 'movies',
      beginTime: new Date(t0 + i * 10).toISOString(),
      timeline: [
        {
          atMs: 0,
          status: 'failed',
          failReason: hostile(`reason${i}`),
          jobDetail: {
            edgesetPath: [
              {
                path: hostile(`p${i}`),
                status: 'failed',
                cause: hostile('c'),
                totalLines: 10,
                successfulLines: 5,
                failedLines: 5
              }
            ]
          }
        }
      ]
    }))
    const emu = await startEmu({ jobs, fillerJobs: 0, order: 'newest' })
    const gh = await startGitHub()
    const r = await run(emu, {
      inputs: { select: 'all', since: '1h', timeout: '120s', 'report-file': 'r.json', 'pr-comment': 'true' },
      eventName: 'pull_request',
      event: { pull_request: { number: 7 }, repository: { name: 'graphs', owner: { login: 'acme' } } },
      githubToken: gh.token,
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/graphs', GITHUB_RUN_ID: '4242' }
    })
    const size = (text: string): number => Buffer.byteLength(text, 'utf8')
    const outputs = Object.values(r.outputs).reduce((sum, value) => sum + size(value), 0)
    const complete = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8')) as { jobs: unknown[] }

    expect(r.outputs.status).toBe('failed')
    // The runner keeps 4,096 characters of an annotation: it says how many jobs it left out.
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0].length).toBeLessThanOrEqual(4096)
    expect(r.errors[0]).toMatch(/\nand \d+ more jobs: see the step summary or the report$/)
    expect(gh.comments).toHaveLength(1)
    expect([...gh.comments[0].body].length).toBeLessThanOrEqual(65_536)
    expect(gh.comments[0].body).toContain('### ❌ GES import failed')
    expect(size(r.summary)).toBeLessThanOrEqual(1024 * 1024 - 16 * 1024)
    // The output is shortened too: the summary names the report file alone.
    expect(r.summary).toMatch(
      /more files are not shown to keep this report within size limits; the complete list is in the report file\._/
    )
    expect(size(r.outputs.report)).toBeLessThanOrEqual(512 * 1024)
    expect(outputs).toBeLessThan(1_000_000)
    // The output says what it left out; the file has every job.
    const report = r.report as unknown as { jobs: unknown[]; omitted: { jobs: number }; truncated: string }
    expect(report.truncated).toMatch(/report-file/)
    expect(report.jobs.length + report.omitted.jobs).toBe(800)
    expect(complete.jobs).toHaveLength(800)
    const ids = r.outputs['job-id'].split(',')
    expect(ids.length).toBeLessThan(800)
    expect(ids[0]).toBe(report.jobs.length > 0 ? (report.jobs[0] as { jobId: string }).jobId : ids[0])
    expect(
      r.warnings.some((w) => w.includes(`job-id and previous-job-id list the first ${ids.length} of 800 jobs`))
    ).toBe(true)
  }, 120_000)
})

describe('inputs pasted from a page, through INPUT_* as the runner passes them', () => {
  it('a graph list with a zero-width space: the example keeps one graph a line; import-options with a no-break space names it', async () => {
    const emu = await startEmu({ fillerJobs: 0, jobs: [] })
    const list = await run(emu, { inputs: { 'graph-name': 'movies\nsocial\u200b' } })
    expect(list.outputs.status).toBe('error')
    expect(list.errors.join('\n')).toContain(
      'Input "graph-name" holds a hidden character (U+200B at character 14), as text pasted from a page may. Example: movies\nsocial'
    )

    const options = await run(emu, {
      inputs: { 'import-edges': 'my-bucket/e.csv', 'import-options': '{\n\u00a0"delimiter": ","\n}' }
    })
    expect(options.outputs.status).toBe('error')
    expect(options.errors.join('\n')).toMatch(
      /Input "import-options" is not JSON \(.*it holds a space JSON does not take \(U\+00A0 at character 3\)/
    )
    expect(emu.requests).toHaveLength(0)
  })
})

describe('select: all without since over a job center of old imports', () => {
  it('1,500 stale jobs with hostile names: the summary keeps its jobs table, the warning says how many it left out', async () => {
    const t0 = Date.now() - 3 * 24 * 60 * MIN
    const jobs = Array.from({ length: 1500 }, (_, i) => ({
      id: hostile(`old${i}`),
      name: `ImportGraph`,
      graph: 'movies',
      beginTime: new Date(t0 - i * MIN).toISOString(),
      timeline: [
        {
          atMs: 0,
          status: 'failed',
          endTime: new Date(t0 - i * MIN + MIN / 2).toISOString(),
          failReason: hostile(`r${i}`)
        }
      ]
    }))
    const emu = await startEmu({ jobs, fillerJobs: 0, order: 'newest' })
    const r = await run(emu, { inputs: { select: 'all', since: undefined, timeout: '60s' } })
    expect(r.outputs.status).toBe('failed')
    expect(r.summary).not.toContain('The full report does not fit')
    expect(r.summary).toContain('| Graph | Job | Status |')
    expect(r.summary).toMatch(/> _[\d,]+ more stale jobs are not shown to keep this report within size limits/)
    expect(Buffer.byteLength(r.summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024 - 16 * 1024)
  }, 120_000)
})
