// The report as one sticky pull-request comment, against a loopback GitHub emulator (REST and
// GraphQL `viewer`): created, then updated in place; one comment per tag; paging; only our own
// comments touched, for every token kind; comment modes; fork pull requests through workflow_run;
// races; permission errors that warn without changing the verdict; events without a pull
// request; size caps; escaping; Octokit loaded only when a comment is posted.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { actions } from '../../emulator/faults.mjs'
import { DEMO_JOB_ID, demo, lineDrop, partFailed } from '../../emulator/scenarios.mjs'
import type { Emulator } from '../../emulator/server.mjs'
import { gfmProblems } from '../../__fixtures__/gfm.js'
import type { GitHubEmulator } from '../../emulator/github.mjs'
import {
  byEndpoint,
  closeAll,
  moduleLog,
  run,
  sleep,
  start,
  startEmu,
  until,
  type RunOptions,
  startGitHub
} from './support.js'

afterEach(closeAll)

const github = startGitHub

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
/** Requests that change something: POST /graphql only reads (viewer { login }). */
const writes = (gh: GitHubEmulator) => gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')

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
    expect(writes(gh)[0]?.path).toBe('/repos/acme/graphs/issues/7/comments')

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

describe('cancellation while the comment is posted', () => {
  it('stops the GitHub calls at once and says the run was cancelled, not that GitHub answered 500', async () => {
    const never = new Promise<undefined>(() => undefined)
    const gh = await github({ onRequest: () => never })
    const action = start(await finished(), onPullRequest(gh, { inputs: { timeout: '20s' } }))
    await until(() => gh.requests.length > 0, 8000, 'a GitHub request')
    await sleep(100)
    const signalled = Date.now()
    action.child.kill('SIGINT')
    const r = await action.done

    // Without the run's signal the calls would go on for what is left of timeout plus 10 s.
    expect(Date.now() - signalled).toBeLessThan(3000)
    expect(r.outputs.status).toBe('success')
    expect(r.outputs['comment-url']).toBe('')
    const warnings = r.warnings.join('\n')
    expect(warnings).toContain(
      'pr-comment: the run was cancelled while the report was being posted on pull request #7; the comment may be missing or out of date'
    )
    expect(warnings).not.toContain('GitHub answered')
    expect(warnings).not.toContain('did not answer within')
  })
})

describe('cancellation after the wait', () => {
  it('a run cancelled while the previous import is read leaves the comment alone', async () => {
    const gh = await github()
    // The job finishes; then the comparison lists the graph again (job-id cuts discovery short)
    // and that listing hangs: the third listing, after discovery and the confirming one.
    const emu = await startEmu(
      lineDrop(
        { statusIncludesDetail: true, faults: [{ match: { endpoint: 'list', nth: 3 }, action: actions.hang() }] },
        { runMs: 300 }
      )
    )
    const action = start(emu, onPullRequest(gh, { inputs: { 'job-id': DEMO_JOB_ID, 'graph-name': undefined } }))
    await until(() => byEndpoint(emu, 'list').length >= 3, 8000, 'the comparison listing')
    await sleep(100)
    const signalled = Date.now()
    action.child.kill('SIGINT')
    const r = await action.done

    expect(Date.now() - signalled).toBeLessThan(2000)
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
    expect(body).toContain(
      '| \\<img src=x onerror=alert(1)\\> \\| @&#8203;octocat \\`rm -rf\\` \\[click\\](javascript:alert(1)) |'
    )
    // As GitHub renders it: every row as wide as its header, no tag, link or mention but ours.
    const runLink = /\[Workflow run\]\(([^)]+)\)/.exec(body)?.[1] as string
    const withoutMarker = body.replace(/^<!-- ges-job-waiter:[^\n]* -->\n/, '') // our hidden marker, a comment in HTML
    expect(gfmProblems(withoutMarker, { links: [runLink] })).toEqual([])
  })
})

const MARKER = '<!-- ges-job-waiter:graph:movies -->'
const on7 = (body: string, login: string, type = 'User') => ({
  owner: 'acme',
  repo: 'graphs',
  number: 7,
  body,
  user: { login, type }
})
/** A person's comment that quotes our marker (say, pasted from an earlier report). */
const personQuoting = () => on7(`${MARKER}\nI copied the report: please look at row 3`, 'alice')

describe('only our own comments are edited or deleted', () => {
  const kinds = [
    ['the workflow token', { kind: 'workflow' as const }, 'github-actions[bot]'],
    ['a personal token', { kind: 'pat' as const, login: 'release-bot' }, 'release-bot'],
    ['an app installation token', { kind: 'app' as const, slug: 'ges-reporter' }, 'ges-reporter[bot]']
  ] as const
  const modes = ['update', 'recreate', 'skip-unchanged'] as const

  it.each(kinds.flatMap(([label, token, login]) => modes.map((mode) => [label, mode, token, login] as const)))(
    '%s, comment-mode %s: a person’s marked comment is left alone; ours is the one written',
    async (_label, mode, token, login) => {
      const person = personQuoting()
      const gh = await github({ token: 'tok_kind', ...token, comments: [person] })
      const r = await run(await finished(), onPullRequest(gh, { inputs: { 'comment-mode': mode } }))

      expect(r.code).toBe(0)
      expect(writes(gh).map((q) => q.method)).toEqual(['POST'])
      expect(gh.comments.find((c) => c.user?.login === 'alice')?.body).toBe(person.body)
      const mine = gh.comments.filter((c) => c.user?.login === login)
      expect(mine).toHaveLength(1)
      expect(r.outputs['comment-url']).toContain(`#issuecomment-${mine[0].id}`)
      expect(r.warnings).toEqual([])

      // The second run finds ours (not the person's) and edits, recreates or skips it.
      const again = await run(await finished(partFailed), onPullRequest(gh, { inputs: { 'comment-mode': mode } }))
      expect(again.outputs['comment-url']).not.toBe('')
      expect(gh.comments.find((c) => c.user?.login === 'alice')?.body).toBe(person.body)
      expect(gh.comments.filter((c) => c.user?.login === login)).toHaveLength(1)
      const touched = writes(gh).filter((q) => q.method !== 'POST' || !q.path.endsWith('/issues/7/comments'))
      expect(touched.map((q) => q.path)).not.toContain(`/repos/acme/graphs/issues/comments/${gh.comments[0].id}`)
    }
  )

  it('asks /user, then GraphQL viewer, for an installation token', async () => {
    const gh = await github({ kind: 'app', slug: 'ges-reporter' })
    await run(await finished(), onPullRequest(gh))
    const asked = gh.requests.map((q) => `${q.method} ${q.path}`)
    expect(asked.slice(0, 2)).toEqual(['GET /user', 'POST /graphql'])
    expect(JSON.parse(gh.requests[1].body).query).toMatch(/viewer\s*\{\s*login\s*\}/)
  })

  it('a REST author without [bot] (as GraphQL spells it) still counts as ours', async () => {
    const ours = { id: 77, ...on7(`${MARKER}\nold`, 'ges-reporter', 'Bot') }
    const gh = await github({ kind: 'app', slug: 'ges-reporter', comments: [ours] })
    await run(await finished(), onPullRequest(gh))
    expect(writes(gh).map((q) => `${q.method} ${q.path}`)).toEqual(['PATCH /repos/acme/graphs/issues/comments/77'])
  })

  it('when GitHub will not say who the token is: a new comment, nothing edited or deleted, one warning', async () => {
    const ours = { id: 77, ...on7(`${MARKER}\nold report`, 'ges-reporter[bot]', 'Bot') }
    const gh = await github({ kind: 'app', slug: 'ges-reporter', graphql: 'error', comments: [personQuoting(), ours] })
    const r = await run(await finished(), onPullRequest(gh, { inputs: { 'comment-mode': 'recreate' } }))

    expect(r.code).toBe(0)
    expect(writes(gh).map((q) => `${q.method} ${q.path}`)).toEqual(['POST /repos/acme/graphs/issues/7/comments'])
    expect(gh.comments.find((c) => c.id === 77)?.body).toBe(`${MARKER}\nold report`)
    expect(r.warnings).toEqual([expect.stringContaining('no earlier comment was edited or deleted')])
    expect(r.outputs['comment-url']).toContain('#issuecomment-5000')
  })
})

describe('comment modes', () => {
  it('recreate: the report moves to the bottom, the old one is deleted', async () => {
    const old = { id: 10, ...on7(`${MARKER}\nold`, 'github-actions[bot]', 'Bot') }
    const chatter = { id: 11, ...on7('looks good', 'dev') }
    const gh = await github({ comments: [old, chatter] })
    const r = await run(await finished(), onPullRequest(gh, { inputs: { 'comment-mode': 'recreate' } }))

    expect(r.code).toBe(0)
    expect(writes(gh).map((q) => `${q.method} ${q.path}`)).toEqual([
      'POST /repos/acme/graphs/issues/7/comments',
      'DELETE /repos/acme/graphs/issues/comments/10'
    ])
    expect(gh.comments.map((c) => c.id)).toEqual([11, 5000])
    expect(gh.comments[1].body).toContain('GES import succeeded')
    expect(r.log).toContain('Report recreated on acme/graphs#7')
  })

  it('skip-unchanged: no write when only the time and run link differ; an edit when the report changes', async () => {
    const gh = await github()
    const mode = { inputs: { 'comment-mode': 'skip-unchanged' } }
    const first = await run(await finished(), onPullRequest(gh, mode))
    const body = gh.comments[0].body
    await sleep(1100) // the update time (seconds) and the wait differ on the next run

    // Another run (new run id), against a fresh GES whose job began at another time.
    const second = await run(await finished(), onPullRequest(gh, { ...mode, env: { GITHUB_RUN_ID: '4243' } }))
    expect(second.code).toBe(0)
    expect(writes(gh).map((q) => q.method)).toEqual(['POST'])
    expect(gh.comments[0].body).toBe(body)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(second.log).toMatch(/unchanged \(comment-mode skip-unchanged\)/)

    await run(await finished(partFailed), onPullRequest(gh, mode))
    expect(writes(gh).map((q) => q.method)).toEqual(['POST', 'PATCH'])
    expect(gh.comments[0].body).toContain('partially failed')
  })

  it('update (default): a comment deleted between listing and editing (404) is posted anew', async () => {
    const ours = { id: 10, ...on7(`${MARKER}\nold`, 'github-actions[bot]', 'Bot') }
    const gh = await github({
      comments: [ours],
      onRequest: (request, state) => {
        // Someone deletes our comment just before the action edits it.
        if (request.method === 'PATCH') state.comments.splice(0)
      }
    })
    const r = await run(await finished(), onPullRequest(gh))

    expect(r.code).toBe(0)
    expect(writes(gh).map((q) => `${q.method} ${q.path}`)).toEqual([
      'PATCH /repos/acme/graphs/issues/comments/10',
      'POST /repos/acme/graphs/issues/7/comments'
    ])
    expect(gh.comments.map((c) => c.id)).toEqual([5000])
    expect(r.outputs['comment-url']).toContain('#issuecomment-5000')
    expect(r.warnings).toEqual([])
  })

  it('a bad comment-mode or pr-number stops the step before any request, naming the input', async () => {
    const gh = await github()
    const emu = await finished()
    const typo = await run(emu, onPullRequest(gh, { inputs: { 'comment-mode': 'recreat' } }))
    expect(typo.code).toBe(1)
    expect(typo.errors.join('\n')).toMatch(/Input "comment-mode" \("recreat"\).*did you mean "recreate"\?/)
    const bad = await run(emu, onPullRequest(gh, { inputs: { 'pr-number': '0' } }))
    expect(bad.code).toBe(1)
    expect(bad.errors.join('\n')).toMatch(/Input "pr-number" \("0"\).*Example: /)
    expect(gh.requests).toEqual([])
    expect(emu.requests).toEqual([])
  })
})

describe('which pull request', () => {
  const forkRun = (extra: Record<string, unknown> = {}) => ({
    workflow_run: {
      event: 'pull_request',
      pull_requests: [], // GitHub leaves it empty for runs from forks
      head_branch: 'fix-movies',
      head_sha: 'c0ffee',
      head_repository: { full_name: 'forker/graphs', owner: { login: 'forker' } },
      ...extra
    },
    repository: PR_EVENT.repository
  })
  const pulls = [
    { number: 12, owner: 'acme', repo: 'graphs', head: { owner: 'forker', ref: 'fix-movies', sha: 'c0ffee' } },
    { number: 13, owner: 'acme', repo: 'graphs', head: { owner: 'acme', ref: 'fix-movies', sha: 'beef' } }
  ]

  it('workflow_run from a fork (empty pull_requests): found from the head branch, commented on', async () => {
    const gh = await github({ pulls })
    const r = await run(await finished(), onPullRequest(gh, { eventName: 'workflow_run', event: forkRun() }))

    expect(r.code).toBe(0)
    const lookup = gh.requests.find((q) => q.path === '/repos/acme/graphs/pulls')
    expect(lookup?.query).toMatchObject({ head: 'forker:fix-movies', state: 'open' })
    expect(writes(gh).map((q) => `${q.method} ${q.path}`)).toEqual(['POST /repos/acme/graphs/issues/12/comments'])
    expect(r.outputs['comment-url']).toContain('/pull/12#')
    expect(r.log).toContain('found #12 from branch forker:fix-movies')
  })

  it('workflow_run without a head branch: found from the head SHA', async () => {
    const gh = await github({ pulls })
    const event = forkRun({ head_branch: null, head_repository: null })
    const r = await run(await finished(), onPullRequest(gh, { eventName: 'workflow_run', event }))
    expect(gh.requests.some((q) => q.path === '/repos/acme/graphs/commits/c0ffee/pulls')).toBe(true)
    expect(writes(gh).map((q) => q.path)).toEqual(['/repos/acme/graphs/issues/12/comments'])
    expect(r.warnings).toEqual([])
  })

  it('workflow_run whose pull request has moved on or closed: nothing posted, one info line', async () => {
    const moved = [{ ...pulls[0], head: { ...pulls[0].head, sha: 'newer' } }]
    const gh = await github({ pulls: moved })
    const r = await run(await finished(), onPullRequest(gh, { eventName: 'workflow_run', event: forkRun() }))
    expect(r.code).toBe(0)
    expect(writes(gh)).toEqual([])
    expect(r.log).toContain('no open pull request of acme/graphs has branch forker:fix-movies or commit c0ffee')
    expect(r.warnings).toEqual([])
  })

  it('pr-number overrides the event, even a push', async () => {
    const gh = await github()
    const r = await run(
      await finished(),
      onPullRequest(gh, { eventName: 'push', event: {}, inputs: { 'pr-number': '42' } })
    )
    expect(writes(gh).map((q) => q.path)).toEqual(['/repos/acme/graphs/issues/42/comments'])
    expect(r.outputs['comment-url']).toContain('/pull/42#')
  })
})

describe('races', () => {
  it.each(['update', 'recreate'])('two runs at once (comment-mode %s) still end with one comment', async (mode) => {
    const old = { id: 10, ...on7(`${MARKER}\nold`, 'github-actions[bot]', 'Bot') }
    let release: () => void = () => undefined
    const bothListed = new Promise<void>((resolve) => (release = resolve))
    let listings = 0
    const gh = await github({
      comments: mode === 'recreate' ? [old] : [],
      // Hold the first listing of each run until both have listed: both then create their own.
      onRequest: async (request) => {
        if (request.method !== 'GET' || !request.path.endsWith('/issues/7/comments')) return
        listings += 1
        if (listings === 2) release()
        if (listings <= 2) await Promise.race([bothListed, sleep(5000)])
      }
    })
    const emu = await finished()
    const options = onPullRequest(gh, { inputs: { 'comment-mode': mode } })
    const [a, b] = await Promise.all([run(emu, options), run(emu, options)])

    expect([a.code, b.code]).toEqual([0, 0])
    expect(gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/comments'))).toHaveLength(2)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('GES import succeeded')
    expect([a.warnings, b.warnings]).toEqual([[], []])
  })
})

describe('GitHub refuses: help', () => {
  it('404 (no such pull request, or a token of another repository): a warning naming pr-number and github-token', async () => {
    const gh = await github({
      onRequest: (request) =>
        request.path.includes('/issues/') ? { status: 404, body: { message: 'Not Found' } } : undefined
    })
    const r = await run(await finished(), onPullRequest(gh, { inputs: { 'pr-number': '404' } }))
    expect(r.code).toBe(0)
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).toContain('GitHub answered 404')
    expect(r.warnings[0]).toContain('pull request #404 of acme/graphs')
    expect(r.warnings[0]).toMatch(/pr-number.*github-token/)
  })

  it('401 (a revoked token): a warning naming github-token, no other request', async () => {
    const gh = await github()
    const r = await run(await finished(), onPullRequest(gh, { githubToken: 'ghs_revoked' }))
    expect(r.code).toBe(0)
    expect(r.warnings).toEqual([expect.stringMatching(/GitHub answered 401.*check the github-token input/)])
    expect(gh.requests.map((q) => q.path)).toEqual(['/user'])
  })
})

describe('size cap', () => {
  it('failed and partFailed rows are kept first; the cut says how many rows are left out and where', async () => {
    const files = Array.from({ length: 3000 }, (_, i) => {
      const bad = i >= 2900 // the failures come last in GES's answer
      return {
        path: `obs://bucket/movies/vertices/part-${String(i).padStart(5, '0')}-${'x'.repeat(40)}.csv`,
        log: `obs://bucket/movies/logs/part-${i}.log`,
        status: bad ? (i % 2 ? 'failed' : 'partFailed') : 'success',
        cause: bad ? `line ${i}: column count mismatch` : null,
        totalLines: 1000,
        successfulLines: bad ? 990 : 1000,
        failedLines: bad ? 10 : 0
      }
    })
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
    await run(emu, onPullRequest(gh))
    const body = gh.comments[0].body
    expect(body.length).toBeLessThanOrEqual(65_536)
    // Table rows only: the rejected-lines section below the tables names files too.
    const rows = body.split('\n').filter((line) => line.startsWith('|') && line.includes('movies/vertices/part-'))
    for (let i = 2900; i < 3000; i++) expect(body).toContain(`part-${String(i).padStart(5, '0')}-`)
    expect(rows.slice(0, 100).every((row) => /failed|partFailed/.test(row))).toBe(true)
    const shown = rows.length
    const note = new RegExp(
      `_${(3000 - shown).toLocaleString('en-US')} more files are not shown.*\\[run summary\\]\\(https://github.example/acme/graphs/actions/runs/4242\\)`
    )
    expect(body).toMatch(note)
  })
})

describe('Octokit is loaded only when a comment is posted', () => {
  /** Runs with a module hook that lists every module file Node resolves. */
  async function modulesLoaded(gh: GitHubEmulator, options: RunOptions): Promise<string[]> {
    const modules = moduleLog()
    await run(await finished(), onPullRequest(gh, { ...options, env: { ...options.env, ...modules.env } }))
    return modules.loaded()
  }
  const octokitChunks = readdirSync(new URL('../../dist/', import.meta.url))
    .filter((name) => name.endsWith('.js'))
    .filter((name) => readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8').includes('getOctokit'))
    .filter((name) => name !== 'index.js')

  it('not on a push without pr-number; yes when it posts', async () => {
    expect(octokitChunks.length).toBeGreaterThan(0)
    const gh = await github()
    const onPush = await modulesLoaded(gh, { eventName: 'push', event: {} })
    expect(onPush.some((url) => url.endsWith('/dist/index.js'))).toBe(true)
    expect(onPush.filter((url) => octokitChunks.some((chunk) => url.endsWith(`/dist/${chunk}`)))).toEqual([])
    expect(gh.requests).toEqual([])

    const onPr = await modulesLoaded(gh, {})
    expect(onPr.filter((url) => octokitChunks.some((chunk) => url.endsWith(`/dist/${chunk}`))).length).toBeGreaterThan(
      0
    )
    expect(gh.comments).toHaveLength(1)
  })
})

describe('GitHub text is hostile too', () => {
  it('a comment URL or error message with a line break cannot start a workflow command', async () => {
    const evil = 'https://github.example/x\n::error::pwned\n::set-output name=status::success'
    const gh = await github({
      onRequest: (request) =>
        request.method === 'POST' && request.path.endsWith('/comments')
          ? { status: 201, body: { id: 1, html_url: evil, body: 'x', user: { login: 'github-actions[bot]' } } }
          : undefined
    })
    const r = await run(await finished(), onPullRequest(gh))
    expect(r.errors).toEqual([])
    expect(r.stdout).not.toMatch(/^::error::pwned/m)
    expect(r.stdout).not.toMatch(/^::set-output/m)

    const refusing = await github({
      onRequest: (request) =>
        request.path.endsWith('/comments') ? { status: 403, body: { message: `no\n::error::pwned` } } : undefined
    })
    const refused = await run(await finished(), onPullRequest(refusing))
    expect(refused.errors).toEqual([])
    expect(refused.stdout).not.toMatch(/^::error::pwned/m)
    expect(refused.warnings).toHaveLength(1)
  })
})

// A slow GitHub must not hold the step long past timeout.
describe('the PR comment after the wait', () => {
  it('gets what is left of timeout plus at most 10 s, after the summary and outputs are written', async () => {
    const never = new Promise<undefined>(() => undefined)
    const gh = await github({ onRequest: () => never })
    const emu = await startEmu(demo({}, { runMs: 0 }))
    const r = await run(emu, onPullRequest(gh, { inputs: { timeout: '3s' } }))

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.outputs['comment-url']).toBe('')
    expect(r.summary).toContain('GES import succeeded')
    expect(r.warnings.join('\n')).toMatch(
      /GitHub did not answer within \d+s \(what was left of timeout, plus at most 10s\)/
    )
    // Octokit calls its own abort status 500: that is not an answer from GitHub.
    expect(r.warnings.join('\n')).not.toContain('GitHub answered')
    // At most 3 s of timeout and 10 s of grace (the old own limit was 30 s), plus start-up.
    expect(r.durationMs).toBeLessThan(16_000)
  }, 30_000)
})
