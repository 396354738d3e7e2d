import { readFile } from 'node:fs/promises'
import { loadUndici } from '../../http/undici-on-demand.js'
import type { Log } from '../../util/log.js'
import { findPullRequest, type PullRequestRef } from './pull-request.js'
import { upsertStickyComment, type CommentsApi } from './sticky-comment.js'

export interface CommentRequest {
  token: string
  tag: string
  /** Renders the comment body (without the marker), given the run's URL. */
  render: (runUrl: string | undefined) => string
}

type Env = Record<string, string | undefined>

/** Where the run's page is, from the runner's environment. */
export function runUrlOf(env: Env): string | undefined {
  const {
    GITHUB_SERVER_URL: server = 'https://github.com',
    GITHUB_REPOSITORY: repo,
    GITHUB_RUN_ID: run,
    GITHUB_RUN_ATTEMPT: attempt
  } = env
  if (!repo || !run) return undefined
  return `${server}/${repo}/actions/runs/${run}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
}

/** The whole comment (who am I, list, write) must be done within this, or it is given up. */
const COMMENT_TIMEOUT_MS = 30_000

const PERMISSION_HELP =
  'The token needs "pull-requests: write" (add a permissions block to the job). Pull requests from forks and Dependabot get a read-only token: post the report from a separate workflow triggered by workflow_run instead.'

/**
 * Posts (or updates) the report comment on the run's pull request. Returns the comment URL,
 * or undefined when there is no pull request or GitHub refused: a comment never changes the
 * verdict, so every failure here is one warning.
 */
export async function postReportComment(
  request: CommentRequest,
  log: Log,
  env: Env = process.env,
  connect: (token: string, pr: PullRequestRef, signal: AbortSignal) => Promise<CommentsApi> = loadOctokitComments,
  timeoutMs = COMMENT_TIMEOUT_MS
): Promise<string | undefined> {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  let payload: Record<string, unknown> = {}
  try {
    if (env.GITHUB_EVENT_PATH)
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
  } catch {
    // No readable payload: findPullRequest says what is missing.
  }
  const lookup = findPullRequest(eventName, payload, env.GITHUB_REPOSITORY)
  if ('notFound' in lookup) {
    log.info(`pr-comment: no pull request to comment on (${lookup.notFound}); no GitHub request made`)
    return undefined
  }
  const pr = lookup.found
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const api = await connect(request.token, pr, signal)
    const comment = await upsertStickyComment(api, request.tag, request.render(runUrlOf(env)))
    log.info(`Report posted on ${pr.owner}/${pr.repo}#${pr.number}: ${comment.url}`)
    return comment.url
  } catch (error) {
    const status = (error as { status?: number }).status
    const message = signal.aborted
      ? `GitHub did not answer within ${timeoutMs / 1000} s`
      : error instanceof Error
        ? error.message
        : String(error)
    log.warning(
      `Could not post the report on pull request #${pr.number}${status ? ` (GitHub answered ${status})` : ''}: ${message}. ${status === 403 || status === 404 ? PERMISSION_HELP : 'The step result is not affected.'}`
    )
    return undefined
  }
}

/** @actions/github and undici are large: load them only when a comment is wanted. */
async function loadOctokitComments(token: string, pr: PullRequestRef, signal: AbortSignal): Promise<CommentsApi> {
  await loadUndici()
  const { octokitComments } = await import('./octokit-comments.js')
  return octokitComments(token, pr, signal)
}
