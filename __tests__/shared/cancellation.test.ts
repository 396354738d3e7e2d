import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { abortOnSignals } from '../../src/shared/cancellation.js'
import type { Log } from '../../src/shared/log.js'

const log = { info: jest.fn(), warning: jest.fn(), debug: jest.fn() } as unknown as Log
let stop: (() => void) | undefined
afterEach(() => {
  stop?.()
  jest.restoreAllMocks()
})

describe('abortOnSignals', () => {
  it('the first signal aborts the run; the second writes what is missing, then exits 1', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    const beforeExit = jest.fn()
    const controller = new AbortController()
    stop = abortOnSignals(controller, log, beforeExit)

    process.emit('SIGINT')
    expect(controller.signal.aborted).toBe(true)
    expect(beforeExit).not.toHaveBeenCalled()
    expect(exit).not.toHaveBeenCalled()

    process.emit('SIGTERM')
    expect(beforeExit).toHaveBeenCalledTimes(1)
    expect(exit).toHaveBeenCalledWith(1)
  })

  it('a beforeExit that throws still exits', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    const controller = new AbortController()
    stop = abortOnSignals(controller, log, () => {
      throw new Error('disk full')
    })
    process.emit('SIGINT')
    expect(() => process.emit('SIGINT')).toThrow('disk full')
    expect(exit).toHaveBeenCalledWith(1)
  })
})
