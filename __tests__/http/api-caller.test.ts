// One authenticated call: the 401 renewal, the per-request budget and the "has this host answered" rule.
import { describe, expect, it } from '@jest/globals'
import { FakeTransport, json } from '../../__fixtures__/fake-transport.js'
import { RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { ApiCaller, type ApiCall } from '../../src/http/api-caller.js'
import { ApiError } from '../../src/http/api-error.js'
import type { Authorizer } from '../../src/http/authorizer.js'
import { Reachability } from '../../src/http/reachability.js'
import { NetworkError } from '../../src/http/transport.js'

const CALL: ApiCall = { what: 'Listing GES jobs', method: 'GET', url: 'https://ges.test/v1.0/p1/graphs/jobs' }
const OK = json({ jobCount: 0, jobList: [] })
const expired = (code = 'APIG.0307') =>
  json({ error_msg: 'The token must be updated.', error_code: code, request_id: 'r1' }, 401)

/** Hands out token-1, token-2… and renews at most `renewals` times, like the password authorizer. */
class CountingAuthorizer implements Authorizer {
  issued = 1
  renewCalls = 0
  constructor(private renewals: number) {}
  async authorize(request: { headers: Record<string, string> }): Promise<Record<string, string>> {
    return { ...request.headers, 'X-Auth-Token': `token-${this.issued}` }
  }
  async renew(): Promise<boolean> {
    this.renewCalls += 1
    if (this.renewals <= 0) return false
    this.renewals -= 1
    this.issued += 1
    return true
  }
}

const caller = (transport: FakeTransport, authorizer?: Authorizer, budget = (): number => 1000) =>
  new ApiCaller(transport, authorizer, budget, new RecordingLog())

const failure = (promise: Promise<unknown>): Promise<ApiError> =>
  promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: unknown) => error as ApiError
  )

describe('ApiCaller: a 401 renews the credentials once', () => {
  it('APIG.0307 with a renewable token: one renewal, the retry carries the new token and succeeds', async () => {
    const transport = new FakeTransport(OK, [expired()])
    const authorizer = new CountingAuthorizer(1)
    await caller(transport, authorizer).call(CALL)
    expect(transport.requests.map((r) => r.headers['X-Auth-Token'])).toEqual(['token-1', 'token-2'])
    expect(authorizer.renewCalls).toBe(1)
  })

  it('a second 401 after the renewal is final: no third request', async () => {
    const transport = new FakeTransport(expired())
    const authorizer = new CountingAuthorizer(5)
    const error = await failure(caller(transport, authorizer).call(CALL))
    expect(error.kind).toBe('auth')
    expect(error.details.code).toBe('APIG.0307')
    expect(transport.requests).toHaveLength(2)
    expect(authorizer.renewCalls).toBe(1)
  })

  it('credentials that cannot be renewed (a token input, AK/SK): the first 401 is final', async () => {
    const transport = new FakeTransport(expired('APIG.0301'))
    const authorizer = new CountingAuthorizer(0)
    const error = await failure(caller(transport, authorizer).call(CALL))
    expect(error.kind).toBe('auth')
    expect(transport.requests).toHaveLength(1)
  })

  it('other errors are not renewed', async () => {
    const transport = new FakeTransport(json({ errorCode: 'GES.7000', errorMessage: 'no graph' }, 400))
    const authorizer = new CountingAuthorizer(1)
    expect((await failure(caller(transport, authorizer).call(CALL))).kind).toBe('permanent')
    expect(authorizer.renewCalls).toBe(0)
  })
})

describe('ApiCaller: the request budget', () => {
  it('passes the budget of the moment to each request', async () => {
    const budgets = [900, 400]
    const transport = new FakeTransport(OK)
    const c = caller(transport, undefined, () => budgets.shift() ?? 0)
    await c.call(CALL)
    await c.call(CALL)
    expect(transport.requests.map((r) => r.timeoutMs)).toEqual([900, 400])
  })

  it('sends nothing when no time is left', async () => {
    const transport = new FakeTransport(OK)
    const error = await failure(caller(transport, undefined, () => 0).call(CALL))
    expect(error.kind).toBe('transient')
    expect(error.message).toMatch(/not sent: the timeout was reached/)
    expect(transport.requests).toHaveLength(0)
  })
})

describe('ApiCaller with Reachability', () => {
  const refused = () => new NetworkError('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED')

  it('a host that never answered: refused three times ends with the host, the cause and the advice', async () => {
    let now = 0
    const reach = new Reachability(
      () => 'check "region" or "endpoint"',
      () => now
    )
    const c = new ApiCaller(new FakeTransport(refused()), undefined, () => 1000, new RecordingLog(), reach)
    const kinds: string[] = []
    for (let i = 0; i < 3; i += 1) {
      kinds.push((await failure(c.call(CALL))).kind)
      now += 1000
    }
    expect(kinds).toEqual(['transient', 'transient', 'permanent'])
    const last = await failure(c.call(CALL))
    expect(last.message).toBe('cannot reach ges.test (connection refused): check "region" or "endpoint"')
  })

  it('once the host has answered, the same error is an outage: retried', async () => {
    let now = 0
    const transport = new FakeTransport(refused(), [OK])
    const reach = new Reachability(
      () => 'check "endpoint"',
      () => now
    )
    const c = new ApiCaller(transport, undefined, () => 1000, new RecordingLog(), reach)
    await c.call(CALL)
    for (let i = 0; i < 5; i += 1) {
      now += 60_000
      expect((await failure(c.call(CALL))).kind).toBe('transient')
    }
  })
})
