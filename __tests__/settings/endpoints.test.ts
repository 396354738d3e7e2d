import { describe, expect, it } from '@jest/globals'
import { core, TOKEN_AUTH, settingsOf, inputError } from './support.js'

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

  it.each([
    ['https://ges.cn-north-4.myhuaweicloud.com/v1.0', 'https://ges.cn-north-4.myhuaweicloud.com', '/v1.0'],
    ['https://ges.cn-north-4.myhuaweicloud.com/v1.0/', 'https://ges.cn-north-4.myhuaweicloud.com', '/v1.0'],
    ['https://proxy.example.com/ges/V2/0123abc', 'https://proxy.example.com/ges', '/V2'],
    ['https://proxy.example.com/ges/v1.0/p/graphs/jobs', 'https://proxy.example.com/ges', '/v1.0']
  ])('refuses the endpoint %j, whose path repeats the API version, naming the fix', (endpoint, fixed, version) => {
    const message = inputError('endpoint', { ...TOKEN_AUTH, endpoint })
    expect(message).toContain(`holds the API version "${version}"`)
    expect(message).toContain(`give the base URL without it, "${fixed}"`)
  })

  it.each([
    'https://proxy.example.com/gesv1',
    'https://proxy.example.com/v1x/ges',
    'https://proxy.example.com/api/ges'
  ])('keeps the other path %j as a prefix', (endpoint) => {
    expect(settingsOf({ ...TOKEN_AUTH, endpoint }).endpoint).toBe(endpoint)
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
