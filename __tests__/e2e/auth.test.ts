// Authentication: AK/SK signing (verified by the emulator), project discovery, IAM password →
// token (renewed once on 401), and 401s that must never be retried blindly.
import { afterEach, describe, expect, it } from '@jest/globals'
import { apigError } from '../../emulator/faults.mjs'
import { DEMO_CREDENTIALS, demo } from '../../emulator/scenarios.mjs'
import type { Emulator, RequestRecord } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, gesRequests, header, run, startEmu } from './support.js'

afterEach(closeAll)

const AK = 'AKTEMP0123456789EXAMPLE'
const SK = 'sk/Temp+Secret=Key-0123456789'
const SECURITY_TOKEN = 'gQ5jbi1ub3J0aC00-STS-security-token-EXAMPLE'
const IAM = DEMO_CREDENTIALS.iam.users[0]

/** Inputs without the default token. */
const noToken = { token: undefined }

/** AK/SK with a region and no project-id: the project is found through IAM (the emulator). */
const discoveryInputs = (emu: Emulator) => ({
  ...noToken,
  'project-id': undefined,
  region: emu.region,
  'iam-endpoint': emu.url,
  'access-key': AK,
  'secret-key': SK
})

function expectSigned(emu: Emulator, records: RequestRecord[], ak: string): void {
  expect(records.length).toBeGreaterThan(0)
  for (const q of records) {
    expect(header(q, 'authorization')).toMatch(
      new RegExp(`^SDK-HMAC-SHA256 Access=${ak}, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$`)
    )
    expect(header(q, 'x-sdk-date')).toMatch(/^\d{8}T\d{6}Z$/)
    expect(q.headers['x-auth-token']).toBeUndefined()
    expect(q.status).toBe(200) // the emulator recomputed and accepted the signature
  }
  for (const q of records.filter((r) => r.endpoint !== 'projects'))
    expect(header(q, 'x-project-id')).toBe(emu.projectId)
}

describe('AK/SK', () => {
  it('signs every request, with the security token of temporary credentials', async () => {
    const emu = await startEmu(
      demo({ fillerJobs: 8, aksk: { ak: AK, sk: SK, securityToken: SECURITY_TOKEN } }, { runMs: 600 })
    )
    const r = await run(emu, {
      inputs: { ...noToken, 'access-key': AK, 'secret-key': SK, 'security-token': SECURITY_TOKEN }
    })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    const ges = gesRequests(emu)
    expect(ges.map((q) => q.endpoint)).toEqual(expect.arrayContaining(['list', 'graphs', 'status']))
    expectSigned(emu, ges, AK)
    for (const q of ges) {
      expect(header(q, 'x-security-token')).toBe(SECURITY_TOKEN)
      expect(header(q, 'authorization')).toMatch(/SignedHeaders=[^,]*x-security-token/)
    }
  })

  it('falls back to HUAWEI_CLOUD_ACCESS_KEY_ID / HUAWEI_CLOUD_SECRET_ACCESS_KEY from the environment', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8, aksk: { ak: AK, sk: SK } }, { runMs: 400 }))
    const r = await run(emu, {
      inputs: noToken,
      env: { HUAWEI_CLOUD_ACCESS_KEY_ID: AK, HUAWEI_CLOUD_SECRET_ACCESS_KEY: SK }
    })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expectSigned(emu, gesRequests(emu), AK)
    expect(gesRequests(emu).every((q) => q.headers['x-security-token'] === undefined)).toBe(true)
  })

  it('finds the project id through iam-endpoint from the region when project-id is not given', async () => {
    const emu = await startEmu(
      demo(
        {
          fillerJobs: 8,
          aksk: { ak: AK, sk: SK },
          projects: [
            { id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', name: 'cn-north-1' },
            { id: '0123456789abcdef0123456789abcdef', name: 'cn-north-4' }
          ]
        },
        { runMs: 400 }
      )
    )
    const r = await run(emu, { inputs: discoveryInputs(emu) })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    const projects = byEndpoint(emu, 'projects')
    expect(projects).toHaveLength(1)
    expect(projects[0]).toMatchObject({
      method: 'GET',
      path: '/v3/projects',
      query: { name: 'cn-north-4' },
      status: 200
    })
    expect(emu.requests[0]).toBe(projects[0]) // before any GES call
    expectSigned(emu, [...projects, ...gesRequests(emu)], AK)
    expect(gesRequests(emu).every((q) => q.path.startsWith(`/v1.0/${emu.projectId}/`))).toBe(true)
    expect(r.log).toContain(`Project of region cn-north-4: ${emu.projectId}`)
  })

  it.each([
    ['no project', []],
    [
      'two projects',
      [
        { id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', name: 'cn-north-4' },
        { id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', name: 'cn-north-4' }
      ]
    ]
  ])('IAM listing %s for the region fails at once with a clear error', async (_label, projects) => {
    const emu = await startEmu(demo({ fillerJobs: 8, aksk: { ak: AK, sk: SK }, projects }))
    const r = await run(emu, { inputs: discoveryInputs(emu) })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(byEndpoint(emu, 'projects')).toHaveLength(1)
    expect(gesRequests(emu)).toEqual([])
    expect(r.errors[0]).toContain(
      `IAM lists ${projects.length} projects named "cn-north-4" (exactly one is needed). Set "project-id".`
    )
    expect(r.summary).toContain('Could not check the GES job')
  })

  it('a 401 (wrong secret key) fails at once: one request, never retried', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8, aksk: { ak: AK, sk: SK } }))
    const r = await run(emu, { inputs: { ...noToken, 'access-key': AK, 'secret-key': 'not/the+right=secret' } })

    expect(r.code).toBe(1)
    expect(emu.requests).toHaveLength(1)
    expect(emu.requests[0]).toMatchObject({ endpoint: 'list', status: 401 })
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain('401')
    expect(r.summary).toContain('APIG.0301')
    expect(r.summary).toContain('5 failures lock the key')
  })

  it('a 401 while finding the project id is not retried either', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8, aksk: { ak: AK, sk: SK } }))
    const r = await run(emu, {
      inputs: {
        ...noToken,
        'project-id': undefined,
        region: emu.region,
        'iam-endpoint': emu.url,
        'access-key': AK,
        'secret-key': 'wrong-secret'
      }
    })

    expect(r.code).toBe(1)
    expect(emu.requests).toHaveLength(1)
    expect(emu.requests[0]).toMatchObject({ endpoint: 'projects', status: 401 })
  })
})

describe('IAM password', () => {
  const passwordInputs = (emu: Emulator) => ({
    ...noToken,
    'iam-user': IAM.name,
    'iam-password': IAM.password,
    'iam-domain': IAM.domain,
    'iam-endpoint': emu.url
  })
  const tokenOf = (q: RequestRecord): string => header(q, 'x-auth-token') ?? ''

  it('fetches one project-scoped token and sends it as X-Auth-Token', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8 }, { runMs: 800 }))
    const r = await run(emu, { inputs: passwordInputs(emu) })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    const tokens = byEndpoint(emu, 'token')
    expect(tokens).toHaveLength(1)
    expect(tokens[0].status).toBe(201)
    const body = JSON.parse(tokens[0].body) as {
      auth: {
        identity: {
          methods: string[]
          password: { user: { name: string; password: string; domain: { name: string } } }
        }
        scope: { project: { id: string } }
      }
    }
    expect(body.auth.identity.methods).toEqual(['password'])
    expect(body.auth.identity.password.user).toEqual({
      name: IAM.name,
      password: IAM.password,
      domain: { name: IAM.domain }
    })
    expect(body.auth.scope.project).toEqual({ id: emu.projectId })

    const ges = gesRequests(emu)
    expect(ges.length).toBeGreaterThanOrEqual(3)
    const issued = tokenOf(ges[0])
    expect(issued).not.toBe('')
    expect(DEMO_CREDENTIALS.tokens).not.toContain(issued) // not a static token: IAM's
    expect(ges.every((q) => tokenOf(q) === issued && q.status === 200)).toBe(true)
    expect(r.stdout.split('\n')).toContain(`::add-mask::${issued}`) // registered with the runner
  })

  it('a 401 mid-wait gets one new token, then the wait goes on to success', async () => {
    const emu = await startEmu(
      demo(
        {
          fillerJobs: 8,
          faults: [
            {
              match: { endpoint: 'status', nth: 2 },
              action: apigError(401, 'APIG.0301', 'Incorrect IAM authentication information: token expired')
            }
          ]
        },
        { runMs: 1000 }
      )
    )
    const r = await run(emu, { inputs: passwordInputs(emu) })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(byEndpoint(emu, 'token')).toHaveLength(2)
    const ges = gesRequests(emu)
    const rejected = ges.findIndex((q) => q.status === 401)
    expect(rejected).toBeGreaterThan(0)
    const retry = ges[rejected + 1]
    expect(retry.path).toBe(ges[rejected].path) // the same call, once more
    expect(retry.status).toBe(200)
    const [first, second] = [tokenOf(ges[0]), tokenOf(retry)]
    expect(second).not.toBe(first)
    expect(ges.slice(0, rejected + 1).every((q) => tokenOf(q) === first)).toBe(true)
    expect(ges.slice(rejected + 1).every((q) => tokenOf(q) === second)).toBe(true)
    expect(r.log).toContain('retrying once with a new IAM token')
  })

  it.each([
    ['on the retry with the new token', [{ nth: 2, times: 2 }]],
    [
      'later in the wait',
      [
        { nth: 2, times: 1 },
        { nth: 4, times: 1 }
      ]
    ]
  ])('a second 401 (%s) fails the step with APIG.0301', async (_, at) => {
    const faults = at.map(({ nth, times }) => ({
      match: { endpoint: 'status' as const, nth },
      times,
      action: apigError(401, 'APIG.0301', 'Incorrect IAM authentication information: token expired')
    }))
    const emu = await startEmu(demo({ fillerJobs: 8, faults }, { runMs: 5000 }))
    const r = await run(emu, { inputs: passwordInputs(emu) })

    expect(r.code).toBe(1)
    expect(byEndpoint(emu, 'token')).toHaveLength(2)
    const ges = gesRequests(emu)
    expect(ges.filter((q) => q.status === 401)).toHaveLength(2)
    expect(ges.at(-1)?.status).toBe(401) // nothing after the second 401
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain('401')
    expect(r.errors[0]).toContain('APIG.0301')
    expect(r.summary).toContain('APIG.0301')
  })

  it('a wrong password fails at once: one token request', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8 }))
    const r = await run(emu, { inputs: { ...passwordInputs(emu), 'iam-password': 'Wr0ng-Passw0rd!' } })

    expect(r.code).toBe(1)
    expect(emu.requests).toHaveLength(1)
    expect(emu.requests[0]).toMatchObject({ endpoint: 'token', status: 401 })
    expect(r.errors[0]).toContain('iam-password')
  })
})

describe('token', () => {
  it('a 401 fails at once: exactly one GES request, no retry', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8 }))
    const r = await run(emu, { inputs: { token: 'MIIexpired-or-invalid-token-value' } })

    expect(r.code).toBe(1)
    expect(gesRequests(emu)).toHaveLength(1)
    expect(emu.requests).toHaveLength(1)
    expect(emu.requests[0].status).toBe(401)
    expect(byEndpoint(emu, 'token')).toHaveLength(0)
    expect(r.errors[0]).toContain('authentication failed (401)')
    // The annotation carries the gateway's code and the request id to quote to support.
    expect(r.errors[0]).toContain(`(HTTP 401, APIG.0301, request id ${emu.requests[0].requestId})`)
  })
})
