import * as core from '@actions/core'
import { InputError } from './input-error.js'
import type { Input } from './input-parsers.js'
import type { CredentialSettings } from './settings.js'

/** Reads the first non-empty environment variable of `names`. */
export type EnvReader = (...names: string[]) => string | undefined

/** Inputs and variables that hold secrets (the access key too: it names the account). */
/** Secrets: masked before anything is checked, and checked by their own rules (a password may hold anything). */
export const SECRET_INPUTS = ['token', 'secret-key', 'security-token', 'iam-password', 'access-key', 'github-token']
const SECRET_ENV = [
  'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
  'HUAWEICLOUD_SDK_SK',
  'HUAWEICLOUD_SDK_SECURITY_TOKEN',
  'HUAWEI_CLOUD_SECURITY_TOKEN',
  'HUAWEI_CLOUD_ACCESS_KEY_ID',
  'HUAWEICLOUD_SDK_AK'
]

/** Registers every secret with the runner before anything, including an error, can print it. */
export function maskSecrets(input: Input, envValue: EnvReader): void {
  for (const value of [...SECRET_INPUTS.map(input), ...SECRET_ENV.map((n) => envValue(n))]) {
    if (value) core.setSecret(value)
  }
}

/** Exactly one kind of credentials: inputs first, then the environment's AK/SK. */
export function getCredentials(input: Input, envValue: EnvReader): CredentialSettings {
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
export function checkHeaderSafe(name: string, value: string): void {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(value)) {
    throw new InputError(
      name,
      'contains a line break or control character (the value is not shown: it is masked)',
      'a single-line secret such as ${{ secrets.HUAWEI_SK }}'
    )
  }
}
