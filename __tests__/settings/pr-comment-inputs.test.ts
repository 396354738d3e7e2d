import { describe, expect, it } from '@jest/globals'
import { TOKEN_AUTH, settingsOf, inputError } from './support.js'

describe('pr-comment', () => {
  it('is off by default', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'github-token': 'ghs_x' }).prComment).toBeUndefined()
  })

  it('needs a token, and a header-safe one', () => {
    inputError('github-token', { ...TOKEN_AUTH, 'pr-comment': 'true' })
    expect(
      inputError('github-token', { ...TOKEN_AUTH, 'pr-comment': 'true', 'github-token': 'ghs_\nsecretpart' })
    ).not.toContain('secretpart')
  })

  it('derives a tag from the graphs or job ids, or takes the given one', () => {
    const on = { ...TOKEN_AUTH, 'pr-comment': 'true', 'github-token': 'ghs_x' }
    expect(settingsOf({ ...on, 'graph-name': 'social,movies' }).prComment).toEqual({
      githubToken: 'ghs_x',
      tag: 'graph:movies,social'
    })
    expect(settingsOf({ ...on, 'job-id': 'b,a', 'graph-name': 'g' }).prComment?.tag).toBe('job:a,b')
    expect(settingsOf(on).prComment?.tag).toBe('default')
    expect(settingsOf({ ...on, 'comment-tag': 'movies-prod' }).prComment?.tag).toBe('movies-prod')
  })

  it('refuses a tag that could close an HTML comment', () => {
    inputError('comment-tag', { ...TOKEN_AUTH, 'pr-comment': 'true', 'github-token': 'ghs_x', 'comment-tag': 'x-->' })
  })
})
