import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const { STEP_SUMMARY_MAX_BYTES, writeStepSummary } = await import('../../src/sinks/step-summary.js')
const { isWritten } = await import('../../src/sinks/written.js')

const savedSummary = process.env.GITHUB_STEP_SUMMARY

beforeEach(() => {
  jest.clearAllMocks()
})

afterEach(() => {
  if (savedSummary === undefined) delete process.env.GITHUB_STEP_SUMMARY
  else process.env.GITHUB_STEP_SUMMARY = savedSummary
})

describe('writeStepSummary', () => {
  // First: which sinks are out is the state of the process, and the next test writes the summary.
  it('outside a runner (no GITHUB_STEP_SUMMARY): says so in the log and writes nothing', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    await writeStepSummary('### report\n')
    expect(core.summary.addRaw).not.toHaveBeenCalled()
    expect(core.summary.write).not.toHaveBeenCalled()
    expect(core.info).toHaveBeenCalledWith('GITHUB_STEP_SUMMARY is not set: no step summary written')
    expect(isWritten('summary')).toBe(false)
  })

  it('on a runner: appends the markdown as it is and notes the summary as written', async () => {
    process.env.GITHUB_STEP_SUMMARY = '/tmp/summary.md'
    await writeStepSummary('### report <b>\n')
    expect(core.summary.addRaw).toHaveBeenCalledWith('### report <b>\n')
    expect(core.summary.write).toHaveBeenCalledTimes(1)
    expect(isWritten('summary')).toBe(true)
  })

  it('a summary that fails to write is not noted as written', async () => {
    jest.resetModules()
    const fresh = await import('../../src/sinks/step-summary.js')
    const written = await import('../../src/sinks/written.js')
    process.env.GITHUB_STEP_SUMMARY = '/tmp/summary.md'
    core.summary.write.mockRejectedValueOnce(new Error('disk full'))
    await expect(fresh.writeStepSummary('### report\n')).rejects.toThrow('disk full')
    expect(written.isWritten('summary')).toBe(false)
  })

  it('stays well under the 1 MiB GitHub takes', () => {
    expect(STEP_SUMMARY_MAX_BYTES).toBeLessThanOrEqual(1024 * 1024 - 16 * 1024)
    expect(STEP_SUMMARY_MAX_BYTES).toBeGreaterThan(1000 * 1000)
  })
})
