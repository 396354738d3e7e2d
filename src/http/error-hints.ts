import type { ApiError } from './api-error.js'

/** Gateway codes: some Huawei docs spell the prefix `APIGW.` (docs/ges-api.md#errors). */
const apig = (number: string): RegExp => new RegExp(`^APIGW?\\.${number}$`, 'i')

/**
 * What to do about an error that stopped the wait: one sentence a person can act on, naming
 * the input to fix. Undefined when there is nothing better to say than the error itself.
 * Codes come before statuses: the gateway and GES reuse 400 and 401 for different mistakes.
 */
export function hintForApiError(error: ApiError): string | undefined {
  if (error.hint) return error.hint
  const code = error.details.code ?? ''
  const status = error.details.status
  // docs/ges-api.md#errors: APIG.0307 "the token must be updated", an expired token.
  if (apig('0307').test(code)) {
    return 'The token expired (APIG.0307, "the token must be updated"): get a new one and pass it as "token" (IAM tokens live 24 h). With iam-user/iam-password the action already fetched a new token once and GES still refused it.'
  }
  // docs/ges-api.md#errors: APIG.0301 covers bad or expired tokens, bad signatures, unknown AKs and clock skew.
  if (apig('0301').test(code) || status === 401) {
    return 'Authentication failed: check the token or the access-key/secret-key pair (and security-token for temporary keys), and that they belong to this project. With AK/SK, also check the runner clock: a signature more than 15 minutes off is rejected the same way. A bad AK/SK is not retried: 5 failures lock the key for 5 minutes.'
  }
  // docs/ges-api.md#errors (ges_03_0040): a wrong project id comes as 400 GES.0016 or GES.0001, not 404.
  if (/^GES\.0016$/i.test(code)) {
    return 'GES does not know this project (GES.0016): check "project-id" (the id of the project of your region, in the console under My Credentials > Projects).'
  }
  if (/^GES\.0001$/i.test(code)) {
    return 'GES rejected a request parameter (GES.0001), which is also how it answers a wrong project id: check "project-id", then "region"/"endpoint".'
  }
  if (/^GES\.7000$/i.test(code)) return 'The graph does not exist: check "graph-name".'
  if (status === 403) {
    return 'The credentials lack permission: grant the IAM user a GES policy (GES ReadOnlyAccess is enough to read jobs) in this project.'
  }
  if (status === 404) {
    return 'Check "project-id", "region"/"endpoint" and "api-version": the job-center URL was not found.'
  }
  return undefined
}
