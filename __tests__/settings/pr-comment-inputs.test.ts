import { describe, expect, it } from '@jest/globals'
import { core, TOKEN_AUTH, settingsOf, inputError } from './support.js'

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
      tag: 'graph:movies,social',
      mode: 'update'
    })
    expect(settingsOf({ ...on, 'job-id': 'b,a', 'graph-name': 'g' }).prComment?.tag).toBe('job:a,b')
    expect(settingsOf(on).prComment?.tag).toBe('default')
    expect(settingsOf({ ...on, 'comment-tag': 'movies-prod' }).prComment?.tag).toBe('movies-prod')
  })

  it('refuses a tag that could close an HTML comment', () => {
    inputError('comment-tag', { ...TOKEN_AUTH, 'pr-comment': 'true', 'github-token': 'ghs_x', 'comment-tag': 'x-->' })
  })

  const on = { ...TOKEN_AUTH, 'pr-comment': 'true', 'github-token': 'ghs_x' }

  it('pr-number: a pull request number, or empty for the event’s', () => {
    expect(settingsOf({ ...on, 'pr-number': '42' }).prComment?.prNumber).toBe(42)
    expect(settingsOf({ ...on, 'pr-number': ' #42 ' }).prComment?.prNumber).toBe(42)
    expect(settingsOf({ ...on, 'pr-number': '' }).prComment).not.toHaveProperty('prNumber')
    for (const bad of ['0', '-3', '4.5', 'abc', '1e3', '99999999999999999999', '#']) {
      const message = inputError('pr-number', { ...on, 'pr-number': bad })
      expect(message).toContain(`("${bad}")`)
      expect(message).toMatch(/Example: .*42/)
    }
    // A typo is reported even when no comment is asked for, and a number without pr-comment is named.
    inputError('pr-number', { ...TOKEN_AUTH, 'pr-number': 'x' })
    expect(settingsOf({ ...TOKEN_AUTH, 'pr-number': '42' }).prComment).toBeUndefined()
    expect(core.warning).toHaveBeenCalledWith(
      'pr-number (42) is set but pr-comment is false, so no comment is posted: set pr-comment: true'
    )
  })

  it('comment-mode: update (default), recreate or skip-unchanged, with the closest on a typo', () => {
    expect(settingsOf(on).prComment?.mode).toBe('update')
    expect(settingsOf({ ...on, 'comment-mode': 'Recreate' }).prComment?.mode).toBe('recreate')
    expect(settingsOf({ ...on, 'comment-mode': 'skip_unchanged' }).prComment?.mode).toBe('skip-unchanged')
    expect(inputError('comment-mode', { ...on, 'comment-mode': 'skip-unchange' })).toContain(
      'did you mean "skip-unchanged"?'
    )
    expect(inputError('comment-mode', { ...on, 'comment-mode': 'updte' })).toContain('did you mean "update"?')
    expect(inputError('comment-mode', { ...on, 'comment-mode': 'recreated' })).toContain('did you mean "recreate"?')
    const far = inputError('comment-mode', { ...on, 'comment-mode': 'sticky-forever' })
    expect(far).toContain('update, recreate, skip-unchanged')
    expect(far).not.toContain('did you mean')
  })
})
