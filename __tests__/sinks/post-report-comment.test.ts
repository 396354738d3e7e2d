import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commentBudgetMs, postReportComment, runUrlOf } from '../../src/sinks/pr-comment/post-report-comment.js'
import type { GitHubApi } from '../../src/sinks/pr-comment/github-api.js'
import type { Log } from '../../src/shared/log.js'

function recorder(): Log & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    debug: (m) => lines.push(`debug ${m}`),
    info: (m) => lines.push(`info ${m}`),
    warning: (m) => lines.push(`warning ${m}`)
  }
}

function prEnv(): Record<string, string> {
  const event = join(mkdtempSync(join(tmpdir(), 'ges-pr-')), 'event.json')
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }))
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/graphs',
    GITHUB_RUN_ID: '9'
  }
}

const request = { token: 'ghs_x', tag: 'prod', render: (runUrl: string | undefined) => `report ${runUrl ?? ''}` }

/** A GitHub that never answers; an aborted call fails as Octokit's do (status 500, "This operation was aborted"). */
async function hungGitHub(_token: string, signal: AbortSignal): Promise<GitHubApi> {
  const aborted = (): Error => Object.assign(new Error('This operation was aborted'), { status: 500 })
  // As fetch does: a signal aborted before the call rejects it at once.
  const hung = (): Promise<never> =>
    new Promise((_, reject) => {
      if (signal.aborted) reject(aborted())
      else signal.addEventListener('abort', () => reject(aborted()))
    })
  return {
    comments: () => ({ whoAmI: hung, listComments: hung, create: hung, update: hung, remove: hung }),
    pullRequestsOfBranch: hung,
    pullRequestsOfCommit: hung
  }
}

describe('postReportComment', () => {
  it('makes no GitHub call without a pull request, and says so once', async () => {
    const log = recorder()
    const connect = jest.fn<() => Promise<GitHubApi>>()
    expect(await postReportComment(request, log, { GITHUB_EVENT_NAME: 'push' }, connect)).toBeUndefined()
    expect(connect).not.toHaveBeenCalled()
    expect(log.lines).toEqual([expect.stringMatching(/^info pr-comment: no pull request .*push event/)])
  })

  it('gives up on a GitHub that does not answer, with one warning, within its time limit', async () => {
    const log = recorder()
    const started = Date.now()
    const url = await postReportComment({ ...request, timeoutMs: 50 }, log, prEnv(), hungGitHub)
    expect(url).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(2000)
    expect(log.lines.filter((l) => l.startsWith('warning'))).toEqual([
      expect.stringContaining('GitHub did not answer within 50ms (what was left of timeout, plus at most 10s)')
    ])
    // Octokit gives its own abort status 500: that is not GitHub's answer.
    expect(log.lines.join('\n')).not.toContain('GitHub answered')
  })

  it('stops at once when the run is cancelled, and says so rather than what Octokit made of the abort', async () => {
    const log = recorder()
    const cancel = new AbortController()
    setTimeout(() => cancel.abort(), 20)
    const started = Date.now()
    const url = await postReportComment({ ...request, cancel: cancel.signal }, log, prEnv(), hungGitHub)
    expect(url).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(2000) // not the 30 s time limit
    expect(log.lines).toEqual([
      'warning pr-comment: the run was cancelled while the report was being posted on pull request #7; the comment may be missing or out of date'
    ])
  })

  it('makes no GitHub call when the run was cancelled before the comment began', async () => {
    const log = recorder()
    const cancel = new AbortController()
    cancel.abort()
    const connect = jest.fn<() => Promise<GitHubApi>>()
    const url = await postReportComment({ ...request, cancel: cancel.signal }, log, prEnv(), connect)
    expect(url).toBeUndefined()
    expect(connect).not.toHaveBeenCalled()
    expect(log.lines).toEqual([
      'warning pr-comment: the run was cancelled while the report was being posted on pull request #7; the comment may be missing or out of date'
    ])
  })

  it('turns a 403 into one warning that names the permission and the workflow_run pattern', async () => {
    const log = recorder()
    const forbidden = Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
    const url = await postReportComment(request, log, prEnv(), async () => {
      throw forbidden
    })
    expect(url).toBeUndefined()
    const [warning] = log.lines.filter((l) => l.startsWith('warning'))
    expect(warning).toContain('GitHub answered 403')
    expect(warning).toContain('pull-requests: write')
    expect(warning).toContain('workflow_run')
  })

  it('a 404 gets its own help: which pull request, and whose token', async () => {
    const log = recorder()
    const notFound = Object.assign(new Error('Not Found'), { status: 404 })
    await postReportComment({ ...request, prNumber: 12 }, log, prEnv(), async () => {
      throw notFound
    })
    const [warning] = log.lines.filter((l) => l.startsWith('warning'))
    expect(warning).toContain('GitHub answered 404')
    expect(warning).toContain('pr-number')
    expect(warning).toContain('github-token')
    expect(warning).not.toContain('pull-requests: write')
  })

  it('a fork’s workflow_run matching several open pull requests: a warning naming pr-number, nothing posted', async () => {
    const log = recorder()
    const event = join(mkdtempSync(join(tmpdir(), 'ges-pr-')), 'event.json')
    writeFileSync(
      event,
      JSON.stringify({
        workflow_run: { pull_requests: [], event: 'pull_request', head_branch: 'main', head_sha: 'abc' },
        repository: { name: 'graphs', owner: { login: 'acme' } }
      })
    )
    const comments = jest.fn<GitHubApi['comments']>()
    const url = await postReportComment(
      request,
      log,
      { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/graphs' },
      async () => ({
        comments,
        pullRequestsOfBranch: async () => [],
        pullRequestsOfCommit: async () => [
          { number: 3, state: 'open', headSha: 'abc' },
          { number: 5, state: 'open', headSha: 'abc' },
          { number: 8, state: 'closed', headSha: 'abc' }
        ]
      })
    )
    expect(url).toBeUndefined()
    expect(comments).not.toHaveBeenCalled()
    expect(log.lines.filter((l) => l.startsWith('warning'))).toEqual([
      expect.stringMatching(/2 open pull requests \(#3, #5\) have commit abc; set pr-number/)
    ])
  })

  it('links the run, with the attempt when it is not the first', () => {
    expect(runUrlOf({ GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '5' })).toBe('https://github.com/a/b/actions/runs/5')
    expect(
      runUrlOf({
        GITHUB_SERVER_URL: 'https://ghe.example',
        GITHUB_REPOSITORY: 'a/b',
        GITHUB_RUN_ID: '5',
        GITHUB_RUN_ATTEMPT: '2'
      })
    ).toBe('https://ghe.example/a/b/actions/runs/5/attempts/2')
    expect(runUrlOf({})).toBeUndefined()
  })
})

describe('commentBudgetMs', () => {
  it('is what is left of timeout plus 10 s, at most 30 s, never negative', () => {
    expect(commentBudgetMs(0)).toBe(10_000)
    expect(commentBudgetMs(-5_000)).toBe(10_000)
    expect(commentBudgetMs(4_000)).toBe(14_000)
    expect(commentBudgetMs(20_000)).toBe(30_000)
    expect(commentBudgetMs(3_600_000)).toBe(30_000)
  })
})
