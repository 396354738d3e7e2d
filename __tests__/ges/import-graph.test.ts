// The ImportGraph POST as GesClient sends it (docs/ges-api.md#starting-an-import-importgraph): URL, body, and an AK/SK signature
// that covers the body exactly as Huawei's official signer computes it.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { AKSKSigner } from '../../__fixtures__/sdk-signer.js'
import { FakeTransport, json } from '../../__fixtures__/fake-transport.js'
import { AkSkAuthorizer } from '../../src/auth/aksk-authorizer.js'
import { GesClient } from '../../src/ges/ges-client.js'
import { startedJobId } from '../../src/ges/import-graph.js'
import { ApiCaller } from '../../src/http/api-caller.js'
import { NetworkError } from '../../src/http/transport.js'

const ENDPOINT = 'https://ges.cn-north-4.myhuaweicloud.com'
const PROJECT = '0123456789abcdef0123456789abcdef'
const KEYS = { accessKey: 'AKEXAMPLE0123456789', secretKey: 'SKEXAMPLE/secret+key=', securityToken: 'STS-token' }
const TIME = new Date('2026-11-28T12:00:00Z')
const silent = { debug: () => undefined, info: () => undefined, warning: () => undefined }

function client(apiVersion: 'v1' | 'v2', transport: FakeTransport): GesClient {
  const caller = new ApiCaller(transport, new AkSkAuthorizer(KEYS, PROJECT, () => TIME), () => 5000, silent)
  return new GesClient(ENDPOINT, apiVersion, PROJECT, caller)
}

describe('ImportGraph request', () => {
  beforeAll(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    jest.setSystemTime(TIME)
  })
  afterAll(() => {
    jest.useRealTimers()
  })

  it.each([
    [
      'v1',
      { edgesetPath: 'bk1/movies/edges/', logDir: 'bk1/logs/', parallelEdge: { action: 'override' } },
      `${ENDPOINT}/v1.0/${PROJECT}/graphs/graph-1/action?action_id=import-graph`,
      { jobId: 'ff80' }
    ],
    [
      'v2',
      { schema_path: 'bk1/s.xml', vertexset_path: 'bk1/v/ü.csv' },
      `${ENDPOINT}/v2/${PROJECT}/graphs/graph-1/import-graph`,
      { job_id: 'ff80' }
    ]
  ] as const)(
    '%s: posts the exact body to the documented URL, signed as the official SDK signs it',
    async (version, body, url, answer) => {
      const transport = new FakeTransport(json(answer, 200, { 'x-request-id': 'req-7' }))
      const started = await client(version, transport).startImport('graph-1', body)
      expect(started).toMatchObject({ jobId: 'ff80', requestId: 'req-7' })
      expect(transport.requests).toHaveLength(1)
      const [request] = transport.requests
      expect(request.method).toBe('POST')
      expect(request.url).toBe(url)
      expect(request.body).toBe(JSON.stringify(body))
      expect(request.headers['Content-Type']).toMatch(/^application\/json/)
      // Payload hash over the exact bytes: a body changed after signing would not verify.
      const signed = request.headers.Authorization
      const sdkHeaders = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !['Authorization', 'Host', 'X-Sdk-Date'].includes(name))
      )
      const target = new URL(url)
      const sdk = AKSKSigner.sign(
        {
          method: 'POST',
          endpoint: `${target.origin}${decodeURIComponent(target.pathname)}`,
          queryParams: Object.fromEntries(target.searchParams),
          headers: sdkHeaders,
          data: JSON.parse(request.body ?? '{}') as object
        },
        { getAk: () => KEYS.accessKey, getSk: () => KEYS.secretKey }
      )
      expect(signed).toBe(sdk.Authorization)
      expect(signed).toMatch(/SignedHeaders=accept;content-type;host;x-project-id;x-sdk-date;x-security-token,/)
      // The same request with another body is signed differently.
      const other = new FakeTransport(json(answer))
      await client(version, other).startImport('graph-1', { ...body, delimiter: ';' })
      expect(other.requests[0].headers.Authorization).not.toBe(signed)
    }
  )

  it('is never sent twice by the client itself, even after a reset', async () => {
    const reset = new NetworkError('socket hang up', 'ECONNRESET')
    const transport = new FakeTransport(reset)
    const error = await client('v1', transport)
      .startImport('g1', { edgesetPath: 'bk1/e/' })
      .catch((e: unknown) => e)
    expect(transport.requests).toHaveLength(1)
    expect(error).toMatchObject({ kind: 'transient', details: { notSent: false, networkCode: 'ECONNRESET' } })
  })

  it('marks a refused connection as not sent', async () => {
    const transport = new FakeTransport(new NetworkError('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED'))
    const error = await client('v2', transport)
      .startImport('g1', { edgeset_path: 'bk1/e/' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ details: { notSent: true, networkCode: 'ECONNREFUSED' } })
  })
})

describe('startedJobId', () => {
  it.each([
    [{ jobId: 'ff8080818c5a6e0f' }, 'ff8080818c5a6e0f'],
    [{ job_id: 'abc-1.2_3' }, 'abc-1.2_3'],
    [{ jobId: '' }, undefined],
    [{ jobId: 'a b' }, undefined],
    [{ jobId: 'a\n::error::x' }, undefined],
    [{ jobId: 42 }, undefined],
    [{ jobId: 'ff80', job_id: 'ff80' }, 'ff80'],
    [{ jobId: 'ff80', job_id: null }, 'ff80'],
    // Two ids that disagree: which import was started is not known.
    [{ jobId: 'ff80', job_id: 'ff81' }, undefined],
    [{ jobId: 'ff80', job_id: 42 }, undefined],
    [{ errorCode: null, errorMessage: null }, undefined],
    [[], undefined],
    [null, undefined]
  ])('%j → %j', (body, id) => {
    expect(startedJobId(body)).toBe(id)
  })
})
