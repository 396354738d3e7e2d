import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { Deadline, LAST_POLL_GRACE_MS, requestBudget, timeLeft } from '../../src/shared/deadline.js'
import { FakeClock } from '../../__fixtures__/fake-job-source.js'

describe('requestBudget', () => {
  it('is request-timeout while the deadline is far', () => {
    expect(requestBudget(30_000, 0, 600_000)).toBe(30_000)
  })
  it("shrinks to the time left plus the last poll's grace near the deadline", () => {
    expect(requestBudget(30_000, 590_000, 600_000)).toBe(10_000 + LAST_POLL_GRACE_MS)
    expect(requestBudget(30_000, 600_000, 600_000)).toBe(LAST_POLL_GRACE_MS)
    expect(requestBudget(30_000, 600_000 + LAST_POLL_GRACE_MS - 1, 600_000)).toBe(1)
  })
  it('is 0 (do not send) once the grace after the deadline is used up', () => {
    expect(requestBudget(30_000, 600_000 + LAST_POLL_GRACE_MS, 600_000)).toBe(0)
    expect(requestBudget(30_000, 700_000, 600_000)).toBe(0)
  })
  it('keeps every request inside the 3 s promise: a request sent ends by deadline + grace', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_600_000 }), fc.integer({ min: 0, max: 700_000 }), (timeout, now) => {
        const budget = requestBudget(timeout, now, 600_000)
        expect(budget).toBeGreaterThanOrEqual(0)
        expect(budget).toBeLessThanOrEqual(timeout)
        if (budget > 0) expect(now + budget).toBeLessThanOrEqual(600_000 + LAST_POLL_GRACE_MS)
      })
    )
  })
  it('never exceeds request-timeout, even for the last poll', () => {
    expect(requestBudget(1000, 599_000, 600_000)).toBe(1000)
  })
})

describe('Deadline', () => {
  it('is timeout after it was made, and counts down with the clock', () => {
    const clock = new FakeClock(1_000_000)
    const deadline = new Deadline(clock, 60_000, 30_000)
    expect(deadline.at).toBe(1_060_000)
    expect(deadline.leftMs()).toBe(60_000)
    clock.t += 45_000
    expect(deadline.leftMs()).toBe(15_000)
    expect(deadline.elapsedMs()).toBe(45_000)
    expect(deadline.requestMs()).toBe(15_000 + LAST_POLL_GRACE_MS)
    clock.t += 20_000
    expect(deadline.leftMs()).toBe(-5000)
    expect(deadline.requestMs()).toBe(0)
  })
})

describe('timeLeft', () => {
  it('is the deadline minus now', () => {
    fc.assert(fc.property(fc.integer(), fc.integer(), (at, now) => expect(timeLeft(at, now)).toBe(at - now)))
  })
})
