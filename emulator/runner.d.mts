// Types for runner.mjs, so TypeScript tests (strict, NodeNext) can run the built action.
import type { ChildProcess } from 'node:child_process'

export const actionPath: string
/** The node dist/index.js runs on: action.yml's nodeN when this machine has it; `exact` says whether it is. */
export const runnerNode: { path: string; major: number; exact: boolean }

/** action.yml's input defaults, as the runner applies them (`${{ github.token }}` → githubToken). */
export function actionDefaults(githubToken?: string): Record<string, string>

/** `name<<delimiter\nvalue\ndelimiter` blocks (and `name=value` lines) of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string>

export interface ActionRunOptions {
  /** By action.yml input name, e.g. { 'project-id': '…' }; passed as INPUT_<NAME>. */
  inputs?: Record<string, string>
  /** Added to a minimal environment (PATH, HOME, GITHUB_*); undefined values are removed. */
  env?: Record<string, string | undefined>
  /** Written to GITHUB_EVENT_PATH as JSON; default: an empty file. */
  event?: unknown
  /** GITHUB_EVENT_NAME; default 'push'. */
  eventName?: string
  /** Apply action.yml input defaults under `inputs`; default true. */
  defaults?: boolean
  /** What `${{ github.token }}` evaluates to in the defaults; default ''. */
  githubToken?: string
}

export interface ActionResult {
  /** Exit code; null when the process was ended by a signal. */
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Parsed GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** Contents of GITHUB_STEP_SUMMARY. */
  summary: string
  /** From spawn to the process's close event. */
  durationMs: number
  /** The temporary GITHUB_WORKSPACE (also the step's working directory). */
  workspace: string
}

export function startAction(options?: ActionRunOptions): { child: ChildProcess; done: Promise<ActionResult> }
export function runAction(options?: ActionRunOptions): Promise<ActionResult>
