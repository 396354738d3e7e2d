// Bad inputs fail the step before any request, with a message that names the input, and
// without echoing any secret.
import { afterEach, describe, expect, it } from '@jest/globals'
import { demo } from '../../emulator/scenarios.mjs'
import { closeAll, run, startEmu, type Inputs } from './support.js'

afterEach(closeAll)

const TOKEN = 'tok-5e3b-SECRET-input-token'
const AK = 'AKINPUTS0123456789'
const SK = 'sk-SECRET/input+value=9'
const PASSWORD = 'Pa55-SECRET-iam-password!'

const cases: Array<[string, Inputs, string, RegExp?]> = [
  ['a bad timeout', { timeout: 'soon' }, 'timeout', /not a duration/],
  ['a bad since', { since: 'yesterday' }, 'since', /not a time/],
  ['api-version v3', { 'api-version': 'v3' }, 'api-version', /must be "v1" or "v2"/],
  ['two kinds of credentials', { 'access-key': AK, 'secret-key': SK }, 'token', /cannot be combined with "access-key"/],
  [
    'three kinds of credentials',
    { 'access-key': AK, 'secret-key': SK, 'iam-user': 'bot', 'iam-password': PASSWORD, 'iam-domain': 'acme' },
    'token',
    /"access-key" and "iam-user"/
  ],
  ['no credentials', { token: undefined }, 'token', /is not set/],
  [
    'an http:// endpoint that is not loopback',
    { endpoint: 'http://ges.cn-north-4.myhuaweicloud.com' },
    'endpoint',
    /plain http:\/\//
  ],
  [
    'an http:// iam-endpoint that is not loopback',
    {
      token: undefined,
      'iam-user': 'bot',
      'iam-password': PASSWORD,
      'iam-domain': 'acme',
      'iam-endpoint': 'http://iam.example.com'
    },
    'iam-endpoint',
    /plain http:\/\//
  ],
  ['no project-id with token auth', { 'project-id': undefined }, 'project-id', /required with token authentication/],
  [
    'a secret key with a line break',
    { token: undefined, 'access-key': AK, 'secret-key': `${SK}\nsecond-line-SECRET` },
    'secret-key',
    /line break/
  ],
  [
    'max-poll-interval below poll-interval',
    { 'poll-interval': '2s', 'max-poll-interval': '1s' },
    'max-poll-interval',
    /must not be shorter/
  ],
  ['a bad fail-on', { 'fail-on': 'sometimes' }, 'fail-on', /must be a comma-separated list of "failed"/],
  ['a bad max-failed-lines', { 'max-failed-lines': '-5' }, 'max-failed-lines', /whole number/]
]

describe('invalid inputs', () => {
  it.each(cases)('%s fails before any request, naming the input', async (_, inputs, name, problem) => {
    const emu = await startEmu(demo({ fillerJobs: 8, tokens: [TOKEN] }))
    const r = await run(emu, { inputs, secrets: [TOKEN, AK, SK, PASSWORD, 'second-line-SECRET'] })

    expect(r.code).toBe(1)
    expect(emu.requests).toEqual([])
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(`Input "${name}"`)
    if (problem) expect(r.errors[0]).toMatch(problem)
    expect(r.summary).toContain('did not start: invalid input')
    expect(r.summary).toContain(`Input "${name}"`)
    expect(r.durationMs).toBeLessThan(3000)
  })

  it('a valid set of the same inputs does reach the emulator (the cases above are not vacuous)', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8, tokens: [TOKEN] }, { runMs: 200 }))
    const r = await run(emu, {
      inputs: { timeout: '10s', since: '1h', 'api-version': 'v2', 'fail-on': 'failed', 'max-failed-lines': '5' }
    })

    expect(r.code).toBe(0)
    expect(emu.requests.length).toBeGreaterThan(0)
  })
})
