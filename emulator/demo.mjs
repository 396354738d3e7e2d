// `npm run demo`: starts the GES emulator with an import that runs for a few seconds, runs the
// built action against it as the runner would, and prints its log, outputs and step summary.
// `npm run demo -- partFailed` (or failed) shows a failing import; `npm run demo -- start` has
// the action start the import itself (ImportGraph) and wait for the job id GES returns.
import { startObsEmulator } from './obs.mjs'
import { runAction } from './runner.mjs'
import * as scenarios from './scenarios.mjs'
import { startEmulator } from './server.mjs'

const name = process.argv[2] ?? 'demo'
if (!['demo', 'partFailed', 'failed', 'start'].includes(name)) {
  console.error(`Unknown scenario "${name}": use demo, partFailed, failed or start`)
  process.exit(2)
}
const starting = name === 'start'
// start: the job center has yesterday's import of movies only; the action starts today's.
const options = starting
  ? scenarios.demo({ jobs: [], importGraph: { runMs: 3000, lines: 1_000_209 } })
  : scenarios[name]()
// Twelve earlier daily imports of movies: the summary draws their trend chart.
options.jobs = [...options.jobs, ...scenarios.trendHistory()]
const emulator = await startEmulator(options)
// OBS holds the import logs; reading them needs AK/SK (OBS takes no IAM token).
const obs = await startObsEmulator({ objects: scenarios.DEMO_LOGS, aksk: scenarios.DEMO_CREDENTIALS.aksk })
console.log(`GES emulator on ${emulator.url}, OBS emulator on ${obs.url}, scenario "${name}"\n`)
try {
  const result = await runAction({
    inputs: {
      endpoint: emulator.url,
      'obs-endpoint': obs.url,
      'project-id': emulator.projectId,
      'access-key': scenarios.DEMO_CREDENTIALS.aksk.ak,
      'secret-key': scenarios.DEMO_CREDENTIALS.aksk.sk,
      'graph-name': 'movies',
      ...(starting
        ? {
            'import-edges': 'ges-demo-bucket/movies/edges/',
            'import-vertices': 'ges-demo-bucket/movies/vertices/',
            'import-schema': 'ges-demo-bucket/movies/schema.xml',
            'import-log-dir': 'ges-demo-bucket/movies/logs/',
            'import-options': '{"delimiter": ",", "parallelEdge": {"action": "override"}}'
          }
        : { since: '1h' }),
      'poll-interval': '1s',
      'max-poll-interval': '2s',
      timeout: '1m'
    }
  })
  const rule = (title) => console.log(`\n──── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`)
  rule('action log')
  process.stdout.write(result.stdout + result.stderr)
  rule('outputs')
  for (const [key, value] of Object.entries(result.outputs)) {
    console.log(`${key}: ${key === 'report' ? `${value.slice(0, 120)}…` : value}`)
  }
  rule('step summary')
  console.log(result.summary)
  rule(`exit code ${result.code}`)
  console.log(`${emulator.requests.length} GES requests served, ${obs.requests.length} OBS reads`)
  if (starting) console.log(`ImportGraph calls accepted: ${emulator.imports.map((i) => i.jobId).join(', ')}`)
  process.exitCode = name === 'demo' || starting ? result.code : result.code === 1 ? 0 : 1
} finally {
  await Promise.all([emulator.close(), obs.close()])
}
