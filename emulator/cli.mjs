#!/usr/bin/env node
// node emulator/cli.mjs [--scenario demo] [--port 0] [--verbose]
// Starts the GES emulator on 127.0.0.1 and runs until SIGINT/SIGTERM.
import { parseArgs } from 'node:util'
import { startEmulator } from './server.mjs'
import { scenarios } from './scenarios.mjs'

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'demo' },
    port: { type: 'string', default: '0' },
    verbose: { type: 'boolean', short: 'v', default: false }
  }
})
const build = scenarios[values.scenario]
if (!build) {
  console.error(`unknown scenario "${values.scenario}"; known: ${Object.keys(scenarios).join(', ')}`)
  process.exit(2)
}
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be 0..65535 (got "${values.port}")`)
  process.exit(2)
}

const emu = await startEmulator({
  ...build(),
  port,
  ...(values.verbose && {
    onRequest: (r) => console.error(`${(r.at / 1000).toFixed(3)}s ${r.method} ${r.path} → ${r.status ?? 'hang'}`)
  })
})
console.log(
  `GES emulator listening on ${emu.url} (project ${emu.projectId}, token ${emu.token}, scenario ${values.scenario})`
)

const stop = async () => {
  await emu.close()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
