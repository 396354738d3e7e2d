// A scripted Transport for unit tests of the HTTP and GES layers: no sockets, every request recorded.
import type { HttpRequest, HttpResponse, Transport } from '../src/http/transport.js'

export type Answer = HttpResponse | Error | ((request: HttpRequest) => HttpResponse | Error)

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }
}

export class FakeTransport implements Transport {
  readonly requests: HttpRequest[] = []

  /** `answer` serves every request not scripted by `queue` (first in, first out). */
  constructor(
    private readonly answer: Answer = () => new Error('no answer scripted'),
    private readonly queue: Answer[] = []
  ) {}

  async send(request: HttpRequest): Promise<HttpResponse> {
    this.requests.push(request)
    const next = this.queue.length > 0 ? this.queue.shift() : this.answer
    const result = typeof next === 'function' ? next(request) : next
    if (result instanceof Error || result === undefined) throw result ?? new Error('no answer')
    return result
  }

  dispose(): void {}

  /** The query of request `i`, as parameters. */
  query(i: number): URLSearchParams {
    return new URL(this.requests[i].url).searchParams
  }
}
