// Runs dist/index.js the way the GitHub runner does: inputs as INPUT_<NAME> (upper case, dashes
// kept) with action.yml defaults applied, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH
// files, a clean environment, and the step's working directory as the workspace.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { actionNode } from '../script/runtime-node.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
export const actionPath = join(root, 'dist', 'index.js')
/** The node dist/index.js runs on: action.yml's nodeN when this machine has it (script/runtime-node.mjs). */
export const runnerNode = actionNode()

/**
 * action.yml's input defaults, as the runner applies them: `${{ github.token }}` is evaluated
 * to the job's token (`githubToken`, empty outside a test that needs one).
 */
export function actionDefaults(githubToken = '') {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [
      name,
      String(spec.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/g, githubToken)
    ])
  )
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as @actions/core writes them. */
export function parseOutputFile(text) {
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (match) {
      const [, name, delimiter] = match
      const value = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

/**
 * Starts the action. `inputs` are by action.yml name; `env` is added to a minimal environment
 * (nothing of this process's environment leaks in but PATH and HOME). Returns the child and a
 * promise of { code, signal, stdout, stderr, outputs, summary, durationMs, workspace }.
 */
export function startAction({
  inputs = {},
  env = {},
  event,
  eventName = 'push',
  defaults = true,
  githubToken = ''
} = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'ges-job-waiter-'))
  const files = {
    output: join(workspace, 'github-output'),
    summary: join(workspace, 'step-summary.md'),
    event: join(workspace, 'event.json')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  if (event !== undefined) writeFileSync(files.event, JSON.stringify(event))
  const all = { ...(defaults ? actionDefaults(githubToken) : {}), ...inputs }
  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: eventName,
    ...Object.fromEntries(Object.entries(all).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...env
  }
  for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name]
  const started = Date.now()
  const child = spawn(runnerNode.path, [actionPath], {
    cwd: workspace,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const done = new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
        summary: readFileSync(files.summary, 'utf8'),
        durationMs: Date.now() - started,
        workspace
      })
    )
  })
  return { child, done }
}

export function runAction(options) {
  return startAction(options).done
}
