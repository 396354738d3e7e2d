// Least privilege: for each call the action makes, the GES emulator (or IAM, or GitHub) answers
// 403, and the test asserts the message a user sees. The README section "Permissions (least
// privilege)" lists the same calls and messages: keep them in step.
import { afterEach, describe, expect, it } from '@jest/globals'
import { apigError } from '../../emulator/faults.mjs'
import { DEMO_CREDENTIALS, demo } from '../../emulator/scenarios.mjs'
import type { Endpoint } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, run, startEmu, startGitHub } from './support.js'
import type { GitHubEmulator } from '../../emulator/github.mjs'

afterEach(closeAll)

const github = startGitHub

/** What the API gateway answers when IAM denies the call. */
const DENIED = apigError(403, 'APIG.0203', 'Forbidden: no permission')
const refuse = (endpoint: Exclude<Endpoint, 'other'>) =>
  demo({ faults: [{ match: { endpoint }, times: Infinity, action: DENIED }] }, { runMs: 500 })

describe('GES (read jobs and graphs)', () => {
  it('GET graphs/jobs refused: the step fails at once, naming the GES permission', async () => {
    const emu = await startEmu(refuse('list'))
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(byEndpoint(emu, 'list')).toHaveLength(1) // not retried
    expect(r.errors[0]).toMatch(
      /^GES job wait: Listing GES jobs of graph "movies" failed: access denied \(403\): check the IAM permissions for GES: Forbidden: no permission \(HTTP 403, APIG\.0203/
    )
    expect(r.summary).toContain('grant the IAM user a GES policy (GES ReadOnlyAccess is enough to read jobs)')
  })

  it('GET graphs (name → id) refused: one warning, and the job is followed through the job list', async () => {
    const emu = await startEmu(refuse('graphs'))
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.warnings).toEqual([
      'Listing GES graphs failed: access denied (403): check the IAM permissions for GES: Forbidden: no permission; following jobs through the job list instead'
    ])
    expect(byEndpoint(emu, 'status')).toHaveLength(0)
  })

  it('GET graphs/{id}/jobs/{id}/status refused: the job list is read instead, quietly', async () => {
    const emu = await startEmu(refuse('status'))
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.warnings).toEqual([])
    expect(byEndpoint(emu, 'status')).toHaveLength(1) // asked once, then the list
    expect(byEndpoint(emu, 'list').length).toBeGreaterThan(1)
  })
})

describe('IAM (only when project-id is empty)', () => {
  const discovery = {
    token: undefined,
    'project-id': undefined,
    region: 'cn-north-4',
    'access-key': DEMO_CREDENTIALS.aksk.ak,
    'secret-key': DEMO_CREDENTIALS.aksk.sk
  }

  it('GET /v3/projects refused: set project-id or grant iam:projects:list', async () => {
    const emu = await startEmu(refuse('projects'))
    const r = await run(emu, { inputs: { ...discovery, 'iam-endpoint': emu.url } })

    expect(r.code).toBe(1)
    expect(r.errors[0]).toMatch(
      /^GES job wait: Finding the project of region cn-north-4 failed: access denied \(403\): finding a project lists IAM projects, which needs the permission iam:projects:list; set "project-id" or grant iam:projects:list \(HTTP 403/
    )
    expect(r.summary).toContain(
      'The keys may not list IAM projects: set "project-id" or grant iam:projects:list to the IAM user (GES permissions do not cover this call).'
    )
    expect(r.summary).not.toContain('GES ReadOnlyAccess')
    expect(byEndpoint(emu, 'list')).toHaveLength(0)
  })

  it('with project-id set, IAM is never called', async () => {
    const emu = await startEmu(refuse('projects'))
    const r = await run(emu, { inputs: { ...discovery, 'project-id': emu.projectId, 'iam-endpoint': emu.url } })
    expect(r.code).toBe(0)
    expect(byEndpoint(emu, 'projects')).toHaveLength(0)
  })
})

describe('GitHub', () => {
  const onPullRequest = (gh: GitHubEmulator) => ({
    eventName: 'pull_request',
    event: { pull_request: { number: 7 }, repository: { name: 'graphs', owner: { login: 'acme' } } },
    githubToken: gh.token,
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/graphs', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1' }
  })

  it('pr-comment without pull-requests: write: one warning naming the permission; the verdict stands', async () => {
    const gh = await github({ writeStatus: 403 })
    const emu = await startEmu(demo({}, { runMs: 300 }))
    const r = await run(emu, { ...onPullRequest(gh), inputs: { 'pr-comment': 'true' } })

    expect(r.code).toBe(0)
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).toMatch(
      /^Could not post the report on pull request #7 \(GitHub answered 403\): .*The token needs "pull-requests: write"/
    )
  })

  it('workflow_run from a fork, pull request lookup refused: one warning, no comment; the verdict stands', async () => {
    const gh = await github({
      pulls: [{ number: 12, owner: 'acme', repo: 'graphs', head: { owner: 'forker', ref: 'fix', sha: 'c0ffee' } }],
      onRequest: (request) =>
        request.path.includes('/pulls')
          ? { status: 403, body: { message: 'Resource not accessible by integration' } }
          : undefined
    })
    const emu = await startEmu(demo({}, { runMs: 300 }))
    const event = {
      workflow_run: {
        event: 'pull_request',
        pull_requests: [],
        head_branch: 'fix',
        head_sha: 'c0ffee',
        head_repository: { full_name: 'forker/graphs', owner: { login: 'forker' } }
      },
      repository: { name: 'graphs', owner: { login: 'acme' } }
    }
    const r = await run(emu, {
      ...onPullRequest(gh),
      eventName: 'workflow_run',
      event,
      inputs: { 'pr-comment': 'true' }
    })

    expect(r.code).toBe(0)
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).toMatch(
      /^Could not post the report on the pull request \(GitHub answered 403\): .*the token needs "pull-requests: read"/
    )
    expect(gh.requests.filter((q) => q.method !== 'GET' && q.path !== '/graphql')).toEqual([])
  })

  it('since: run without actions: read: the step fails before any GES call, naming the permission', async () => {
    const gh = await github({ runsStatus: 403 })
    const emu = await startEmu(demo())
    const r = await run(emu, { ...onPullRequest(gh), inputs: { since: 'run' } })

    expect(r.code).toBe(1)
    expect(r.errors[0]).toContain('"github-token" needs the permission actions: read')
    expect(emu.requests).toHaveLength(0)
  })
})
