import { describe, expect, it } from '@jest/globals'
import { job } from '../../__fixtures__/jobs.js'
import { newer } from '../../src/ges/job-order.js'
import type { Job } from '../../src/ges/model.js'

const begin = (j: Job): number => j.beginTime ?? -Infinity

describe('newer', () => {
  it('is the job with the later time', () => {
    const early = job({ id: 'b', beginTime: 1000 })
    const late = job({ id: 'a', beginTime: 2000 })
    expect(newer(late, early, begin)).toBe(true)
    expect(newer(early, late, begin)).toBe(false)
  })

  it('breaks a tie by the larger id, so that the list order never decides', () => {
    const a = job({ id: 'a', beginTime: 1000 })
    const b = job({ id: 'b', beginTime: 1000 })
    expect(newer(b, a, begin)).toBe(true)
    expect(newer(a, b, begin)).toBe(false)
    expect(newer(a, a, begin)).toBe(false)
  })

  it('reads the time through the caller’s rule (where a job without one goes)', () => {
    const none = job({ id: 'a', beginTime: null })
    const known = job({ id: 'b', beginTime: 1000 })
    expect(newer(none, known, begin)).toBe(false)
    expect(newer(none, known, (j) => j.beginTime ?? Infinity)).toBe(true)
  })
})
