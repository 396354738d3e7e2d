// Scripted faults: which request gets which misbehaviour. Matching only; the server performs them.

/**
 * @typedef {{ status: number, headers?: Record<string, string>, body?: string | object }
 *   | { reset: true } | { hang: true } | { hangBody: true } | { ignoreOffset: true }
 *   | { delayMs: number, then?: FaultAction } | { redirect: string, status?: number }} FaultAction
 *   Any action with `process: true` is performed after the request was processed as normal (an
 *   ImportGraph call starts its job), so that the answer alone is lost.
 *   `delayMs` without `then` delays the normal answer; `hangBody` sends the status line, the
 *   headers and part of the body, then nothing more; `ignoreOffset` answers as if no `offset`
 *   had been sent (page 1 every time), as a gateway that drops the query would.
 * @typedef {{ match?: { endpoint?: 'list' | 'status' | 'graphs' | 'import' | 'token' | 'projects' | 'any',
 *   path?: RegExp, afterMs?: number, nth?: number }, times?: number, action: FaultAction }} Fault
 */

export class FaultBook {
  constructor(faults = []) {
    /** @type {Array<{ fault: Fault, seen: number, left: number }>} */
    this.entries = []
    for (const f of faults) this.add(f)
  }

  /** @param {Fault} fault */
  add(fault) {
    if (!fault || typeof fault.action !== 'object') throw new Error('emulator: a fault needs an action')
    this.entries.push({ fault, seen: 0, left: fault.times ?? 1 })
  }

  /**
   * Picks the action for one request, or null. Every fault whose match criteria fit counts the
   * request (so `nth` is "the nth request this fault's criteria match", whichever fault answered
   * it); the first one with times left and a count >= nth wins. nth + times: Infinity means
   * "from the nth matching request on".
   * @param {{ endpoint: string, path: string, at: number }} req
   */
  take(req) {
    let chosen = null
    for (const entry of this.entries) {
      const m = entry.fault.match ?? {}
      if (m.endpoint && m.endpoint !== 'any' && m.endpoint !== req.endpoint) continue
      if (m.path && !m.path.test(req.path)) continue
      if (m.afterMs !== undefined && req.at < m.afterMs) continue
      entry.seen++
      if (!chosen && entry.left > 0 && entry.seen >= (m.nth ?? 1)) chosen = entry
    }
    if (!chosen) return null
    chosen.left--
    return chosen.fault.action
  }
}

/**
 * An API-gateway error action, e.g. apigError(429, 'APIG.0308', 'The throttling threshold has been reached').
 * The server fills the empty request_id with the response's X-Request-Id.
 */
export function apigError(status, code, message, headers) {
  return { status, headers, body: { error_msg: message, error_code: code, request_id: '' } }
}

/** Ready-made actions for common transient failures. */
export const actions = {
  /** 429 APIG.0308; with `retryAfterSeconds`, a Retry-After header too. */
  throttled: (retryAfterSeconds) =>
    apigError(
      429,
      'APIG.0308',
      'The throttling threshold has been reached: policy user over ratelimit,limit:5,time:1 second',
      retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(retryAfterSeconds) }
    ),
  /** The request is processed (an import starts), then the connection is reset: the answer is lost. */
  resetAfterProcessing: () => ({ reset: true, process: true }),
  /** The request is processed, then a gateway answers 502: the job id never reaches the client. */
  badGatewayAfterProcessing: () => ({
    status: 502,
    headers: { 'Content-Type': 'text/html' },
    body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    process: true
  }),
  badGateway: () => ({
    status: 502,
    headers: { 'Content-Type': 'text/html' },
    body: '<html><body><h1>502 Bad Gateway</h1></body></html>'
  }),
  engineBusy: () => ({
    status: 408,
    body: { errorCode: 'GES.7005', errorMessage: 'The graph engine is unavailable. Try again later.' }
  }),
  reset: () => ({ reset: true }),
  hang: () => ({ hang: true }),
  /** Headers sent, body never finished: only a whole-request deadline ends this. */
  hangBody: () => ({ hangBody: true }),
  /** The normal answer, `ms` late: with times: Infinity, every page of a listing is slow. */
  slow: (ms) => ({ delayMs: ms }),
  /** A gateway that drops `offset`: page 1 forever. */
  ignoreOffset: () => ({ ignoreOffset: true }),
  /**
   * ges_03_0040 (docs/ges-api.md#errors): GES.7006 is an internal error, answered with 400 or 500, and the
   * error table says "try again later".
   */
  internalError: (status = 400) => ({
    status,
    body: { errorCode: 'GES.7006', errorMessage: 'An internal error occurred. Try again later.' }
  }),
  /** docs/ges-api.md#errors: APIG.0307 "the token must be updated" (an expired token), 401. */
  tokenMustBeUpdated: () => apigError(401, 'APIG.0307', 'The token must be updated.'),
  /**
   * iam_06_0001 (docs/ges-api.md#project-discovery): GET /v3/projects needs iam:projects:list; keys with only GES
   * rights get 403, in IAM's error shape.
   */
  projectsForbidden: () => ({
    status: 403,
    body: {
      error: {
        code: 403,
        title: 'Forbidden',
        message: 'You are not authorized to perform the requested action: iam:projects:list.'
      }
    }
  })
}
