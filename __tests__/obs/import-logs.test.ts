import { describe, expect, it } from '@jest/globals'
import { FakeTransport } from '../../__fixtures__/fake-transport.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { logKey, NEEDS_AKSK } from '../../src/obs/log-targets.js'
import { readImportLogs } from '../../src/obs/import-logs.js'
import type { Settings } from '../../src/settings/settings.js'

const T0 = Date.UTC(2026, 11, 7, 1, 0, 0)
const clock = { now: () => T0, sleep: async () => {} }
const log = { debug: () => {}, info: () => {}, warning: () => {} }
const failedFile = file({ path: 'b-1/data/a.csv', status: 'failed', log: 'obs://b-1/logs/a.log' })
const failedJob = job({ id: 'j1', status: 'failed', rawStatus: 'failed', files: [failedFile] })
const settings = (credentials: Settings['credentials'], importLogLines = 5) => ({
  importLogLines,
  credentials,
  obsEndpoint: 'http://127.0.0.1:9',
  region: undefined,
  requestTimeoutMs: 30_000
})
const aksk: Settings['credentials'] = { kind: 'aksk', accessKey: 'AK', secretKey: 'SK' }
const ok = () => ({ status: 206, headers: {}, body: 'line 1: bad\n', raw: Buffer.from('line 1: bad\n') })

describe('readImportLogs', () => {
  it('reads nothing with a token: each failed file says AK/SK is needed', async () => {
    const transport = new FakeTransport(ok)
    const reads = await readImportLogs(settings({ kind: 'token', token: 't' }), [failedJob], {
      transport,
      deadline: T0 + 60_000,
      clock,
      log
    })
    expect(transport.requests).toHaveLength(0)
    expect(reads.get(logKey('j1', failedFile))).toEqual({ ok: false, reason: NEEDS_AKSK })
  })

  it('reads nothing with import-log-lines 0', async () => {
    const transport = new FakeTransport(ok)
    const reads = await readImportLogs(settings(aksk, 0), [failedJob], { transport, deadline: T0 + 60_000, clock, log })
    expect(transport.requests).toHaveLength(0)
    expect(reads.size).toBe(0)
  })

  it('gives a read at most 20 s after the wait, however much of timeout is left', async () => {
    const transport = new FakeTransport(ok)
    const reads = await readImportLogs(settings(aksk), [failedJob], { transport, deadline: T0 + 3_600_000, clock, log })
    expect(reads.get(logKey('j1', failedFile))).toEqual({ ok: true, lines: ['line 1: bad'] })
    expect(transport.requests[0].timeoutMs).toBe(20_000)
  })

  it('gives a read no more than what is left of timeout (and the last poll grace)', async () => {
    const transport = new FakeTransport(ok)
    await readImportLogs(settings(aksk), [failedJob], { transport, deadline: T0 + 2_000, clock, log })
    expect(transport.requests[0].timeoutMs).toBeLessThanOrEqual(2_000 + 1_000)
    expect(transport.requests[0].timeoutMs).toBeGreaterThan(2_000)
  })
})
