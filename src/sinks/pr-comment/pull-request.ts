/** Which pull request a run belongs to, from `pr-number` or the event payload the runner wrote. Pure. */

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/**
 * A workflow_run from a fork: GitHub leaves `workflow_run.pull_requests` empty, so the pull
 * request is looked up in `base` from the run's head repository and branch, or its head SHA.
 */
export interface PullRequestQuery {
  base: { owner: string; repo: string }
  /** `owner:branch` for GET /repos/{base}/pulls?head=…&state=open. */
  head?: { owner: string; branch: string }
  sha?: string
}

export type PullRequestLookup = { found: PullRequestRef } | { lookUp: PullRequestQuery } | { notFound: string }

type Payload = Record<string, unknown> & {
  repository?: { name?: unknown; owner?: { login?: unknown } }
  pull_request?: { number?: unknown }
  issue?: { number?: unknown; pull_request?: unknown }
  workflow_run?: {
    pull_requests?: unknown
    event?: unknown
    head_branch?: unknown
    head_sha?: unknown
    head_repository?: { owner?: { login?: unknown }; full_name?: unknown }
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

export function findPullRequest(
  eventName: string,
  payload: Payload,
  repository: string | undefined,
  prNumber?: number
): PullRequestLookup {
  const [owner, repo] = (repository ?? '').split('/')
  const resolvedOwner = owner || text(payload.repository?.owner?.login)
  const resolvedRepo = repo || text(payload.repository?.name)
  const at = (number: unknown, source: string): PullRequestLookup => {
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) {
      return { notFound: `the ${source} names no pull request number` }
    }
    if (!resolvedOwner || !resolvedRepo) return { notFound: 'GITHUB_REPOSITORY is not set' }
    return { found: { owner: resolvedOwner, repo: resolvedRepo, number } }
  }
  if (prNumber !== undefined) return at(prNumber, 'pr-number input')
  const event = `${eventName} event payload`
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return at(payload.pull_request?.number, event)
    case 'issue_comment':
      return payload.issue?.pull_request
        ? at(payload.issue.number, event)
        : { notFound: 'the comment is on an issue, not a pull request' }
    case 'workflow_run':
      return workflowRun(payload.workflow_run ?? {}, resolvedOwner, resolvedRepo, (n) => at(n, event))
    default:
      return { notFound: `a ${eventName || 'manual'} event has no pull request (set pr-number to name one)` }
  }
}

function workflowRun(
  run: NonNullable<Payload['workflow_run']>,
  owner: string | undefined,
  repo: string | undefined,
  at: (number: unknown) => PullRequestLookup
): PullRequestLookup {
  // GitHub may list a pull request of another repository (one inside the fork, on the same
  // branch): only those based on this repository count.
  const here = `/repos/${owner ?? ''}/${repo ?? ''}`.toLowerCase()
  const prs = Array.isArray(run.pull_requests)
    ? (run.pull_requests as Array<{ number?: unknown; base?: { repo?: { url?: unknown } } }>).filter((pr) => {
        const url = pr?.base?.repo?.url
        return typeof url !== 'string' || url.toLowerCase().endsWith(here)
      })
    : undefined
  if (Array.isArray(prs) && prs.length === 1) return at(prs[0].number)
  if (Array.isArray(prs) && prs.length > 1) {
    return { notFound: `the workflow_run payload names ${prs.length} pull requests; set pr-number to choose one` }
  }
  // Empty: a run from a fork (GitHub leaves the list empty), or a run that no pull request triggered.
  const trigger = text(run.event)
  if (trigger && trigger !== 'pull_request' && trigger !== 'pull_request_target') {
    return { notFound: `the workflow_run was triggered by ${trigger}, not by a pull request` }
  }
  const headOwner = text(run.head_repository?.owner?.login) ?? text(run.head_repository?.full_name)?.split('/')[0]
  const branch = text(run.head_branch)
  const sha = text(run.head_sha)
  if (!owner || !repo || ((!headOwner || !branch) && !sha)) {
    return { notFound: 'the workflow_run payload names no pull request, and no head branch or SHA to look one up by' }
  }
  return {
    lookUp: {
      base: { owner, repo },
      ...(headOwner && branch ? { head: { owner: headOwner, branch } } : {}),
      ...(sha ? { sha } : {})
    }
  }
}

/** An open pull request as the lookup endpoints describe it. */
export interface PullRequestSummary {
  number: number
  state?: string
  headSha?: string
}

/**
 * Of the pull requests an endpoint returned, the one the run belongs to: open, and at the run's
 * head SHA when the endpoint says which SHA (after a newer push, a newer run reports). The caller
 * takes only an answer of exactly one.
 */
export function matchingPullRequests(candidates: PullRequestSummary[], sha: string | undefined): number[] {
  const open = candidates.filter((pr) => !pr.state || pr.state === 'open')
  const atSha = open.filter((pr) => !sha || !pr.headSha || pr.headSha === sha)
  return [...new Set(atSha.map((pr) => pr.number))].sort((a, b) => a - b)
}
