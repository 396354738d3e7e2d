// Server-side check of Huawei "SDK-HMAC-SHA256" AK/SK signatures (docs/ges-api.md#aksk-signing).
// The signature is recomputed from the request exactly as it arrived on the wire, so a client
// that signs one thing and sends another (other query encoding, unsigned header, changed body)
// is caught here the way the real API gateway would catch it.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

export const ALGORITHM = 'SDK-HMAC-SHA256'
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
/**
 * The gateway rejects an X-Sdk-Date more than 15 minutes away from its clock. docs/ges-api.md#errors: clock
 * skew comes as APIG.0301 like a bad signature (APIG.0303 is app-key authentication, not AK/SK).
 */
export const MAX_SKEW_MS = 15 * 60 * 1000

/** RFC 3986: only A-Z a-z 0-9 - _ . ~ stay; everything else as UTF-8 bytes, uppercase hex. */
export function rfc3986Encode(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * Parses a raw query string (no leading '?') into [name, value] pairs, decoded.
 * '+' is read as a space (form encoding, as Go's url.ParseQuery and URLSearchParams do), so a
 * client that wants a literal '+' must send %2B — which the RFC 3986 encoder does anyway.
 * @param {string} raw
 * @returns {Array<[string, string]>}
 */
export function parseQuery(raw) {
  if (!raw) return []
  const decode = (s) => decodeURIComponent(s.replace(/\+/g, ' '))
  return raw
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=')
      return eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))]
    })
}

/**
 * Canonical query: sorted by (decoded) name, then value, in UTF-16 code-unit order — what the
 * official Node/Go SDK signers do — then each side RFC 3986-encoded and joined with '&'.
 * @param {Array<[string, string]>} pairs
 */
export function canonicalQuery(pairs) {
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
  return [...pairs]
    .sort(([ak, av], [bk, bv]) => cmp(ak, bk) || cmp(av, bv))
    .map(([k, v]) => `${rfc3986Encode(k)}=${rfc3986Encode(v)}`)
    .join('&')
}

/**
 * Canonical URI: every segment of the decoded path re-encoded with RFC 3986, plus a trailing
 * '/' (which the request on the wire does not carry).
 * @param {string} rawPath path as received, percent-encoded
 */
export function canonicalUri(rawPath) {
  const path = rawPath
    .split('/')
    .map((segment) => rfc3986Encode(decodeURIComponent(segment)))
    .join('/')
  return path.endsWith('/') ? path : `${path}/`
}

export const sha256Hex = (data) => createHash('sha256').update(data).digest('hex')

/**
 * The canonical request text (docs/ges-api.md#aksk-signing, step 3).
 * @param {{method: string, rawPath: string, rawQuery: string, headers: Record<string, string>,
 *          signedHeaders: string[], payloadHash: string}} r  headers: lowercase names
 */
export function canonicalRequest(r) {
  const canonicalHeaders = r.signedHeaders.map((name) => `${name}:${r.headers[name]}\n`).join('')
  return [
    r.method.toUpperCase(),
    canonicalUri(r.rawPath),
    canonicalQuery(parseQuery(r.rawQuery)),
    canonicalHeaders,
    r.signedHeaders.join(';'),
    r.payloadHash
  ].join('\n')
}

/** hex HMAC-SHA256(SK, "SDK-HMAC-SHA256\n{date}\n{sha256(canonical)}") — no key derivation. */
export function signatureFor(sk, sdkDate, canonical) {
  const stringToSign = `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`
  return createHmac('sha256', sk).update(stringToSign, 'utf8').digest('hex')
}

/**
 * Parses `SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex`.
 * @returns {{access: string, signedHeaders: string[], signature: string} | null}
 */
export function parseAuthorization(header) {
  const m = /^SDK-HMAC-SHA256\s+(.*)$/.exec(header ?? '')
  if (!m) return null
  const fields = {}
  for (const part of m[1].split(',')) {
    const eq = part.indexOf('=')
    if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
  }
  if (!fields.Access || !fields.SignedHeaders || !fields.Signature) return null
  return { access: fields.Access, signedHeaders: fields.SignedHeaders.split(';'), signature: fields.Signature }
}

/** `20261128T120000Z` → epoch ms, or NaN. */
export function parseSdkDate(text) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text ?? '')
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN
}

/**
 * Verifies one received request.
 * @param {{method: string, url: string, headers: Record<string, string | string[] | undefined>,
 *          body: Buffer | string, credentials: {ak: string, sk: string, securityToken?: string},
 *          nowMs?: number, requireSigned?: string[]}} req
 *   url: the raw request target (path?query) as received; headers: lowercase (node's req.headers);
 *   requireSigned: extra header names that must be present AND signed (e.g. 'x-project-id').
 * @returns {{ok: true, ak: string, signedHeaders: string[]} | {ok: false, code: 'APIG.0301', reason: string}}
 */
export function verifyAkSk(req) {
  const fail = (reason, code = 'APIG.0301') => ({ ok: false, code, reason })
  const headers = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  const auth = parseAuthorization(headers.authorization)
  if (!auth) return fail('Authorization is not a valid SDK-HMAC-SHA256 header')
  const { ak, sk, securityToken } = req.credentials ?? {}
  if (!ak || auth.access !== ak) return fail(`access key ${auth.access} is unknown`)

  // Used in the order given, like the gateway does; clients send them lowercase and sorted.
  const signed = auth.signedHeaders
  for (const name of ['host', 'x-sdk-date', ...(req.requireSigned ?? [])]) {
    if (headers[name] === undefined) return fail(`header ${name} is missing`)
    if (!signed.includes(name)) return fail(`header ${name} is not signed`)
  }
  const missing = signed.find((name) => headers[name] === undefined)
  if (missing) return fail(`signed header ${missing} is not in the request`)
  if (securityToken !== undefined) {
    if (headers['x-security-token'] === undefined) return fail('X-Security-Token is required for temporary credentials')
    if (!signed.includes('x-security-token')) return fail('X-Security-Token is not signed')
    if (headers['x-security-token'] !== securityToken) return fail('X-Security-Token does not match the access key')
  }

  const dateMs = parseSdkDate(headers['x-sdk-date'])
  if (Number.isNaN(dateMs)) return fail(`X-Sdk-Date "${headers['x-sdk-date']}" is not YYYYMMDDTHHMMSSZ`)
  const nowMs = req.nowMs ?? Date.now()
  if (Math.abs(nowMs - dateMs) > MAX_SKEW_MS) {
    return fail(`X-Sdk-Date ${headers['x-sdk-date']} is more than 15 minutes from the server time`)
  }

  const q = req.url.indexOf('?')
  const rawPath = q < 0 ? req.url : req.url.slice(0, q)
  const rawQuery = q < 0 ? '' : req.url.slice(q + 1)
  // Like the official signer: an X-Sdk-Content-Sha256 header (e.g. UNSIGNED-PAYLOAD) replaces the body hash.
  const payloadHash = headers['x-sdk-content-sha256'] ?? sha256Hex(req.body ?? '')
  let canonical
  try {
    canonical = canonicalRequest({ method: req.method, rawPath, rawQuery, headers, signedHeaders: signed, payloadHash })
  } catch {
    return fail('the request URL is not valid percent-encoding')
  }
  const expected = Buffer.from(signatureFor(sk, headers['x-sdk-date'], canonical))
  const given = Buffer.from(auth.signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return fail('verify aksk signature fail')
  }
  return { ok: true, ak: auth.access, signedHeaders: signed }
}
