/**
 * The typed, validated form of the action's inputs. Only `input-helper.ts` builds it, frozen:
 * what later stages learn (the start of the run, the job started) is their output, not a rewrite.
 */
import type { LineLimit } from './line-limit.js'

export type ApiVersion = 'v1' | 'v2'
export type Selection = 'latest' | 'all'
/** `unknown`: file results GES did not report, or reported in an undocumented status. */
export type FailOn = 'failed' | 'partFailed' | 'unknown'

export type CredentialSettings =
  | { kind: 'token'; token: string }
  | { kind: 'aksk'; accessKey: string; secretKey: string; securityToken?: string }
  | { kind: 'password'; user: string; password: string; domain: string }

export interface Settings {
  /** Undefined only when it can be discovered from the region (AK/SK or password auth). */
  readonly projectId?: string
  readonly region?: string
  /** GES base URL without a trailing slash. */
  readonly endpoint: string
  /** IAM base URL without a trailing slash. */
  readonly iamEndpoint: string
  readonly apiVersion: ApiVersion
  readonly credentials: CredentialSettings
  readonly jobIds: readonly string[]
  readonly graphNames: readonly string[]
  /** Undefined means any job name (`*`). */
  readonly jobName?: string
  /** Window on the job's begin time, epoch ms, inclusive. */
  readonly since?: number
  readonly until?: number
  /** `since: run`: the window starts when this workflow run attempt started, read from GitHub. */
  readonly sinceRun?: RunStartSource
  readonly select: Selection
  readonly waitForJob: boolean
  readonly timeoutMs: number
  /** How long a target may take to appear in the job center; never longer than timeoutMs. */
  readonly appearTimeoutMs: number
  readonly pollIntervalMs: number
  readonly maxPollIntervalMs: number
  readonly requestTimeoutMs: number
  readonly failOn: readonly FailOn[]
  readonly maxFailedLines?: number
  /** `max-failed-lines` given as a percentage of all lines (`0.1%`). */
  readonly maxFailedLinesPercent?: number
  /** `max-line-drop`: the largest allowed drop of successful lines against the previous import. */
  readonly maxLineDrop?: LineLimit
  readonly summary: boolean
  readonly reportFile?: string
  /** `import-log-lines`: rejected lines shown per failed file, read from its log on OBS; 0: none. */
  readonly importLogLines: number
  /** `obs-endpoint`: OBS base URL (private clouds); else `{bucket}.obs.{region}.myhuaweicloud.com`. */
  readonly obsEndpoint?: string
  /** Set when `pr-comment` is true. */
  readonly prComment?: PrCommentSettings
  /** Set when the step starts the import itself (import-edges, import-vertices or import-schema). */
  readonly startImport?: StartImportSettings
}

/** The ImportGraph call this step makes (docs/ges-api.md#starting-an-import-importgraph), before the job id is known. */
export interface StartImportSettings {
  /** The one graph of `graph-name`. */
  graphName: string
  /** The request body, already in the naming of `api-version`: paths, then import-options. */
  body: Record<string, unknown>
  /** The OBS paths of the body, by field name (edgesetPath… or edgeset_path…), for the report. */
  paths: Record<string, string>
}

export const COMMENT_MODES = ['update', 'recreate', 'skip-unchanged'] as const
/** update: edit ours in place; recreate: post anew at the bottom, delete ours; skip-unchanged: no write when equal. */
export type CommentMode = (typeof COMMENT_MODES)[number]

export interface PrCommentSettings {
  githubToken: string
  /** Tells this report's comment apart from other reports on the same pull request. */
  tag: string
  mode: CommentMode
  /** `pr-number`: the pull request to comment on, instead of the event's. */
  prNumber?: number
}

/** Where `since: run` reads the start of this run attempt (GitHub REST API). */
export interface RunStartSource {
  apiUrl: string
  repository: string
  runId: string
  runAttempt?: string
  githubToken: string
}
