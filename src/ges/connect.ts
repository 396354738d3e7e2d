import { AkSkAuthorizer } from '../auth/aksk-authorizer.js'
import type { Authorizer } from '../http/authorizer.js'
import { IamClient } from '../auth/iam-client.js'
import { PasswordAuthorizer } from '../auth/password-authorizer.js'
import { TokenAuthorizer } from '../auth/token-authorizer.js'
import { ApiCaller } from '../http/api-caller.js'
import { ApiError } from '../http/api-error.js'
import { Reachability } from '../http/reachability.js'
import type { Settings } from '../settings/settings.js'
import type { RunContext } from '../shared/run-context.js'
import type { JobSource } from './job-source.js'
import type { Graph } from './model.js'
import { GesClient } from './ges-client.js'

/** The job-center calls, and the one write: starting an import (ImportGraph). */
export interface GesConnection extends JobSource {
  startImport: GesClient['startImport']
}

/**
 * Credentials → authorizer → GES client. Built on first use, inside the first poll, so that
 * a transient failure of IAM (token, project discovery) is retried like any other poll. Every
 * request gets the budget the run's deadline leaves it. `advice` says which inputs to check
 * when a host never answered (the settings know the input names, not this module).
 */
export function connectToGes(
  settings: Settings,
  context: Pick<RunContext, 'transport' | 'log' | 'deadline'>,
  advice: (host: string) => string
): GesConnection {
  const { transport, log, deadline } = context
  // One for GES and IAM alike: each host gets its own "has it answered once?".
  const reachability = new Reachability(advice)
  const callerWith = (authorizer?: Authorizer): ApiCaller =>
    new ApiCaller(transport, authorizer, () => deadline.requestMs(), log, reachability)
  const gesClient = (projectId: string, authorizer: Authorizer): GesClient =>
    new GesClient(settings.endpoint, settings.apiVersion, projectId, callerWith(authorizer))

  async function build(): Promise<GesClient> {
    const { credentials, projectId, region } = settings
    switch (credentials.kind) {
      case 'token':
        return gesClient(projectId as string, new TokenAuthorizer(credentials.token))
      case 'aksk': {
        const keys = {
          accessKey: credentials.accessKey,
          secretKey: credentials.secretKey,
          securityToken: credentials.securityToken
        }
        let id = projectId
        if (!id) {
          id = await new IamClient(settings.iamEndpoint, callerWith(new AkSkAuthorizer(keys, undefined))).findProjectId(
            region as string
          )
          log.info(`Project of region ${region}: ${id}`)
        }
        return gesClient(id, new AkSkAuthorizer(keys, id))
      }
      case 'password': {
        const authorizer = new PasswordAuthorizer(
          new IamClient(settings.iamEndpoint, callerWith()),
          credentials,
          projectId ? { id: projectId } : { name: region as string }
        )
        const id = await authorizer.projectId()
        if (!id)
          throw new ApiError('permanent', `IAM issued a token without a project for region ${region}: set "project-id"`)
        if (!projectId) log.info(`Project of region ${region}: ${id}`)
        return gesClient(id, authorizer)
      }
    }
  }

  let client: Promise<GesClient> | undefined
  const ready = (): Promise<GesClient> =>
    (client ??= build().catch((error: unknown) => {
      client = undefined // try again on the next poll
      throw error
    }))
  // The graph list answers name → id for the import and for the status polls alike: read once.
  let graphs: Promise<Graph[]> | undefined
  const listGraphs = (): Promise<Graph[]> =>
    (graphs ??= ready()
      .then((c) => c.listGraphs())
      .catch((error: unknown) => {
        graphs = undefined // a failed listing is tried again
        throw error
      }))
  // Forward every argument as it is: a dropped one (the listing's stop condition) once went unnoticed.
  return {
    listJobs: async (...args) => (await ready()).listJobs(...args),
    getJob: async (...args) => (await ready()).getJob(...args),
    listGraphs,
    startImport: async (...args) => (await ready()).startImport(...args)
  }
}
