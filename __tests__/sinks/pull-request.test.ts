import { describe, expect, it } from '@jest/globals'
import { findPullRequest } from '../../src/sinks/pr-comment/pull-request.js'

const repository = { name: 'graphs', owner: { login: 'acme' } }
const at = (number: number) => ({ found: { owner: 'acme', repo: 'graphs', number } })

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

  it.each([
    ['push', {}, /push event has no pull request/],
    ['schedule', {}, /schedule event/],
    ['', {}, /manual event/],
    ['issue_comment', { issue: { number: 5 } }, /on an issue, not a pull request/],
    ['workflow_run', { workflow_run: { pull_requests: [] } }, /names 0 pull requests/],
    ['workflow_run', { workflow_run: { pull_requests: [{ number: 1 }, { number: 2 }] } }, /names 2 pull requests/],
    ['pull_request', { pull_request: { number: '3' } }, /no pull request number/]
  ])('%s %j: not found, with the reason', (event, payload, reason) => {
    const lookup = findPullRequest(event, { ...payload, repository }, 'acme/graphs')
    expect('notFound' in lookup && lookup.notFound).toMatch(reason)
  })
})
