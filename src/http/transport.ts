import { errorMessage } from '../shared/text.js'
import type { IncomingMessage } from 'node:http'
import { HttpClient } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import { CancelledError } from '../shared/cancellation.js'
import { clampTimerMs, startTimer } from '../shared/timers.js'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
  /** Whole-request budget: connect, headers and body. */
  timeoutMs: number
  /**
   * Read at most this many body bytes, then close the connection and answer with them (`raw`,
   * `truncated`): a server that ignores `Range` must not make us download a 10 MB log.
   */
  maxBodyBytes?: number
}

export interface HttpResponse {
  status: number
  /** Lowercase names. */
  headers: Record<string, string | undefined>
  body: string
  /** The body's bytes, when the request set maxBodyBytes. */
  raw?: Buffer
  /** The body was cut at maxBodyBytes. */
  truncated?: boolean
}

/** The request got no complete answer: reset, refused, DNS, TLS, timeout. */
export class NetworkError extends Error {
  override name = 'NetworkError'
  constructor(
    message: string,
    /** Node's error code (ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED…), when there is one. */
    readonly code?: string
  ) {
    super(message)
  }
}

/** A body larger than this is not a job-center answer; stop reading rather than fill memory. */
const MAX_BODY_BYTES = 32 * 1024 * 1024

/** Sends one request and returns whatever status came back; the caller decides what it means. */
export interface Transport {
  send(request: HttpRequest): Promise<HttpResponse>
  dispose(): void
}

/**
 * All GES and IAM calls go through @actions/http-client, so the runner's proxy settings
 * (https_proxy, no_proxy) apply. Its redirect following and retries are off: it would forward
 * X-Auth-Token to another host and it ignores Retry-After, so callers decide both.
 */
export class ActionsHttpTransport implements Transport {
  private readonly client: HttpClient
  /** The signal of the request being prepared: http-client reads it synchronously in request(). */
  private pendingSignal: AbortSignal | undefined

  constructor(
    userAgent: string,
    private readonly signal: AbortSignal,
    socketTimeoutMs: number
  ) {
    // The handler is http-client's only hook into each request: it lets cancellation and the
    // request's own deadline tear the socket down instead of waiting for a hung server (one
    // that never answers, or sends headers and then never finishes the body).
    const abortOnCancel: RequestHandler = {
      prepareRequest: (options) => {
        options.signal = this.pendingSignal ?? signal
        // URL.hostname keeps an IPv6 address's brackets (`[::1]`), which a socket cannot resolve
        // (ENOTFOUND); Node's Host header puts them back (RFC 3986 §3.2.2).
        if (typeof options.host === 'string') options.host = socketHost(options.host)
      },
      canHandleAuthentication: () => false,
      handleAuthentication: () => Promise.reject(new Error('not supported'))
    }
    this.client = new HttpClient(userAgent, [abortOnCancel], {
      allowRedirects: false,
      allowRetries: false,
      maxRetries: 0,
      keepAlive: true,
      socketTimeout: clampTimerMs(socketTimeoutMs)
    })
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    if (this.signal.aborted) throw new CancelledError()
    const expired = new AbortController()
    let message: IncomingMessage | undefined
    const timeout = `no complete answer within ${request.timeoutMs} ms`
    let started: Promise<Awaited<ReturnType<HttpClient['request']>>>
    this.pendingSignal = AbortSignal.any([this.signal, expired.signal])
    try {
      started = this.client.request(request.method, request.url, request.body ?? null, request.headers)
    } finally {
      this.pendingSignal = undefined
    }
    return withDeadline(
      (async () => {
        const response = await started
        message = response.message
        const status = message.statusCode ?? 0
        const headers = flatten(message.headers)
        if (request.maxBodyBytes === undefined) return { status, headers, body: await readBody(message) }
        const { raw, truncated } = await readBytes(message, request.maxBodyBytes)
        return { status, headers, body: raw.toString('utf8'), raw, truncated }
      })(),
      request.timeoutMs,
      this.signal,
      () => {
        expired.abort()
        message?.destroy()
      },
      timeout
    )
  }

  dispose(): void {
    this.client.dispose()
  }
}

/** `[::1]` → `::1`: the address a socket connects to; any other host unchanged. */
export function socketHost(host: string): string {
  return /^\[[0-9a-fA-F:.]+\]$/.test(host) ? host.slice(1, -1) : host
}

function flatten(headers: IncomingMessage['headers']): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(headers)) result[name] = Array.isArray(value) ? value.join(', ') : value
  return result
}

/** http-client's readBody ignores 'error' and 'aborted', so a reset mid-body would hang it. */
function readBody(message: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        message.destroy()
        reject(new NetworkError(`response body larger than ${MAX_BODY_BYTES} bytes`))
        return
      }
      chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', (error) =>
      reject(new NetworkError(`connection lost while reading the answer (${error.message})`))
    )
    message.on('aborted', () => reject(new NetworkError('connection lost while reading the answer')))
  })
}

/** Up to `limit` bytes of the body; the connection is closed once they are read. */
function readBytes(message: IncomingMessage, limit: number): Promise<{ raw: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    message.on('data', (chunk: Buffer) => {
      if (done) return
      chunks.push(chunk)
      size += chunk.length
      if (size >= limit) {
        done = true
        message.destroy()
        resolve({ raw: Buffer.concat(chunks).subarray(0, limit), truncated: size > limit })
      }
    })
    message.on('end', () => {
      if (!done) resolve({ raw: Buffer.concat(chunks), truncated: false })
    })
    message.on('error', (error) => {
      if (!done) reject(new NetworkError(`connection lost while reading the answer (${error.message})`))
    })
    message.on('aborted', () => {
      if (!done) reject(new NetworkError('connection lost while reading the answer'))
    })
  })
}

/** Settles with `work`, or rejects at the deadline or on cancellation, then calls `cleanUp`. */
function withDeadline<T>(
  work: Promise<T>,
  timeoutMs: number,
  signal: AbortSignal,
  cleanUp: () => void,
  timeoutMessage: string
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void): void => {
      stopTimer()
      signal.removeEventListener('abort', onAbort)
      settle()
    }
    const onAbort = (): void => {
      cleanUp()
      finish(() => reject(new CancelledError()))
    }
    // request-timeout may be days: a timer Node cannot hold would fire at once.
    const stopTimer = startTimer(
      () => {
        cleanUp()
        finish(() => reject(new NetworkError(`request timed out: ${timeoutMessage}`)))
      },
      timeoutMs,
      { ref: true }
    )
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) =>
        finish(() =>
          reject(
            signal.aborted
              ? new CancelledError()
              : error instanceof NetworkError
                ? error
                : new NetworkError(errorMessage(error), errorCode(error))
          )
        )
    )
  })
}

/** `code` of a Node system or TLS error (`ENOTFOUND`, `ECONNREFUSED`, `CERT_HAS_EXPIRED`…). */
function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
