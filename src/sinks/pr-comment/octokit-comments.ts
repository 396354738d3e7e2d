import { getOctokit } from '@actions/github'
import type { GitHubApi } from './github-api.js'
import type { PullRequestSummary } from './pull-request.js'
import type { IssueComment } from './sticky-comment.js'

const statusOf = (error: unknown): unknown => (error as { status?: unknown }).status

/**
 * GitHubApi over Octokit. This module is loaded only when a comment is asked for. Every call
 * carries `signal` (Octokit has no timeout of its own, and a hung API must not hold the step).
 */
export function octokitGitHub(token: string, signal: AbortSignal): GitHubApi {
  // baseUrl comes from GITHUB_API_URL, so GitHub Enterprise Server works unchanged (GraphQL too:
  // Octokit turns …/api/v3 into …/api/graphql).
  const octokit = getOctokit(token)
  // Per-call request options are merged deeply: the proxy-aware fetch of the defaults stays.
  const request = { signal }
  const toComment = (c: {
    id: number
    body?: string | null
    html_url: string
    user?: { login: string; type: string } | null
  }): IssueComment => ({
    id: c.id,
    body: c.body ?? '',
    url: c.html_url,
    user: c.user ? { login: c.user.login, type: c.user.type } : null
  })
  const toSummary = (pr: { number: number; state?: string; head?: { sha?: string } }): PullRequestSummary => ({
    number: pr.number,
    state: pr.state,
    headSha: pr.head?.sha
  })

  /** A personal token reads /user; installation tokens (GITHUB_TOKEN, apps) get 403 there, but GraphQL `viewer` answers. */
  async function whoAmI(): Promise<string | undefined> {
    try {
      const { data } = await octokit.rest.users.getAuthenticated({ request })
      if (typeof data?.login === 'string' && data.login) return data.login
    } catch (error) {
      if (signal.aborted || statusOf(error) === 401) throw error
    }
    try {
      const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }', { request })
      if (typeof data?.viewer?.login === 'string' && data.viewer.login) return data.viewer.login
    } catch (error) {
      if (signal.aborted) throw error
    }
    return undefined
  }

  return {
    comments(pr) {
      const repo = { owner: pr.owner, repo: pr.repo, request }
      const target = { ...repo, issue_number: pr.number }
      return {
        whoAmI,
        async listComments() {
          const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...target, per_page: 100 })
          return comments.map(toComment)
        },
        async create(body) {
          return toComment((await octokit.rest.issues.createComment({ ...target, body })).data)
        },
        async update(id, body) {
          return toComment((await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })).data)
        },
        async remove(id) {
          await octokit.rest.issues.deleteComment({ ...repo, comment_id: id })
        }
      }
    },
    async pullRequestsOfBranch(base, head) {
      const { data } = await octokit.rest.pulls.list({
        ...base,
        head: `${head.owner}:${head.branch}`,
        state: 'open',
        per_page: 100,
        request
      })
      return data.map(toSummary)
    },
    async pullRequestsOfCommit(base, sha) {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...base,
        commit_sha: sha,
        per_page: 100,
        request
      })
      return data.map(toSummary)
    }
  }
}
