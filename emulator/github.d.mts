export interface GitHubComment {
  id?: number
  owner: string
  repo: string
  number: number
  body: string
  user: { login: string; type: string } | null
}

/** How GitHub answers a token: see github.mjs. */
export type TokenKind = 'workflow' | 'app' | 'pat'

export interface GitHubToken {
  token: string
  kind: TokenKind
  /** Default: github-actions[bot] (workflow), `<slug>[bot]` (app), octocat (pat). */
  login?: string
  /** An app's slug (default my-app). */
  slug?: string
}

export interface GitHubPull {
  number: number
  /** The base repository. */
  owner: string
  repo: string
  state?: 'open' | 'closed'
  /** The head: a branch of a fork (`owner`) or of the base repository. */
  head: { owner: string; repo?: string; ref: string; sha: string }
}

export interface GitHubRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string | string[] | undefined>
  body: string
  /** The kind of the token the request carried; undefined for a token not known. */
  tokenKind?: TokenKind
}

export interface GitHubState {
  comments: Array<GitHubComment & { id: number }>
  pulls: GitHubPull[]
  requests: GitHubRequest[]
}

export interface GitHubEmulatorOptions {
  token?: string
  /** The first token's kind; default 'pat' when userEndpoint is 'ok', 'app' for a `name[bot]` login, else 'workflow'. */
  kind?: TokenKind
  login?: string
  /** The first token's app slug, when it is an app token. */
  slug?: string
  /** 'ok': /user answers with the login (a PAT); default 'forbidden' (GITHUB_TOKEN). */
  userEndpoint?: 'ok' | 'forbidden'
  /** More tokens, each of its kind. */
  tokens?: GitHubToken[]
  /** 'ok' (default): viewer { login } answers; 'error': a GraphQL error; 'missing': 404. */
  graphql?: 'ok' | 'error' | 'missing'
  /** Answer every create/update/delete with this status (e.g. 403 for a read-only token). */
  writeStatus?: number
  comments?: GitHubComment[]
  pulls?: GitHubPull[]
  /** Workflow runs by id: run_started_at of the run (latest attempt) and of each attempt. */
  runs?: Record<string, { startedAt?: string; attempts?: Record<string, string> }>
  /** Answer every run request with this status (403: a token without actions: read). */
  runsStatus?: number
  /** Runs before each authenticated request; may change the state, delay, or answer instead. */
  onRequest?: (
    request: GitHubRequest,
    state: GitHubState
  ) => void | { status: number; body?: unknown } | Promise<void | { status: number; body?: unknown }>
}

export interface GitHubEmulator {
  url: string
  token: string
  tokens: Array<Required<Omit<GitHubToken, 'slug'>> & { type: string }>
  requests: GitHubRequest[]
  comments: Array<GitHubComment & { id: number }>
  pulls: GitHubPull[]
  close(): Promise<void>
}

export function startGitHubEmulator(options?: GitHubEmulatorOptions): Promise<GitHubEmulator>
