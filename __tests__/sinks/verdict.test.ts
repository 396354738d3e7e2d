import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.js'
import { reportOf } from '../../__fixtures__/evidence.js'
import { RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { file, job } from '../../__fixtures__/jobs.js'

jest.unstable_mockModule('@actions/core', () => core)
const { giveVerdict } = await import('../../src/sinks/verdict.js')

beforeEach(() => {
  jest.clearAllMocks()
})

describe('giveVerdict', () => {
  it('a passing report: the status in the log, the step not failed', () => {
    const log = new RecordingLog()
    const ok = job({ id: 'j1', status: 'success', rawStatus: 'success', files: [file()] })
    giveVerdict(reportOf({ end: 'finished', jobs: [ok], elapsedMs: 61_000 }), log)
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(log.lines.at(-1)?.message).toMatch(/^GES job status: success \(1 job, 0 failed lines, waited 1m ?1s\)$/)
  })

  it('a failing report fails the step with its reasons', () => {
    const log = new RecordingLog()
    giveVerdict(reportOf({ end: 'timeout', jobs: [] }), log)
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('GES job wait: '))
  })

  it('the warnings and stale notes go to the log as warnings; jobs counted in the plural', () => {
    const log = new RecordingLog()
    const report = reportOf({ end: 'timeout', jobs: [job({ id: 'a' }), job({ id: 'b' })] })
    const stale = [{ ...report.stale[0], message: 'stale note' }]
    giveVerdict({ ...report, warnings: ['first warning'], stale }, log)
    expect(log.of('warning')).toEqual(['first warning', 'stale note'])
    expect(log.lines.at(-1)?.message).toMatch(/^GES job status: timeout \(2 jobs, failed lines unknown, waited /)
  })
})
