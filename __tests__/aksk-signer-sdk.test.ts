// The fixed vectors in aksk-signer.test.ts are few. This test signs randomised requests with both
// signRequest and Huawei's official Node signer (AKSKSigner in @huaweicloud/huaweicloud-sdk-core,
// a devDependency) and requires the same Host, X-Sdk-Date and Authorization.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { createRequire } from 'node:module'
import { canonicalQuery, encodeRfc3986, signRequest } from '../src/auth/aksk-signer.js'

// AKSKSigner is not in the SDK's public index, so load the CommonJS module by path.
const require = createRequire(import.meta.url)
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: {
    sign(
      request: { method: string; endpoint: string; queryParams: object; headers: object; data?: object },
      credential: { getAk(): string; getSk(): string }
    ): Record<string, string>
  }
}

const chars = (text: string) => fc.constantFrom(...text)
const unreserved = chars('abcXYZ019-_.~')
const reserved = chars(" !$&'()*+,/:;=?@[]#%\"<>\\^`{|}")
// Non-ASCII code points (no lone surrogates, no whitespace).
const unicode = fc
  .integer({ min: 0xa1, max: 0x10ffff })
  .filter((c) => (c < 0xd800 || c > 0xdfff) && !/\s|\uFEFF/u.test(String.fromCodePoint(c)))
  .map((c) => String.fromCodePoint(c))
const text = (unit: fc.Arbitrary<string>, maxLength = 10) => fc.string({ unit, maxLength })

const origin = fc.oneof(
  fc.constant('https://ges.cn-north-4.myhuaweicloud.com'),
  fc.tuple(fc.domain(), fc.option(fc.integer({ min: 1, max: 65535 }).filter((p) => p !== 443))).map(([host, port]) => `https://${host}${port === null ? '' : `:${port}`}`),
  fc.tuple(fc.constantFrom('127.0.0.1', 'localhost'), fc.integer({ min: 1, max: 65535 }).filter((p) => p !== 80)).map(([host, port]) => `http://${host}:${port}`)
)
const segment = text(fc.oneof(unreserved, chars("!$&()*+,:;=@[]%"), unicode)).filter((s) => s !== '.' && s !== '..')
const queryKey = fc.oneof(fc.constantFrom('offset', 'limit', 'graph_name', 'startTime', 'start_time'), text(unreserved))
const queryValue = text(fc.oneof(unreserved, reserved, unicode), 20)
const headerValue = text(chars('abcXYZ019 -_.:;,/=+!"()'), 30).map((v) => v.trim())
const headers = fc.record(
  {
    'X-Project-Id': fc.stringMatching(/^[0-9a-f]{32}$/),
    'X-Security-Token': headerValue,
    'Content-Type': fc.constantFrom('application/json', 'application/json;charset=UTF-8', 'text/plain')
  },
  { requiredKeys: [] }
)
const body = fc.option(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }), { nil: undefined })

const keys = { accessKey: 'AKEXAMPLE0123456789', secretKey: 'SKEXAMPLE/secret+key=' }
const credential = { getAk: () => keys.accessKey, getSk: () => keys.secretKey }

describe('signRequest against the official SDK signer on random requests', () => {
  // The SDK stamps X-Sdk-Date from the clock; fake it so both sides sign at the same instant.
  beforeAll(() => jest.useFakeTimers())
  afterAll(() => jest.useRealTimers())

  it('produces the same Host, X-Sdk-Date and Authorization', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        origin,
        fc.array(segment, { maxLength: 6 }),
        fc.dictionary(queryKey, queryValue, { maxKeys: 6 }),
        headers,
        body,
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        (method, origin, segments, query, headers, body, time) => {
          const search = canonicalQuery(Object.entries(query))
          const ours = signRequest(
            {
              method,
              url: `${origin}/${segments.map(encodeRfc3986).join('/')}${search ? `?${search}` : ''}`,
              headers,
              body: body === undefined ? undefined : JSON.stringify(body)
            },
            keys,
            time
          )
          jest.setSystemTime(time)
          // The SDK takes the path unencoded (path parameters substituted raw) and the query as a map.
          const sdk = AKSKSigner.sign(
            { method, endpoint: `${origin}/${segments.join('/')}`, queryParams: query, headers: { ...headers }, data: body },
            credential
          )
          expect(ours.Host).toBe(sdk.host)
          expect(ours['X-Sdk-Date']).toBe(sdk['X-Sdk-Date'])
          expect(ours.Authorization).toBe(sdk.Authorization)
        }
      ),
      { numRuns: Number(process.env.RUNS ?? 300), seed: process.env.SEED ? Number(process.env.SEED) : 20261128 }
    )
  })
})
