import { describe, expect, it } from '@jest/globals'
import {
  getSettings,
  core,
  type Settings,
  NOW,
  HOUR,
  ACTION_DEFAULTS,
  TOKEN_AUTH,
  settingsOf,
  inputError
} from './support.js'

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
    appearTimeoutMs: 5 * 60_000,
    pollIntervalMs: 5000,
    maxPollIntervalMs: 60_000,
    requestTimeoutMs: 30_000,
    failOn: ['failed', 'partFailed', 'unknown'],
    maxFailedLines: undefined,
    summary: true,
    reportFile: undefined,
    importLogLines: 5,
    trend: 10,
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

describe('appear-timeout', () => {
  it('is 5m by default, and follows a shorter timeout without complaint', () => {
    expect(settingsOf(TOKEN_AUTH).appearTimeoutMs).toBe(5 * 60_000)
    expect(settingsOf({ ...TOKEN_AUTH, timeout: '2m' }).appearTimeoutMs).toBe(2 * 60_000)
    expect(settingsOf({ ...TOKEN_AUTH, 'appear-timeout': '45s' }).appearTimeoutMs).toBe(45_000)
  })

  it('may equal timeout', () => {
    expect(settingsOf({ ...TOKEN_AUTH, timeout: '10m', 'appear-timeout': '10m' }).appearTimeoutMs).toBe(10 * 60_000)
  })

  it('refuses a value longer than timeout, naming both', () => {
    const message = inputError('appear-timeout', { ...TOKEN_AUTH, timeout: '5m', 'appear-timeout': '10m' })
    expect(message).toContain('(10m) is longer than "timeout" (5m)')
    expect(message).toContain('Example: 5m')
  })

  it('accepts a value longer than timeout with wait-for-job: false, where it does not apply', () => {
    const settings = settingsOf({ ...TOKEN_AUTH, timeout: '5m', 'appear-timeout': '10m', 'wait-for-job': 'false' })
    expect(settings.appearTimeoutMs).toBe(5 * 60_000)
    expect(settings.waitForJob).toBe(false)
    // Still read: a typo is an error whether or not the value applies.
    expect(
      inputError('appear-timeout', { ...TOKEN_AUTH, 'appear-timeout': 'soon', 'wait-for-job': 'false' })
    ).toContain('"soon"')
  })

  it('refuses text that is not a duration, and zero', () => {
    expect(inputError('appear-timeout', { ...TOKEN_AUTH, 'appear-timeout': 'soon' })).toContain('"soon"')
    expect(inputError('appear-timeout', { ...TOKEN_AUTH, 'appear-timeout': '0s' })).toContain('longer than zero')
  })
})

describe('import-log-lines and obs-endpoint', () => {
  it('takes 0 (off) to 50 lines, and a base URL for OBS', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'import-log-lines': '0' }).importLogLines).toBe(0)
    expect(settingsOf({ ...TOKEN_AUTH, 'import-log-lines': '50' }).importLogLines).toBe(50)
    expect(settingsOf({ ...TOKEN_AUTH, 'obs-endpoint': 'https://obs.internal.example/' }).obsEndpoint).toBe(
      'https://obs.internal.example'
    )
  })

  it.each(['-1', '51', '2.5', 'five', '1e1'])('refuses import-log-lines %j, naming the range', (value) => {
    expect(inputError('import-log-lines', { ...TOKEN_AUTH, 'import-log-lines': value })).toContain(
      'must be a whole number from 0 (off) to 50'
    )
  })

  it('refuses an obs-endpoint over plain http to another host, with an OBS example', () => {
    const message = inputError('obs-endpoint', { ...TOKEN_AUTH, 'obs-endpoint': 'http://obs.example.com' })
    expect(message).toContain('credentials would travel unencrypted')
    expect(message).toContain('https://obs.cn-north-4.myhuaweicloud.com')
  })
})

describe('hidden characters in inputs', () => {
  it('refuses a pasted zero-width space in graph-name, naming the input, the character, where it is and the value without it', () => {
    const message = inputError('graph-name', { ...TOKEN_AUTH, 'graph-name': 'movies\u200b' })
    expect(message).toBe(
      'Input "graph-name" holds a hidden character (U+200B at character 7), as text pasted from a page may. Example: movies'
    )
    expect(inputError('region', { ...TOKEN_AUTH, region: 'cn-north\u2060-4' })).toContain('U+2060 at character 9')
  })

  it('leaves secrets to their own rules: a password may hold any character', () => {
    const inputs = {
      region: 'cn-north-4',
      'project-id': 'p1',
      'iam-user': 'bot',
      'iam-password': 'pw\u200b',
      'iam-domain': 'd'
    }
    expect(settingsOf(inputs).credentials).toMatchObject({ password: 'pw\u200b' })
  })

  it('keeps the line breaks of a list input', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'graph-name': 'movies\r\nbooks\n' }).graphNames).toEqual(['movies', 'books'])
  })
})
