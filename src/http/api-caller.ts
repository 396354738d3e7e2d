import type { Authorizer } from './authorizer.js'
import type { Log } from '../shared/log.js'
import { ApiError } from './api-error.js'
import { interpretResponse } from './interpret-response.js'
import { CancelledError } from '../shared/cancellation.js'
import { NetworkError, type Transport } from './transport.js'
import { canonicalQuery } from './query.js'
import { failedBeforeSending, type Reachability } from './reachability.js'

export interface ApiCall {
  /** What the call is for, in words: "listing GES jobs". Starts every error message. */
  what: string
  method: 'GET' | 'POST'
  url: string
  query?: Record<string, string | undefined>
  headers?: Record<string, string>
  body?: string
}

export interface ApiAnswer {
  json: unknown
  headers: Record<string, string | undefined>
}

/**
 * One authenticated request: builds the URL (query encoded as the signer encodes it), adds
 * credentials, sends, and interprets the answer. A 401 is retried once, only when the
 * authorizer could renew its credentials. Other retries are the waiter's business.
 */
export class ApiCaller {
  constructor(
    private readonly transport: Transport,
    private readonly authorizer: Authorizer | undefined,
    /** The budget of the next request: it shrinks near the end of the wait. */
    private readonly requestTimeoutMs: () => number,
    private readonly log: Log,
    /** Shared by every caller of the run: which hosts have answered once. */
    private readonly reachability?: Reachability
  ) {}

  async call(call: ApiCall): Promise<ApiAnswer> {
    const query = canonicalQuery(
      Object.entries(call.query ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined)
    )
    const url = query ? `${call.url}?${query}` : call.url
    const baseHeaders = { Accept: 'application/json', ...call.headers }
    for (let renewed = false; ; renewed = true) {
      const request = { method: call.method, url, headers: baseHeaders, body: call.body }
      const headers = this.authorizer ? await this.authorizer.authorize(request) : baseHeaders
      // Asked per request: every page and retry fits in the time left (the timeout is absolute).
      const timeoutMs = this.requestTimeoutMs()
      if (timeoutMs <= 0)
        throw new ApiError('transient', `${call.what} was not sent: the timeout was reached`, { notSent: true })
      const started = Date.now()
      let response
      try {
        response = await this.transport.send({ ...request, headers, timeoutMs })
      } catch (error) {
        if (error instanceof CancelledError) throw error
        const network = error instanceof NetworkError ? error : new NetworkError(String(error))
        this.log.debug(`${call.method} ${url} → network error after ${Date.now() - started} ms: ${network.message}`)
        const failed = this.reachability
          ? this.reachability.networkError(url, network, call.what)
          : new ApiError('transient', `${call.what} failed: ${network.message}`)
        // Whether the request may have reached the server decides if a write can be sent again.
        throw new ApiError(
          failed.kind,
          failed.message,
          { ...failed.details, notSent: failedBeforeSending(network), networkCode: network.code },
          failed.hint
        )
      }
      this.reachability?.answered(url)
      const requestId = response.headers['x-request-id'] ?? '-'
      this.log.debug(
        `${call.method} ${url} → ${response.status} in ${Date.now() - started} ms (request id ${requestId})`
      )
      try {
        return { json: interpretResponse(response, call.what), headers: response.headers }
      } catch (error) {
        if (
          error instanceof ApiError &&
          error.kind === 'auth' &&
          !renewed &&
          this.authorizer &&
          (await this.authorizer.renew())
        ) {
          this.log.info(`${call.what}: the token was rejected (401); retrying once with a new IAM token`)
          continue
        }
        throw error
      }
    }
  }
}
