import { createHash, createHmac } from 'node:crypto'
import { canonicalQuery, encodeRfc3986 } from '../http/query.js'

/** Huawei Cloud "SDK-HMAC-SHA256" request signing (docs/ges-api.md#aksk-signing). Pure: no clock, no I/O. */

export interface SignableRequest {
  method: string
  /** Full URL; its query is part of the signature. */
  url: string
  /** Headers to send; those given here are signed (plus host and x-sdk-date). */
  headers: Record<string, string>
  body?: string
}

export interface AkSk {
  accessKey: string
  secretKey: string
}

const ALGORITHM = 'SDK-HMAC-SHA256'

/** `20261128T120000Z` */
export function sdkDate(time: Date): string {
  return time
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/**
 * The canonical URI: each path segment percent-encoded, with a trailing `/` appended. The
 * signer wants the `/` even though the request on the wire has none (docs/ges-api.md#aksk-signing, step 4).
 */
function canonicalUri(pathname: string): string {
  const path = pathname
    .split('/')
    .map((segment) => encodeRfc3986(decodeURIComponent(segment)))
    .join('/')
  return path.endsWith('/') ? path : `${path}/`
}

const sha256Hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex')

/**
 * Returns the headers to send: the given ones plus `Host`, `X-Sdk-Date` and `Authorization`.
 * Headers that must be signed (X-Project-Id, X-Security-Token) must already be in `request.headers`.
 */
export function signRequest(request: SignableRequest, keys: AkSk, time: Date): Record<string, string> {
  const url = new URL(request.url)
  const headers: Record<string, string> = { ...request.headers, Host: url.host, 'X-Sdk-Date': sdkDate(time) }
  const canonical = new Map<string, string>()
  for (const [name, value] of Object.entries(headers)) canonical.set(name.toLowerCase(), value.trim())
  const signedNames = [...canonical.keys()].sort()
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQuery(url.searchParams),
    signedNames.map((name) => `${name}:${canonical.get(name)}\n`).join(''),
    signedNames.join(';'),
    sha256Hex(request.body ?? '')
  ].join('\n')
  const stringToSign = `${ALGORITHM}\n${headers['X-Sdk-Date']}\n${sha256Hex(canonicalRequest)}`
  const signature = createHmac('sha256', keys.secretKey).update(stringToSign, 'utf8').digest('hex')
  headers.Authorization = `${ALGORITHM} Access=${keys.accessKey}, SignedHeaders=${signedNames.join(';')}, Signature=${signature}`
  return headers
}
