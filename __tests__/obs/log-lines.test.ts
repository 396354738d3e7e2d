import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import { logKey, logTargets, MAX_LOGS } from '../../src/obs/log-targets.js'
import { parseObsPath } from '../../src/obs/obs-path.js'
import { firstLines, MAX_LINE_CHARS } from '../../src/obs/rejected-lines.js'
import { objectUrl } from '../../src/obs/log-reader.js'

describe('parseObsPath', () => {
  it.each([
    ['obs://ges-demo-bucket/movies/logs/user.log', { bucket: 'ges-demo-bucket', key: 'movies/logs/user.log' }],
    ['ges-demo-bucket/movies/logs/user.log', { bucket: 'ges-demo-bucket', key: 'movies/logs/user.log' }],
    ['OBS://b.c-1/k', { bucket: 'b.c-1', key: 'k' }],
    ['  obs://bkt/a b/c.log  ', { bucket: 'bkt', key: 'a b/c.log' }]
  ])('%j → %j', (text, expected) => {
    expect(parseObsPath(text)).toEqual(expected)
  })

  it.each([
    '',
    'bucket',
    'bucket/',
    'obs://bucket/dir/',
    'Bucket/k',
    'ab/k',
    'a..b/k',
    '-ab/k',
    'https://host/b/k',
    'bkt/a\nb',
    'bkt/../../other-bucket/x.log',
    'obs://bkt/logs/./x.log',
    `bkt/${'x'.repeat(1025)}`,
    'bkt/logs/a\ud83d.log',
    'bkt/logs/\udc00'
  ])('refuses %j', (text) => {
    expect(parseObsPath(text)).toBeUndefined()
  })
})

describe('objectUrl', () => {
  const object = { bucket: 'logs-b', key: 'dir/a b+(1)!.log' }
  it('is virtual-hosted on the regional OBS host by default, the key encoded as the SDK does', () => {
    expect(objectUrl(object, { region: 'cn-north-4' })).toBe(
      'https://logs-b.obs.cn-north-4.myhuaweicloud.com/dir/a%20b%2B%281%29%21.log'
    )
    expect(objectUrl(object, { region: 'eu-west-101' })).toBe(
      'https://logs-b.obs.eu-west-101.myhuaweicloud.eu/dir/a%20b%2B%281%29%21.log'
    )
  })
  it('uses obs-endpoint: path style for an IP or localhost, virtual-hosted for a name', () => {
    expect(objectUrl(object, { endpoint: 'http://127.0.0.1:9000' })).toBe(
      'http://127.0.0.1:9000/logs-b/dir/a%20b%2B%281%29%21.log'
    )
    expect(objectUrl(object, { endpoint: 'https://obs.internal.example' })).toBe(
      'https://logs-b.obs.internal.example/dir/a%20b%2B%281%29%21.log'
    )
  })
  it('is path style for a bucket name with a dot (the wildcard certificate covers one label), the signed resource unchanged', () => {
    const dotted = { bucket: 'logs.b', key: 'dir/a.log' }
    expect(objectUrl(dotted, { region: 'cn-north-4' })).toBe(
      'https://obs.cn-north-4.myhuaweicloud.com/logs.b/dir/a.log'
    )
    expect(objectUrl(dotted, { endpoint: 'https://obs.internal.example/base/' })).toBe(
      'https://obs.internal.example/base/logs.b/dir/a.log'
    )
  })
  it('keeps an IPv6 endpoint in brackets (path style)', () => {
    expect(objectUrl(object, { endpoint: 'http://[::1]:9000' })).toBe(
      'http://[::1]:9000/logs-b/dir/a%20b%2B%281%29%21.log'
    )
  })
  it('is undefined without a region or an endpoint', () => {
    expect(objectUrl(object, {})).toBeUndefined()
  })
})

describe('firstLines', () => {
  const bytes = (text: string): Buffer => Buffer.from(text, 'utf8')
  it('takes the first non-empty lines, CRLF, CR or LF, without a BOM', () => {
    expect(firstLines(bytes('\ufeffa,1\r\n\r\nb,2\rc,3\nd,4\n'), 3, false)).toEqual({
      lines: ['a,1', 'b,2', 'c,3'],
      invalidUtf8: false
    })
  })
  it('drops the cut last line of a ranged read, unless it is the only one', () => {
    expect(firstLines(bytes('a\nb\npartial'), 5, true).lines).toEqual(['a', 'b'])
    expect(firstLines(bytes('only-partial'), 5, true).lines).toEqual(['only-partial'])
    expect(firstLines(bytes('a\nb\nwhole'), 5, false).lines).toEqual(['a', 'b', 'whole'])
  })
  it(`cuts a line at ${MAX_LINE_CHARS} characters, never inside a surrogate pair`, () => {
    const [line] = firstLines(bytes('😀'.repeat(400)), 1, false).lines
    expect([...line]).toHaveLength(MAX_LINE_CHARS + 1)
    expect(line.endsWith('😀…')).toBe(true)
  })
  it('does not call a ranged read that ends inside a character invalid UTF-8', () => {
    const bytes = Buffer.from(`${'第'.repeat(30)}\n`.repeat(3)).subarray(0, 199)
    expect(firstLines(bytes, 5, true)).toEqual({ lines: ['第'.repeat(30), '第'.repeat(30)], invalidUtf8: false })
  })

  it('shows invalid UTF-8 and invisible characters as U+FFFD, and says so', () => {
    const raw = Buffer.concat([bytes('ok,'), Buffer.from([0xff, 0xfe]), bytes(',\u202eevil\u0000\u200b\tend\n')])
    expect(firstLines(raw, 5, false)).toEqual({
      lines: ['ok,\ufffd\ufffd,\ufffdevil\ufffd\ufffd end'],
      invalidUtf8: true
    })
  })
})

describe('logTargets', () => {
  const failing = (i: number, status: 'failed' | 'partFailed', log: string | null = `obs://b-1/logs/${i}.log`) =>
    file({ path: `b-1/data/${i}.csv`, status, rawStatus: status, log })
  it(`reads at most ${MAX_LOGS} logs, failed files first; the others say why not`, () => {
    const files = [
      ...Array.from({ length: 8 }, (_, i) => failing(i, 'partFailed')),
      ...Array.from({ length: 4 }, (_, i) => failing(100 + i, 'failed')),
      failing(200, 'failed', null),
      file({ path: 'b-1/data/ok.csv' })
    ]
    const j = job({ id: 'j1', status: 'partFailed', rawStatus: 'partiallyFailed', files })
    const { targets, skipped } = logTargets([j])
    expect(targets.map((t) => t.log)).toEqual([
      ...[100, 101, 102, 103].map((i) => `obs://b-1/logs/${i}.log`),
      ...[0, 1, 2, 3, 4, 5].map((i) => `obs://b-1/logs/${i}.log`)
    ])
    expect(skipped.get(logKey('j1', files[12]))).toEqual({
      ok: false,
      reason: 'not read: GES named no log object for this file'
    })
    expect(skipped.get(logKey('j1', files[7]))).toEqual({
      ok: false,
      reason: 'not read: only the first 10 failed files are read'
    })
    expect(skipped.has(logKey('j1', files[13]))).toBe(false)
  })
})
