import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import * as core from '../../__fixtures__/core.js'

// ESM: the mock must be registered before the module under test is imported.
jest.unstable_mockModule('@actions/core', () => core)
const { getSettings } = await import('../../src/settings/input-helper.js')
const { InputError } = await import('../../src/settings/input-error.js')
type Env = Record<string, string | undefined>
type Settings = ReturnType<typeof getSettings>

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0)
const HOUR = 3_600_000

/** The defaults the runner passes for inputs a workflow leaves out. */
const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries(
    (
      parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
        inputs: Record<string, { default?: unknown }>
      }
    ).inputs
  ).map(([name, spec]) => [name, spec.default === undefined ? '' : String(spec.default as string | boolean | number)])
)

const TOKEN_AUTH = { region: 'cn-north-4', token: 'gAAAAA-token', 'project-id': 'p1' }

function settingsOf(inputs: Record<string, string>, env: Env = {}, now = NOW): Settings {
  return getSettings((name) => inputs[name] ?? '', env, now)
}

/** Runs getSettings expecting an InputError about `input`, and checks the message shape. */
function inputError(input: string, inputs: Record<string, string>, env: Env = {}, now = NOW): string {
  let thrown: unknown
  try {
    settingsOf(inputs, env, now)
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(InputError)
  const error = thrown as InstanceType<typeof InputError>
  expect(error.input).toBe(input)
  expect(error.message.startsWith(`Input "${input}" `)).toBe(true)
  expect(error.message).toMatch(/\. Example: \S/)
  return error.message
}

beforeEach(() => {
  core.setSecret.mockReset()
  core.warning.mockReset()
})

describe('defaults', () => {
  const expected: Settings = {
    projectId: 'p1',
    region: 'cn-north-4',
    endpoint: 'https://ges.cn-north-4.myhuaweicloud.com',
    iamEndpoint: 'https://iam.cn-north-4.myhuaweicloud.com',
    apiVersion: 'v1',
    credentials: { kind: 'token', token: 'gAAAAA-token' },
    jobIds: [],
    graphNames: [],
    jobName: 'ImportGraph',
    since: undefined,
    until: undefined,
    select: 'latest',
    waitForJob: true,
    timeoutMs: 30 * 60_000,
    pollIntervalMs: 5000,
    maxPollIntervalMs: 60_000,
    requestTimeoutMs: 30_000,
    failOn: ['failed', 'partFailed', 'unknown'],
    maxFailedLines: undefined,
    summary: true,
    reportFile: undefined,
    prComment: undefined
  }

  it('gives the documented defaults when inputs are empty', () => {
    expect(settingsOf(TOKEN_AUTH)).toEqual(expected)
  })

  it('gives the same settings when the runner passes the action.yml defaults', () => {
    expect(ACTION_DEFAULTS['timeout']).toBe('30m') // the file was read
    const withDefaults = getSettings(
      (name) => (name in TOKEN_AUTH ? TOKEN_AUTH[name as keyof typeof TOKEN_AUTH] : (ACTION_DEFAULTS[name] ?? '')),
      {},
      NOW
    )
    expect(withDefaults).toEqual(expected)
  })

  it('reads through core.getInput by default', () => {
    core.getInput.mockImplementation((name: string) => TOKEN_AUTH[name as keyof typeof TOKEN_AUTH] ?? '')
    expect(getSettings(undefined, {}, NOW).credentials).toEqual({ kind: 'token', token: 'gAAAAA-token' })
    expect(core.getInput).toHaveBeenCalledWith('token')
  })

  it('trims inputs', () => {
    const s = settingsOf({ region: ' cn-north-4 ', token: '  t  ', 'project-id': ' p1\n', timeout: ' 2h ' })
    expect(s.region).toBe('cn-north-4')
    expect(s.credentials).toEqual({ kind: 'token', token: 't' })
    expect(s.projectId).toBe('p1')
    expect(s.timeoutMs).toBe(2 * HOUR)
  })
})

describe('region and endpoints', () => {
  it('builds the GES and IAM endpoints from the region', () => {
    const s = settingsOf({ ...TOKEN_AUTH, region: 'ap-southeast-1' })
    expect(s.endpoint).toBe('https://ges.ap-southeast-1.myhuaweicloud.com')
    expect(s.iamEndpoint).toBe('https://iam.ap-southeast-1.myhuaweicloud.com')
  })

  it('uses myhuaweicloud.eu for eu-west-101', () => {
    const s = settingsOf({ ...TOKEN_AUTH, region: 'eu-west-101' })
    expect(s.endpoint).toBe('https://ges.eu-west-101.myhuaweicloud.eu')
    expect(s.iamEndpoint).toBe('https://iam.eu-west-101.myhuaweicloud.eu')
  })

  it('falls back to HUAWEI_CLOUD_REGION; the input wins', () => {
    expect(settingsOf({ token: 't', 'project-id': 'p' }, { HUAWEI_CLOUD_REGION: 'cn-east-3' }).endpoint).toBe(
      'https://ges.cn-east-3.myhuaweicloud.com'
    )
    expect(settingsOf({ ...TOKEN_AUTH }, { HUAWEI_CLOUD_REGION: 'cn-east-3' }).region).toBe('cn-north-4')
  })

  it('warns about a region the SDKs do not list, but accepts it', () => {
    expect(settingsOf({ ...TOKEN_AUTH, region: 'la-south-2' }).endpoint).toBe(
      'https://ges.la-south-2.myhuaweicloud.com'
    )
    expect(core.warning).toHaveBeenCalledTimes(1)
    expect(core.warning.mock.calls[0][0]).toContain('la-south-2')
  })

  it('names the nearest known region when the region looks like a typo', () => {
    settingsOf({ ...TOKEN_AUTH, region: 'cn-nort-4' })
    expect(core.warning).toHaveBeenCalledTimes(1)
    expect(core.warning.mock.calls[0][0]).toContain('did you mean "cn-north-4"?')
  })

  it('does not warn about an unlisted region when "endpoint" is set', () => {
    settingsOf({ ...TOKEN_AUTH, region: 'la-south-2', endpoint: 'https://ges.example.com' })
    expect(core.warning).not.toHaveBeenCalled()
  })

  it('does not warn for a listed region', () => {
    settingsOf(TOKEN_AUTH)
    expect(core.warning).not.toHaveBeenCalled()
  })

  it.each(['CN-NORTH-4', 'cn_north_4', 'north', 'cn-north-4/../x', 'cn-north-4.evil.com'])(
    'refuses the region %j',
    (region) => {
      expect(inputError('region', { ...TOKEN_AUTH, region })).toContain('Example: cn-north-4')
    }
  )

  it('needs a region or an endpoint', () => {
    expect(inputError('region', { token: 't', 'project-id': 'p' })).toContain('"endpoint"')
  })

  it('an endpoint overrides the region for GES; IAM still follows the region', () => {
    const s = settingsOf({ ...TOKEN_AUTH, endpoint: 'https://ges.private.example.com/' })
    expect(s.endpoint).toBe('https://ges.private.example.com')
    expect(s.iamEndpoint).toBe('https://iam.cn-north-4.myhuaweicloud.com')
  })

  it('uses the global IAM endpoint without a region', () => {
    const s = settingsOf({ token: 't', 'project-id': 'p', endpoint: 'https://ges.example.com' })
    expect(s.region).toBeUndefined()
    expect(s.iamEndpoint).toBe('https://iam.myhuaweicloud.com')
  })

  it('keeps a path prefix and drops trailing slashes', () => {
    expect(settingsOf({ ...TOKEN_AUTH, endpoint: 'https://proxy.example.com/ges//' }).endpoint).toBe(
      'https://proxy.example.com/ges'
    )
    expect(settingsOf({ ...TOKEN_AUTH, 'iam-endpoint': 'https://iam.example.com/' }).iamEndpoint).toBe(
      'https://iam.example.com'
    )
  })

  it.each(['http://127.0.0.1:8080', 'http://localhost:9000/', 'http://[::1]:3000', 'http://127.1.2.3'])(
    'allows plain http to the loopback host %s',
    (endpoint) => {
      expect(settingsOf({ ...TOKEN_AUTH, endpoint }).endpoint).toBe(endpoint.replace(/\/$/, ''))
    }
  )

  it.each([
    'http://ges.cn-north-4.myhuaweicloud.com',
    'http://10.0.0.5:8080',
    'http://localhost.evil.com',
    'http://127.0.0.1.nip.io'
  ])('refuses plain http to %s', (endpoint) => {
    expect(inputError('endpoint', { ...TOKEN_AUTH, endpoint })).toContain('https://')
  })

  it('refuses plain http for the IAM endpoint too', () => {
    inputError('iam-endpoint', { ...TOKEN_AUTH, 'iam-endpoint': 'http://iam.example.com' })
  })

  it.each([
    ['not a url', 'is not a URL'],
    ['ftp://ges.example.com', 'https://'],
    ['https://user:pw@ges.example.com', 'user name or password'],
    ['https://ges.example.com?x=1', 'query string'],
    ['https://ges.example.com/#top', 'fragment']
  ])('refuses the endpoint %j', (endpoint, problem) => {
    expect(inputError('endpoint', { ...TOKEN_AUTH, endpoint })).toContain(problem)
  })

  it.each([
    ['', 'v1'],
    ['v1', 'v1'],
    ['V1', 'v1'],
    ['v1.0', 'v1'],
    ['v2', 'v2'],
    ['V2', 'v2']
  ])('api-version %j → %s', (value, version) => {
    expect(settingsOf({ ...TOKEN_AUTH, 'api-version': value }).apiVersion).toBe(version)
  })

  it('refuses another api-version', () => {
    expect(inputError('api-version', { ...TOKEN_AUTH, 'api-version': 'v3' })).toContain('"v3"')
  })
})

describe('project id', () => {
  it('falls back to HUAWEI_CLOUD_PROJECT_ID, then HUAWEICLOUD_SDK_PROJECT_ID', () => {
    const inputs = { region: 'cn-north-4', token: 't' }
    expect(settingsOf(inputs, { HUAWEI_CLOUD_PROJECT_ID: 'hc', HUAWEICLOUD_SDK_PROJECT_ID: 'sdk' }).projectId).toBe(
      'hc'
    )
    expect(settingsOf(inputs, { HUAWEICLOUD_SDK_PROJECT_ID: 'sdk' }).projectId).toBe('sdk')
    expect(settingsOf(inputs, { HUAWEI_CLOUD_PROJECT_ID: '  ', HUAWEICLOUD_SDK_PROJECT_ID: 'sdk' }).projectId).toBe(
      'sdk'
    )
  })

  it('the input wins over the environment', () => {
    expect(settingsOf(TOKEN_AUTH, { HUAWEI_CLOUD_PROJECT_ID: 'env' }).projectId).toBe('p1')
  })

  it('is required with a token', () => {
    expect(inputError('project-id', { region: 'cn-north-4', token: 't' })).toContain('token')
  })

  it('may be left out with AK/SK or password auth and a region: it is discovered', () => {
    expect(settingsOf({ region: 'cn-north-4', 'access-key': 'AK1', 'secret-key': 'sk' }).projectId).toBeUndefined()
    expect(
      settingsOf({ region: 'cn-north-4', 'iam-user': 'u', 'iam-password': 'pw', 'iam-domain': 'd' }).projectId
    ).toBeUndefined()
  })

  it('is required without a region, whatever the credentials', () => {
    expect(
      inputError('project-id', { endpoint: 'https://ges.example.com', 'access-key': 'AK1', 'secret-key': 'sk' })
    ).toContain('region')
    inputError('project-id', {
      endpoint: 'https://ges.example.com',
      'iam-user': 'u',
      'iam-password': 'pw',
      'iam-domain': 'd'
    })
  })

  it.each(['p 1', 'p/1', '../x', 'a'.repeat(65)])('refuses %j', (id) => {
    inputError('project-id', { ...TOKEN_AUTH, 'project-id': id })
  })

  it('validates a project id from the environment too', () => {
    inputError('project-id', { region: 'cn-north-4', token: 't' }, { HUAWEI_CLOUD_PROJECT_ID: 'bad id' })
  })
})

describe('credentials', () => {
  const REGION = { region: 'cn-north-4', 'project-id': 'p1' }

  it('token', () => {
    expect(settingsOf({ ...REGION, token: 'tok' }).credentials).toEqual({ kind: 'token', token: 'tok' })
  })

  it('access-key / secret-key, with and without security-token', () => {
    expect(settingsOf({ ...REGION, 'access-key': 'AK1', 'secret-key': 'SK1' }).credentials).toEqual({
      kind: 'aksk',
      accessKey: 'AK1',
      secretKey: 'SK1'
    })
    expect(
      settingsOf({ ...REGION, 'access-key': 'AK1', 'secret-key': 'SK1', 'security-token': 'ST1' }).credentials
    ).toEqual({
      kind: 'aksk',
      accessKey: 'AK1',
      secretKey: 'SK1',
      securityToken: 'ST1'
    })
  })

  it('iam-user / iam-password / iam-domain', () => {
    expect(
      settingsOf({ ...REGION, 'iam-user': 'bot', 'iam-password': 'pw', 'iam-domain': 'acme' }).credentials
    ).toEqual({
      kind: 'password',
      user: 'bot',
      password: 'pw',
      domain: 'acme'
    })
  })

  it('falls back to HUAWEI_CLOUD_ACCESS_KEY_ID / HUAWEI_CLOUD_SECRET_ACCESS_KEY', () => {
    expect(
      settingsOf(REGION, { HUAWEI_CLOUD_ACCESS_KEY_ID: 'ENVAK', HUAWEI_CLOUD_SECRET_ACCESS_KEY: 'envsk' }).credentials
    ).toEqual({
      kind: 'aksk',
      accessKey: 'ENVAK',
      secretKey: 'envsk'
    })
  })

  it('falls back to HUAWEICLOUD_SDK_AK / _SK / _SECURITY_TOKEN', () => {
    expect(
      settingsOf(REGION, {
        HUAWEICLOUD_SDK_AK: 'SDKAK',
        HUAWEICLOUD_SDK_SK: 'sdksk',
        HUAWEICLOUD_SDK_SECURITY_TOKEN: 'sdkst'
      }).credentials
    ).toEqual({
      kind: 'aksk',
      accessKey: 'SDKAK',
      secretKey: 'sdksk',
      securityToken: 'sdkst'
    })
  })

  it('prefers the HUAWEI_CLOUD_ names of huaweicloud/auth-action over the SDK names', () => {
    const env = {
      HUAWEI_CLOUD_ACCESS_KEY_ID: 'ACTIONAK',
      HUAWEI_CLOUD_SECRET_ACCESS_KEY: 'actionsk',
      HUAWEICLOUD_SDK_AK: 'SDKAK',
      HUAWEICLOUD_SDK_SK: 'sdksk'
    }
    expect(settingsOf(REGION, env).credentials).toEqual({ kind: 'aksk', accessKey: 'ACTIONAK', secretKey: 'actionsk' })
  })

  it('inputs win over the environment', () => {
    const env = {
      HUAWEI_CLOUD_ACCESS_KEY_ID: 'ENVAK',
      HUAWEI_CLOUD_SECRET_ACCESS_KEY: 'envsk',
      HUAWEICLOUD_SDK_SECURITY_TOKEN: 'envst'
    }
    expect(settingsOf({ ...REGION, 'access-key': 'INAK', 'secret-key': 'insk' }, env).credentials).toEqual({
      kind: 'aksk',
      accessKey: 'INAK',
      secretKey: 'insk'
    })
    expect(settingsOf({ ...REGION, token: 'tok' }, env).credentials).toEqual({ kind: 'token', token: 'tok' })
    expect(
      settingsOf({ ...REGION, 'iam-user': 'u', 'iam-password': 'p', 'iam-domain': 'd' }, env).credentials.kind
    ).toBe('password')
  })

  it.each([
    [{ 'access-key': 'AK1' }, 'secret-key'],
    [{ 'secret-key': 'sk' }, 'access-key'],
    [{ 'security-token': 'st' }, 'access-key'],
    [{ 'access-key': 'AK1', 'security-token': 'st' }, 'secret-key'],
    [{ 'iam-user': 'u' }, 'iam-password'],
    [{ 'iam-password': 'pw' }, 'iam-user'],
    [{ 'iam-domain': 'd' }, 'iam-user'],
    [{ 'iam-user': 'u', 'iam-password': 'pw' }, 'iam-domain']
  ])('an incomplete set %j names %s', (inputs, missing) => {
    inputError(missing, { ...REGION, ...inputs })
  })

  it.each([
    [{ HUAWEI_CLOUD_ACCESS_KEY_ID: 'AK1' }, 'HUAWEI_CLOUD_SECRET_ACCESS_KEY'],
    [{ HUAWEICLOUD_SDK_AK: 'AK1' }, 'HUAWEICLOUD_SDK_SK'],
    [{ HUAWEI_CLOUD_SECRET_ACCESS_KEY: 'sk' }, 'HUAWEI_CLOUD_ACCESS_KEY_ID'],
    [{ HUAWEICLOUD_SDK_SK: 'sk' }, 'HUAWEICLOUD_SDK_AK']
  ])('an incomplete pair in the environment %j names %s', (env, missing) => {
    inputError(missing, REGION, env)
  })

  it.each([
    [{ token: 't', 'access-key': 'AK1', 'secret-key': 'sk' }, 'token', ['access-key']],
    [{ token: 't', 'iam-user': 'u', 'iam-password': 'p', 'iam-domain': 'd' }, 'token', ['iam-user']],
    [
      { 'access-key': 'AK1', 'secret-key': 'sk', 'iam-user': 'u', 'iam-password': 'p', 'iam-domain': 'd' },
      'access-key',
      ['iam-user']
    ],
    [{ token: 't', 'secret-key': 'sk', 'iam-password': 'p' }, 'token', ['access-key', 'iam-user']]
  ])('two kinds of credentials %j are refused', (inputs, first, others) => {
    const message = inputError(first, { ...REGION, ...inputs })
    expect(message).toContain('exactly one kind')
    for (const other of others) expect(message).toContain(`"${other}"`)
  })

  it('no credentials at all', () => {
    expect(inputError('token', REGION)).toContain('HUAWEI_CLOUD_ACCESS_KEY_ID')
  })

  it.each(['AK-1', 'AK 1', 'ak/1', 'äk'])('refuses the access key %j without showing it', (ak) => {
    const message = inputError('access-key', { ...REGION, 'access-key': ak, 'secret-key': 'sk' })
    expect(message).not.toContain(ak)
  })
})

describe('secrets never reach a message, and are all masked', () => {
  const SECRET_TOKEN = 'Tk9SZWFsVG9rZW4\nX-Injected: yes'
  const SECRET_SK = 'c2VjcmV0U0sx\u0007bell'
  const SECRET_ST = 'U2VjVG9rZW4\r\nmore'
  const SECRET_PW = 'P@ssw0rd-\u0001-hunter2'
  const SECRETS = [SECRET_TOKEN, SECRET_SK, SECRET_ST, SECRET_PW]
  /** Every piece of 6 characters or more, between control characters. */
  // eslint-disable-next-line no-control-regex -- splitting on control characters is the point
  const fragments = (secret: string): string[] => secret.split(/[\x00-\x1f]+/).filter((p) => p.length >= 6)

  function expectNoSecret(message: string): void {
    for (const secret of SECRETS) for (const fragment of fragments(secret)) expect(message).not.toContain(fragment)
  }

  const REGION = { region: 'cn-north-4', 'project-id': 'p1' }
  it.each<[string, Record<string, string>, string]>([
    ['a token with a line break', { ...REGION, token: SECRET_TOKEN }, 'token'],
    [
      'a secret key with a control character',
      { ...REGION, 'access-key': 'AK1', 'secret-key': SECRET_SK },
      'secret-key'
    ],
    [
      'a security token with CR LF',
      { ...REGION, 'access-key': 'AK1', 'secret-key': 'okSK', 'security-token': SECRET_ST },
      'security-token'
    ],
    ['a secret key alone', { ...REGION, 'secret-key': SECRET_SK }, 'access-key'],
    ['a password without user', { ...REGION, 'iam-password': SECRET_PW }, 'iam-user'],
    ['a password without domain', { ...REGION, 'iam-user': 'bot', 'iam-password': SECRET_PW }, 'iam-domain'],
    [
      'token and password',
      { ...REGION, token: 'plain', 'iam-user': 'bot', 'iam-password': SECRET_PW, 'iam-domain': 'd' },
      'token'
    ],
    [
      'every kind at once',
      { ...REGION, token: SECRET_TOKEN, 'access-key': 'AK1', 'secret-key': SECRET_SK, 'iam-password': SECRET_PW },
      'token'
    ],
    [
      'a bad region after secrets',
      { region: 'Bad Region', 'project-id': 'p', token: SECRET_TOKEN, 'iam-password': SECRET_PW },
      'region'
    ],
    [
      'a bad timeout after secrets',
      { ...REGION, 'access-key': 'AK1', 'secret-key': 'okSK', 'security-token': 'okST', timeout: 'forever' },
      'timeout'
    ]
  ])('%s', (_label, inputs, input) => {
    expectNoSecret(inputError(input, inputs))
  })

  it('takes the key and the secret from one family of variables, never one from each', () => {
    const env = { HUAWEI_CLOUD_ACCESS_KEY_ID: 'AKFROMAUTH', HUAWEICLOUD_SDK_SK: 'sdk-secret' }
    expect(inputError('HUAWEI_CLOUD_SECRET_ACCESS_KEY', REGION, env)).toContain('HUAWEI_CLOUD_ACCESS_KEY_ID')
  })

  it('control characters in secrets from the environment are refused without the value', () => {
    expectNoSecret(
      inputError('HUAWEI_CLOUD_SECRET_ACCESS_KEY', REGION, {
        HUAWEI_CLOUD_ACCESS_KEY_ID: 'AK1',
        HUAWEI_CLOUD_SECRET_ACCESS_KEY: SECRET_SK
      })
    )
    expectNoSecret(
      inputError('HUAWEICLOUD_SDK_SECURITY_TOKEN', REGION, {
        HUAWEICLOUD_SDK_AK: 'AK1',
        HUAWEICLOUD_SDK_SK: 'okSK',
        HUAWEICLOUD_SDK_SECURITY_TOKEN: SECRET_ST
      })
    )
  })

  it('a password may hold any character: it travels in a JSON body, not a header', () => {
    expect(
      settingsOf({ ...REGION, 'iam-user': 'bot', 'iam-password': SECRET_PW, 'iam-domain': 'd' }).credentials
    ).toMatchObject({ password: SECRET_PW })
  })

  it('masks every secret input before validating anything', () => {
    inputError('region', {
      region: 'Bad Region',
      token: 'in-token',
      'access-key': 'INAK',
      'secret-key': 'in-sk',
      'security-token': 'in-st',
      'iam-password': 'in-pw',
      'github-token': 'ghs_x'
    })
    const masked = core.setSecret.mock.calls.map((call) => call[0])
    expect(masked).toEqual(expect.arrayContaining(['in-token', 'INAK', 'in-sk', 'in-st', 'in-pw', 'ghs_x']))
  })

  it('masks every secret from the environment', () => {
    settingsOf(
      { region: 'cn-north-4', 'project-id': 'p' },
      {
        HUAWEI_CLOUD_ACCESS_KEY_ID: 'ENVAK1',
        HUAWEI_CLOUD_SECRET_ACCESS_KEY: 'env-sk-1',
        HUAWEICLOUD_SDK_AK: 'ENVAK2',
        HUAWEICLOUD_SDK_SK: 'env-sk-2',
        HUAWEICLOUD_SDK_SECURITY_TOKEN: 'env-st-1',
        HUAWEI_CLOUD_SECURITY_TOKEN: 'env-st-2'
      }
    )
    const masked = core.setSecret.mock.calls.map((call) => call[0])
    expect(masked).toEqual(expect.arrayContaining(['ENVAK1', 'env-sk-1', 'ENVAK2', 'env-sk-2', 'env-st-1', 'env-st-2']))
  })

  it('masks the secrets it returns, and nothing empty', () => {
    const s = settingsOf({ ...REGION, 'access-key': 'AK1', 'secret-key': 'the-sk', 'security-token': 'the-st' })
    const masked = core.setSecret.mock.calls.map((call) => call[0])
    if (s.credentials.kind !== 'aksk') throw new Error('expected AK/SK')
    expect(masked).toEqual(
      expect.arrayContaining([s.credentials.accessKey, s.credentials.secretKey, s.credentials.securityToken])
    )
    expect(masked).not.toContain('')
  })

  it('does not mask what is not secret', () => {
    settingsOf({ ...TOKEN_AUTH, 'iam-user': '', 'graph-name': 'movies' })
    const masked = core.setSecret.mock.calls.map((call) => call[0])
    expect(masked).not.toContain('movies')
    expect(masked).not.toContain('cn-north-4')
    expect(masked).not.toContain('p1')
  })
})

describe('job selection', () => {
  it('splits job ids on commas and newlines, trims, drops blanks and duplicates, keeps order', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'job-id': ' b2 , a1\n\nc3,\r\na1,b2 ' }).jobIds).toEqual(['b2', 'a1', 'c3'])
  })

  it('splits graph names the same way; a name may contain spaces', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'graph-name': 'movies,social\nmovies\n my graph ' }).graphNames).toEqual([
      'movies',
      'social',
      'my graph'
    ])
  })

  it.each(['a b', 'ff80;rm', '-x', '../etc', 'id?x=1'])('refuses the job id %j', (id) => {
    expect(inputError('job-id', { ...TOKEN_AUTH, 'job-id': `ok1,${id}` })).toContain(`"${id}"`)
  })

  it('job-name * means any job; another name is kept as given', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'job-name': '*' }).jobName).toBeUndefined()
    expect(settingsOf({ ...TOKEN_AUTH, 'job-name': 'DeleteGraph' }).jobName).toBe('DeleteGraph')
  })

  it.each([
    ['all', 'all'],
    ['ALL', 'all'],
    ['Latest', 'latest']
  ])('select %j → %s', (value, select) => {
    expect(settingsOf({ ...TOKEN_AUTH, select: value }).select).toBe(select)
  })

  it('refuses another select', () => {
    expect(inputError('select', { ...TOKEN_AUTH, select: 'newest' })).toContain('latest, all')
  })
})

describe('since / until', () => {
  const at = (since: string, until = ''): Settings => settingsOf({ ...TOKEN_AUTH, since, until })

  it.each([
    ['2026-11-28T09:30:00Z', Date.UTC(2026, 10, 28, 9, 30)],
    ['2026-11-28T09:30:00', Date.UTC(2026, 10, 28, 9, 30)],
    ['2026-11-28 09:30:00', Date.UTC(2026, 10, 28, 9, 30)],
    ['2026-11-28T09:30:00+08:00', Date.UTC(2026, 10, 28, 1, 30)],
    ['2026-11-28T09:30:00-02:00', Date.UTC(2026, 10, 28, 11, 30)],
    ['2026-11-28', Date.UTC(2026, 10, 28)],
    ['30m', NOW - 30 * 60_000],
    ['2h', NOW - 2 * HOUR],
    ['1d', NOW - 24 * HOUR],
    ['1h30m', NOW - 1.5 * HOUR]
  ])('since %j', (text, expected) => {
    expect(at(text).since).toBe(expected)
  })

  it('until in the same formats', () => {
    expect(at('2d', '1d').until).toBe(NOW - 24 * HOUR)
    expect(at('', '2026-11-28T18:00:00Z').until).toBe(Date.UTC(2026, 10, 28, 18))
  })

  it.each(['yesterday', '2026-02-31', '2026-11-28T25:00:00', '90', '28.11.2026', '-2h'])('refuses since %j', (text) => {
    expect(inputError('since', { ...TOKEN_AUTH, since: text })).toContain(`"${text}"`)
  })

  it('refuses until before since', () => {
    expect(
      inputError('until', { ...TOKEN_AUTH, since: '2026-11-28T10:00:00Z', until: '2026-11-28T09:59:59Z' })
    ).toContain('before "since"')
    inputError('until', { ...TOKEN_AUTH, since: '1h', until: '2h' })
  })

  it('accepts until equal to since', () => {
    const s = at('2026-11-28T10:00:00Z', '2026-11-28T10:00:00Z')
    expect(s.until).toBe(s.since)
  })
})

describe('durations', () => {
  it.each<[string, keyof Settings, string, number]>([
    ['timeout', 'timeoutMs', '2h', 2 * HOUR],
    ['timeout', 'timeoutMs', '1h30m', 1.5 * HOUR],
    ['timeout', 'timeoutMs', '90', 90_000],
    ['poll-interval', 'pollIntervalMs', '500ms', 500],
    ['poll-interval', 'pollIntervalMs', '10s', 10_000],
    ['max-poll-interval', 'maxPollIntervalMs', '5m', 300_000],
    ['request-timeout', 'requestTimeoutMs', '1m', 60_000]
  ])('%s %j', (input, key, text, ms) => {
    expect(settingsOf({ ...TOKEN_AUTH, [input]: text })[key]).toBe(ms)
  })

  it.each(['timeout', 'poll-interval', 'max-poll-interval', 'request-timeout'])(
    '%s: refuses text that is not a duration, and zero',
    (input) => {
      expect(inputError(input, { ...TOKEN_AUTH, [input]: 'soon' })).toContain('"soon"')
      expect(inputError(input, { ...TOKEN_AUTH, [input]: '0s' })).toContain('longer than zero')
    }
  )

  it('refuses a max-poll-interval shorter than poll-interval', () => {
    expect(
      inputError('max-poll-interval', { ...TOKEN_AUTH, 'poll-interval': '2m', 'max-poll-interval': '30s' })
    ).toContain('"poll-interval" (2m)')
    inputError('max-poll-interval', { ...TOKEN_AUTH, 'max-poll-interval': '1s' })
  })

  it('accepts max-poll-interval equal to poll-interval', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'poll-interval': '30s', 'max-poll-interval': '30s' }).maxPollIntervalMs).toBe(
      30_000
    )
  })
})

describe('fail-on, max-failed-lines and booleans', () => {
  it.each([
    ['failed,partFailed', ['failed', 'partFailed']],
    ['failed', ['failed']],
    ['partFailed', ['partFailed']],
    ['partiallyFailed', ['partFailed']],
    ['FAILED, PARTFAILED', ['failed', 'partFailed']],
    ['failed\npartFailed', ['failed', 'partFailed']],
    ['failed partFailed', ['failed', 'partFailed']],
    ['failed,failed', ['failed']],
    ['none', []],
    ['NONE', []]
  ])('fail-on %j', (text, failOn) => {
    expect(settingsOf({ ...TOKEN_AUTH, 'fail-on': text }).failOn).toEqual(failOn)
  })

  it.each(['none,failed', 'failure', 'success', 'all'])('refuses fail-on %j', (text) => {
    inputError('fail-on', { ...TOKEN_AUTH, 'fail-on': text })
  })

  it.each([
    ['0', 0],
    ['1000', 1000],
    ['', undefined]
  ])('max-failed-lines %j', (text, count) => {
    expect(settingsOf({ ...TOKEN_AUTH, 'max-failed-lines': text }).maxFailedLines).toBe(count)
  })

  it.each(['-1', '1.5', 'abc', '1e3', '99999999999999999999'])('refuses max-failed-lines %j', (text) => {
    inputError('max-failed-lines', { ...TOKEN_AUTH, 'max-failed-lines': text })
  })

  it.each([
    ['wait-for-job', 'waitForJob'],
    ['summary', 'summary']
  ] as const)('%s reads true/false in any case and refuses anything else', (input, key) => {
    expect(settingsOf({ ...TOKEN_AUTH, [input]: 'false' })[key]).toBe(false)
    expect(settingsOf({ ...TOKEN_AUTH, [input]: 'FALSE' })[key]).toBe(false)
    expect(settingsOf({ ...TOKEN_AUTH, [input]: 'True' })[key]).toBe(true)
    expect(settingsOf({ ...TOKEN_AUTH, [input]: '' })[key]).toBe(true)
    for (const bad of ['yes', '1', 'no']) inputError(input, { ...TOKEN_AUTH, [input]: bad })
  })

  it('report-file', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'report-file': 'out/ges.json' }).reportFile).toBe('out/ges.json')
  })
})

describe('pr-comment', () => {
  it('is off by default', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'github-token': 'ghs_x' }).prComment).toBeUndefined()
  })

  it('needs a token, and a header-safe one', () => {
    inputError('github-token', { ...TOKEN_AUTH, 'pr-comment': 'true' })
    expect(
      inputError('github-token', { ...TOKEN_AUTH, 'pr-comment': 'true', 'github-token': 'ghs_\nsecretpart' })
    ).not.toContain('secretpart')
  })

  it('derives a tag from the graphs or job ids, or takes the given one', () => {
    const on = { ...TOKEN_AUTH, 'pr-comment': 'true', 'github-token': 'ghs_x' }
    expect(settingsOf({ ...on, 'graph-name': 'social,movies' }).prComment).toEqual({
      githubToken: 'ghs_x',
      tag: 'graph:movies,social',
      mode: 'update'
    })
    expect(settingsOf({ ...on, 'job-id': 'b,a', 'graph-name': 'g' }).prComment?.tag).toBe('job:a,b')
    expect(settingsOf(on).prComment?.tag).toBe('default')
    expect(settingsOf({ ...on, 'comment-tag': 'movies-prod' }).prComment?.tag).toBe('movies-prod')
  })

  it('refuses a tag that could close an HTML comment', () => {
    inputError('comment-tag', { ...TOKEN_AUTH, 'pr-comment': 'true', 'github-token': 'ghs_x', 'comment-tag': 'x-->' })
  })

  const on = { ...TOKEN_AUTH, 'pr-comment': 'true', 'github-token': 'ghs_x' }

  it('pr-number: a pull request number, or empty for the event’s', () => {
    expect(settingsOf({ ...on, 'pr-number': '42' }).prComment?.prNumber).toBe(42)
    expect(settingsOf({ ...on, 'pr-number': ' #42 ' }).prComment?.prNumber).toBe(42)
    expect(settingsOf({ ...on, 'pr-number': '' }).prComment).not.toHaveProperty('prNumber')
    for (const bad of ['0', '-3', '4.5', 'abc', '1e3', '99999999999999999999', '#']) {
      const message = inputError('pr-number', { ...on, 'pr-number': bad })
      expect(message).toContain(`("${bad}")`)
      expect(message).toMatch(/Example: .*42/)
    }
    // A typo is reported even when no comment is asked for.
    inputError('pr-number', { ...TOKEN_AUTH, 'pr-number': 'x' })
  })

  it('comment-mode: update (default), recreate or skip-unchanged, with the closest on a typo', () => {
    expect(settingsOf(on).prComment?.mode).toBe('update')
    expect(settingsOf({ ...on, 'comment-mode': 'Recreate' }).prComment?.mode).toBe('recreate')
    expect(settingsOf({ ...on, 'comment-mode': 'skip_unchanged' }).prComment?.mode).toBe('skip-unchanged')
    expect(inputError('comment-mode', { ...on, 'comment-mode': 'skip-unchange' })).toContain(
      'did you mean "skip-unchanged"?'
    )
    expect(inputError('comment-mode', { ...on, 'comment-mode': 'updte' })).toContain('did you mean "update"?')
    expect(inputError('comment-mode', { ...on, 'comment-mode': 'recreated' })).toContain('did you mean "recreate"?')
    const far = inputError('comment-mode', { ...on, 'comment-mode': 'sticky-forever' })
    expect(far).toContain('update, recreate, skip-unchanged')
    expect(far).not.toContain('did you mean')
  })
})
