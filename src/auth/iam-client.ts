import * as core from '@actions/core'
import type { ApiCaller } from '../http/api-caller.js'
import { ApiError } from '../http/api-error.js'

export interface PasswordIdentity {
  user: string
  password: string
  domain: string
}

/** What a token is scoped to: GES needs a project-scoped token (ges-api.md §4.2). */
export type ProjectScope = { id: string } | { name: string }

export interface IssuedToken {
  token: string
  /** The project the token is scoped to, as IAM reports it. */
  projectId: string | undefined
}

/** The two IAM calls the action makes. */
export class IamClient {
  constructor(
    private readonly iamEndpoint: string,
    private readonly caller: ApiCaller
  ) {}

  /** `POST /v3/auth/tokens`: the token comes back in the X-Subject-Token header. */
  async issueToken(identity: PasswordIdentity, scope: ProjectScope): Promise<IssuedToken> {
    const body = JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: identity.user, password: identity.password, domain: { name: identity.domain } } }
        },
        scope: { project: scope }
      }
    })
    let answer
    try {
      answer = await this.caller.call({
        what: 'Getting an IAM token',
        method: 'POST',
        url: `${this.iamEndpoint}/v3/auth/tokens`,
        headers: { 'Content-Type': 'application/json;charset=utf8' },
        body
      })
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'auth') {
        throw new ApiError(
          'permanent',
          `${error.message}. IAM rejected "iam-user"/"iam-password"/"iam-domain": check them (the domain is the account name).`,
          error.details
        )
      }
      throw error
    }
    const token = answer.headers['x-subject-token']
    if (!token)
      throw new ApiError('transient', 'Getting an IAM token failed: IAM answered without an X-Subject-Token header')
    core.setSecret(token)
    const project = (answer.json as { token?: { project?: { id?: unknown } } } | null)?.token?.project
    return { token, projectId: typeof project?.id === 'string' ? project.id : undefined }
  }

  /** `GET /v3/projects?name=REGION`, AK/SK-signed: what the SDKs do when only a region is known. */
  async findProjectId(region: string): Promise<string> {
    const what = `Finding the project of region ${region}`
    const { json } = await this.caller
      .call({ what, method: 'GET', url: `${this.iamEndpoint}/v3/projects`, query: { name: region } })
      .catch((error: unknown) => {
        // ges-api.md §4.4: this call needs iam:projects:list, which keys with only GES rights lack.
        if (!(error instanceof ApiError) || error.details.status !== 403) throw error
        const fix = 'set "project-id", or grant the IAM user iam:projects:list'
        throw new ApiError('permanent', error.message.replace('check the IAM permissions for GES', fix), error.details)
      })
    const projects = (json as { projects?: unknown } | null)?.projects
    const matches = (Array.isArray(projects) ? (projects as unknown[]) : []).filter(
      (p): p is { id: string; name: string } =>
        typeof (p as { id?: unknown } | null)?.id === 'string' && (p as { name?: unknown }).name === region
    )
    if (matches.length !== 1) {
      throw new ApiError(
        'permanent',
        `Finding the project of region ${region} failed: IAM lists ${matches.length} projects named "${region}" (exactly one is needed). Set "project-id".`
      )
    }
    return matches[0].id
  }
}
