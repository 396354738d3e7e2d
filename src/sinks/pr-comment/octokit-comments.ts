import { getOctokit } from '@actions/github'
import type { PullRequestRef } from './pull-request.js'
import type { CommentsApi, IssueComment } from './sticky-comment.js'

/**
 * CommentsApi over Octokit. This module is loaded only when a comment is asked for. Every call
 * carries `signal` (Octokit has no timeout of its own, and a hung API must not hold the step).
 */
export function octokitComments(token: string, pr: PullRequestRef, signal: AbortSignal): CommentsApi {
  // baseUrl comes from GITHUB_API_URL, so GitHub Enterprise Server works unchanged.
  const octokit = getOctokit(token)
  // Per-call request options are merged deeply: the proxy-aware fetch of the defaults stays.
  const request = { signal }
  const repo = { owner: pr.owner, repo: pr.repo, request }
  const target = { ...repo, issue_number: pr.number }
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
  return {
    async whoAmI() {
      try {
        return (await octokit.rest.users.getAuthenticated({ request })).data.login
      } catch {
        return undefined // an installation token (GITHUB_TOKEN) cannot read /user
      }
    },
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
}
