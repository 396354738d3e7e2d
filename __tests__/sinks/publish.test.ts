import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.js'
import { reportOf } from '../../__fixtures__/evidence.js'
import { fakeRunContext } from '../../__fixtures__/run-context.js'
import { done, file } from '../../__fixtures__/jobs.js'
import type { Settings } from '../../src/settings/settings.js'

const writeReportFile = jest.fn<(path: string, report: unknown) => Promise<string>>()
const writeStepSummary = jest.fn<(markdown: string) => Promise<void>>()
const postReportComment =
  jest.fn<
    (request: { timeoutMs?: number; render: (runUrl: string | undefined) => string }) => Promise<string | undefined>
  >()
/** The step summary's size limit, small here so that a few hundred files pass it. */
const SUMMARY_MAX_BYTES = 16_000
jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../../src/sinks/report-file.js', () => ({ writeReportFile }))
jest.unstable_mockModule('../../src/sinks/step-summary.js', () => ({
  writeStepSummary,
  STEP_SUMMARY_MAX_BYTES: SUMMARY_MAX_BYTES
}))
jest.unstable_mockModule('../../src/sinks/pr-comment/post-report-comment.js', () => ({
  postReportComment,
  commentBudgetMs: (leftMs: number) => Math.min(30_000, Math.max(0, leftMs) + 5000)
}))
const { publish } = await import('../../src/sinks/publish.js')

const report = reportOf({ end: 'finished', jobs: [] })
const settings = (more: Partial<Settings> = {}) =>
  ({
    summary: true,
    reportFile: 'r.json',
    prComment: { githubToken: 'g', tag: 't', mode: 'update' },
    ...more
  }) as Settings
const output = (name: string): unknown => core.setOutput.mock.calls.find(([n]) => n === name)?.[1]

beforeEach(() => {
  jest.clearAllMocks()
  writeReportFile.mockResolvedValue('/ws/r.json')
  writeStepSummary.mockResolvedValue()
  postReportComment.mockResolvedValue('https://github.example/c/1')
})

describe('publish', () => {
  it('writes the report file, the outputs, the summary and the comment, and sets comment-url', async () => {
    await publish(report, settings(), fakeRunContext())
    expect(writeReportFile).toHaveBeenCalledWith('r.json', report)
    expect(output('status')).toBe(report.status)
    expect(output('report-file')).toBe('/ws/r.json')
    expect(writeStepSummary).toHaveBeenCalledTimes(1)
    expect(output('comment-url')).toBe('https://github.example/c/1')
  })

  it("gives the comment the run deadline's time left (and its grace), no more", async () => {
    const context = fakeRunContext({ timeoutMs: 10_000 })
    context.clock.t += 8000
    await publish(report, settings(), context)
    expect(postReportComment.mock.calls[0][0].timeoutMs).toBe(2000 + 5000)
  })

  it('each sink fails alone, with a warning: the outputs are still set', async () => {
    writeReportFile.mockRejectedValue(new Error('read-only file system'))
    writeStepSummary.mockRejectedValue(new Error('summary too large'))
    postReportComment.mockRejectedValue(new Error('octokit exploded'))
    const context = fakeRunContext()
    await publish(report, settings(), context)
    expect(output('status')).toBe(report.status)
    expect(output('report-file')).toBe('')
    expect(output('comment-url')).toBe('')
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('read-only file system'))
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('summary too large'))
    expect(context.log.lines).toContainEqual({ level: 'warning', message: expect.stringContaining('octokit exploded') })
  })

  it('a cancelled run leaves the pull request comment as it was, and says so in the log', async () => {
    const context = fakeRunContext()
    context.cancel.abort()
    await publish(report, settings(), context)
    expect(postReportComment).not.toHaveBeenCalled()
    expect(output('comment-url')).toBe('')
    expect(context.log.of('info')).toEqual([
      'pr-comment: the run was cancelled; the pull request comment is left as it was'
    ])
  })

  it('the comment is the report of the summary, with a link to the run', async () => {
    await publish(report, settings(), fakeRunContext())
    const body = postReportComment.mock.calls[0][0].render('https://github.example/o/r/actions/runs/7')
    const headline = writeStepSummary.mock.calls[0][0].split('\n')[0]
    expect(headline).toMatch(/^### /)
    expect(body.split('\n')[0]).toBe(headline)
    expect(body).toContain('https://github.example/o/r/actions/runs/7')
    expect(body).toMatch(/<sub>Updated .* UTC by ges-job-waiter<\/sub>/)
  })

  describe('a summary longer than GitHub takes', () => {
    const files = Array.from({ length: 400 }, (_, i) => file({ path: `movies/edges-${i}.csv` }))
    const large = reportOf({ end: 'finished', jobs: [done({ id: 'j1', files })] })
    const summary = (): string => writeStepSummary.mock.calls[0][0]

    it('is cut within the limit, and names the report file and the output as where the full list is', async () => {
      await publish(large, settings(), fakeRunContext())
      expect(Buffer.byteLength(summary())).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
      expect(summary()).toMatch(
        /more files are not shown to keep this report within size limits; the complete list is in the report file and the `report` output\._/
      )
    })

    it('names only the output when no report file is written', async () => {
      await publish(large, settings({ reportFile: undefined }), fakeRunContext())
      expect(Buffer.byteLength(summary())).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
      expect(summary()).toMatch(/the complete list is in the `report` output\._/)
    })
  })

  it('writes only what is asked: no summary, no report file, no comment', async () => {
    await publish(report, settings({ summary: false, reportFile: undefined, prComment: undefined }), fakeRunContext())
    expect(writeReportFile).not.toHaveBeenCalled()
    expect(writeStepSummary).not.toHaveBeenCalled()
    expect(postReportComment).not.toHaveBeenCalled()
    expect(output('comment-url')).toBe('')
  })
})
