export interface GitHubComment {
  id?: number
  owner: string
  repo: string
  number: number
  body: string
  user: { login: string; type: string } | null
}

export interface GitHubEmulatorOptions {
  token?: string
  login?: string
  /** 'ok': /user answers with the login (a PAT); default 'forbidden' (GITHUB_TOKEN). */
  userEndpoint?: 'ok' | 'forbidden'
  /** Answer every create/update/delete with this status (e.g. 403 for a read-only token). */
  writeStatus?: number
  comments?: GitHubComment[]
  /** Workflow runs by id: run_started_at of the run (latest attempt) and of each attempt. */
  runs?: Record<string, { startedAt?: string; attempts?: Record<string, string> }>
  /** Answer every run request with this status (403: a token without actions: read). */
  runsStatus?: number
}

export interface GitHubRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  body: string
}

export interface GitHubEmulator {
  url: string
  token: string
  requests: GitHubRequest[]
  comments: Array<GitHubComment & { id: number }>
  close(): Promise<void>
}

export function startGitHubEmulator(options?: GitHubEmulatorOptions): Promise<GitHubEmulator>
