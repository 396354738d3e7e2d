import { describe, expect, it } from '@jest/globals'
import { renderGfm } from '../../__fixtures__/gfm.js'
import { NEEDS_AKSK } from '../../src/obs/log-targets.js'
import { FILE_BLOCK_BYTES, renderRejectedLines } from '../../src/report/rejected-lines-markdown.js'
import type { FileReport, JobReport } from '../../src/report/report.js'

const fileReport = (extra: Partial<FileReport>): FileReport => ({
  kind: 'edgeset',
  path: 'obs://b-1/data/a.csv',
  status: 'failed',
  totalLines: 10,
  successfulLines: 0,
  failedLines: 10,
  cause: null,
  log: 'obs://b-1/logs/a.log',
  rejectedLines: ['line 1: bad'],
  logRead: 'ok',
  logNote: null,
  ...extra
})
const jobs = (...files: FileReport[]) => [{ files } as unknown as JobReport]

describe('renderRejectedLines', () => {
  it('escapes the path, status and log names GES gave: no HTML, no mention, no table renders from them', () => {
    const hostile = fileReport({
      path: 'obs://b-1/<img src=x onerror=alert(1)>@octocat|x.csv',
      status: '<b>failed</b>',
      log: 'obs://b-1/<script>x</script>.log'
    })
    const unread = fileReport({ path: '<i>unread</i>', rejectedLines: null, logRead: 'not read: <b>404</b>' })
    const html = renderGfm(renderRejectedLines(jobs(hostile, unread), 10_000) ?? '', true)
    expect(html).not.toMatch(/<(img|b|i|script)\b/)
    expect(html).not.toContain('<a ')
    expect(html).toContain('line 1: bad')
  })

  it('counts the files the budget leaves out, and says once that token auth cannot read logs', () => {
    const many = Array.from({ length: 3 }, (_, i) => fileReport({ path: `obs://b-1/data/${i}.csv` }))
    const out = renderRejectedLines(jobs(...many, fileReport({ rejectedLines: null, logRead: NEEDS_AKSK })), 150) ?? ''
    expect(out).toContain('obs://b-1/data/0.csv')
    expect(out).not.toContain('obs://b-1/data/1.csv')
    expect(out).toContain('first line of obs://b-1/logs/a.log')
    expect(out).toMatch(/The log lines of 2 more files are in the `report` output/)
    expect(out.match(/need AK\/SK/g)).toHaveLength(1)
  })

  it(`caps one file's block at ${FILE_BLOCK_BYTES} bytes of lines, says how many were cut, and leaves room for the next file`, () => {
    // 50 lines of 300 four-byte characters: 60 KB, a whole comment's budget on its own.
    const huge = fileReport({
      path: 'obs://b-1/data/huge.csv',
      rejectedLines: Array.from({ length: 50 }, () => '日'.repeat(300))
    })
    const next = fileReport({ path: 'obs://b-1/data/next.csv', rejectedLines: ['line 1: next'] })
    const out = renderRejectedLines(jobs(huge, next), 10_000) ?? ''
    const hugeBlock = out.slice(0, out.indexOf('obs://b-1/data/next.csv'))
    expect(Buffer.byteLength(hugeBlock)).toBeLessThan(FILE_BLOCK_BYTES + 600)
    expect(out).toContain('first 4 lines of obs://b-1/logs/a.log')
    expect(out).toContain('_46 more lines cut to keep this report short; all are in the `report` output._')
    expect(out).toContain('line 1: next')
    expect(out).not.toContain('more files are in the')
  })

  it('is nothing when no log was read or refused', () => {
    expect(renderRejectedLines(jobs(fileReport({ rejectedLines: null, logRead: null })), 10_000)).toBeUndefined()
  })
})
