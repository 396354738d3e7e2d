import { describe, expect, it } from '@jest/globals'
import { DEFAULT_RULES } from '../../__fixtures__/evidence.js'
import { ApiError } from '../../src/http/api-error.js'
import { crashEvidence, endedEarly } from '../../src/report/ended-early.js'
import { judge } from '../../src/report/judge.js'
import { CancelledError } from '../../src/shared/cancellation.js'

describe('endedEarly', () => {
  it('is judged like any ending: an error report with the error, no job', () => {
    const report = judge(endedEarly('error', new ApiError('permanent', 'GitHub said no'), 40), DEFAULT_RULES)
    expect(report.status).toBe('error')
    expect(report.passed).toBe(false)
    expect(report.error?.message).toBe('GitHub said no')
    expect(report.jobs).toEqual([])
  })
})

describe('crashEvidence', () => {
  it('an unexpected exception is an error naming it, with the hint to report the defect', () => {
    const report = judge(
      crashEvidence(new TypeError("Cannot read properties of undefined (reading 'id')"), false, 5),
      DEFAULT_RULES
    )
    expect(report.status).toBe('error')
    expect(report.error?.message).toBe(
      "The action stopped on an unexpected error: Cannot read properties of undefined (reading 'id')"
    )
    expect(report.hint).toContain('defect of ges-job-waiter')
    expect(report.reasons[0]).toContain('unexpected error')
  })

  it('a thrown string is named too', () => {
    expect(crashEvidence('weird', false, 0).error?.message).toBe('The action stopped on an unexpected error: weird')
  })

  it('after a cancellation, or for a CancelledError, it is a cancellation', () => {
    expect(crashEvidence(new Error('socket closed'), true, 0).end).toBe('cancelled')
    expect(crashEvidence(new CancelledError(), false, 0).end).toBe('cancelled')
  })
})
