import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { backoffDelay, delayAfterPoll, sleepBeforeNextPoll } from '../../src/shared/backoff.js'

const ALMOST_ONE = 1 - Number.EPSILON
const zero = (): number => 0
const almostOne = (): number => ALMOST_ONE

describe('backoffDelay', () => {
  it('waits exactly the minimum on the first retry whatever the random draw', () => {
    expect(backoffDelay(0, 5000, 60_000, zero)).toBe(5000)
    expect(backoffDelay(0, 5000, 60_000, almostOne)).toBe(5000)
  })

  it('is the minimum when random gives 0', () => {
    for (const attempt of [0, 1, 2, 5, 10, 60]) expect(backoffDelay(attempt, 5000, 60_000, zero)).toBe(5000)
  })

  it('doubles the ceiling per attempt until the maximum when random gives ~1', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, 5000, 60_000, almostOne))).toEqual([
      5000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000
    ])
  })

  it('draws uniformly between minimum and ceiling', () => {
    expect(backoffDelay(2, 1000, 60_000, () => 0.5)).toBe(2500) // 1000 + 0.5 · (4000 − 1000)
  })

  it('stays between min and min(max, min·2^attempt) for any draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 600_000 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, minMs, extra, r) => {
          const maxMs = minMs + extra
          const d = backoffDelay(attempt, minMs, maxMs, () => r)
          expect(Number.isFinite(d)).toBe(true)
          expect(d).toBeGreaterThanOrEqual(minMs)
          expect(d).toBeLessThanOrEqual(Math.min(maxMs, minMs * 2 ** attempt))
        }
      )
    )
  })

  it.each([52, 53, 1023, 1024, 1100, 10_000, Number.MAX_SAFE_INTEGER, Infinity])(
    'stays finite and capped at attempt %d',
    (attempt) => {
      for (const random of [zero, almostOne, () => 0.5]) {
        const d = backoffDelay(attempt, 5000, 60_000, random)
        expect(Number.isFinite(d)).toBe(true)
        expect(d).toBeGreaterThanOrEqual(5000)
        expect(d).toBeLessThanOrEqual(60_000)
      }
      expect(backoffDelay(attempt, 5000, 60_000, almostOne)).toBe(60_000)
    }
  )

  it('stays a number with a zero minimum and a huge attempt (0 · 2^attempt must not be NaN)', () => {
    for (const attempt of [1023, 1024, 5000]) {
      for (const random of [zero, almostOne, () => 0.5]) {
        const d = backoffDelay(attempt, 0, 60_000, random)
        expect(Number.isNaN(d)).toBe(false)
        expect(d).toBeGreaterThanOrEqual(0)
        expect(d).toBeLessThanOrEqual(60_000)
      }
    }
  })

  it('never grows beyond max even with a huge minimum factor near the exponent limit', () => {
    expect(backoffDelay(51, 600_000, 3_600_000, almostOne)).toBe(3_600_000)
  })

  it('is exactly the interval when min equals max', () => {
    expect(backoffDelay(7, 30_000, 30_000, almostOne)).toBe(30_000)
  })
})

describe('sleepBeforeNextPoll', () => {
  it('sleeps the wanted delay when the deadline is far', () => {
    expect(sleepBeforeNextPoll(5000, 1000, 100_000)).toBe(5000)
  })

  it('cuts the sleep so that the next poll happens at the deadline', () => {
    expect(sleepBeforeNextPoll(60_000, 90_000, 100_000)).toBe(10_000)
  })

  it('is undefined at and after the deadline', () => {
    expect(sleepBeforeNextPoll(5000, 100_000, 100_000)).toBeUndefined()
    expect(sleepBeforeNextPoll(5000, 100_001, 100_000)).toBeUndefined()
  })

  it('never sleeps past the deadline nor a negative time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (wanted, now, deadline) => {
          const sleep = sleepBeforeNextPoll(wanted, now, deadline)
          if (now >= deadline) {
            expect(sleep).toBeUndefined()
          } else {
            expect(sleep).toBeDefined()
            expect(sleep as number).toBeGreaterThanOrEqual(0)
            expect(now + (sleep as number)).toBeLessThanOrEqual(deadline)
          }
        }
      )
    )
  })

  it('makes a polling loop end with one poll exactly at the deadline', () => {
    const deadline = 100_000
    let now = 0
    const polls: number[] = []
    for (let i = 0; i < 100; i += 1) {
      polls.push(now)
      const sleep = sleepBeforeNextPoll(30_000, now, deadline)
      if (sleep === undefined) break
      now += sleep
    }
    expect(polls).toEqual([0, 30_000, 60_000, 90_000, 100_000])
  })
})

describe('delayAfterPoll', () => {
  const half = (): number => 0.5
  it('is the back-off when not throttled', () => {
    expect(delayAfterPoll(2, 1000, 60_000, undefined, half)).toBe(backoffDelay(2, 1000, 60_000, half))
  })
  it('honours Retry-After, even above max-poll-interval', () => {
    expect(delayAfterPoll(0, 1000, 5000, { retryAfterMs: 30_000 }, half)).toBe(30_000)
  })
  it('never goes below poll-interval, even for Retry-After: 0', () => {
    expect(delayAfterPoll(0, 1000, 5000, { retryAfterMs: 0 }, half)).toBe(1000)
  })
  it('waits at least 2 s after throttling without Retry-After', () => {
    expect(delayAfterPoll(0, 100, 300, {}, half)).toBe(2000)
    expect(delayAfterPoll(5, 1000, 60_000, {}, () => 0.99)).toBeGreaterThan(2000)
  })
})
