import { describe, expect, it } from '@jest/globals'
import { core, TOKEN_AUTH, settingsOf, inputError } from './support.js'

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
