import { ApiError } from './api-error.js'
import type { NetworkError } from './transport.js'

/** Tries before giving up on a host that never answered (Huawei documents nothing on this: docs/ges-api.md#what-is-not-documented-and-what-the-action-assumes). */
const MAX_TRIES = 3
/** …or this long after its first failure, whichever comes first. */
const GRACE_MS = 30_000
/** Failures closer than this are one try: the parallel requests of one poll fail together. */
const SAME_TRY_MS = 250

/**
 * Why a host cannot be reached, in words, when the error says the address itself is wrong:
 * no such host, nothing listening, or a certificate that does not fit. Undefined for errors
 * that a working host also produces now and then (resets, timeouts).
 */
export function unreachableCause(code: string | undefined, message = ''): string | undefined {
  if (!code) return undefined
  // https:// to a port that speaks plain HTTP: OpenSSL's "wrong version number", as EPROTO.
  if (code === 'EPROTO' && /SSL|TLS/i.test(message)) return 'TLS handshake failed: is it an https:// endpoint?'
  if (code === 'ENOTFOUND') return 'no such host'
  // EAI_AGAIN is a DNS failure that may pass: it counts as a try like the others, no sooner.
  if (code === 'EAI_AGAIN') return 'DNS lookup failed'
  if (code === 'ECONNREFUSED') return 'connection refused'
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'its TLS certificate is for another host name'
  if (
    /^CERT_/.test(code) ||
    /^ERR_TLS_/.test(code) ||
    /^ERR_SSL_/.test(code) ||
    /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)
  ) {
    return `TLS certificate or handshake rejected: ${code}`
  }
  return undefined
}

/**
 * The request surely never reached the server: each error unreachableCause names (refused, no
 * such host, TLS rejected) happens before a byte of the request is written. After any other
 * network error (a reset, a timeout) the server may have received and processed it: a write
 * that failed so is ambiguous and is never sent again (a started import is not idempotent).
 */
export function failedBeforeSending(error: NetworkError): boolean {
  return unreachableCause(error.code, error.message) !== undefined
}

interface HostState {
  answered: boolean
  tries: number
  firstFailureAt?: number
  lastFailureAt?: number
}

/**
 * "Has this host answered once?", per host. Before a host has given any HTTP answer, an error
 * that says the address is wrong (DNS, refused, TLS) ends the wait after a short grace with the
 * input to fix; after it has answered once, the same errors are an outage and are retried until
 * the timeout. GES and IAM are separate hosts with the same rule.
 */
export class Reachability {
  private readonly hosts = new Map<string, HostState>()

  constructor(
    /** What to check when `host` cannot be reached: `check "region" or "endpoint"`. */
    private readonly advice: (host: string) => string,
    private readonly now: () => number = Date.now
  ) {}

  answered(url: string): void {
    this.state(url).answered = true
  }

  /** The ApiError for a network error on `url`: permanent once the grace of a never-answered host is over. */
  networkError(url: string, error: NetworkError, what: string): ApiError {
    const cause = unreachableCause(error.code, error.message)
    const state = this.state(url)
    if (!cause || state.answered) return new ApiError('transient', `${what} failed: ${error.message}`)
    const now = this.now()
    if (state.lastFailureAt === undefined || now - state.lastFailureAt >= SAME_TRY_MS) state.tries += 1
    state.firstFailureAt ??= now
    state.lastFailureAt = now
    const host = hostOf(url)
    if (state.tries >= MAX_TRIES || now - state.firstFailureAt >= GRACE_MS) {
      const advice = this.advice(host)
      return new ApiError(
        'permanent',
        `cannot reach ${host} (${cause}): ${advice}`,
        { code: error.code },
        // The message gives the cause and the advice; the tip adds what that means, not them again.
        `${host} failed ${MAX_TRIES} tries in a row and never answered: no request reached it, so nothing is known about the job.`
      )
    }
    return new ApiError(
      'transient',
      `${what} failed: cannot reach ${host} (${cause}); try ${state.tries} of ${MAX_TRIES}`,
      { code: error.code }
    )
  }

  private state(url: string): HostState {
    const host = hostOf(url)
    let state = this.hosts.get(host)
    if (!state) this.hosts.set(host, (state = { answered: false, tries: 0 }))
    return state
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}
