import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.js'
import { reportOf } from '../../__fixtures__/evidence.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { compareImports } from '../../src/compare/compare-imports.js'

jest.unstable_mockModule('@actions/core', () => core)
const { setOutputs } = await import('../../src/sinks/outputs.js')

const outputs = (): Record<string, unknown> =>
  Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, value]))
const success = (id: string, successfulLines = 500) =>
  job({ id, status: 'success', rawStatus: 'success', files: [file({ successfulLines, totalLines: successfulLines })] })

beforeEach(() => {
  core.setOutput.mockClear()
})

describe('setOutputs: the verdict', () => {
  it('a success: status success, passed true', () => {
    setOutputs(reportOf({ end: 'finished', jobs: [success('a')] }), undefined)
    expect(outputs()).toMatchObject({ status: 'success', passed: 'true', 'job-id': 'a' })
  })

  it('a success a rule rejects: status rejected, passed false', () => {
    const now = success('a', 500)
    const report = reportOf(
      { end: 'finished', jobs: [now], comparisons: new Map([['a', compareImports(now, success('p', 1000))]]) },
      { maxLineDrop: { kind: 'percent', percent: 10 } }
    )
    setOutputs(report, undefined)
    expect(outputs()).toMatchObject({
      status: 'rejected',
      passed: 'false',
      'previous-job-id': 'p',
      'line-delta': '-500'
    })
    expect(JSON.parse(outputs().report as string)).toMatchObject({
      status: 'rejected',
      rejectedBy: [{ rule: 'max-line-drop' }]
    })
  })

  it('a failure: passed false', () => {
    setOutputs(reportOf({ end: 'timeout', jobs: [job({ id: 'a' })] }), '/tmp/r.json')
    expect(outputs()).toMatchObject({ status: 'timeout', passed: 'false', 'report-file': '/tmp/r.json' })
  })

  it('counts GES did not report are empty, never 0', () => {
    setOutputs(
      reportOf({ end: 'finished', jobs: [job({ id: 'a', status: 'success', rawStatus: 'success', files: null })] }),
      undefined
    )
    expect(outputs()).toMatchObject({
      'total-lines': '',
      'successful-lines': '',
      'failed-lines': '',
      'failed-files': ''
    })
  })
})
