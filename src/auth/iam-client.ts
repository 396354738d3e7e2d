import * as core from '@actions/core'
import type { ApiCaller } from '../http/api-caller.js'
import { ApiError } from '../http/api-error.js'

export interface PasswordIdentity {
  user: string
  password: string
  domain: string
}

/** What a token is scoped to: GES needs a project-scoped token (docs/ges-api.md#iam-password-token). */
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
    let json: unknown
    try {
      ;({ json } = await this.caller.call({
        what: `Finding the project of region ${region}`,
        method: 'GET',
        url: `${this.iamEndpoint}/v3/projects`,
        query: { name: region }
      }))
    } catch (error) {
      // iam_06_0001 (docs/ges-api.md#project-discovery): listing projects needs iam:projects:list, which keys made
      // for GES alone lack. The fix is here, not in the GES policies.
      if (error instanceof ApiError && error.details.status === 403) {
        const fix = 'set "project-id" or grant iam:projects:list'
        throw new ApiError(
          'permanent',
          `Finding the project of region ${region} failed: access denied (403): finding a project lists IAM projects, which needs the permission iam:projects:list; ${fix}`,
          error.details,
          `The keys may not list IAM projects: ${fix} to the IAM user (GES permissions do not cover this call).`
        )
      }
      throw error
    }
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
