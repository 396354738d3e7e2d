import { createHmac } from 'node:crypto'

/** AK/SK as OBS takes them; `securityToken` with temporary credentials. */
export interface ObsCredentials {
  accessKey: string
  secretKey: string
  securityToken?: string
}

/**
 * An object key as it stands in the request path and in the signed resource: each character
 * percent-encoded except `/`, and `!*'()` too, exactly as esdk-obs-nodejs (`encodeURIWithSafe`
 * in lib/utils.js, 3.26.8) does; a different encoding would sign another resource.
 */
export function encodeObsKey(key: string): string {
  return [...key]
    .map((c) => (c === '/' ? c : encodeURIComponent(c)))
    .join('')
    .replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * OBS's own signature for a GET (not APIG's SDK-HMAC-SHA256; docs/ges-api.md#import-logs-on-obs): `Authorization:
 * OBS {AK}:{Base64(HMAC-SHA1(SK, StringToSign))}`, StringToSign = `GET\n{Content-MD5}\n
 * {Content-Type}\n{Date}\n{x-obs-* headers, lower-case, sorted, name:value\n}/{bucket}/{key}`.
 * `Range` is not signed. Returns the headers to send. Checked against the official SDK
 * (__tests__/obs/obs-signer.test.ts).
 */
export function signObsGet(
  bucket: string,
  key: string,
  credentials: ObsCredentials,
  date: Date
): Record<string, string> {
  const headers: Record<string, string> = { Date: date.toUTCString() }
  if (credentials.securityToken) headers['x-obs-security-token'] = credentials.securityToken
  const obsHeaders = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => name.startsWith('x-obs-'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}:${value}\n`)
    .join('')
  const stringToSign = `GET\n\n\n${headers.Date}\n${obsHeaders}/${bucket}/${encodeObsKey(key)}`
  const signature = createHmac('sha1', credentials.secretKey).update(stringToSign, 'utf8').digest('base64')
  return { ...headers, Authorization: `OBS ${credentials.accessKey}:${signature}` }
}
