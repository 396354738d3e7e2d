import { describe, expect, it } from '@jest/globals'
import { findPullRequest, matchingPullRequests } from '../../src/sinks/pr-comment/pull-request.js'

const repository = { name: 'graphs', owner: { login: 'acme' } }
const at = (number: number) => ({ found: { owner: 'acme', repo: 'graphs', number } })
const forkRun = {
  pull_requests: [],
  event: 'pull_request',
  head_branch: 'fix-typo',
  head_sha: 'abc123',
  head_repository: { full_name: 'forker/graphs', owner: { login: 'forker' } }
}

describe('findPullRequest', () => {
  it.each([
    ['pull_request', { pull_request: { number: 3 } }, at(3)],
    ['pull_request_target', { pull_request: { number: 4 } }, at(4)],
    ['issue_comment', { issue: { number: 5, pull_request: { url: 'u' } } }, at(5)],
    ['workflow_run', { workflow_run: { pull_requests: [{ number: 6 }] } }, at(6)]
  ])('%s names the pull request', (event, payload, expected) => {
    expect(findPullRequest(event, { ...payload, repository }, 'acme/graphs')).toEqual(expected)
  })

  it('takes the repository from the payload when GITHUB_REPOSITORY is missing', () => {
    expect(findPullRequest('pull_request', { pull_request: { number: 3 }, repository }, undefined)).toEqual(at(3))
  })

  it('pr-number overrides the event, on any event', () => {
    expect(findPullRequest('pull_request', { pull_request: { number: 3 }, repository }, 'acme/graphs', 9)).toEqual(
      at(9)
    )
    expect(findPullRequest('push', {}, 'acme/graphs', 9)).toEqual(at(9))
    expect(findPullRequest('workflow_run', { workflow_run: forkRun }, 'acme/graphs', 9)).toEqual(at(9))
  })

  it('a workflow_run from a fork (no pull_requests) is looked up by head branch and SHA', () => {
    expect(findPullRequest('workflow_run', { workflow_run: forkRun, repository }, 'acme/graphs')).toEqual({
      lookUp: { base: { owner: 'acme', repo: 'graphs' }, head: { owner: 'forker', branch: 'fix-typo' }, sha: 'abc123' }
    })
    // GitHub sometimes lists the fork's own pull request on that branch: not ours.
    const inFork = {
      ...forkRun,
      pull_requests: [{ number: 1, base: { repo: { url: 'https://api.github.com/repos/forker/graphs' } } }]
    }
    expect(findPullRequest('workflow_run', { workflow_run: inFork }, 'acme/graphs')).toHaveProperty('lookUp')
    const here = { number: 4, base: { repo: { url: 'https://api.github.com/repos/Acme/Graphs' } } }
    expect(
      findPullRequest('workflow_run', { workflow_run: { ...forkRun, pull_requests: [here] } }, 'acme/graphs')
    ).toEqual(at(4))
    const shaOnly = { pull_requests: [], head_sha: 'abc123' }
    expect(findPullRequest('workflow_run', { workflow_run: shaOnly }, 'acme/graphs')).toEqual({
      lookUp: { base: { owner: 'acme', repo: 'graphs' }, sha: 'abc123' }
    })
  })

  it.each([
    ['push', {}, /push event has no pull request \(set pr-number/],
    ['schedule', {}, /schedule event/],
    ['', {}, /manual event/],
    ['issue_comment', { issue: { number: 5 } }, /on an issue, not a pull request/],
    ['workflow_run', { workflow_run: { pull_requests: [] } }, /no head branch or SHA/],
    ['workflow_run', { workflow_run: { ...forkRun, event: 'push' } }, /triggered by push/],
    ['workflow_run', { workflow_run: { pull_requests: [{ number: 1 }, { number: 2 }] } }, /names 2 .*pr-number/],
    ['pull_request', { pull_request: { number: '3' } }, /no pull request number/]
  ])('%s %j: not found, with the reason', (event, payload, reason) => {
    const lookup = findPullRequest(event, { ...payload, repository }, 'acme/graphs')
    expect('notFound' in lookup && lookup.notFound).toMatch(reason)
  })
})

describe('matchingPullRequests', () => {
  it('keeps open pull requests at the run’s SHA (or that do not say their SHA)', () => {
    expect(
      matchingPullRequests(
        [
          { number: 1, state: 'open', headSha: 'abc' },
          { number: 2, state: 'closed', headSha: 'abc' },
          { number: 3, state: 'open', headSha: 'newer' },
          { number: 4 }
        ],
        'abc'
      )
    ).toEqual([1, 4])
    expect(matchingPullRequests([{ number: 3, state: 'open', headSha: 'newer' }], undefined)).toEqual([3])
  })
})
