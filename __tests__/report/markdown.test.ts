import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import type { ImportFile, Job } from '../../src/ges/model.js'
import { renderMarkdown, type ReportContext } from '../../src/report/markdown.js'
import { buildReport } from '../../src/report/report.js'

const LIMITS = { maxBytes: 1024 * 1024, fullListAt: 'the `report` output' }
const PASS: ReportContext = { verdict: { fail: false, reasons: [] }, elapsedMs: 75_000, missing: [], vanished: [] }

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

/** Cells of a table row, split on unescaped pipes (escaped ones are `&#124;`). */
function columns(line: string): number {
  return line.split('|').length - 2
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
    const report = buildReport({
      end: 'finished',
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
    const md = renderMarkdown(report, PASS, LIMITS)
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
    ['cancelled', '### 🛑 Cancelled while waiting for the GES job']
  ] as const)('headline for %s', (end, headline) => {
    const jobs = end === 'failed' ? [finished({ id: 'a', status: 'failed', rawStatus: 'failed' })] : []
    const md = renderMarkdown(
      buildReport({ end: end === 'failed' ? 'finished' : end, jobs }),
      { ...PASS, verdict: { fail: true, reasons: ['x'] } },
      LIMITS
    )
    expect(md.split('\n')[0]).toBe(headline)
    expect(md).toContain('the step fails')
  })

  it('escapes every piece of cloud text: graph, job name and id, paths, causes, logs, fail reasons, statuses', () => {
    const evilFile: ImportFile = file({ path: EVIL, cause: EVIL, log: EVIL, status: 'unknown', rawStatus: EVIL })
    const report = buildReport({
      end: 'finished',
      jobs: [
        finished({
          id: `id${EVIL}`,
          name: EVIL,
          graph: EVIL,
          status: 'partiallyFailed',
          rawStatus: 'partiallyFailed',
          failReason: EVIL,
          files: [evilFile]
        })
      ]
    })
    const md = renderMarkdown(
      report,
      {
        ...PASS,
        verdict: { fail: true, reasons: [EVIL] },
        missing: [EVIL],
        vanished: [EVIL],
        error: { message: EVIL, reference: EVIL, stopped: false }
      },
      LIMITS
    )
    expect(md).not.toContain('<script>')
    expect(md).not.toContain('`code`')
    expect(md).not.toContain('@someone')
    expect(md).not.toContain('[x]')
    expect(md).not.toContain('javascript:')
    expect(md).not.toContain('\nnext line')
    expect(md).toContain('&lt;script&gt;')
    expect(md).toContain('&#64;someone')
  })

  it('keeps every table row at the header’s column count, whatever the cloud text', () => {
    const report = buildReport({
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
    const md = renderMarkdown(report, PASS, LIMITS)
    const found = tables(md)
    expect(found).toHaveLength(3) // jobs, then one file table per job
    for (const table of found) {
      const width = columns(table[0])
      expect(width).toBeGreaterThan(1)
      expect(table[1]).toMatch(/^\| ---( \| ---)* \|$/)
      for (const line of table) expect(columns(line)).toBe(width)
    }
    expect(columns(found[0][0])).toBe(8)
    expect(columns(found[1][0])).toBe(6)
  })

  it('shows fail reasons, missing targets, vanished jobs, the error, why the step fails and the hint', () => {
    const report = buildReport({ end: 'timeout', jobs: [job({ id: 'j1', failReason: 'disk full' })] })
    const md = renderMarkdown(
      report,
      {
        verdict: { fail: true, reasons: ['the wait timed out before the job finished'] },
        elapsedMs: 1_800_000,
        missing: ['an ImportGraph job of graph "social"'],
        vanished: ['j1'],
        error: { message: 'Listing GES jobs failed: server error (502)', reference: 'HTTP 502', stopped: false },
        hint: 'Raise the timeout.',
        runUrl: 'https://github.com/o/r/actions/runs/1'
      },
      LIMITS
    )
    expect(md).toContain('**Fail reasons**\n\n- j1: disk full')
    expect(md).toContain('**Not found**: an ImportGraph job of graph &quot;social&quot;')
    expect(md).toContain('**No longer listed by the job center**: j1')
    expect(md).toContain('**Last retried error**: Listing GES jobs failed&#58; server error (502) (HTTP 502)')
    expect(md).toContain('**Why the step fails**: the wait timed out before the job finished')
    expect(md).toContain('> [!TIP]\n> Raise the timeout.')
    expect(md).toContain('[Workflow run](https://github.com/o/r/actions/runs/1)')
  })

  it('labels an error that stopped the wait as the error', () => {
    const md = renderMarkdown(
      buildReport({ end: 'error', jobs: [] }),
      { ...PASS, error: { message: 'denied', reference: '', stopped: true } },
      LIMITS
    )
    expect(md).toContain('**Error**: denied')
    expect(md).not.toContain('()')
  })

  it('has no jobs table and no file section without jobs', () => {
    const md = renderMarkdown(buildReport({ end: 'not-found', jobs: [] }), PASS, LIMITS)
    expect(md).toContain('**0 jobs**')
    expect(md).not.toContain('|')
    expect(md).not.toContain('####')
  })

  it('has no files section for a job without details', () => {
    const md = renderMarkdown(
      buildReport({ end: 'finished', jobs: [finished({ id: 'a', name: 'DeleteGraph', files: null })] }),
      PASS,
      LIMITS
    )
    expect(md).not.toContain('#### Files')
  })

  it('sums the job’s lines in the jobs table, and shows – when GES gave none', () => {
    const report = buildReport({
      end: 'finished',
      jobs: [
        finished({
          id: 'a',
          files: [file({ successfulLines: 5, failedLines: 1 }), file({ successfulLines: 7, failedLines: null })]
        }),
        finished({ id: 'b', files: [file({ successfulLines: null, failedLines: null })] })
      ]
    })
    const md = renderMarkdown(report, PASS, LIMITS)
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
    const report = buildReport({ end: 'finished', jobs: [finished({ id: 'big', files: manyFiles(3000, 'data') })] })
    const maxBytes = 32 * 1024
    const md = renderMarkdown(report, PASS, { maxBytes, fullListAt: 'the `report` output' })
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
    const report = buildReport({
      end: 'finished',
      jobs: [finished({ id: 'one', files: manyFiles(3000, 'a') }), finished({ id: 'two', files: manyFiles(500, 'b') })]
    })
    const maxBytes = 24 * 1024
    const md = renderMarkdown(report, PASS, { maxBytes, fullListAt: 'x' })
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
    const md = renderMarkdown(buildReport({ end: 'finished', jobs: [finished({ id: 'cjk', files })] }), PASS, {
      maxBytes,
      fullListAt: 'x'
    })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(maxBytes)
    expect(md).toMatch(/more files are not shown/)
  })

  it('shows every file and no note when everything fits', () => {
    const report = buildReport({ end: 'finished', jobs: [finished({ id: 'small', files: manyFiles(20, 'd') })] })
    const md = renderMarkdown(report, PASS, LIMITS)
    expect(md.split('\n').filter((line) => line.startsWith('| edgeset |'))).toHaveLength(20)
    expect(md).not.toContain('not shown')
  })

  it('says "file is" for exactly one left out', () => {
    const files = manyFiles(3000, 'z')
    const maxBytes = 16 * 1024
    const full = renderMarkdown(buildReport({ end: 'finished', jobs: [finished({ id: 'one', files })] }), PASS, {
      maxBytes,
      fullListAt: 'x'
    })
    const shown = full.split('\n').filter((line) => line.startsWith('| edgeset |')).length
    const md = renderMarkdown(
      buildReport({ end: 'finished', jobs: [finished({ id: 'one', files: files.slice(0, shown + 1) })] }),
      PASS,
      { maxBytes, fullListAt: 'x' }
    )
    expect(md).toContain('_1 more file is not shown')
  })
})
