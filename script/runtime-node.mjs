// The Node that runs the action on a runner: action.yml's `runs.using: nodeN`. Tests and the
// benchmark spawn dist/index.js with it when this machine has it, so that a regression only that
// version shows is seen. It is found as this process's own node (CI puts it first on PATH) or in
// .cache/nodeN/, where `bash script/install-runtime-node` puts it from the npm registry.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))

/** N of action.yml's `runs.using: nodeN`. */
export function runtimeMajor() {
  const using = String(parse(readFileSync(join(root, 'action.yml'), 'utf8')).runs?.using ?? '')
  const match = /^node(\d+)$/.exec(using)
  if (!match) throw new Error(`action.yml: runs.using is "${using}", not nodeN`)
  return Number(match[1])
}

/** Where script/install-runtime-node puts Node N (the npm package node-linux-<arch>@N). */
export function cachedNodePath(major = runtimeMajor()) {
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64'
  return join(root, '.cache', `node${major}`, 'node_modules', `node-linux-${arch}`, 'bin', 'node')
}

/**
 * The executable to run dist/index.js with: Node N when this machine has it, else this process's
 * node. `exact` says which it is.
 */
export function actionNode() {
  const major = runtimeMajor()
  if (Number(process.versions.node.split('.')[0]) === major) return { path: process.execPath, major, exact: true }
  const cached = cachedNodePath(major)
  if (existsSync(cached)) {
    const version = execFileSync(cached, ['--version'], { encoding: 'utf8' }).trim()
    if (version.startsWith(`v${major}.`)) return { path: cached, major, exact: true }
  }
  return { path: process.execPath, major, exact: false }
}

/**
 * What to say when dist/index.js runs on another Node than action.yml names (undefined when it
 * runs on that one): test and demo results then describe this machine's Node, not a runner's.
 */
export function runtimeNotice(node = actionNode(), version = process.version) {
  if (node.exact) return undefined
  return `dist/index.js ran on Node ${version} (the node running this), not on Node ${node.major}, which action.yml names (runs.using: node${node.major}) and runners use: results may differ from a runner's. \`bash script/install-runtime-node\` puts Node ${node.major} in .cache/node${node.major}/, where the tests and the demo find it.`
}
