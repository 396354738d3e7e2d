import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)

/** The sinks with nothing written yet: which sinks are out is the state of one process. */
async function freshSinks() {
  jest.resetModules()
  const noReport = await import('../../src/sinks/no-report.js')
  const { writeStepSummary } = await import('../../src/sinks/step-summary.js')
  const { setOutputs } = await import('../../src/sinks/outputs.js')
  const { InputError } = await import('../../src/settings/input-error.js')
  return { ...noReport, writeStepSummary, setOutputs, InputError }
}

const outputs = (): Record<string, unknown> =>
  Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, value]))
const summaryMarkdown = (): string => core.summary.addRaw.mock.calls.map(([text]) => text).join('')

let summaryFile: string
const savedSummary = process.env.GITHUB_STEP_SUMMARY

beforeEach(() => {
  jest.clearAllMocks()
  summaryFile = join(mkdtempSync(join(tmpdir(), 'no-report-')), 'summary.md')
  writeFileSync(summaryFile, '')
  process.env.GITHUB_STEP_SUMMARY = summaryFile
})

afterEach(() => {
  process.exitCode = undefined
  if (savedSummary === undefined) delete process.env.GITHUB_STEP_SUMMARY
  else process.env.GITHUB_STEP_SUMMARY = savedSummary
})

describe('reportWithoutJudging: an ending with no report to judge', () => {
  it('an input error: status error, passed false, the step fails naming the input, the summary says why', async () => {
    const { reportWithoutJudging, InputError } = await freshSinks()
    await reportWithoutJudging(new InputError('timeout', 'is not a duration', '30m'))
    expect(outputs()).toEqual({ status: 'error', passed: 'false' })
    expect(core.setFailed).toHaveBeenCalledWith('ges-job-waiter: Input "timeout" is not a duration. Example: 30m')
    expect(summaryMarkdown()).toBe(
      '### ❌ GES job wait did not start: invalid input\n\nInput "timeout" is not a duration. Example: 30m\n'
    )
  })

  it('an unexpected error says so, not "invalid input"', async () => {
    const { reportWithoutJudging } = await freshSinks()
    await reportWithoutJudging(new Error('boom'))
    expect(outputs()).toEqual({ status: 'error', passed: 'false' })
    expect(core.setFailed).toHaveBeenCalledWith('ges-job-waiter: boom')
    expect(summaryMarkdown()).toBe('### ❌ GES job wait stopped on an unexpected error\n\nboom\n')
  })

  it('something thrown that is not an Error is still told', async () => {
    const { reportWithoutJudging } = await freshSinks()
    await reportWithoutJudging('a plain string')
    expect(core.setFailed).toHaveBeenCalledWith('ges-job-waiter: a plain string')
    expect(summaryMarkdown()).toContain('\n\na plain string\n')
  })

  it('hostile or huge text is escaped and cut in the summary', async () => {
    const { reportWithoutJudging } = await freshSinks()
    await reportWithoutJudging(new Error(`<img src=x onerror=alert(1)> ${'x'.repeat(5000)}`))
    const summary = summaryMarkdown()
    expect(summary).toContain('\\<img src=x onerror=alert(1)\\>')
    expect(summary.length).toBeLessThan(2200)
    expect(summary).toMatch(/…\n$/)
  })

  it('a summary that cannot be written does not hide the failure', async () => {
    const { reportWithoutJudging } = await freshSinks()
    core.summary.write.mockRejectedValueOnce(new Error('disk full'))
    await expect(reportWithoutJudging(new Error('boom'))).resolves.toBeUndefined()
    expect(outputs()).toEqual({ status: 'error', passed: 'false' })
    expect(core.setFailed).toHaveBeenCalledWith('ges-job-waiter: boom')
  })
})

describe('leaveForcedExitReport: a second signal ends the step at once', () => {
  const CANCELLED_SUMMARY =
    '### 🛑 GES job wait cancelled\n\nA second signal ended the step before its report was written · the step fails\n'

  it('before anything was written: status cancelled, passed false, a one-line summary, the step fails', async () => {
    const { leaveForcedExitReport } = await freshSinks()
    leaveForcedExitReport()
    expect(outputs()).toEqual({ status: 'cancelled', passed: 'false' })
    expect(readFileSync(summaryFile, 'utf8')).toBe(CANCELLED_SUMMARY)
    expect(process.exitCode).toBe(1)
  })

  it('after the outputs and the summary were written: leaves them as they are, the step still fails', async () => {
    const { leaveForcedExitReport, reportWithoutJudging } = await freshSinks()
    await reportWithoutJudging(new Error('boom'))
    core.setOutput.mockClear()
    leaveForcedExitReport()
    expect(core.setOutput).not.toHaveBeenCalled()
    expect(readFileSync(summaryFile, 'utf8')).toBe('')
    expect(process.exitCode).toBe(1)
  })

  it('after the outputs of a judged report only: adds the summary, keeps the status', async () => {
    const { leaveForcedExitReport, setOutputs } = await freshSinks()
    const { reportOf } = await import('../../__fixtures__/evidence.js')
    setOutputs(reportOf({ end: 'finished', jobs: [] }), undefined)
    core.setOutput.mockClear()
    leaveForcedExitReport()
    expect(core.setOutput).not.toHaveBeenCalled()
    expect(readFileSync(summaryFile, 'utf8')).toBe(CANCELLED_SUMMARY)
  })

  it('after the summary only: sets the outputs, leaves the summary', async () => {
    const { leaveForcedExitReport, writeStepSummary } = await freshSinks()
    await writeStepSummary('### the report\n')
    leaveForcedExitReport()
    expect(outputs()).toEqual({ status: 'cancelled', passed: 'false' })
    expect(readFileSync(summaryFile, 'utf8')).toBe('')
  })

  it('outside a runner (no GITHUB_STEP_SUMMARY): the outputs only', async () => {
    const { leaveForcedExitReport } = await freshSinks()
    delete process.env.GITHUB_STEP_SUMMARY
    leaveForcedExitReport()
    expect(outputs()).toEqual({ status: 'cancelled', passed: 'false' })
    expect(readFileSync(summaryFile, 'utf8')).toBe('')
    expect(process.exitCode).toBe(1)
  })
})
