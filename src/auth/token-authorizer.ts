import type { Authorizer, OutgoingRequest } from '../http/authorizer.js'

/** A ready IAM token, sent as X-Auth-Token. It cannot be renewed. */
export class TokenAuthorizer implements Authorizer {
  constructor(private readonly token: string) {}

  async authorize(request: OutgoingRequest): Promise<Record<string, string>> {
    return { ...request.headers, 'X-Auth-Token': this.token }
  }

  async renew(): Promise<boolean> {
    return false
  }
}
