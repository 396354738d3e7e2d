import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { clampTimerMs, MAX_TIMER_MS, startTimer, timeoutSignal } from '../../src/shared/timers.js'

const DAY = 86_400_000

describe('clampTimerMs', () => {
  it('keeps what Node can hold and caps the rest at 2^31 − 1 ms', () => {
    expect(MAX_TIMER_MS).toBe(2_147_483_647)
    expect(clampTimerMs(1500)).toBe(1500)
    expect(clampTimerMs(MAX_TIMER_MS)).toBe(MAX_TIMER_MS)
    expect(clampTimerMs(30 * DAY)).toBe(MAX_TIMER_MS)
    expect(clampTimerMs(Infinity)).toBe(MAX_TIMER_MS)
  })
  it('makes no negative or NaN delay', () => {
    expect(clampTimerMs(-5)).toBe(0)
    expect(clampTimerMs(NaN)).toBe(0)
  })
})

describe('startTimer', () => {
  beforeEach(() => {
    jest.useFakeTimers()
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('fires after a delay longer than one Node timer holds, not before', () => {
    const fire = jest.fn()
    startTimer(fire, 30 * DAY)
    jest.advanceTimersByTime(MAX_TIMER_MS)
    expect(fire).not.toHaveBeenCalled()
    jest.advanceTimersByTime(30 * DAY - MAX_TIMER_MS - 1)
    expect(fire).not.toHaveBeenCalled()
    jest.advanceTimersByTime(1)
    expect(fire).toHaveBeenCalledTimes(1)
  })

  it('fires a short one on time, and not after cancel', () => {
    const fire = jest.fn()
    const cancel = startTimer(fire, 100)
    jest.advanceTimersByTime(100)
    expect(fire).toHaveBeenCalledTimes(1)
    const other = jest.fn()
    startTimer(other, 30 * DAY)()
    jest.advanceTimersByTime(31 * DAY)
    expect(other).not.toHaveBeenCalled()
    cancel()
  })
})

describe('timeoutSignal', () => {
  beforeEach(() => {
    jest.useFakeTimers()
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('aborts with a TimeoutError after 25 days, not at once', () => {
    const signal = timeoutSignal(25 * DAY)
    jest.advanceTimersByTime(1)
    expect(signal.aborted).toBe(false)
    jest.advanceTimersByTime(25 * DAY)
    expect(signal.aborted).toBe(true)
    expect((signal.reason as DOMException).name).toBe('TimeoutError')
  })
})
