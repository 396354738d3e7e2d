import { describe, expect, it } from '@jest/globals'
import { ApiError } from '../../src/http/api-error.js'
import { interpretResponse, parseRetryAfter } from '../../src/http/interpret-response.js'
import type { HttpResponse } from '../../src/http/transport.js'

const WHAT = 'Listing GES jobs'

function response(status: number, body: unknown = '', headers: Record<string, string> = {}): HttpResponse {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }
}

function errorOf(r: HttpResponse): ApiError {
  try {
    interpretResponse(r, WHAT)
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error(`HTTP ${r.status} was accepted`)
}

describe('successful answers', () => {
  it('returns the parsed JSON of a 200', () => {
    expect(interpretResponse(response(200, { jobCount: 0, jobList: [] }), WHAT)).toEqual({ jobCount: 0, jobList: [] })
  })

  it('accepts any 2xx with JSON', () => {
    expect(interpretResponse(response(201, { jobId: 'a' }), WHAT)).toEqual({ jobId: 'a' })
  })

  it('does not mistake an empty errorCode for an error', () => {
    expect(interpretResponse(response(200, { errorCode: '', errorMessage: '', jobCount: 0 }), WHAT)).toEqual({
      errorCode: '',
      errorMessage: '',
      jobCount: 0
    })
  })
})

describe('a 200 is not trusted blindly', () => {
  it('a 200 carrying a GES errorCode is permanent and names the code and message', () => {
    const error = errorOf(response(200, { errorCode: 'GES.7000', errorMessage: 'graph does not exist' }))
    expect(error.kind).toBe('permanent')
    expect(error.details.code).toBe('GES.7000')
    expect(error.message).toContain('GES.7000')
    expect(error.message).toContain('graph does not exist')
    expect(error.message).toContain(WHAT)
  })

  it('a 200 carrying a v2 error_code is permanent', () => {
    expect(errorOf(response(200, { error_code: 'GES.0001', error_msg: 'bad parameter' })).kind).toBe('permanent')
  })

  it('a 200 carrying GES.7005 (engine unavailable) is transient', () => {
    expect(errorOf(response(200, { errorCode: 'GES.7005', errorMessage: 'retry later' })).kind).toBe('transient')
  })

  it('a 200 carrying APIG.0308 is throttled', () => {
    expect(errorOf(response(200, { error_code: 'APIG.0308', error_msg: 'too many' })).kind).toBe('throttled')
  })

  it.each([
    ['empty', ''],
    ['whitespace', '  \n '],
    ['HTML', '<html><body>Gateway login</body></html>'],
    ['truncated JSON', '{"jobCount": 1, "jobList": [']
  ])('a 200 with a %s body is transient', (_label, body) => {
    const error = errorOf(response(200, body))
    expect(error.kind).toBe('transient')
    expect(error.message).toContain('not JSON')
    expect(error.details.status).toBe(200)
  })

  it('says the body was empty, or shows the start of it', () => {
    expect(errorOf(response(200, '')).message).toContain('(empty body)')
    expect(errorOf(response(200, '<html>\n  <title>Login</title>')).message).toContain('<html> <title>Login</title>')
  })

  it('clips a long non-JSON body', () => {
    const error = errorOf(response(200, `<html>${'x'.repeat(10_000)}</html>`))
    expect(error.message.length).toBeLessThan(300)
  })
})

describe('HTTP status classes', () => {
  it.each([301, 302, 307, 308])('%d is a permanent redirect error naming the target', (status) => {
    const error = errorOf(response(status, '', { location: 'https://evil.example/steal' }))
    expect(error.kind).toBe('permanent')
    expect(error.message).toContain('redirect')
    expect(error.message).toContain('https://evil.example/steal')
  })

  it('a redirect without Location still says redirect', () => {
    expect(errorOf(response(302)).message).toContain('redirect')
  })

  it('401 is auth', () => {
    const error = errorOf(
      response(401, {
        error_msg: 'Incorrect IAM authentication information',
        error_code: 'APIG.0301',
        request_id: 'r1'
      })
    )
    expect(error.kind).toBe('auth')
    expect(error.details.code).toBe('APIG.0301')
    expect(error.message).toContain('Incorrect IAM authentication information')
  })

  it.each([
    [403, { error_code: 'GES.0403', error_msg: 'forbidden' }],
    [404, ''],
    [400, { errorCode: 'GES.7000', errorMessage: 'graph missing' }],
    [400, { errorCode: 'GES.7007', errorMessage: 'job does not exist' }],
    [400, { errorCode: 'GES.0016', errorMessage: 'invalid project id' }],
    [405, ''],
    [409, '']
  ])('%d is permanent', (status, body) => {
    expect(errorOf(response(status, body)).kind).toBe('permanent')
  })

  it.each([400, 500])('GES.7006 (internal error, "try again later" in ges_03_0040) is transient with %d', (status) => {
    const error = errorOf(response(status, { errorCode: 'GES.7006', errorMessage: 'internal error' }))
    expect(error.kind).toBe('transient')
    expect(error.details.code).toBe('GES.7006')
  })

  it.each(['APIG.0307', 'APIGW.0307', 'APIGW.0301'])('%s is an authentication error whatever the status', (code) => {
    expect(errorOf(response(400, { error_code: code, error_msg: 'The token must be updated' })).kind).toBe('auth')
    expect(errorOf(response(401, { error_code: code, error_msg: 'The token must be updated' })).kind).toBe('auth')
  })

  it('404 points at project-id, endpoint and api-version', () => {
    expect(errorOf(response(404)).message).toMatch(/project-id.*endpoint.*api-version/)
  })

  it('403 points at IAM permissions', () => {
    expect(errorOf(response(403)).message).toContain('permissions')
  })

  it.each([408, 500, 502, 503, 504, 599])('%d is transient', (status) => {
    expect(errorOf(response(status, '<html>Bad gateway</html>')).kind).toBe('transient')
  })

  it('GES.7005 with 408 is transient', () => {
    const error = errorOf(response(408, { errorCode: 'GES.7005', errorMessage: 'engine busy' }))
    expect(error.kind).toBe('transient')
    expect(error.details.code).toBe('GES.7005')
  })

  it('GES.7005 with a 400 is still transient', () => {
    expect(errorOf(response(400, { errorCode: 'ges.7005' })).kind).toBe('transient')
  })

  it('a 1xx answer is transient', () => {
    expect(errorOf(response(102, '{}')).kind).toBe('transient')
  })

  it('reads the IAM error.message shape', () => {
    expect(
      errorOf(response(400, { error: { code: 400, message: 'The request you have made requires authentication.' } }))
        .message
    ).toContain('requires authentication')
  })
})

describe('throttling', () => {
  it('429 with Retry-After seconds', () => {
    const error = errorOf(response(429, { error_code: 'APIG.0308', error_msg: 'throttled' }, { 'retry-after': '7' }))
    expect(error.kind).toBe('throttled')
    expect(error.details.retryAfterMs).toBe(7000)
  })

  it('429 with a Retry-After HTTP date in the future', () => {
    const at = new Date(Date.now() + 120_000).toUTCString()
    const error = errorOf(response(429, '', { 'retry-after': at }))
    expect(error.kind).toBe('throttled')
    expect(error.details.retryAfterMs).toBeGreaterThan(100_000)
    expect(error.details.retryAfterMs).toBeLessThanOrEqual(120_000)
  })

  it('429 without Retry-After leaves the delay to the back-off', () => {
    const error = errorOf(response(429))
    expect(error.kind).toBe('throttled')
    expect(error.details.retryAfterMs).toBeUndefined()
  })

  it.each(['APIG.0308', 'APIGW.0308', 'apigw.0308'])('%s is throttled whatever the status', (code) => {
    expect(errorOf(response(400, { error_code: code, error_msg: 'slow down' })).kind).toBe('throttled')
    expect(errorOf(response(500, { error_code: code })).kind).toBe('throttled')
  })

  it('other APIGW codes are not throttling', () => {
    expect(errorOf(response(401, { error_code: 'APIGW.0301' })).kind).toBe('auth')
  })
})

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 28, 12, 0, 0)
  it.each([
    ['5', 5000],
    [' 2 ', 2000],
    ['0', 0],
    ['1.5', 1500],
    ['Sat, 28 Nov 2026 12:00:30 GMT', 30_000],
    ['Sat, 28 Nov 2026 11:59:00 GMT', 0]
  ])('%j → %d ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms)
  })

  it.each([undefined, '', 'soon', '   '])('%j → undefined', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined()
  })
})

describe('request id and reference', () => {
  it('captures X-Request-Id', () => {
    const error = errorOf(response(500, '', { 'x-request-id': 'req-123' }))
    expect(error.details.requestId).toBe('req-123')
    expect(error.reference).toBe('HTTP 500, request id req-123')
  })

  it('falls back to X-Openstack-Request-Id', () => {
    expect(errorOf(response(401, '', { 'x-openstack-request-id': 'os-9' })).details.requestId).toBe('os-9')
  })

  it('builds a reference with status, code and request id', () => {
    const error = errorOf(response(401, { error_code: 'APIG.0301' }, { 'x-request-id': 'abc' }))
    expect(error.reference).toBe('HTTP 401, APIG.0301, request id abc')
  })
})
