// The OBS signer against the official SDK: fixed vectors it produced (__fixtures__/obs-vectors.json),
// and a randomised cross-check that runs the SDK itself against a loopback server.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { sdkGetObjects } from '../../__fixtures__/obs-sdk-oracle.js'
import { seededRandom } from '../../__fixtures__/fake-job-source.js'
import { objectUrl } from '../../src/obs/log-reader.js'
import { encodeObsKey, signObsGet } from '../../src/obs/obs-signer.js'

interface Vector {
  ak: string
  sk: string
  token?: string
  bucket: string
  key: string
  date: string
  path: string
  authorization: string
  securityTokenHeader: string | null
}
const { vectors } = JSON.parse(
  readFileSync(new URL('../../__fixtures__/obs-vectors.json', import.meta.url), 'utf8')
) as { vectors: Vector[] }

describe('OBS signature (V2, HMAC-SHA1)', () => {
  it.each(vectors.map((v) => [v.key, v] as const))('matches the SDK vector for key %j', (_key, v) => {
    const headers = signObsGet(
      v.bucket,
      v.key,
      { accessKey: v.ak, secretKey: v.sk, securityToken: v.token },
      new Date(v.date)
    )
    expect(headers.Authorization).toBe(v.authorization)
    expect(headers.Date).toBe(v.date)
    expect(headers['x-obs-security-token'] ?? null).toBe(v.securityTokenHeader)
    expect(`/${encodeObsKey(v.key)}`).toBe(v.path)
  })

  it('fails when one byte of the secret, the date or the key differs (the vectors are not trivially met)', () => {
    const v = vectors[0]
    const sign = (o: Partial<Vector>) =>
      signObsGet(
        o.bucket ?? v.bucket,
        o.key ?? v.key,
        { accessKey: v.ak, secretKey: o.sk ?? v.sk },
        new Date(o.date ?? v.date)
      ).Authorization
    expect(sign({})).toBe(v.authorization)
    expect(sign({ sk: `${v.sk}x` })).not.toBe(v.authorization)
    expect(sign({ key: `${v.key}x` })).not.toBe(v.authorization)
    expect(sign({ bucket: `${v.bucket}x` })).not.toBe(v.authorization)
    expect(sign({ date: new Date(Date.parse(v.date) + 1000).toUTCString() })).not.toBe(v.authorization)
  })

  it('a bucket name with a dot: path style like the SDK (path_style), the same /bucket/key signature', async () => {
    const credentials = { ak: 'AKDOTTED0123456789', sk: 'dotted/secret+key=' }
    const objects = [
      { bucket: 'logs.example', key: 'dir/a b.log' },
      { bucket: 'a.b.c', key: 'x(1).log' }
    ]
    const seen = await sdkGetObjects(credentials, objects, true)
    objects.forEach(({ bucket, key }, i) => {
      const ours = signObsGet(
        bucket,
        key,
        { accessKey: credentials.ak, secretKey: credentials.sk },
        new Date(String(seen[i].headers.date))
      )
      // The SDK switches path style to its V2 scheme (`AWS ak:sig`, esdk-obs-nodejs 3.26.8 lib/utils.js): the same
      // StringToSign and canonical resource /bucket/key, so the signature part must be equal.
      expect(ours.Authorization.replace(/^OBS /, '')).toBe(String(seen[i].headers.authorization).replace(/^AWS /, ''))
      const url = new URL(objectUrl({ bucket, key }, { region: 'cn-north-4' }) ?? '')
      expect(url.host).toBe('obs.cn-north-4.myhuaweicloud.com')
      expect(url.pathname).toBe(seen[i].url)
    })
  })

  it('agrees with the SDK on 40 random keys, secrets and tokens', async () => {
    const random = seededRandom(17)
    const pick = (alphabet: string, min: number, max: number): string =>
      Array.from(
        { length: min + Math.floor(random() * (max - min)) },
        () => [...alphabet][Math.floor(random() * [...alphabet].length)]
      ).join('')
    const keyChars = "abcXYZ019/-_.~ !*'()+=&$,;:@%?#[]éü日本\u00a0"
    for (let round = 0; round < 4; round++) {
      const ak = pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16, 24)
      const sk = pick('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=', 20, 44)
      const token =
        round % 2 === 0 ? pick('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_', 40, 200) : undefined
      const objects = Array.from({ length: 10 }, () => ({
        bucket:
          `${pick('abcdefghij0123456789', 1, 2)}${pick('abcdefghij0123456789-.', 1, 30)}${pick('abcdefghij', 1, 2)}`.replace(
            /\.\.+/g,
            '.'
          ),
        key: `${pick('abcdef', 1, 3)}${pick(keyChars, 0, 40)}${pick('abcdef', 1, 3)}`.replace(/\/\/+/g, '/')
      }))
      const seen = await sdkGetObjects({ ak, sk, token }, objects)
      expect(seen).toHaveLength(objects.length)
      objects.forEach(({ bucket, key }, i) => {
        const sdk = seen[i]
        const ours = signObsGet(
          bucket,
          key,
          { accessKey: ak, secretKey: sk, securityToken: token },
          new Date(String(sdk.headers.date))
        )
        expect({ key, auth: ours.Authorization, path: `/${encodeObsKey(key)}` }).toEqual({
          key,
          auth: sdk.headers.authorization,
          path: sdk.url
        })
      })
    }
  })
})
