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

  it('gives a read no more than what is left of timeout (absolute: no last-poll grace)', async () => {
    const transport = new FakeTransport(ok)
    await readImportLogs(settings(aksk), [failedJob], { transport, deadline: T0 + 2_000, clock, log })
    expect(transport.requests[0].timeoutMs).toBe(2_000)
  })

  it.each([
    ['the 20 s budget', T0 + 3_600_000, 'not read: the 20 s budget for log reads was spent'],
    ['timeout', T0 + 10_000, 'not read: no time left of timeout']
  ])('a file not read once %s is spent says so', async (_name, deadline, reason) => {
    const transport = new FakeTransport(ok)
    let calls = 0
    // The first reading of the clock plans the reads; by the read, 25 s have passed.
    const late = { now: () => (calls++ === 0 ? T0 : T0 + 25_000), sleep: async () => {} }
    const reads = await readImportLogs(settings(aksk), [failedJob], { transport, deadline, clock: late, log })
    expect(transport.requests).toHaveLength(0)
    expect(reads.get(logKey('j1', failedFile))).toEqual({ ok: false, reason })
  })
})
