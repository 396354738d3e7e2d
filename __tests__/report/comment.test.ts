import { describe, expect, it } from '@jest/globals'
import { gfmProblems } from '../../__fixtures__/gfm.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { renderComment, sameCommentContent, withoutVolatileParts } from '../../src/report/comment.js'
import { reportOf } from '../../__fixtures__/evidence.js'
const NOW = Date.UTC(2026, 10, 28, 12, 30, 0)
const RUN = 'https://github.com/acme/graphs/actions/runs/42'

function reportWith(files: ReturnType<typeof file>[], elapsedMs = 5000) {
  return reportOf({
    end: 'finished',
    elapsedMs,
    jobs: [job({ id: 'ff01', status: 'success', rawStatus: 'success', files })]
  })
}

describe('renderComment', () => {
  it('holds the report, a link to the run and the time of the update', () => {
    const body = renderComment(reportWith([file({ status: 'partFailed', failedLines: 3, cause: 'bad row' })]), RUN, NOW)
    expect(body).toContain('### ⚠️ GES import partially failed')
    expect(body).toContain('| edgeset | movies/edges.csv | ⚠️ partFailed |')
    expect(body).toContain(`[Workflow run](${RUN})`)
    expect(body).toContain('<sub>Updated 2026-11-28 12:30:00 UTC by ges-job-waiter</sub>')
  })

  it('escapes cloud text: no tag, no mention, no code span, no link, cells intact', () => {
    const cause = '<b>x</b> | @octocat `rm` [a](javascript:alert(1))\nsecond line'
    const body = renderComment(reportWith([file({ status: 'failed', cause })]), RUN, NOW)
    const row = body.split('\n').find((line) => line.startsWith('| edgeset')) as string
    expect(row).toContain('| \\<b\\>x\\</b\\> \\| @&#8203;octocat \\`rm\\` \\[a\\](javascript:alert(1)) second line |')
    expect(gfmProblems(body, { links: [RUN] })).toEqual([])
  })

  it('keeps paths, times and plain prose readable in the raw markdown', () => {
    const path = 'obs://bucket/movies_v2/edge.csv'
    const body = renderComment(
      reportWith([file({ path, status: 'failed', cause: 'line 7: bad value, see www.example.com' })]),
      RUN,
      NOW
    )
    expect(body).toContain(`| edgeset | ${path} | ❌ failed |`)
    expect(body).toContain('| line 7: bad value, see www\\.example.com |')
    expect(body).not.toMatch(/&#(?!8203;)/) // no entity but the zero-width space
    expect(gfmProblems(body, { links: [RUN] })).toEqual([])
  })

  it('stays under 65,536 characters for thousands of files, pointing to the run summary', () => {
    const files = Array.from({ length: 3000 }, (_, i) =>
      file({ path: `obs://b/${'p'.repeat(60)}-${i}.csv`, status: 'failed', cause: 'c'.repeat(200) })
    )
    const body = renderComment(reportWith(files), RUN, NOW)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(
      /\d[\d,]* more files are not shown .* the \[run summary\]\(https:\/\/github\.com\/acme\/graphs\/actions\/runs\/42\)/
    )
    expect(body).toContain('<sub>Updated')
  })

  it('without a run URL it still says where the full list is', () => {
    const files = Array.from({ length: 3000 }, (_, i) =>
      file({ path: `f${i}-${'q'.repeat(80)}`, cause: 'z'.repeat(100) })
    )
    expect(renderComment(reportWith(files), undefined, NOW)).toContain('the complete list is in the run summary')
  })

  it('keeps failed and partFailed rows first when rows are cut', () => {
    const files = Array.from({ length: 3000 }, (_, i) =>
      file({
        path: `obs://b/${'p'.repeat(60)}-${i}.csv`,
        status: i === 2998 ? 'partFailed' : i === 2999 ? 'failed' : 'success',
        cause: 'c'.repeat(100)
      })
    )
    const rows = renderComment(reportWith(files), RUN, NOW)
      .split('\n')
      .filter((line) => line.startsWith('| edgeset'))
    expect(rows.length).toBeLessThan(3000)
    expect(rows[0]).toContain('-2999.csv | ❌ failed')
    expect(rows[1]).toContain('-2998.csv | ⚠️ partFailed')
  })
})

describe('skip-unchanged comparison', () => {
  const files = [file({ status: 'partFailed', failedLines: 3, cause: 'bad row' })]
  const body = renderComment(reportWith(files), RUN, NOW)

  it('ignores the update time, the time waited and the run (and attempt) link', () => {
    const later = renderComment(
      reportWith(files, 95_000),
      'https://github.com/acme/graphs/actions/runs/43/attempts/2',
      NOW + 3_600_000
    )
    expect(later).not.toBe(body)
    expect(sameCommentContent(body, later)).toBe(true)
    expect(sameCommentContent(body, later.replace(/\n/g, '\r\n'))).toBe(true)
    expect(withoutVolatileParts(body)).not.toMatch(/2026-11-28 12:30|runs\/42|waited 5s/)
    // The same job read by another run: its times are the same, or only timestamps differ.
    expect(sameCommentContent(body, body.replace(/2026-11-2\d \d\d:\d\d:\d\d/g, '2026-11-29 01:02:03'))).toBe(true)
  })

  it('ignores how long ago a stale import finished: an hour later it is the same report', () => {
    const ended = Date.UTC(2026, 10, 26, 9, 0, 0)
    const stale = (now: number) =>
      renderComment(
        reportOf(
          { end: 'finished', elapsedMs: 5000, jobs: [job({ id: 'ff01', status: 'success', endTime: ended, files })] },
          { now }
        ),
        RUN,
        now
      )
    const first = stale(ended + 30 * 3_600_000)
    const later = stale(ended + 31 * 3_600_000)
    expect(first).toContain('finished 30 hours ago')
    expect(later).toContain('finished 31 hours ago')
    expect(sameCommentContent(first, later)).toBe(true)
    expect(sameCommentContent(first, stale(ended + 3 * 86_400_000))).toBe(true)
    expect(sameCommentContent(first, body)).toBe(false) // the warning itself is content
  })

  it('sees any change in the report itself', () => {
    const other = renderComment(
      reportWith([file({ status: 'partFailed', failedLines: 4, cause: 'bad row' })]),
      RUN,
      NOW
    )
    expect(sameCommentContent(body, other)).toBe(false)
    expect(sameCommentContent(body, body.replace('bad row', 'bad rows'))).toBe(false)
  })
})
