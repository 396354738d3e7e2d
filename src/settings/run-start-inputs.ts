import { checkHeaderSafe } from './credential-inputs.js'
import { InputError } from './input-error.js'
import type { Input } from './input-parsers.js'
import type { RunStartSource } from './settings.js'

/**
 * `since: run` and what reading the run's start needs: the runner's GITHUB_* variables and a
 * token that may read the run (`actions: read`). Undefined when `since` is something else.
 */
export function getRunStartSource(
  input: Input,
  envValue: (...names: string[]) => string | undefined
): RunStartSource | undefined {
  if (input('since').toLowerCase() !== 'run') return undefined
  const runId = envValue('GITHUB_RUN_ID')
  const repository = envValue('GITHUB_REPOSITORY')
  if (!runId || !/^\d+$/.test(runId) || !repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new InputError(
      'since',
      '("run") needs GITHUB_RUN_ID and GITHUB_REPOSITORY, which only a GitHub Actions run sets: outside a workflow run, give a time instead',
      '"2h" or "2026-11-28T09:30:00Z"'
    )
  }
  const githubToken = input('github-token')
  if (!githubToken) {
    throw new InputError(
      'github-token',
      'is empty but since is "run": the start of the run is read from the GitHub API with this token (permission actions: read)',
      '${{ github.token }}'
    )
  }
  checkHeaderSafe('github-token', githubToken)
  const attempt = envValue('GITHUB_RUN_ATTEMPT')
  return {
    apiUrl: (envValue('GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, ''),
    repository,
    runId,
    ...(attempt && /^\d+$/.test(attempt) && { runAttempt: attempt }),
    githubToken
  }
}
