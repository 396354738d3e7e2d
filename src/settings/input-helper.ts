import * as core from '@actions/core'
import { parseDuration } from './duration.js'
import { gesEndpointFor, iamEndpointFor, KNOWN_GES_REGIONS, parseBaseUrl } from './endpoints.js'
import { InputError } from './input-error.js'
import type { ApiVersion, CredentialSettings, FailOn, PrCommentSettings, Selection, Settings } from './settings.js'
import { parseUtcTime } from '../util/time.js'

/** Reads one input as the runner passes it (`INPUT_<NAME>`, dashes kept); '' when unset. */
export type InputReader = (name: string) => string
export type Env = Record<string, string | undefined>

const readCoreInput: InputReader = (name) => core.getInput(name)

/** The only place that reads inputs: turns them into validated settings, or throws InputError. */
export function getSettings(
  read: InputReader = readCoreInput,
  env: Env = process.env,
  now: number = Date.now()
): Settings {
  const input = (name: string): string => read(name).trim()
  const envValue = (...names: string[]): string | undefined => names.map((n) => env[n]?.trim()).find((v) => v)

  maskSecrets(input, envValue)

  const region = optional(input('region')) ?? envValue('HUAWEI_CLOUD_REGION')
  if (region !== undefined) checkRegion(region)
  const endpoint = optional(input('endpoint'))
  if (!endpoint && !region) {
    throw new InputError('region', 'is required when "endpoint" is not set', 'cn-north-4')
  }
  const credentials = getCredentials(input, envValue)
  const projectId = getProjectId(
    input('project-id') || envValue('HUAWEI_CLOUD_PROJECT_ID', 'HUAWEICLOUD_SDK_PROJECT_ID')
  )
  if (!projectId && (credentials.kind === 'token' || !region)) {
    throw new InputError(
      'project-id',
      credentials.kind === 'token'
        ? 'is required with token authentication (or set HUAWEI_CLOUD_PROJECT_ID)'
        : 'is required when "region" is not set: the project is found from the region name',
      '0123456789abcdef0123456789abcdef'
    )
  }

  const timeoutMs = getDuration(input, 'timeout', '30m')
  const pollIntervalMs = getDuration(input, 'poll-interval', '5s')
  const maxPollIntervalMs = getDuration(input, 'max-poll-interval', '60s')
  if (maxPollIntervalMs < pollIntervalMs) {
    throw new InputError(
      'max-poll-interval',
      `(${input('max-poll-interval')}) must not be shorter than "poll-interval" (${input('poll-interval') || '5s'})`,
      '60s'
    )
  }
  const since = getTimePoint(input, 'since', now)
  const until = getTimePoint(input, 'until', now)
  if (since !== undefined && until !== undefined && until < since) {
    throw new InputError(
      'until',
      `("${input('until')}") is before "since" ("${input('since')}")`,
      '2026-11-28T18:00:00Z'
    )
  }

  const jobName = input('job-name') || 'ImportGraph'
  return {
    projectId,
    region,
    endpoint: endpoint ? parseBaseUrl('endpoint', endpoint) : gesEndpointFor(region as string),
    iamEndpoint: parseBaseUrl('iam-endpoint', optional(input('iam-endpoint')) ?? iamEndpointFor(region)),
    apiVersion: getApiVersion(input('api-version')),
    credentials,
    jobIds: getList(input, 'job-id', /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ff80808167bb90340167bc3c7b5b026a'),
    graphNames: getList(input, 'graph-name', /^[^\s,][^,\r\n]*$/, 'movies'),
    jobName: jobName === '*' ? undefined : jobName,
    since,
    until,
    select: getChoice<Selection>(input, 'select', ['latest', 'all'], 'latest'),
    waitForJob: getBoolean(input, 'wait-for-job', true),
    timeoutMs,
    pollIntervalMs,
    maxPollIntervalMs,
    requestTimeoutMs: getDuration(input, 'request-timeout', '30s'),
    failOn: getFailOn(input('fail-on')),
    maxFailedLines: getCount(input, 'max-failed-lines'),
    summary: getBoolean(input, 'summary', true),
    reportFile: optional(input('report-file')),
    prComment: getPrComment(input)
  }
}

/** A tag goes into an HTML comment: keep it to characters that cannot close one. */
const TAG = /^[A-Za-z0-9._:,/+=@-]{1,100}$/

function getPrComment(input: (name: string) => string): PrCommentSettings | undefined {
  if (!getBoolean(input, 'pr-comment', false)) return undefined
  const githubToken = input('github-token')
  if (!githubToken) {
    throw new InputError(
      'github-token',
      'is empty but pr-comment is true: GitHub needs a token to comment',
      '${{ github.token }}'
    )
  }
  checkHeaderSafe('github-token', githubToken)
  const given = input('comment-tag')
  if (given && !TAG.test(given)) {
    throw new InputError(
      'comment-tag',
      `("${given}") must be 1 to 100 letters, digits or . _ : , / + = @ -`,
      'movies-${{ matrix.env }}'
    )
  }
  return { githubToken, tag: given || defaultTag(input) }
}

/** One comment per set of graphs (or job ids) unless the workflow names its own tag. */
function defaultTag(input: (name: string) => string): string {
  const items = (name: string): string[] =>
    input(name)
      .split(/[,\r\n]/)
      .map((item) => item.trim())
      .filter(Boolean)
      .sort()
  const graphs = items('graph-name')
  const ids = items('job-id')
  const tag = ids.length > 0 ? `job:${ids.join(',')}` : graphs.length > 0 ? `graph:${graphs.join(',')}` : 'default'
  const safe = tag.replace(/[^A-Za-z0-9._:,/+=@-]/g, '-')
  return safe.length <= 100 ? safe : `${safe.slice(0, 91)}~${hash(safe)}`
}

function hash(text: string): string {
  let h = 0
  for (const c of text) h = (Math.imul(h, 31) + c.codePointAt(0)!) >>> 0
  return h.toString(36).padStart(8, '0').slice(0, 8)
}

const SECRET_INPUTS = ['token', 'secret-key', 'security-token', 'iam-password', 'access-key', 'github-token']
const SECRET_ENV = [
  'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
  'HUAWEICLOUD_SDK_SK',
  'HUAWEICLOUD_SDK_SECURITY_TOKEN',
  'HUAWEI_CLOUD_SECURITY_TOKEN',
  'HUAWEI_CLOUD_ACCESS_KEY_ID',
  'HUAWEICLOUD_SDK_AK'
]

/** Registers every secret with the runner before anything, including an error, can print it. */
function maskSecrets(input: (name: string) => string, envValue: (name: string) => string | undefined): void {
  for (const value of [...SECRET_INPUTS.map(input), ...SECRET_ENV.map((n) => envValue(n))]) {
    if (value) core.setSecret(value)
  }
}

function optional(value: string): string | undefined {
  return value === '' ? undefined : value
}

function checkRegion(region: string): void {
  if (!/^[a-z]{2,}(?:-[a-z0-9]+)+$/.test(region)) {
    throw new InputError('region', `("${region}") is not a region name`, 'cn-north-4')
  }
  if (!KNOWN_GES_REGIONS.includes(region)) {
    core.warning(
      `Region "${region}" is not one the Huawei Cloud SDKs list for GES (${KNOWN_GES_REGIONS.join(', ')}); set "endpoint" if ges.${region} does not resolve.`
    )
  }
}

function getProjectId(value: string | undefined): string | undefined {
  if (!value) return undefined
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw new InputError(
      'project-id',
      `("${value}") must be letters, digits, "-" or "_"`,
      '0123456789abcdef0123456789abcdef'
    )
  }
  return value
}

function getCredentials(
  input: (name: string) => string,
  envValue: (...names: string[]) => string | undefined
): CredentialSettings {
  // Which kinds were given is checked before any kind is validated: with two kinds, "set exactly
  // one" is the useful message, not what the second kind lacks.
  const kinds: { name: string; build: () => CredentialSettings }[] = []
  const token = input('token')
  if (token) {
    kinds.push({
      name: 'token',
      build: () => {
        checkHeaderSafe('token', token)
        return { kind: 'token', token }
      }
    })
  }
  if (input('access-key') || input('secret-key') || input('security-token')) {
    kinds.push({
      name: 'access-key',
      build: () => akskCredentials(input('access-key'), input('secret-key'), input('security-token'), AKSK_INPUTS)
    })
  }
  if (input('iam-user') || input('iam-password') || input('iam-domain')) {
    kinds.push({
      name: 'iam-user',
      build: () => passwordCredentials(input('iam-user'), input('iam-password'), input('iam-domain'))
    })
  }
  if (kinds.length > 1) {
    throw new InputError(
      kinds[0].name,
      `cannot be combined with ${kinds
        .slice(1)
        .map((k) => `"${k.name}"`)
        .join(
          ' and '
        )}: set exactly one kind of credentials (token, access-key/secret-key, or iam-user/iam-password/iam-domain)`,
      'access-key: ${{ secrets.HUAWEI_AK }} and secret-key: ${{ secrets.HUAWEI_SK }}, with no token or iam-* input'
    )
  }
  if (kinds.length === 1) return kinds[0].build()

  // A key and a secret are taken from the same family of variables, never one from each.
  for (const family of AKSK_ENV) {
    const ak = envValue(family.ak)
    const sk = envValue(family.sk)
    if (ak || sk) {
      const token = envValue(family.token) ?? envValue(AKSK_ENV[1].token)
      return akskCredentials(ak ?? '', sk ?? '', token ?? '', family)
    }
  }
  throw new InputError(
    'token',
    'is not set, and neither are "access-key"/"secret-key", "iam-user"/"iam-password"/"iam-domain", nor HUAWEI_CLOUD_ACCESS_KEY_ID/HUAWEI_CLOUD_SECRET_ACCESS_KEY in the environment: give one kind of credentials',
    'access-key: ${{ secrets.HUAWEI_AK }} and secret-key: ${{ secrets.HUAWEI_SK }}'
  )
}

interface AkSkNames {
  ak: string
  sk: string
  token: string
}
const AKSK_INPUTS: AkSkNames = { ak: 'access-key', sk: 'secret-key', token: 'security-token' }
/** What huaweicloud/auth-action exports, then what the official SDKs read. */
const AKSK_ENV: AkSkNames[] = [
  { ak: 'HUAWEI_CLOUD_ACCESS_KEY_ID', sk: 'HUAWEI_CLOUD_SECRET_ACCESS_KEY', token: 'HUAWEI_CLOUD_SECURITY_TOKEN' },
  { ak: 'HUAWEICLOUD_SDK_AK', sk: 'HUAWEICLOUD_SDK_SK', token: 'HUAWEICLOUD_SDK_SECURITY_TOKEN' }
]

function akskCredentials(
  accessKey: string,
  secretKey: string,
  securityToken: string,
  names: AkSkNames
): CredentialSettings {
  const { ak: akName, sk: skName } = names
  if (!accessKey) throw new InputError(akName, `is required with "${skName}"`, '${{ secrets.HUAWEI_AK }}')
  if (!secretKey) throw new InputError(skName, `is required with "${akName}"`, '${{ secrets.HUAWEI_SK }}')
  if (!/^[A-Za-z0-9]+$/.test(accessKey)) {
    throw new InputError(
      akName,
      'must contain only letters and digits (the value is not shown: it is masked)',
      '${{ secrets.HUAWEI_AK }}'
    )
  }
  checkHeaderSafe(skName, secretKey)
  if (securityToken) checkHeaderSafe(names.token, securityToken)
  return { kind: 'aksk', accessKey, secretKey, ...(securityToken ? { securityToken } : {}) }
}

function passwordCredentials(user: string, password: string, domain: string): CredentialSettings {
  if (!user) throw new InputError('iam-user', 'is required with "iam-password"', 'deploy-bot')
  if (!password)
    throw new InputError('iam-password', 'is required with "iam-user"', '${{ secrets.HUAWEI_IAM_PASSWORD }}')
  if (!domain) {
    throw new InputError(
      'iam-domain',
      'is required with "iam-user": it is the account (domain) name the IAM user belongs to',
      'my-company'
    )
  }
  return { kind: 'password', user, password, domain }
}

/** A secret with a line break or control character would corrupt a header; never echo it. */
function checkHeaderSafe(name: string, value: string): void {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(value)) {
    throw new InputError(
      name,
      'contains a line break or control character (the value is not shown: it is masked)',
      'a single-line secret such as ${{ secrets.HUAWEI_SK }}'
    )
  }
}

function getDuration(input: (name: string) => string, name: string, fallback: string): number {
  const text = input(name) || fallback
  const ms = parseDuration(text)
  if (ms === undefined) {
    throw new InputError(
      name,
      `("${text}") is not a duration: use a number with a unit ms, s, m, h or d`,
      `"${fallback}" or "1h30m"`
    )
  }
  if (ms <= 0) throw new InputError(name, `("${text}") must be longer than zero`, `"${fallback}"`)
  return ms
}

/** An ISO-8601 timestamp, a date (midnight UTC), or a duration ago such as `2h`. */
function getTimePoint(input: (name: string) => string, name: string, now: number): number | undefined {
  const text = input(name)
  if (!text) return undefined
  const absolute = parseUtcTime(text)
  if (absolute !== undefined) return absolute
  const ago = parseDuration(text)
  if (ago !== undefined && /[a-z]$/i.test(text)) return now - ago
  throw new InputError(
    name,
    `("${text}") is not a time: use an ISO-8601 timestamp, a date yyyy-MM-dd, or a duration ago such as 30m, 2h or 1d`,
    '"2026-11-28T09:30:00Z", "2026-11-28" or "2h"'
  )
}

function getApiVersion(value: string): ApiVersion {
  const normalised = value.toLowerCase()
  if (normalised === '' || normalised === 'v1' || normalised === 'v1.0') return 'v1'
  if (normalised === 'v2') return 'v2'
  throw new InputError('api-version', `("${value}") must be "v1" or "v2"`, 'v1')
}

function getChoice<T extends string>(input: (name: string) => string, name: string, choices: T[], fallback: T): T {
  const value = input(name).toLowerCase() || fallback
  const choice = choices.find((c) => c === value)
  if (!choice) throw new InputError(name, `("${input(name)}") must be one of ${choices.join(', ')}`, fallback)
  return choice
}

function getBoolean(input: (name: string) => string, name: string, fallback: boolean): boolean {
  const value = input(name).toLowerCase()
  if (value === '') return fallback
  if (value === 'true') return true
  if (value === 'false') return false
  throw new InputError(name, `("${input(name)}") must be true or false`, String(fallback))
}

function getCount(input: (name: string) => string, name: string): number | undefined {
  const value = input(name)
  if (!value) return undefined
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InputError(name, `("${value}") must be a whole number of lines, 0 or more`, '1000')
  }
  return Number(value)
}

/** Comma- or newline-separated, blanks dropped, duplicates removed, order kept. */
function getList(input: (name: string) => string, name: string, pattern: RegExp, example: string): string[] {
  const items = input(name)
    .split(/[,\r\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
  for (const item of items) {
    if (!pattern.test(item)) throw new InputError(name, `has an invalid entry "${item}"`, example)
  }
  return [...new Set(items)]
}

function getFailOn(value: string): FailOn[] {
  const items = (value || 'failed,partFailed')
    .split(/[,\s]+/)
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)
  if (items.length === 1 && items[0] === 'none') return []
  const result = new Set<FailOn>()
  for (const item of items) {
    if (item === 'failed') result.add('failed')
    else if (item === 'partfailed' || item === 'partiallyfailed') result.add('partFailed')
    else {
      throw new InputError(
        'fail-on',
        `("${value}") must be "failed", "partFailed", both comma-separated, or "none"`,
        'failed,partFailed'
      )
    }
  }
  return [...result]
}
