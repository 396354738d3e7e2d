// What readLogs makes of OBS's answers: redirects, hostile endpoints, odd ranges (attacks).
import { describe, expect, it } from '@jest/globals'
import { FakeTransport } from '../../__fixtures__/fake-transport.js'
import type { HttpResponse } from '../../src/http/transport.js'
import { bodyExtent, LOG_RANGE_BYTES, obsEndpointOf, readLogs } from '../../src/obs/log-reader.js'
import type { LogRead } from '../../src/obs/log-targets.js'

const T0 = Date.UTC(2026, 11, 7, 1, 0, 0)
const clock = { now: () => T0, sleep: async () => {} }
const xml = (status: number, code: string, extra = ''): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/xml' },
  body: `<?xml version="1.0"?><Error><Code>${code}</Code><Message>m</Message>${extra}</Error>`
})

async function readOne(answer: HttpResponse, deadline = T0 + 60_000): Promise<LogRead | undefined> {
  const transport = new FakeTransport(answer)
  const reads = await readLogs([{ id: 'f', log: 'obs://b-1/logs/a.log' }], {
    credentials: { accessKey: 'AK', secretKey: 'SK' },
    endpoint: 'http://127.0.0.1:9',
    transport,
    lines: 5,
    deadline,
    outOfTime: 'not read: the 20 s budget for log reads was spent',
    requestTimeoutMs: 30_000,
    clock
  })
  return reads.get('f')
}
const reason = async (answer: HttpResponse): Promise<string> => {
  const read = await readOne(answer)
  return read && !read.ok ? read.reason : `ok: ${JSON.stringify(read)}`
}

describe('OBS redirects', () => {
  it('301 PermanentRedirect with an OBS endpoint: names it and its region', async () => {
    expect(
      await reason(xml(301, 'PermanentRedirect', '<Endpoint>obs.ap-southeast-1.myhuaweicloud.com</Endpoint>'))
    ).toBe(
      'not read: the bucket is in another region (301 PermanentRedirect, endpoint obs.ap-southeast-1.myhuaweicloud.com, region ap-southeast-1); set obs-endpoint to https://obs.ap-southeast-1.myhuaweicloud.com (redirects are not followed with credentials)'
    )
  })

  it('301 with the virtual-hosted form (bucket.obs.region…): the regional endpoint, without the bucket', async () => {
    expect(
      await reason(xml(301, 'PermanentRedirect', '<Endpoint>my.logs.obs.eu-west-101.myhuaweicloud.eu</Endpoint>'))
    ).toContain('set obs-endpoint to https://obs.eu-west-101.myhuaweicloud.eu ')
  })

  it.each([
    'evil.example.com',
    'obs.cn-north-4.myhuaweicloud.com.evil.example',
    'obs.cn-north-4.myhuaweicloud.co',
    'x'.repeat(300)
  ])('301 naming another host (%s): the code, never the host', async (host) => {
    const text = await reason(xml(301, 'PermanentRedirect', `<Endpoint>${host}</Endpoint>`))
    expect(text).toBe(
      "not read: the bucket is in another region (301 PermanentRedirect); set obs-endpoint to its region's OBS endpoint (redirects are not followed with credentials)"
    )
  })

  it.each([302, 307, 308])('%i is a redirect not followed, not another region', async (status) => {
    const text = await reason({ status, headers: { location: 'https://evil.example/x' }, body: '' })
    expect(text).toBe(
      `not read: OBS answered a redirect (HTTP ${status}); redirect not followed (the request carries credentials)`
    )
  })
})

describe('obsEndpointOf', () => {
  it.each([
    ['obs.cn-north-4.myhuaweicloud.com', 'obs.cn-north-4.myhuaweicloud.com'],
    ['OBS.AP-SOUTHEAST-1.MYHUAWEICLOUD.COM', 'obs.ap-southeast-1.myhuaweicloud.com'],
    ['bkt.obs.cn-north-4.myhuaweicloud.com', 'obs.cn-north-4.myhuaweicloud.com'],
    ['xobs.cn-north-4.myhuaweicloud.com', undefined],
    ['obs.cn-north-4.myhuaweicloud.com.evil', undefined],
    [undefined, undefined]
  ])('%s → %s', (host, expected) => {
    expect(obsEndpointOf(host)).toBe(expected)
  })
})

describe('bodyExtent: is what arrived the whole log?', () => {
  const exact = LOG_RANGE_BYTES
  it.each([
    [
      '206, Content-Range total = bytes read: complete',
      206,
      { 'content-range': `bytes 0-${exact - 1}/${exact}` },
      exact,
      false,
      { partial: false }
    ],
    [
      '206, Content-Range total larger: partial',
      206,
      { 'content-range': `bytes 0-${exact - 1}/${exact + 1}` },
      exact,
      false,
      { partial: true }
    ],
    [
      '206, a total smaller than the bytes (disagrees): partial',
      206,
      { 'content-range': `bytes 0-${exact - 1}/100` },
      exact,
      false,
      { partial: true }
    ],
    [
      '206, total unknown (*): partial',
      206,
      { 'content-range': `bytes 0-${exact - 1}/*` },
      exact,
      false,
      { partial: true }
    ],
    ['206 without Content-Range, exactly the range: possibly partial', 206, {}, exact, false, { partial: true }],
    ['206 without Content-Range, fewer bytes: complete', 206, {}, 100, false, { partial: false }],
    [
      '206 with more bytes than asked (cut by the transport): partial',
      206,
      { 'content-range': 'bytes 0-99/100' },
      exact,
      true,
      { partial: true }
    ],
    [
      '200, Content-Length = bytes read: complete',
      200,
      { 'content-length': String(exact) },
      exact,
      false,
      { partial: false }
    ],
    ['200 without Content-Length, exactly the range: possibly partial', 200, {}, exact, false, { partial: true }],
    ['malformed Content-Range is as absent', 206, { 'content-range': 'bytes=0-9/10' }, exact, false, { partial: true }],
    [
      '206, a range not at the start',
      206,
      { 'content-range': 'bytes 10-20/100' },
      11,
      false,
      'not read: OBS answered another part of the log (Content-Range bytes 10-20)'
    ],
    [
      '206, empty body for a non-empty range',
      206,
      { 'content-range': 'bytes 0-99/100' },
      0,
      false,
      "not read: OBS's answer ended after 0 of the 100 bytes its Content-Range announced"
    ]
  ] as const)('%s', (_name, status, headers, received, truncated, expected) => {
    expect(bodyExtent(status, headers, received, truncated)).toEqual(expected)
  })

  it('a log of exactly 65,536 bytes keeps its last line when Content-Range says that is all; drops it when absent', async () => {
    const raw = Buffer.from(`${'x'.repeat(LOG_RANGE_BYTES - 6)}\nlast!`)
    expect(raw.length).toBe(LOG_RANGE_BYTES)
    const answer = (headers: Record<string, string>): HttpResponse => ({ status: 206, headers, body: '', raw })
    expect(await readOne(answer({ 'content-range': 'bytes 0-65535/65536' }))).toMatchObject({
      ok: true,
      lines: [expect.any(String), 'last!']
    })
    expect(await readOne(answer({}))).toEqual({ ok: true, lines: [expect.any(String)] })
    expect(await readOne(answer({ 'content-range': 'bytes 0-65535/65537' }))).toEqual({
      ok: true,
      lines: [expect.any(String)]
    })
  })
})

describe('time', () => {
  it('a file the deadline passed says which budget was spent', async () => {
    expect(await readOne(xml(404, 'NoSuchKey'), T0)).toEqual({
      ok: false,
      reason: 'not read: the 20 s budget for log reads was spent'
    })
  })
})
