// jest globalTeardown: after every run, says which Node ran dist/index.js in the end-to-end tests
// when it is not the one action.yml names (a machine without it in .cache/ or on PATH).
import { runtimeNotice } from './runtime-node.mjs'

export default function sayWhichNode(_globalConfig, _projectConfig, notice = runtimeNotice()) {
  if (notice) process.stderr.write(`\n⚠️  ${notice}\n`)
  return notice
}
