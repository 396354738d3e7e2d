import { readFile } from 'node:fs/promises'
import { loadUndici } from '../../http/undici-on-demand.js'
import type { CommentMode } from '../../settings/settings.js'
import type { Log } from '../../shared/log.js'
import { formatDuration } from '../../shared/time.js'
import { timeoutSignal } from '../../shared/timers.js'
import type { GitHubApi } from './github-api.js'
import { findPullRequest, matchingPullRequests, type PullRequestQuery, type PullRequestRef } from './pull-request.js'
import { upsertStickyComment } from './sticky-comment.js'

export interface CommentRequest {
  token: string
  tag: string
  mode?: CommentMode
  /** `pr-number`: overrides the event's pull request. */
  prNumber?: number
  /** Renders the comment body (without the marker), given the run's URL. */
  render: (runUrl: string | undefined) => string
  /** skip-unchanged: whether two bodies differ only in volatile parts (time, run link). */
  sameContent?: (a: string, b: string) => boolean
  /** How long all GitHub calls together may take (commentBudgetMs); default COMMENT_MAX_MS. */
  timeoutMs?: number
  /** The run's cancellation (SIGINT): it stops the GitHub calls in flight too. */
  cancel?: AbortSignal
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

/**
 * GitHub's text (URLs, logins, error messages) on one line: a line break could start a `::`
 * workflow command in the log, and invisible characters could hide what follows.
 */
const oneLine = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  text.replace(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ').slice(0, 500)

/**
 * The whole comment (who am I, list, write) must be done within what is left of `timeout` plus
 * this grace, at most COMMENT_MAX_MS, or it is given up: a slow GitHub must not hold the step
 * long past the timeout the workflow set.
 */
const COMMENT_GRACE_MS = 10_000
const COMMENT_MAX_MS = 30_000

/** How long the comment may take, `leftMs` of `timeout` being left after the wait. */
export function commentBudgetMs(leftMs: number): number {
  return Math.min(COMMENT_MAX_MS, Math.max(0, leftMs) + COMMENT_GRACE_MS)
}

/** What to do about GitHub's refusal, by status. */
function helpFor(status: unknown, where: string, lookingUp: boolean): string {
  if (lookingUp && (status === 403 || status === 404)) {
    // Finding a fork's pull request reads the pull requests; writing the comment is a later step.
    return `Finding the pull request of a workflow_run from a fork lists the pull requests of ${where}: the token needs "pull-requests: read" (add it to the permissions block, beside "pull-requests: write").`
  }
  switch (status) {
    case 401:
      return 'GitHub refused the github-token itself (expired, revoked or not a token): check the github-token input.'
    case 403:
      return 'The token needs "pull-requests: write" (add a permissions block to the job). Pull requests from forks and Dependabot get a read-only token: post the report from a separate workflow triggered by workflow_run instead (README: "Pull requests from forks").'
    case 404:
      return `GitHub answers 404 when ${where} does not exist or the token cannot see the repository: check pr-number (or the event's pull request), and that github-token belongs to this repository (a token of another repository, or of an app not installed on it, sees 404; so can a read-only token writing to a private repository).`
    default:
      return 'The step result is not affected.'
  }
}

/**
 * Posts (or updates) the report comment on the run's pull request. Returns the comment URL,
 * or undefined when there is no pull request or GitHub refused: a comment never changes the
 * verdict, so every failure here is one warning.
 */
export async function postReportComment(
  request: CommentRequest,
  log: Log,
  env: Env = process.env,
  connect: (token: string, signal: AbortSignal) => Promise<GitHubApi> = loadOctokit
): Promise<string | undefined> {
  const timeoutMs = request.timeoutMs ?? COMMENT_MAX_MS
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  let payload: Record<string, unknown> = {}
  try {
    if (env.GITHUB_EVENT_PATH)
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
  } catch {
    // No readable payload: findPullRequest says what is missing.
  }
  const lookup = findPullRequest(eventName, payload, env.GITHUB_REPOSITORY, request.prNumber)
  if ('notFound' in lookup) {
    log.info(`pr-comment: no pull request to comment on (${lookup.notFound}); no GitHub request made`)
    return undefined
  }
  const timeLimit = timeoutSignal(timeoutMs)
  const signal = request.cancel ? AbortSignal.any([timeLimit, request.cancel]) : timeLimit
  const describe = (ref: PullRequestRef): string => `pull request #${ref.number} of ${ref.owner}/${ref.repo}`
  const query = 'lookUp' in lookup ? lookup.lookUp : undefined
  let pr = 'found' in lookup ? lookup.found : undefined
  let where = pr ? describe(pr) : `the repository ${query?.base.owner}/${query?.base.repo}`
  let lookingUp = false
  try {
    // Cancelled already (while the event was read): no GitHub call at all, rather than one whose
    // abort listener comes too late to hear it.
    signal.throwIfAborted()
    const github = await connect(request.token, signal)
    if (!pr && query) {
      lookingUp = true
      pr = await lookUpPullRequest(github, query, log)
      lookingUp = false
    }
    if (!pr) return undefined
    where = describe(pr)
    const { comment, action, notes } = await upsertStickyComment(
      github.comments(pr),
      request.tag,
      request.render(runUrlOf(env)),
      request.mode,
      request.sameContent
    )
    for (const note of notes) log.warning(`pr-comment: ${oneLine(note)}.`)
    log.info(
      action === 'unchanged'
        ? `Report on ${pr.owner}/${pr.repo}#${pr.number} is unchanged (comment-mode skip-unchanged): ${oneLine(comment.url)}`
        : `Report ${action === 'created' ? 'posted' : action} on ${pr.owner}/${pr.repo}#${pr.number}: ${oneLine(comment.url)}`
    )
    return comment.url
  } catch (error) {
    const target = pr ? `pull request #${pr.number}` : 'the pull request'
    if (request.cancel?.aborted) {
      // Some calls may have been made (a comment deleted, none written yet): say so, not "GitHub answered".
      log.warning(
        `pr-comment: the run was cancelled while the report was being posted on ${target}; the comment may be missing or out of date`
      )
      return undefined
    }
    // Octokit reports an aborted request as status 500: that is our time limit, not GitHub's answer.
    const status = signal.aborted ? undefined : (error as { status?: number }).status
    const message = signal.aborted
      ? `GitHub did not answer within ${formatDuration(timeoutMs)} (what was left of timeout, plus at most ${formatDuration(COMMENT_GRACE_MS)})`
      : error instanceof Error
        ? oneLine(error.message)
        : oneLine(String(error))
    log.warning(
      `Could not post the report on ${target}${status ? ` (GitHub answered ${status})` : ''}: ${message}. ${helpFor(status, where, lookingUp)}${status === 401 || status === 403 || status === 404 ? ' The step result is not affected.' : ''}`
    )
    return undefined
  }
}

/**
 * A workflow_run from a fork names no pull request: find it from the run's head branch, then its
 * head SHA. Only exactly one open pull request counts.
 */
async function lookUpPullRequest(
  github: GitHubApi,
  query: PullRequestQuery,
  log: Log
): Promise<PullRequestRef | undefined> {
  const { base, head, sha } = query
  let numbers: number[] = []
  if (head) numbers = matchingPullRequests(await github.pullRequestsOfBranch(base, head), sha)
  if (numbers.length === 0 && sha) numbers = matchingPullRequests(await github.pullRequestsOfCommit(base, sha), sha)
  const of = [head && `branch ${head.owner}:${head.branch}`, sha && `commit ${sha.slice(0, 12)}`]
    .filter(Boolean)
    .join(' or ')
  if (numbers.length === 1) {
    log.info(`pr-comment: the workflow_run names no pull request; found #${numbers[0]} from ${of}`)
    return { ...base, number: numbers[0] }
  }
  if (numbers.length === 0) {
    log.info(`pr-comment: no open pull request of ${base.owner}/${base.repo} has ${of}; nothing posted`)
  } else {
    log.warning(
      `pr-comment: ${numbers.length} open pull requests (#${numbers.join(', #')}) have ${of}; set pr-number to choose one. Nothing posted.`
    )
  }
  return undefined
}

/** @actions/github and undici are large: load them only when a comment is wanted. */
async function loadOctokit(token: string, signal: AbortSignal): Promise<GitHubApi> {
  await loadUndici()
  const { octokitGitHub } = await import('./octokit-comments.js')
  return octokitGitHub(token, signal)
}
