// The report as one sticky pull-request comment, against a loopback GitHub REST emulator:
// created, then updated in place; one comment per tag; paging; permission errors that warn
// without changing the verdict; events without a pull request; size caps; escaping.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github.mjs'
import { DEMO_JOB_ID, demo, partFailed } from '../../emulator/scenarios.mjs'
import type { Emulator } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, run, sleep, start, startEmu, until, type RunOptions } from './support.js'

const servers: GitHubEmulator[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()))
  await closeAll()
})

async function github(options: Parameters<typeof startGitHubEmulator>[0] = {}): Promise<GitHubEmulator> {
  const server = await startGitHubEmulator(options)
  servers.push(server)
  return server
}

const PR_EVENT = { pull_request: { number: 7 }, repository: { name: 'graphs', owner: { login: 'acme' } } }

/** A run on pull request #7 of acme/graphs with pr-comment on; the job token is the default. */
function onPullRequest(gh: GitHubEmulator, extra: RunOptions = {}): RunOptions {
  return {
    eventName: 'pull_request',
    event: PR_EVENT,
    githubToken: gh.token,
    ...extra,
    inputs: { 'pr-comment': 'true', ...extra.inputs },
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/graphs',
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.example',
      ...extra.env
    }
  }
}

const finished = (scenario = demo): Promise<Emulator> => startEmu(scenario({}, { runMs: 0 }))
const writes = (gh: GitHubEmulator) => gh.requests.filter((r) => r.method !== 'GET')

describe('sticky comment', () => {
  it('creates the comment on the first run and updates it in place on the second', async () => {
    const gh = await github()
    const emu = await finished()
    const first = await run(emu, onPullRequest(gh))
    expect(first.code).toBe(0)
    expect(gh.comments).toHaveLength(1)
    const [comment] = gh.comments
    expect(first.outputs['comment-url']).toBe(`https://github.example/acme/graphs/pull/7#issuecomment-${comment.id}`)
    expect(comment.body).toContain('<!-- ges-job-waiter:graph:movies -->')
    expect(comment.body).toContain('GES import succeeded')
    expect(comment.body).toContain(DEMO_JOB_ID)
    expect(comment.body).toContain('(https://github.example/acme/graphs/actions/runs/4242)')
    expect(comment.body).toMatch(/Updated \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/)
    expect(gh.requests.find((r) => r.method === 'POST')?.path).toBe('/repos/acme/graphs/issues/7/comments')

    const second = await run(await finished(partFailed), onPullRequest(gh))
    expect(second.code).toBe(1) // the verdict follows the job, not the comment
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].id).toBe(comment.id)
    expect(gh.comments[0].body).toContain('partially failed')
    expect(writes(gh).map((r) => r.method)).toEqual(['POST', 'PATCH'])
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
  })

  it('keeps one comment per tag: different tags, different comments', async () => {
    const gh = await github()
    for (const tag of ['prod', 'staging', 'prod']) {
      const r = await run(await finished(), onPullRequest(gh, { inputs: { 'comment-tag': tag } }))
      expect(r.code).toBe(0)
    }
    expect(gh.comments.map((c) => c.body.split('\n')[0]).sort()).toEqual([
      '<!-- ges-job-waiter:prod -->',
      '<!-- ges-job-waiter:staging -->'
    ])
  })

  it('finds its comment on a later page of a long conversation and ignores look-alikes by others', async () => {
    const marker = '<!-- ges-job-waiter:graph:movies -->'
    const chatter = Array.from({ length: 150 }, (_, i) => ({
      owner: 'acme',
      repo: 'graphs',
      number: 7,
      body: `comment ${i}`,
      user: { login: 'dev', type: 'User' }
    }))
    const spoof = {
      owner: 'acme',
      repo: 'graphs',
      number: 7,
      body: `${marker}\nfake`,
      user: { login: 'mallory', type: 'User' }
    }
    const ours = {
      id: 99_999,
      owner: 'acme',
      repo: 'graphs',
      number: 7,
      body: `${marker}\nold report`,
      user: { login: 'github-actions[bot]', type: 'Bot' }
    }
    const gh = await github({ comments: [spoof, ...chatter, ours] })
    const r = await run(await finished(), onPullRequest(gh))

    expect(r.code).toBe(0)
    expect(gh.requests.filter((q) => q.method === 'GET' && q.path.endsWith('/comments')).length).toBeGreaterThanOrEqual(
      2
    )
    expect(writes(gh).map((q) => `${q.method} ${q.path}`)).toEqual(['PATCH /repos/acme/graphs/issues/comments/99999'])
    expect(gh.comments.find((c) => c.id === 99_999)?.body).toContain('GES import succeeded')
    expect(gh.comments.find((c) => c.user?.login === 'mallory')?.body).toBe(`${marker}\nfake`)
  })

  it('with a personal token, only comments written by that user count as ours', async () => {
    const marker = '<!-- ges-job-waiter:graph:movies -->'
    const bot = {
      owner: 'acme',
      repo: 'graphs',
      number: 7,
      body: `${marker}\nby a bot`,
      user: { login: 'other-app[bot]', type: 'Bot' }
    }
    const gh = await github({ userEndpoint: 'ok', login: 'release-bot', comments: [bot] })
    const r = await run(await finished(), onPullRequest(gh))

    expect(r.code).toBe(0)
    expect(writes(gh).map((q) => q.method)).toEqual(['POST'])
    expect(gh.comments.filter((c) => c.user?.login === 'release-bot')).toHaveLength(1)
  })
})

describe('events', () => {
  it.each([
    [
      'issue_comment on a pull request',
      'issue_comment',
      { issue: { number: 7, pull_request: { url: 'x' } }, repository: PR_EVENT.repository }
    ],
    [
      'workflow_run naming one pull request',
      'workflow_run',
      { workflow_run: { pull_requests: [{ number: 7 }] }, repository: PR_EVENT.repository }
    ],
    ['pull_request_target', 'pull_request_target', PR_EVENT]
  ])('%s: comments on PR #7', async (_label, eventName, event) => {
    const gh = await github()
    const r = await run(await finished(), onPullRequest(gh, { eventName, event }))
    expect(r.code).toBe(0)
    expect(writes(gh).map((q) => `${q.method} ${q.path}`)).toEqual(['POST /repos/acme/graphs/issues/7/comments'])
  })

  it.each([
    ['push', { ref: 'refs/heads/main' }],
    ['schedule', {}],
    ['workflow_run', { workflow_run: { pull_requests: [] } }]
  ])('%s: no GitHub request, one info line', async (eventName, event) => {
    const gh = await github()
    const r = await run(await finished(), onPullRequest(gh, { eventName, event }))
    expect(r.code).toBe(0)
    expect(gh.requests).toEqual([])
    expect(r.log).toMatch(/pr-comment: no pull request to comment on/)
    expect(r.warnings).toEqual([])
    expect(r.outputs['comment-url']).toBe('')
  })

  it('pr-comment false (the default): no GitHub request even on a pull request', async () => {
    const gh = await github()
    const r = await run(await finished(), onPullRequest(gh, { inputs: { 'pr-comment': 'false' } }))
    expect(r.code).toBe(0)
    expect(gh.requests).toEqual([])
  })

  it('invalid input: no comment', async () => {
    const gh = await github()
    const emu = await finished()
    const r = await run(emu, onPullRequest(gh, { inputs: { timeout: 'soon' } }))
    expect(r.code).toBe(1)
    expect(gh.requests).toEqual([])
    expect(emu.requests).toEqual([])
  })
})

describe('GitHub refuses', () => {
  it('403 on write (fork or Dependabot token): one warning naming the permission; the verdict stands', async () => {
    const gh = await github({ writeStatus: 403 })
    const r = await run(await finished(), onPullRequest(gh))
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).toContain('pull-requests: write')
    expect(r.warnings[0]).toContain('workflow_run')
    expect(r.outputs['comment-url']).toBe('')
  })

  it('a failing job still fails the step when the comment is refused', async () => {
    const gh = await github({ writeStatus: 403 })
    const r = await run(await finished(partFailed), onPullRequest(gh))
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('partFailed')
  })
})

describe('cancellation', () => {
  it('a cancelled run leaves the comment alone and still exits within 2 s', async () => {
    const gh = await github()
    const emu = await startEmu(demo({}, { runMs: 60_000 }))
    const action = start(emu, onPullRequest(gh, { inputs: { 'poll-interval': '500ms', 'max-poll-interval': '1s' } }))
    await until(() => byEndpoint(emu, 'status').some((q) => q.status === 200), 5000, 'a status poll')
    await sleep(100)
    const signalled = Date.now()
    action.child.kill('SIGINT')
    const r = await action.done

    expect(Date.now() - signalled).toBeLessThan(2000)
    expect(r.outputs.status).toBe('cancelled')
    expect(gh.requests).toEqual([])
    expect(r.log).toContain('pr-comment: the run was cancelled')
  })
})

describe('content', () => {
  it('a report of 3,000 files stays within the comment and summary limits, with a note', async () => {
    const files = Array.from({ length: 3000 }, (_, i) => ({
      path: `obs://bucket/movies/vertices/part-${String(i).padStart(5, '0')}-${'x'.repeat(40)}.csv`,
      log: `obs://bucket/movies/logs/part-${i}.log`,
      status: i % 10 === 0 ? 'partFailed' : 'success',
      cause: i % 10 === 0 ? `line ${i}: column count mismatch ${'y'.repeat(60)}` : null,
      totalLines: 1000,
      successfulLines: i % 10 === 0 ? 990 : 1000,
      failedLines: i % 10 === 0 ? 10 : 0
    }))
    const emu = await startEmu({
      jobs: [
        {
          id: DEMO_JOB_ID,
          graph: 'movies',
          timeline: [{ atMs: 0, status: 'success', jobDetail: { vertexsetPath: files } }]
        }
      ]
    })
    const gh = await github()
    const r = await run(emu, onPullRequest(gh, { inputs: { 'report-file': 'report.json' } }))

    expect(r.code).toBe(1)
    expect(r.outputs['failed-files']).toBe('300')
    const body = gh.comments[0].body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toMatch(/more files are not shown/)
    expect(body).toContain('run summary')
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024)
    // The output keeps the 300 failed files within GitHub's outputs limit; the file keeps all.
    const output = JSON.parse(r.outputs.report)
    expect(output.truncated).toMatch(/report-file/)
    expect(output.jobs[0].files).toHaveLength(300)
    expect(output.jobs[0].filesOmitted).toBe(2700)
    expect(JSON.parse(readFileSync(r.outputs['report-file'], 'utf8')).jobs[0].files).toHaveLength(3000)
  })

  it('cloud text is escaped: no raw HTML, no broken table, no @mention', async () => {
    const cause = '<img src=x onerror=alert(1)> | @octocat `rm -rf` [click](javascript:alert(1))'
    const emu = await startEmu({
      jobs: [
        {
          id: DEMO_JOB_ID,
          graph: 'movies',
          timeline: [
            {
              atMs: 0,
              status: 'success',
              jobDetail: {
                edgesetPath: [
                  { path: 'e.csv', status: 'partFailed', cause, totalLines: 2, successfulLines: 1, failedLines: 1 }
                ]
              }
            }
          ]
        }
      ]
    })
    const gh = await github()
    await run(emu, onPullRequest(gh))
    const body = gh.comments[0].body
    expect(body).not.toContain('<img')
    expect(body).not.toContain('@octocat')
    expect(body).not.toContain('`rm')
    expect(body).not.toContain('](javascript')
    const fileRow = body.split('\n').find((line) => line.includes('e.csv')) as string
    expect(fileRow.split('|').length).toBe(
      body
        .split('\n')
        .find((l) => l.startsWith('| Kind'))!
        .split('|').length
    )
  })
})
