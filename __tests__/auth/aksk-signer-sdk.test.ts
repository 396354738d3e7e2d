// The fixed vectors in aksk-signer.test.ts are few. This test signs randomised requests with both
// signRequest and Huawei's official Node signer (AKSKSigner in the devDependency
// @huaweicloud/huaweicloud-sdk-core) and requires the same Host, X-Sdk-Date and Authorization.
//
// The generators skip inputs where the SDK signs something other than what goes on the wire, and
// inputs the action never sends:
// - path segments: no space or " ' < > \ ^ ` { | } # ? / (url.parse escapes or splits these before
//   the SDK encodes them again, so a space is signed as %2520), no whitespace (trailing U+00A0 and
//   U+FEFF get trimmed), no "." or ".." segments;
// - ports: no default port (the SDK signs "host:443"; URL and the wire drop it);
// - query keys and values: unrestricted (both sides sort raw names, then encode: "0" before "^");
// - header names: no "_" (the SDK sorts header lines with localeCompare), no X-Sdk-*; header
//   values printable ASCII without surrounding whitespace (the SDK does not trim them);
// - bodies: JSON objects (the SDK hashes JSON.stringify(data), and nothing for a falsy one).
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { AKSKSigner } from '../../__fixtures__/sdk-signer.js'
import { signRequest } from '../../src/auth/aksk-signer.js'
import { canonicalQuery, encodeRfc3986 } from '../../src/http/query.js'

const chars = (text: string) => fc.constantFrom(...text)
const text = (unit: fc.Arbitrary<string>, maxLength = 10) => fc.string({ unit, maxLength })
const unreserved = chars('abcXYZ019-_.~')
/** Non-ASCII code points, without lone surrogates or whitespace. */
const unicode = fc
  .integer({ min: 0xa1, max: 0x10ffff })
  .filter((c) => (c < 0xd800 || c > 0xdfff) && !/\s|\uFEFF/u.test(String.fromCodePoint(c)))
  .map((c) => String.fromCodePoint(c))

const port = (defaultPort: number) => fc.integer({ min: 1, max: 65535 }).filter((p) => p !== defaultPort)
const origin = fc.oneof(
  fc.constant('https://ges.cn-north-4.myhuaweicloud.com'),
  fc.tuple(fc.domain(), fc.option(port(443))).map(([host, p]) => `https://${host}${p === null ? '' : `:${p}`}`),
  fc.tuple(fc.constantFrom('127.0.0.1', 'localhost'), port(80)).map(([host, p]) => `http://${host}:${p}`)
)
const segment = text(fc.oneof(unreserved, chars('!$&()*+,:;=@[]%'), unicode)).filter((s) => s !== '.' && s !== '..')
const query = fc.dictionary(
  fc.oneof(
    fc.constantFrom('offset', 'limit', 'graph_name', 'startTime', 'start_time'),
    text(fc.oneof(unreserved, chars('!"$&\'()*+,:;<=>?@[]^`{|}'), unicode))
  ),
  text(fc.oneof(unreserved, chars(' !"#$%&\'()*+,/:;<=>?@[\\]^`{|}\u00a0\u3000\ufeff'), unicode), 20),
  { maxKeys: 6 }
)
const headerName = fc
  .mixedCase(
    fc.oneof(
      fc.constantFrom('Accept', 'X-Project-Id', 'X-Security-Token', 'Content-Type'),
      fc.stringMatching(/^X-[A-Za-z0-9-]{1,10}$/)
    )
  )
  .filter((name) => !name.toLowerCase().startsWith('x-sdk-'))
const headerValue = text(
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  30
).map((v) => v.trim())
const headers = fc
  .uniqueArray(fc.tuple(headerName, headerValue), { maxLength: 4, selector: ([name]) => name.toLowerCase() })
  .map((entries) => Object.fromEntries(entries))
const body = fc.option(fc.dictionary(fc.string(), fc.jsonValue({ stringUnit: 'binary' }), { maxKeys: 4 }), {
  nil: undefined
})
const time = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true
})

const keys = { accessKey: 'AKEXAMPLE0123456789', secretKey: 'SKEXAMPLE/secret+key=' }
const credential = { getAk: () => keys.accessKey, getSk: () => keys.secretKey }

describe('signRequest against the official SDK signer on random requests', () => {
  // The SDK stamps X-Sdk-Date from the clock (moment()); fake it so both sign at the same instant.
  beforeAll(() => {
    jest.useFakeTimers()
  })
  afterAll(() => {
    jest.useRealTimers()
  })

  it('produces the same Host, X-Sdk-Date and Authorization', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        origin,
        fc.array(segment, { maxLength: 6 }),
        // GesClient encodes path segments with encodeURIComponent, which leaves !()* as they are.
        fc.constantFrom(encodeRfc3986, encodeURIComponent),
        query,
        headers,
        body,
        time,
        (method, origin, segments, encodeSegment, query, headers, body, time) => {
          const search = canonicalQuery(Object.entries(query))
          const ours = signRequest(
            {
              method,
              url: `${origin}/${segments.map(encodeSegment).join('/')}${search ? `?${search}` : ''}`,
              headers,
              body: body === undefined ? undefined : JSON.stringify(body)
            },
            keys,
            time
          )
          jest.setSystemTime(time)
          // Like HcClient, give the SDK the path unencoded (path parameters substituted raw) and
          // the query as a map.
          const sdk = AKSKSigner.sign(
            {
              method,
              endpoint: `${origin}/${segments.join('/')}`,
              queryParams: query,
              headers: { ...headers },
              data: body
            },
            credential
          )
          expect(ours.Host).toBe(sdk.host)
          expect(ours['X-Sdk-Date']).toBe(sdk['X-Sdk-Date'])
          expect(ours.Authorization).toBe(sdk.Authorization)
        }
      ),
      { numRuns: 300, seed: 20261128 }
    )
  })
})
