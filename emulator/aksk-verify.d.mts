export const ALGORITHM: 'SDK-HMAC-SHA256'
export const EMPTY_BODY_SHA256: string
export const MAX_SKEW_MS: number
export function rfc3986Encode(text: string): string
export function parseQuery(raw: string): Array<[string, string]>
export function canonicalQuery(pairs: Array<[string, string]>): string
export function canonicalUri(rawPath: string): string
export function sha256Hex(data: string | Buffer): string
export function canonicalRequest(r: {
  method: string
  rawPath: string
  rawQuery: string
  headers: Record<string, string>
  signedHeaders: string[]
  payloadHash: string
}): string
export function signatureFor(sk: string, sdkDate: string, canonical: string): string
export function parseAuthorization(
  header: string | undefined
): { access: string; signedHeaders: string[]; signature: string } | null
export function parseSdkDate(text: string | undefined): number
export function verifyAkSk(req: {
  method: string
  url: string
  headers: Record<string, string | string[] | undefined>
  body: Buffer | string
  credentials: { ak: string; sk: string; securityToken?: string }
  nowMs?: number
  requireSigned?: string[]
}): { ok: true; ak: string; signedHeaders: string[] } | { ok: false; code: 'APIG.0301'; reason: string }
