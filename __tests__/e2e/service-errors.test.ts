// How the real service says things (docs/ges-api.md#errors, Huawei ges_03_0040 and iam_06_0001), modelled
// in the emulator: which answers are retried, which stop the wait, and the hint each one gets.
import { afterEach, describe, expect, it } from '@jest/globals'
import { actions, type Fault } from '../../emulator/faults.mjs'
import { DEMO_CREDENTIALS, demo } from '../../emulator/scenarios.mjs'
import type { Emulator } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, gesRequests, run, startEmu, type Inputs } from './support.js'

afterEach(closeAll)

const USER = DEMO_CREDENTIALS.iam.users[0]
const password = (emu: Emulator): Inputs => ({
  token: undefined,
  'iam-user': USER.name,
  'iam-password': USER.password,
  'iam-domain': USER.domain,
  'iam-endpoint': emu.url
})
const aksk: Inputs = {
  token: undefined,
  'access-key': DEMO_CREDENTIALS.aksk.ak,
  'secret-key': DEMO_CREDENTIALS.aksk.sk
}
const on = (endpoint: 'list' | 'status' | 'projects', action: Fault['action'], nth = 1, times = 1): Fault => ({
  match: { endpoint, nth },
  times,
  action
})

describe('GES.7006 (internal error, "try again later") is retried', () => {
  it.each([400, 500])('with HTTP %i: retried, then success', async (status) => {
    const emu = await startEmu(demo({ faults: [on('status', actions.internalError(status), 1, 2)] }, { runMs: 800 }))
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(gesRequests(emu).filter((q) => q.status === status)).toHaveLength(2)
    expect(r.warnings.join('\n')).toContain('GES.7006')
  })
})

describe('401 APIG.0307 "the token must be updated"', () => {
  it('a password-derived token is renewed once and the wait goes on', async () => {
    const emu = await startEmu(demo({ faults: [on('status', actions.tokenMustBeUpdated(), 2)] }, { runMs: 1000 }))
    const r = await run(emu, { inputs: password(emu) })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(byEndpoint(emu, 'token')).toHaveLength(2)
    expect(r.log).toContain('retrying once with a new IAM token')
  })

  it('an IAM token that really expires (APIG.0307 from the gateway) is renewed once', async () => {
    const emu = await startEmu(
      demo(
        { iam: { ...DEMO_CREDENTIALS.iam, tokenTtlMs: 300, shortLivedTokens: 1, expiredTokenCode: 'APIG.0307' } },
        { runMs: 2000 }
      )
    )
    const r = await run(emu, { inputs: password(emu) })

    expect(r.outputs.status).toBe('success')
    expect(byEndpoint(emu, 'token')).toHaveLength(2)
    expect(emu.requests.filter((q) => q.status === 401)).toHaveLength(1)
  })

  it('a second APIG.0307 after the renewal stops the wait', async () => {
    const emu = await startEmu(
      demo({ faults: [on('status', actions.tokenMustBeUpdated(), 1, Infinity)] }, { runMs: 60_000 })
    )
    const r = await run(emu, { inputs: password(emu) })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(byEndpoint(emu, 'token')).toHaveLength(2)
    expect(emu.requests.filter((q) => q.status === 401)).toHaveLength(2)
  })

  it('with the token input: stops at once and says the token expired, get a new one', async () => {
    const emu = await startEmu(demo({ faults: [on('list', actions.tokenMustBeUpdated())] }))
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(emu.requests).toHaveLength(1)
    expect(r.summary).toMatch(/token expired .*get a new one/)
    expect(r.errors.join('\n')).toContain('APIG.0307')
  })

  it('spelled APIGW.0307, it is the same', async () => {
    const emu = await startEmu(
      demo({
        faults: [
          on('list', { status: 401, body: { error_code: 'APIGW.0307', error_msg: 'The token must be updated.' } })
        ]
      })
    )
    const r = await run(emu)

    expect(r.outputs.status).toBe('error')
    expect(emu.requests).toHaveLength(1)
    expect(r.summary).toMatch(/token expired/)
  })
})

describe('APIG.0301: bad signature or clock skew', () => {
  it('a wrong secret key: stops at once, the hint names the key pair and the runner clock', async () => {
    const emu = await startEmu(demo())
    const r = await run(emu, { inputs: { ...aksk, 'secret-key': 'not-the-secret', 'project-id': emu.projectId } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(emu.requests).toHaveLength(1) // never hammer a key that locks after 5 bad signatures
    expect(emu.requests[0].status).toBe(401)
    expect(r.summary).toContain('access-key/secret-key pair')
    expect(r.summary).toContain('runner clock')
  })
})

describe('a wrong project id', () => {
  it('400 GES.0001 (the other answer docs/ges-api.md lists): the hint says check project-id', async () => {
    const emu = await startEmu(
      demo({
        faults: [on('list', { status: 400, body: { errorCode: 'GES.0001', errorMessage: 'Invalid parameter.' } })]
      })
    )
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(emu.requests).toHaveLength(1)
    expect(r.summary).toContain('check "project-id"')
  })
})

describe('403 from project discovery (GET /v3/projects needs iam:projects:list)', () => {
  it('says set project-id or grant iam:projects:list, not GES permissions', async () => {
    const emu = await startEmu(demo({ faults: [on('projects', actions.projectsForbidden())] }))
    const r = await run(emu, {
      inputs: { ...aksk, 'project-id': undefined, region: emu.region, endpoint: emu.url, 'iam-endpoint': emu.url }
    })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(emu.requests.map((q) => q.endpoint)).toEqual(['projects'])
    expect(r.errors.join('\n')).toContain('set "project-id" or grant iam:projects:list')
    expect(r.summary).toContain('set "project-id" or grant iam:projects:list')
    expect(r.summary).not.toMatch(/GES policy|permissions for GES/)
    expect(r.errors.join('\n')).not.toMatch(/permissions for GES/)
  })
})
