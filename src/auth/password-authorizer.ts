import type { Authorizer, OutgoingRequest } from '../http/authorizer.js'
import type { IamClient, PasswordIdentity, ProjectScope } from './iam-client.js'

/**
 * IAM password auth: one project-scoped token per run, fetched on first use and kept in
 * memory; renewed once if GES answers 401 mid-wait (tokens live 24 h, a wait may outlast one).
 */
export class PasswordAuthorizer implements Authorizer {
  private token: Promise<string> | undefined
  private renewals = 0

  constructor(
    private readonly iam: IamClient,
    private readonly identity: PasswordIdentity,
    private scope: ProjectScope
  ) {}

  /** The project id, asking IAM for a token when only the region is known. */
  async projectId(): Promise<string | undefined> {
    if ('id' in this.scope) return this.scope.id
    const issued = await this.iam.issueToken(this.identity, this.scope)
    this.token = Promise.resolve(issued.token)
    if (issued.projectId) this.scope = { id: issued.projectId }
    return issued.projectId
  }

  async authorize(request: OutgoingRequest): Promise<Record<string, string>> {
    this.token ??= this.iam.issueToken(this.identity, this.scope).then((issued) => issued.token)
    try {
      return { ...request.headers, 'X-Auth-Token': await this.token }
    } catch (error) {
      this.token = undefined // a failed fetch (e.g. a network error) is tried again next time
      throw error
    }
  }

  async renew(): Promise<boolean> {
    if (this.renewals >= 1) return false
    this.renewals += 1
    this.token = undefined
    return true
  }
}
