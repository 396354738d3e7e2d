// A run context for stage tests: a fake clock, a recording log, a transport that must not be
// used unless given, and the one deadline `timeoutMs` after the clock's now.
import { jest } from '@jest/globals'
import type { Transport } from '../src/http/transport.js'
import { Deadline } from '../src/shared/deadline.js'
import type { RunContext } from '../src/shared/run-context.js'
import { FakeClock, RecordingLog } from './fake-job-source.js'

export function fakeRunContext(
  options: { timeoutMs?: number; requestTimeoutMs?: number; now?: number; transport?: Transport } = {}
): RunContext & { clock: FakeClock; log: RecordingLog; cancel: AbortController } {
  const clock = new FakeClock(options.now ?? Date.UTC(2026, 10, 28, 9, 0, 0))
  const cancel = new AbortController()
  const deadline = new Deadline(clock, options.timeoutMs ?? 600_000, options.requestTimeoutMs ?? 30_000)
  return {
    deadline,
    clock,
    log: new RecordingLog(),
    signal: cancel.signal,
    cancel,
    transport: options.transport ?? {
      send: jest.fn(() => Promise.reject(new Error('no request expected'))),
      dispose: jest.fn()
    },
    retryMinMs: 100,
    retryMaxMs: 300
  }
}
