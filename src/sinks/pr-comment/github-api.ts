import type { PullRequestQuery, PullRequestRef, PullRequestSummary } from './pull-request.js'
import type { CommentsApi } from './sticky-comment.js'

/** What the comment sink asks of GitHub; implemented over Octokit (loaded on demand), faked in tests. */
export interface GitHubApi {
  comments(pr: PullRequestRef): CommentsApi
  /** Open pull requests of `base` whose head is `owner:branch`. */
  pullRequestsOfBranch(
    base: PullRequestQuery['base'],
    head: { owner: string; branch: string }
  ): Promise<PullRequestSummary[]>
  /** Pull requests of `base` that contain the commit. */
  pullRequestsOfCommit(base: PullRequestQuery['base'], sha: string): Promise<PullRequestSummary[]>
}
