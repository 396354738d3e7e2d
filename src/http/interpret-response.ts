import type { HttpResponse } from './transport.js'
import { ApiError } from './api-error.js'
import { clip, clipLine } from '../shared/text.js'

/** Codes worth retrying whatever the HTTP status (docs/ges-api.md#errors). `APIGW.` is the docs' other spelling. */
const THROTTLED = /^APIGW?\.0308$/i
/**
 * GES.7005: engine unavailable, retry later (408). GES.7006: internal error, 400 or 500, which
 * the error table (ges_03_0040) documents as "try again later": a 400 that is not the caller's fault.
 */
const TRANSIENT_CODES = /^GES\.700[56]$/i
/** APIG.0301 authentication failed, APIG.0307 "the token must be updated": 401 whatever the status says. */
const AUTH_CODES = /^APIGW?\.030[17]$/i

const MAX_TEXT = 300

/**
 * Turns an HTTP answer into parsed JSON or an ApiError with the right retry kind. A 200 is
 * not trusted blindly: GES v1 can put `errorCode` in a 200 body, and a proxy can answer 200
 * with an HTML page or nothing at all.
 */
export function interpretResponse(response: HttpResponse, what: string): unknown {
  const { status, headers, body } = response
  const requestId = headers['x-request-id'] ?? headers['x-openstack-request-id'] ?? undefined
  const json = parseJson(body)
  const error = errorFields(json)
  const details = { status, requestId, code: error.code, retryAfterMs: parseRetryAfter(headers['retry-after']) }
  const describe = (problem: string): string =>
    `${what} failed: ${problem}${error.message ? `: ${clip(error.message, MAX_TEXT)}` : ''}`

  if (error.code && THROTTLED.test(error.code)) return fail('throttled', describe('throttled by the API gateway'))
  if (status === 429) return fail('throttled', describe('throttled (429 Too Many Requests)'))
  if (status >= 300 && status < 400) {
    const location = headers.location ? ` to ${clip(headers.location, MAX_TEXT)}` : ''
    return fail(
      'permanent',
      `${what} failed: the endpoint answered ${status} redirect${location}; redirects are not followed so that credentials never go to another address. Set "endpoint" to the final URL.`
    )
  }
  if (status === 401 || (error.code && AUTH_CODES.test(error.code)))
    return fail('auth', describe(`authentication failed (${status})`))
  if (status === 403) return fail('permanent', describe('access denied (403): check the IAM permissions for GES'))
  if (status === 408 || status >= 500 || (error.code && TRANSIENT_CODES.test(error.code))) {
    return fail('transient', describe(status >= 500 ? `server error (${status})` : 'service temporarily unavailable'))
  }
  if (status === 404)
    return fail('permanent', describe('not found (404): check "project-id", "endpoint" and "api-version"'))
  if (status >= 400) return fail('permanent', describe(`rejected (${status})`))
  if (status < 200) return fail('transient', describe(`unexpected HTTP status ${status}`))
  if (json === undefined) {
    const preview = body.trim() ? `: ${clipLine(body, 80)}` : ' (empty body)'
    return fail('transient', `${what} failed: the answer (HTTP ${status}) is not JSON${preview}`)
  }
  if (error.code) return fail('permanent', describe(`GES returned error ${error.code}`))
  return json

  function fail(kind: ApiError['kind'], message: string): never {
    throw new ApiError(kind, message, details)
  }
}

function parseJson(body: string): unknown {
  if (!body.trim()) return undefined
  try {
    return JSON.parse(body) as unknown
  } catch {
    return undefined
  }
}

/** GES v1 `errorCode`/`errorMessage`, v2 and gateway `error_code`/`error_msg`, IAM `error.message`. */
function errorFields(json: unknown): { code?: string; message?: string } {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return {}
  const body = json as Record<string, unknown>
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() ? value.trim() : undefined
  const nested = body.error && typeof body.error === 'object' ? (body.error as Record<string, unknown>) : {}
  return {
    code: text(body.errorCode) ?? text(body.error_code),
    message: text(body.errorMessage) ?? text(body.error_msg) ?? text(body.error_message) ?? text(nested.message)
  }
}

/** `Retry-After: 5` or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
