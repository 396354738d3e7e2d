import { describe, expect, it } from '@jest/globals'
import { core, inputError, settingsOf, TOKEN_AUTH } from './support.js'

const RUNNER = {
  GITHUB_RUN_ID: '123456',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REPOSITORY: 'octo/deploy',
  GITHUB_API_URL: 'https://ghe.example.com/api/v3/'
}
const SINCE_RUN = { ...TOKEN_AUTH, since: 'run', 'github-token': 'ghs_run_token' }

describe('since: run', () => {
  it('takes the run, its attempt, the API URL and the token from the runner', () => {
    const s = settingsOf(SINCE_RUN, RUNNER)
    expect(s.since).toBeUndefined() // read from GitHub before the wait
    expect(s.sinceRun).toEqual({
      apiUrl: 'https://ghe.example.com/api/v3',
      repository: 'octo/deploy',
      runId: '123456',
      runAttempt: '2',
      githubToken: 'ghs_run_token'
    })
  })

  it('is case-insensitive; api.github.com without GITHUB_API_URL; no attempt without GITHUB_RUN_ATTEMPT', () => {
    const s = settingsOf({ ...SINCE_RUN, since: 'Run' }, { GITHUB_RUN_ID: '9', GITHUB_REPOSITORY: 'o/r' })
    expect(s.sinceRun).toEqual({
      apiUrl: 'https://api.github.com',
      repository: 'o/r',
      runId: '9',
      githubToken: 'ghs_run_token'
    })
  })

  it('other since values leave it unset', () => {
    expect(settingsOf({ ...TOKEN_AUTH, since: '2h' }, RUNNER).sinceRun).toBeUndefined()
  })

  it('needs GITHUB_RUN_ID and GITHUB_REPOSITORY: outside a workflow run it says to give a time', () => {
    expect(inputError('since', SINCE_RUN, {})).toContain('GITHUB_RUN_ID')
    expect(inputError('since', SINCE_RUN, { ...RUNNER, GITHUB_RUN_ID: 'x1' })).toContain('give a time instead')
    inputError('since', SINCE_RUN, { ...RUNNER, GITHUB_REPOSITORY: '' })
  })

  it('needs a github-token, and never shows it', () => {
    expect(inputError('github-token', { ...SINCE_RUN, 'github-token': '' }, RUNNER)).toContain('actions: read')
    const message = inputError('github-token', { ...SINCE_RUN, 'github-token': 'ghs_bad\nline' }, RUNNER)
    expect(message).not.toContain('ghs_bad')
    expect(core.setSecret).toHaveBeenCalledWith('ghs_bad\nline')
  })
})
