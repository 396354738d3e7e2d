// Scripted faults: which request gets which misbehaviour. Matching only; the server performs them.

/**
 * @typedef {{ status: number, headers?: Record<string, string>, body?: string | object }
 *   | { reset: true } | { hang: true } | { delayMs: number, then?: FaultAction }
 *   | { redirect: string, status?: number }} FaultAction
 *   `delayMs` without `then` delays the normal answer.
 * @typedef {{ match?: { endpoint?: 'list' | 'status' | 'graphs' | 'token' | 'projects' | 'any',
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
  throttled: () =>
    apigError(
      429,
      'APIG.0308',
      'The throttling threshold has been reached: policy user over ratelimit,limit:5,time:1 second'
    ),
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
  hang: () => ({ hang: true })
}
