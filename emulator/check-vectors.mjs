// Self-check: the emulator's AK/SK verifier must accept every vector computed with the official
// SDK signer (and reject a tampered copy). Exits non-zero on any mismatch.
// Usage: node emulator/check-vectors.mjs [path/to/aksk-vectors.json]
import { readFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  canonicalRequest,
  parseAuthorization,
  parseSdkDate,
  rfc3986Encode,
  sha256Hex,
  signatureFor,
  verifyAkSk
} from './aksk-verify.mjs'

const candidates = [
  process.argv[2],
  fileURLToPath(new URL('../__fixtures__/aksk-vectors.json', import.meta.url)),
  '/work/shared/reference/aksk-vectors.json'
].filter(Boolean)
const file = candidates.find((f) => existsSync(f))
if (!file) {
  console.error(`no aksk-vectors.json found (tried ${candidates.join(', ')})`)
  process.exit(2)
}
const fixture = JSON.parse(readFileSync(file, 'utf8'))

let failures = 0
for (const v of fixture.vectors) {
  const ak = v.ak ?? fixture.ak
  const sk = v.sk ?? fixture.sk
  const sdkDate = v.xSdkDate ?? fixture.xSdkDate
  const url = new URL(v.url)
  // The request as it would arrive: query sent with the RFC 3986 encoder, in the vector's order.
  const rawQuery = Object.entries(v.query)
    .map(([k, val]) => `${rfc3986Encode(k)}=${rfc3986Encode(val)}`)
    .join('&')
  const target = rawQuery ? `${url.pathname}?${rawQuery}` : url.pathname
  const headers = { host: url.host, 'x-sdk-date': sdkDate, authorization: v.expected.authorization }
  for (const [name, value] of Object.entries(v.headers)) headers[name.toLowerCase()] = value
  const body = v.body ?? ''

  // 1. Recompute the signature and compare with the SDK's.
  const auth = parseAuthorization(v.expected.authorization)
  const canonical = canonicalRequest({
    method: v.method,
    rawPath: url.pathname,
    rawQuery,
    headers,
    signedHeaders: auth.signedHeaders,
    payloadHash: sha256Hex(body)
  })
  const mine = `SDK-HMAC-SHA256 Access=${ak}, SignedHeaders=${auth.signedHeaders.join(';')}, Signature=${signatureFor(sk, sdkDate, canonical)}`
  const hostOk = url.host === v.expected.host
  // 2. Full verification path, as the server runs it.
  const nowMs = parseSdkDate(sdkDate)
  const verdict = verifyAkSk({ method: v.method, url: target, headers, body, credentials: { ak, sk }, nowMs })
  // 3. A tampered request (one extra query parameter) must be rejected.
  const tampered = verifyAkSk({
    method: v.method,
    url: `${target}${rawQuery ? '&' : '?'}x=1`,
    headers,
    body,
    credentials: { ak, sk },
    nowMs
  })
  const ok = mine === v.expected.authorization && hostOk && verdict.ok && !tampered.ok
  if (!ok) {
    failures++
    console.error(`FAIL ${v.name}`)
    console.error(`  expected ${v.expected.authorization}`)
    console.error(`  computed ${mine}`)
    console.error(`  verify: ${JSON.stringify(verdict)}; tampered rejected: ${!tampered.ok}`)
  } else {
    console.log(`ok   ${v.name}`)
  }
}

// Clock skew beyond 15 min gives APIG.0301 (docs/ges-api.md#errors).
{
  const v = fixture.vectors[0]
  const url = new URL(v.url)
  const headers = {
    host: url.host,
    'x-sdk-date': fixture.xSdkDate,
    authorization: v.expected.authorization,
    'x-project-id': v.headers['X-Project-Id']
  }
  const r = verifyAkSk({
    method: 'GET',
    url: url.pathname,
    headers,
    body: '',
    credentials: { ak: fixture.ak, sk: fixture.sk },
    nowMs: parseSdkDate(fixture.xSdkDate) + 16 * 60 * 1000
  })
  if (r.ok || r.code !== 'APIG.0301') {
    failures++
    console.error(`FAIL skew: ${JSON.stringify(r)}`)
  } else console.log('ok   clock-skew → APIG.0301')
}

console.log(
  failures ? `${failures} vector check(s) failed (${file})` : `all ${fixture.vectors.length} vectors verified (${file})`
)
process.exit(failures ? 1 : 0)
