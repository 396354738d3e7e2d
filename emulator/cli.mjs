#!/usr/bin/env node
// node emulator/cli.mjs [--scenario demo] [--port 0] [--verbose] [--help]
// Starts the GES emulator on 127.0.0.1 and runs until SIGINT/SIGTERM.
import { parseArgs } from 'node:util'
import { startEmulator } from './server.mjs'
import { scenarios } from './scenarios.mjs'

const USAGE = `Usage: npm run emulator -- [--scenario NAME] [--port N] [--verbose]
       (or: node emulator/cli.mjs ...)

Starts the GES emulator on 127.0.0.1 and runs until Ctrl+C.

  --scenario NAME  ${Object.keys(scenarios).join(' | ')} (default demo)
  --port N         port to listen on; 0 picks a free one (default 0). npm run local-action
                   expects 8080, as in .env.example
  -v, --verbose    log every request on stderr
  -h, --help       show this help`

let values
try {
  values = parseArgs({
    options: {
      scenario: { type: 'string', default: 'demo' },
      port: { type: 'string', default: '0' },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  }).values
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`)
  process.exit(2)
}
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
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
