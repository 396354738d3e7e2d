import { describe, expect, it } from '@jest/globals'
import { gfmProblems, renderGfm, tableCellCounts, tagSkeleton } from '../../__fixtures__/gfm.js'
import { file, job } from '../../__fixtures__/jobs.js'
import type { ImportFile, Job } from '../../src/ges/model.js'
import { evidence, observed, reportOf } from '../../__fixtures__/evidence.js'
import { judge } from '../../src/report/judge.js'
import { ApiError } from '../../src/http/api-error.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { compareImports } from '../../src/compare/compare-imports.js'
import type { HistoryEntry } from '../../src/history/history.js'
import { withHistory } from '../../src/history/report-history.js'
import { COMMENT_MAX_BYTES, renderComment } from '../../src/report/comment.js'
import type { Report } from '../../src/report/report.js'
import { STEP_SUMMARY_MAX_BYTES } from '../../src/sinks/step-summary.js'

const LIMITS = { maxBytes: 1024 * 1024, fullListAt: 'the `report` output' }

const EVIL = '<script>alert(1)</script> | `code` @someone\nnext line [x](javascript:alert(1))'

function finished(overrides: Partial<Job> & { id: string }): Job {
  return job({
    status: 'success',
    rawStatus: 'success',
    endTime: Date.UTC(2026, 10, 28, 9, 2, 5),
    files: [file()],
    ...overrides
  })
}

function tables(markdown: string): string[][] {
  const result: string[][] = []
  let current: string[] | undefined
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      if (!current) result.push((current = []))
      current.push(line)
    } else {
      current = undefined
    }
  }
  return result
}

describe('renderMarkdown', () => {
  it('writes a headline, the counts, a jobs table and a files table', () => {
    const report = reportOf({
      end: 'finished',
      elapsedMs: 75_000,
      jobs: [
        finished({
          id: 'ff01',
          files: [
            file({ kind: 'schema', path: 'm/schema.xml', totalLines: null, successfulLines: null, failedLines: null }),
            file({ totalLines: 1234, successfulLines: 1234 })
          ]
        })
      ]
    })
    const md = renderMarkdown(report, LIMITS)
    expect(md).toContain('### ✅ GES import succeeded')
    expect(md).toContain(
      '**1 job** · 1,234 lines ok · 0 lines failed · 0 failed files · waited 1m15s · the step passes'
    )
    expect(md).toContain('| Graph | Job | Status | Begin (UTC) | End (UTC) | Duration | Lines ok | Lines failed |')
    expect(md).toContain(
      '| movies | ImportGraph ff01 | ✅ success | 2026-11-28 09:00:00 | 2026-11-28 09:02:05 | 2m5s | 1,234 | 0 |'
    )
    expect(md).toContain('#### Files of ImportGraph ff01 (graph movies)')
    expect(md).toContain('| schema | m/schema.xml | ✅ success | – / – / – | – | – |')
    expect(md.endsWith('\n')).toBe(true)
  })

  it.each([
    ['failed', '### ❌ GES import failed'],
    ['timeout', '### ⏱️ Timed out waiting for the GES job'],
    ['not-found', '### 🔍 No matching GES job found'],
    ['cancelled', '### 🛑 Cancelled while waiting for the GES job'],
    ['error', '### ❌ Could not check the GES job']
  ] as const)('headline for %s', (end, headline) => {
    const jobs = end === 'failed' ? [finished({ id: 'a', status: 'failed', rawStatus: 'failed' })] : []
    const md = renderMarkdown(reportOf({ end: end === 'failed' ? 'finished' : end, jobs }), LIMITS)
    expect(md.split('\n')[0]).toBe(headline)
    expect(md).toContain('the step fails')
  })

  it('escapes every piece of cloud text: graph, job name and id, paths, causes, logs, fail reasons, statuses', () => {
    const evilFile: ImportFile = file({ path: EVIL, cause: EVIL, log: EVIL, status: 'unknown', rawStatus: EVIL })
    const evilJob = finished({
      id: `id${EVIL}`,
      name: EVIL,
      graph: EVIL,
      status: 'partFailed',
      rawStatus: EVIL,
      failReason: EVIL,
      unreadable: EVIL,
      files: [evilFile]
    })
    const report = reportOf({
      end: 'timeout',
      jobs: [observed(evilJob, { disagreement: EVIL, vanished: true })],
      missing: [EVIL],
      error: new ApiError('transient', EVIL, { code: EVIL, requestId: EVIL })
    })
    const md = renderMarkdown(report, LIMITS)
    expect(md).not.toContain('\nnext line')
    expect(md).toContain(
      '\\<script\\>alert(1)\\</script\\> \\| \\`code\\` @&#8203;someone next line \\[x\\](javascript:alert(1))'
    )
    expect(gfmProblems(md)).toEqual([])
    // Rendered, the hostile text adds no element: the same tags as a report of plain text.
    const plain = reportOf({
      end: 'timeout',
      jobs: [
        observed(
          finished({
            ...evilJob,
            id: 'idx',
            name: 'x',
            graph: 'x',
            rawStatus: 'x',
            failReason: 'x',
            unreadable: 'x',
            files: [{ ...evilFile, path: 'x', cause: 'x', log: 'x', rawStatus: 'x' }]
          }),
          { disagreement: 'x', vanished: true }
        )
      ],
      missing: ['x'],
      error: new ApiError('transient', 'x', { code: 'x', requestId: 'x' })
    })
    for (const dangerous of [false, true])
      expect(tagSkeleton(renderGfm(md, dangerous))).toEqual(
        tagSkeleton(renderGfm(renderMarkdown(plain, LIMITS), dangerous))
      )
  })

  it('keeps every table row at the header’s column count, whatever the cloud text', () => {
    const report = reportOf({
      end: 'finished',
      jobs: [
        finished({
          id: 'a|b',
          name: 'Import|Graph',
          graph: 'g|h\n|i',
          failReason: '|',
          files: [file({ path: 'a|b|c', cause: '| x |\n| y |', log: '||' }), file({ path: '\\|' })]
        }),
        finished({ id: 'c', graph: null, files: [file({ totalLines: null })] })
      ]
    })
    const md = renderMarkdown(report, LIMITS)
    const found = tables(md)
    expect(found).toHaveLength(3) // jobs, then one file table per job
    for (const table of found) expect(table[1]).toMatch(/^\| ---( \| ---)* \|$/)
    // Cells as GFM splits them, header row first: every row as wide as its header.
    expect(tableCellCounts(md)).toEqual([
      [8, 8, 8],
      [6, 6, 6],
      [6, 6]
    ])
    expect(gfmProblems(md)).toEqual([])
  })

  it('shows fail reasons, missing targets, vanished jobs, the error, why the step fails and the hint', () => {
    const report = reportOf(
      {
        end: 'timeout',
        jobs: [observed(job({ id: 'j1', failReason: 'disk full' }), { vanished: true })],
        missing: ['an ImportGraph job of graph "social"'],
        error: new ApiError('transient', 'Listing GES jobs failed: server error (502)', { status: 502 }),
        elapsedMs: 1_800_000
      },
      { timeoutMs: 1_800_000 }
    )
    const md = renderMarkdown(report, { ...LIMITS, runUrl: 'https://github.com/o/r/actions/runs/1' })
    expect(md).toContain('**Fail reasons**\n\n- j1: disk full')
    expect(md).toContain('**Not found**: an ImportGraph job of graph "social"')
    expect(md).toContain('**No longer listed by the job center**: j1')
    expect(md).toContain('**Last retried error**: Listing GES jobs failed: server error (502) (HTTP 502)')
    expect(md).toContain('**Why the step fails**: the wait timed out before the job finished')
    expect(md).toContain('> [!TIP]\n> The job did not finish within 30m: raise "timeout"')
    expect(md).toContain('[Workflow run](https://github.com/o/r/actions/runs/1)')
  })

  it('labels an error that stopped the wait as the error', () => {
    const md = renderMarkdown(reportOf({ end: 'error', error: new ApiError('permanent', 'denied') }), LIMITS)
    expect(md).toContain('**Error**: denied')
    expect(md).not.toContain('()')
  })

  it('says the error that stopped the wait once: not again as why the step fails', () => {
    const error = new ApiError('permanent', 'The project ID x is invalid', { code: 'GES.0016' }, 'check "project-id"')
    const md = renderMarkdown(reportOf({ end: 'error', jobs: [], error }), LIMITS)
    expect(md.match(/The project ID x is invalid/g)).toHaveLength(1)
    expect(md).not.toContain('Why the step fails')
  })

  it('without jobs the headline has no line or file counts: nothing is known of them', () => {
    const md = renderMarkdown(reportOf({ end: 'error', jobs: [], error: new ApiError('permanent', 'denied') }), LIMITS)
    expect(md).toMatch(/^\*\*0 jobs\*\* · waited 12s · the step fails$/m)
  })

  it('says why nothing was found once', () => {
    const md = renderMarkdown(
      judge(
        {
          ...evidence({ end: 'not-found', missing: ['an ImportGraph job of graph "movies"'] }),
          notFound: {
            reason: 'not-waiting',
            searched: { jobIds: [], graphNames: ['movies'], select: 'latest' },
            newest: [],
            misplaced: []
          }
        },
        { failOn: ['failed', 'partFailed', 'unknown'], timeoutMs: 60_000 }
      ),
      LIMITS
    )
    expect(md.match(/wait-for-job is false/g)).toHaveLength(1)
  })

  it('has no jobs table and no file section without jobs', () => {
    const md = renderMarkdown(reportOf({ end: 'not-found', jobs: [] }), LIMITS)
    expect(md).toContain('**0 jobs**')
    expect(md).not.toContain('|')
    expect(md).not.toContain('####')
  })

  it('has no files section for a job without details', () => {
    const md = renderMarkdown(
      reportOf({ end: 'finished', jobs: [finished({ id: 'a', name: 'DeleteGraph', files: null })] }),
      LIMITS
    )
    expect(md).not.toContain('#### Files')
  })

  it('sums the job’s lines in the jobs table, and shows – when GES gave none', () => {
    const report = reportOf({
      end: 'finished',
      jobs: [
        finished({
          id: 'a',
          files: [file({ successfulLines: 5, failedLines: 1 }), file({ successfulLines: 7, failedLines: null })]
        }),
        finished({ id: 'b', files: [file({ successfulLines: null, failedLines: null })] })
      ]
    })
    const md = renderMarkdown(report, LIMITS)
    expect(md).toMatch(/\| ImportGraph a \|[^\n]*\| 12 \| 1 \|\n/)
    expect(md).toMatch(/\| ImportGraph b \|[^\n]*\| – \| – \|\n/)
  })
})

describe('size budget', () => {
  const manyFiles = (n: number, prefix: string): ImportFile[] =>
    Array.from({ length: n }, (_, i) =>
      file({
        path: `${prefix}/part-${String(i).padStart(5, '0')}.csv`,
        cause: 'some cause text that takes room',
        log: `obs://bucket/logs/${i}.log`
      })
    )

  it('stays under maxBytes with 3,000 files and says how many were left out', () => {
    const report = reportOf({ end: 'finished', jobs: [finished({ id: 'big', files: manyFiles(3000, 'data') })] })
    const maxBytes = 32 * 1024
    const md = renderMarkdown(report, { maxBytes, fullListAt: 'the `report` output' })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(maxBytes)
    const shown = md.split('\n').filter((line) => line.startsWith('| edgeset |')).length
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(3000)
    const note =
      /_([\d,]+) more files are not shown to keep this report within size limits; the complete list is in the `report` output\._/.exec(
        md
      )
    expect(note).not.toBeNull()
    expect(Number(note?.[1].replace(/,/g, ''))).toBe(3000 - shown)
  })

  it('counts the files of later jobs that did not fit', () => {
    const report = reportOf({
      end: 'finished',
      jobs: [finished({ id: 'one', files: manyFiles(3000, 'a') }), finished({ id: 'two', files: manyFiles(500, 'b') })]
    })
    const maxBytes = 24 * 1024
    const md = renderMarkdown(report, { maxBytes, fullListAt: 'x' })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(maxBytes)
    const shown = md.split('\n').filter((line) => line.startsWith('| edgeset |')).length
    const left = Number(/_([\d,]+) more files are not shown/.exec(md)?.[1].replace(/,/g, ''))
    expect(shown + left).toBe(3500)
    expect(md).not.toContain('#### Files of ImportGraph two')
  })

  it('stays under budget with multi-byte text', () => {
    const files = Array.from({ length: 3000 }, (_, i) =>
      file({ path: `图数据/边-${i}-${'ü'.repeat(50)}.csv`, cause: '导入失败'.repeat(20) })
    )
    const maxBytes = 40 * 1024
    const md = renderMarkdown(reportOf({ end: 'finished', jobs: [finished({ id: 'cjk', files })] }), {
      maxBytes,
      fullListAt: 'x'
    })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(maxBytes)
    expect(md).toMatch(/more files are not shown/)
  })

  it('shows every file and no note when everything fits', () => {
    const report = reportOf({ end: 'finished', jobs: [finished({ id: 'small', files: manyFiles(20, 'd') })] })
    const md = renderMarkdown(report, LIMITS)
    expect(md.split('\n').filter((line) => line.startsWith('| edgeset |'))).toHaveLength(20)
    expect(md).not.toContain('not shown')
  })

  it('says "file is" for exactly one left out', () => {
    const files = manyFiles(3000, 'z')
    const maxBytes = 16 * 1024
    const full = renderMarkdown(reportOf({ end: 'finished', jobs: [finished({ id: 'one', files })] }), {
      maxBytes,
      fullListAt: 'x'
    })
    const shown = full.split('\n').filter((line) => line.startsWith('| edgeset |')).length
    const md = renderMarkdown(
      reportOf({ end: 'finished', jobs: [finished({ id: 'one', files: files.slice(0, shown + 1) })] }),
      { maxBytes, fullListAt: 'x' }
    )
    expect(md).toContain('_1 more file is not shown')
  })
})

describe('what leads the report', () => {
  it('puts failed and partFailed files first, then the rest, keeping their order otherwise', () => {
    const files = [
      file({ path: 'ok-1.csv' }),
      file({ path: 'part.csv', status: 'partFailed', failedLines: 2 }),
      file({ path: 'ok-2.csv' }),
      file({ path: 'bad.csv', status: 'failed', failedLines: 9 })
    ]
    const md = renderMarkdown(reportOf({ end: 'finished', jobs: [finished({ id: 'j', files })] }), LIMITS)
    const paths = md
      .split('\n')
      .filter((line) => line.startsWith('| edgeset |'))
      .map((line) => line.split(' | ')[1])
    expect(paths).toEqual(['bad.csv', 'part.csv', 'ok-1.csv', 'ok-2.csv'])
  })

  it('puts jobs with failures first and badges each job by its files, not by the job status alone', () => {
    const jobs = [
      finished({ id: 'good' }),
      finished({ id: 'part', files: [file({ status: 'partFailed', failedLines: 1 })] })
    ]
    const md = renderMarkdown(reportOf({ end: 'finished', jobs }), LIMITS)
    const rows = md.split('\n').filter((line) => line.startsWith('| movies |'))
    expect(rows[0]).toContain('| ImportGraph part | ⚠️ partFailed (GES: success) |')
    expect(rows[1]).toContain('| ImportGraph good | ✅ success |')
    expect(md.indexOf('#### Files of ImportGraph part')).toBeLessThan(md.indexOf('#### Files of ImportGraph good'))
  })

  it('says when GES did not report the file results, and never shows them as zero', () => {
    const md = renderMarkdown(reportOf({ end: 'finished', jobs: [finished({ id: 'n', files: null })] }), LIMITS)
    expect(md).toContain('unknown lines ok · unknown lines failed · file results not reported by GES')
    expect(md).toContain('| ImportGraph n | ❔ unknown (GES: success) |')
    expect(md).toContain('file results not reported by GES for job n')
    expect(md).not.toMatch(/\b0 lines failed/)
  })

  it('heads answers that disagree as such and shows both', () => {
    const conflict = 'GES answers about job a disagree: the status endpoint says "success", the job list says "running"'
    const md = renderMarkdown(
      reportOf({ end: 'timeout', jobs: [observed(finished({ id: 'a' }), { disagreement: conflict })] }),
      LIMITS
    )
    expect(md.split('\n')[0]).toBe('### ❌ GES answers disagree')
    expect(md).toContain('| ImportGraph a | ⁉️ disagreeing (GES: success) |')
    expect(md).toContain('the status endpoint says "success", the job list says "running"')
  })

  it('has no "Why the step fails" block and no hint when the step passes', () => {
    const md = renderMarkdown(reportOf({ end: 'finished', jobs: [finished({ id: 'a' })] }), LIMITS)
    expect(md).not.toContain('Why the step fails')
    expect(md).not.toContain('[!TIP]')
    expect(md).toContain('the step passes')
  })
})

describe('row budget accounting', () => {
  const rowsOf = (md: string): string[] => md.split('\n').filter((line) => line.startsWith('| edgeset |'))

  it.each([12, 20, 48])('fills the budget (%i KiB): one more row would not fit, none is wasted', (kib) => {
    const files = Array.from({ length: 2000 }, (_, i) =>
      file({ path: `d/part-${String(i).padStart(5, '0')}.csv`, cause: `cause ${i}`, log: `obs://b/${i}.log` })
    )
    const maxBytes = kib * 1024
    const md = renderMarkdown(reportOf({ end: 'finished', jobs: [finished({ id: 'j', files })] }), {
      maxBytes,
      fullListAt: 'x'
    })
    const size = Buffer.byteLength(md, 'utf8')
    const rows = rowsOf(md)
    const rowBytes = Math.max(...rows.map((r) => Buffer.byteLength(r, 'utf8') + 1))
    expect(size).toBeLessThanOrEqual(maxBytes)
    // The reserve (2 KiB) is kept for what follows; beyond it at most one row's worth is unused.
    expect(maxBytes - 2048 - size).toBeLessThan(rowBytes)
    expect(Number(/_([\d,]+) more files/.exec(md)?.[1].replace(/,/g, ''))).toBe(2000 - rows.length)
  })
})

describe('renderMarkdown: a success a rule rejects', () => {
  const rejected = (jobId: string) => {
    const now = finished({ id: jobId, files: [file({ successfulLines: 500, totalLines: 500 })] })
    const before = finished({ id: 'prev', files: [file({ successfulLines: 1000, totalLines: 1000 })] })
    return reportOf(
      { end: 'finished', jobs: [now], comparisons: new Map([[jobId, compareImports(now, before)]]) },
      { maxLineDrop: { kind: 'percent', percent: 20 }, maxFailedLines: 0 }
    )
  }

  it('says so in the headline, naming the rule, and lists the rule with its limit and what was measured', () => {
    const markdown = renderMarkdown(rejected('ff01'), LIMITS)
    expect(markdown.split('\n')[0]).toBe('### ❌ GES import succeeded, but a gate rule failed (`max-line-drop`)')
    expect(markdown).toContain('**Rejected by**: `max-line-drop` 20% (measured 50%, job ff01)')
    expect(markdown).toContain('the step fails')
    expect(markdown).toContain(
      '> [!TIP]\n> GES reports the import as a success, but a rule this workflow set rejects it'
    )
  })

  it('escapes the job id it names (server text)', () => {
    const markdown = renderMarkdown(rejected('<b>x|y</b>'), LIMITS)
    expect(markdown).not.toContain('<b>')
    expect(markdown).toContain('**Rejected by**: `max-line-drop` 20% (measured 50%, job ')
  })

  it('a count limit and an unknown measure read as such', () => {
    const report = reportOf(
      { end: 'finished', jobs: [finished({ id: 'a', files: [file({ failedLines: null, totalLines: 5000 })] })] },
      { maxFailedLines: 1000 }
    )
    expect(report.status).toBe('rejected')
    const markdown = renderMarkdown(report, LIMITS)
    expect(markdown.split('\n')[0]).toBe('### ❌ GES import succeeded, but a gate rule failed (`max-failed-lines`)')
    expect(markdown).toContain('**Rejected by**: `max-failed-lines` 1,000 lines (could not be measured)')
  })

  it('says nothing of rules when none rejects', () => {
    expect(renderMarkdown(reportOf({ end: 'finished', jobs: [finished({ id: 'a' })] }), LIMITS)).not.toContain(
      'Rejected by'
    )
  })
})

describe('size limits with a listing of thousands of jobs', () => {
  const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
  const DAY = 86_400_000
  /** Text as long as any cell takes, full of what escaping makes longer. */
  const long = (prefix: string): string => `${prefix}${'|<&>`*_'.repeat(60)}`.slice(0, 400)
  const earlier = (n: number): HistoryEntry[] =>
    Array.from({ length: n }, (_, i) => ({
      jobId: long(`earlier-${i}`),
      beginTime: new Date(T0 - (i + 1) * DAY).toISOString(),
      endTime: new Date(T0 - (i + 1) * DAY + 600_000).toISOString(),
      status: 'success',
      successfulLines: 1000 + i,
      failedLines: 3,
      durationSeconds: 600
    }))
  function failedJobs(graphs: number, perGraph: number): Job[] {
    return Array.from({ length: graphs * perGraph }, (_, i) =>
      finished({
        id: long(`job-${i}`),
        graph: long(`graph-${i % graphs}`),
        status: 'failed',
        rawStatus: 'failed',
        beginTime: T0,
        failReason: long('reason'),
        files: [file({ path: long('path'), status: 'failed', cause: long('cause'), failedLines: 5, totalLines: 10 })]
      })
    )
  }
  function withTrends(jobs: Job[], graphs: number): Report {
    const report = reportOf({ end: 'finished', jobs })
    const history = new Map(
      jobs
        .slice(0, graphs)
        .map((j) => [j.id, { history: earlier(50), expectedDurationSeconds: 600, runningSeconds: null }])
    )
    return withHistory(report, history)
  }

  it('keeps 4,000 failed jobs of one graph within the step summary and the PR comment, failures and verdict kept', () => {
    const report = withTrends(failedJobs(1, 4000), 1)
    const md = renderMarkdown(report, { maxBytes: STEP_SUMMARY_MAX_BYTES, fullListAt: 'the `report` output' })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(STEP_SUMMARY_MAX_BYTES)
    expect(md).toMatch(/_[\d,]+ more jobs are not shown to keep this report within size limits/)
    expect(md).toMatch(/- _[\d,]+ more lines are not shown/)
    expect(md).toContain('#### Files of ImportGraph job-0')
    expect(md).toContain('**Why the step fails**: the import failed')
    expect(md).toContain('Successful lines per import')
    const comment = renderComment(report, 'https://github.com/o/r/actions/runs/1', T0)
    expect(Buffer.byteLength(comment, 'utf8')).toBeLessThanOrEqual(COMMENT_MAX_BYTES + 100)
    expect(comment).toContain('### ❌ GES import failed')
  })

  it('shows every job of 50 graphs with a 50-import trend each, within the step summary', () => {
    const report = withTrends(failedJobs(50, 1), 50)
    const md = renderMarkdown(report, { maxBytes: STEP_SUMMARY_MAX_BYTES, fullListAt: 'the `report` output' })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(STEP_SUMMARY_MAX_BYTES)
    expect(md).not.toMatch(/more jobs are not shown/)
    const jobRows = md.split('\n').filter((line) => line.startsWith('| graph-') && line.includes('| ImportGraph job-'))
    expect(jobRows).toHaveLength(50)
  })

  it('falls back to the headline, the totals and where the report is when even the shares do not fit', () => {
    const report = withTrends(failedJobs(1, 200), 1)
    const maxBytes = 700
    const md = renderMarkdown(report, { maxBytes, fullListAt: 'the `report` output' })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(maxBytes)
    expect(md).toContain('### ❌ GES import failed')
    expect(md).toContain('the step fails')
    expect(md).toContain('_The full report does not fit within size limits; it is in the `report` output._')
  })
})
