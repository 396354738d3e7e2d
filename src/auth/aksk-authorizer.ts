import type { Authorizer, OutgoingRequest } from '../http/authorizer.js'
import { type AkSk, signRequest } from './aksk-signer.js'

/**
 * AK/SK signing. X-Project-Id and X-Security-Token are added before signing because they
 * must be among the signed headers (docs/ges-api.md#aksk-signing, step 1).
 */
export class AkSkAuthorizer implements Authorizer {
  constructor(
    private readonly keys: AkSk & { securityToken?: string },
    private readonly projectId: string | undefined,
    private readonly now: () => Date = () => new Date()
  ) {}

  async authorize(request: OutgoingRequest): Promise<Record<string, string>> {
    const headers = { ...request.headers }
    if (this.projectId) headers['X-Project-Id'] = this.projectId
    if (this.keys.securityToken) headers['X-Security-Token'] = this.keys.securityToken
    return signRequest({ ...request, headers }, this.keys, this.now())
  }

  async renew(): Promise<boolean> {
    return false
  }
}
