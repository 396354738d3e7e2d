/** Which pull request a run belongs to, from the event payload the runner wrote. Pure. */

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

export type PullRequestLookup = { found: PullRequestRef } | { notFound: string }

type Payload = Record<string, unknown> & {
  repository?: { name?: unknown; owner?: { login?: unknown } }
  pull_request?: { number?: unknown }
  issue?: { number?: unknown; pull_request?: unknown }
  workflow_run?: { pull_requests?: unknown }
}

export function findPullRequest(
  eventName: string,
  payload: Payload,
  repository: string | undefined
): PullRequestLookup {
  const [owner, repo] = (repository ?? '').split('/')
  const fromPayload = {
    owner: typeof payload.repository?.owner?.login === 'string' ? payload.repository.owner.login : undefined,
    repo: typeof payload.repository?.name === 'string' ? payload.repository.name : undefined
  }
  const at = (number: unknown): PullRequestLookup => {
    const resolvedOwner = owner || fromPayload.owner
    const resolvedRepo = repo || fromPayload.repo
    if (typeof number !== 'number' || !Number.isInteger(number) || !resolvedOwner || !resolvedRepo) {
      return { notFound: `the ${eventName} event payload names no pull request number` }
    }
    return { found: { owner: resolvedOwner, repo: resolvedRepo, number } }
  }
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return at(payload.pull_request?.number)
    case 'issue_comment':
      return payload.issue?.pull_request
        ? at(payload.issue.number)
        : { notFound: 'the comment is on an issue, not a pull request' }
    case 'workflow_run': {
      const prs = payload.workflow_run?.pull_requests
      if (!Array.isArray(prs) || prs.length !== 1) {
        return {
          notFound: `the workflow_run payload names ${Array.isArray(prs) ? prs.length : 0} pull requests (exactly one is needed; runs from forks name none)`
        }
      }
      return at((prs[0] as { number?: unknown }).number)
    }
    default:
      return { notFound: `a ${eventName || 'manual'} event has no pull request` }
  }
}
