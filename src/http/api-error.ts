/**
 * How a failed call should be handled:
 * - transient: network, timeout, 5xx, 408, non-JSON gateway pages — retry within the timeout;
 * - throttled: 429 / APIG.0308 — retry after `retryAfterMs` or the back-off;
 * - auth: 401 — never retried blindly (AK/SK keys lock after 5 bad signatures), at most one
 *   token renewal;
 * - permanent: 403, 404, 400 with a GES code, redirects — stop at once.
 */
export type ErrorKind = 'transient' | 'throttled' | 'auth' | 'permanent'

export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details: {
      status?: number
      code?: string
      requestId?: string
      retryAfterMs?: number
      /**
       * Set for network errors: true when the request surely never reached the server (refused,
       * DNS, TLS, or no time left to send it); false when it may have (reset, timeout mid-answer).
       */
      notSent?: boolean
      /** Node's code of the network error (ECONNREFUSED, ECONNRESET…). */
      networkCode?: string
    } = {},
    /** What to do about it, when the layer that failed knows better than the status code. */
    readonly hint?: string
  ) {
    super(message)
  }

  /** `401 APIG.0301, request id abc` — for warnings and the report. */
  get reference(): string {
    const { status, code, requestId } = this.details
    return [status ? `HTTP ${status}` : undefined, code, requestId ? `request id ${requestId}` : undefined]
      .filter(Boolean)
      .join(', ')
  }
}
