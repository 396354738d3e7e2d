import { describe, expect, it, jest } from '@jest/globals'
import { FakeClock, RecordingLog } from '../../__fixtures__/fake-job-source.js'
import type { Transport } from '../../src/http/transport.js'
import { openRunContext, retryContext } from '../../src/shared/run-context.js'

const settings = { timeoutMs: 60_000, requestTimeoutMs: 30_000, pollIntervalMs: 5000, maxPollIntervalMs: 60_000 }

describe('openRunContext', () => {
  it('holds one deadline, timeout after it opened, and the request budget', () => {
    const clock = new FakeClock(1_000_000)
    const transport = { send: jest.fn<Transport['send']>(), dispose: jest.fn() }
    const context = openRunContext(settings, {
      signal: new AbortController().signal,
      transport,
      clock,
      log: new RecordingLog()
    })
    expect(context.deadline.at).toBe(1_060_000)
    expect(context.deadline.requestMs()).toBe(30_000)
    expect(retryContext(context)).toEqual({
      deadline: 1_060_000,
      clock,
      signal: context.signal,
      log: context.log,
      retryMinMs: 5000,
      retryMaxMs: 60_000
    })
    context.dispose()
    expect(transport.dispose).toHaveBeenCalledTimes(1)
  })
})
