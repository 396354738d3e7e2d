// `npm run demo [-- VARIANT] [-- --debug]`: starts the GES emulator (and OBS, for the import
// logs), runs the built action against it as the runner would, and prints its log as the Actions
// page shows it (groups, annotations, masked values; debug lines only with --debug), its outputs
// and its step summary. The variants are listed in VARIANTS below and in docs/demo.md.
import { renderActionsLog } from './actions-log.mjs'
import { startObsEmulator } from './obs.mjs'
import { runAction } from './runner.mjs'
import * as scenarios from './scenarios.mjs'
import { startEmulator } from './server.mjs'
import { runtimeNotice } from '../script/runtime-node.mjs'

/** Yesterday's successful import of movies, a few ratings short of today's: the comparison shows it. */
const yesterday = () =>
  scenarios.earlierImport({
    id: 'ff8080818c5a6e0f018c4f9e8d7c0040',
    hoursAgo: 24,
    lines: { ...scenarios.DEMO_LINES, 'edges/rate.csv': 998_870 }
  })

/** Each variant: what it shows, the emulator's scenario, inputs over the defaults, the exit code expected. */
const VARIANTS = {
  demo: {
    about: 'a movies import that succeeds after 3 s, compared with yesterday’s import',
    emulator: () => withYesterday(scenarios.demo()),
    exitCode: 0
  },
  start: {
    about: 'the action starts the import itself (ImportGraph) and waits for the job id GES returns',
    emulator: () => scenarios.demo({ jobs: earlier(), importGraph: { runMs: 3000, lines: 1_000_209 } }),
    inputs: {
      since: undefined,
      'import-edges': 'ges-demo-bucket/movies/edges/',
      'import-vertices': 'ges-demo-bucket/movies/vertices/',
      'import-schema': 'ges-demo-bucket/movies/schema.xml',
      'import-log-dir': 'ges-demo-bucket/movies/logs/',
      'import-options': '{"delimiter": ",", "parallelEdge": {"action": "override"}}'
    },
    exitCode: 0
  },
  partFailed: {
    about: '28 lines of one vertex file rejected: the step fails, the rejected lines are read from OBS',
    emulator: () => withYesterday(scenarios.partFailed()),
    exitCode: 1
  },
  failed: {
    about: 'an edge file refers to a missing vertex: the import fails',
    emulator: () => withYesterday(scenarios.failed()),
    exitCode: 1
  },
  lineDrop: {
    about: 'the import succeeds with half of yesterday’s lines: max-line-drop 20% fails the step',
    emulator: () => scenarios.lineDrop(),
    inputs: { 'max-line-drop': '20%' },
    exitCode: 1
  },
  flaky: {
    about: 'a gateway that throttles, answers 502 and resets a connection: retried, then success',
    emulator: () => withYesterday(scenarios.flaky()),
    exitCode: 0
  },
  late: {
    about: 'the job appears in the job center 2 s after the step starts: waited for',
    emulator: () => withYesterday(scenarios.late()),
    exitCode: 0
  },
  bigCenter: {
    about: 'a job center with 250 older jobs: the listing pages through them',
    emulator: () => withYesterday(scenarios.bigCenter()),
    exitCode: 0
  }
}

/** Eleven earlier daily imports and yesterday's: the summary draws their trend chart and compares with yesterday. */
const earlier = () => [...scenarios.trendHistory().filter((job) => !job.id.endsWith('0001')), yesterday()]

function withYesterday(options) {
  return { ...options, jobs: [...options.jobs, ...earlier()] }
}

const args = process.argv.slice(2)
const debug = args.includes('--debug')
const name = args.find((arg) => !arg.startsWith('--')) ?? 'demo'
const variant = VARIANTS[name]
if (!variant) {
  console.error(`Unknown variant "${name}". Variants (npm run demo -- VARIANT, add --debug for debug lines):`)
  for (const [key, { about }] of Object.entries(VARIANTS)) console.error(`  ${key.padEnd(11)}${about}`)
  process.exit(2)
}

const emulator = await startEmulator(variant.emulator())
// OBS holds the import logs; reading them needs AK/SK (OBS takes no IAM token).
const obs = await startObsEmulator({ objects: scenarios.DEMO_LOGS, aksk: scenarios.DEMO_CREDENTIALS.aksk })
console.log(`GES emulator on ${emulator.url}, OBS emulator on ${obs.url}, variant "${name}": ${variant.about}\n`)
try {
  const inputs = {
    endpoint: emulator.url,
    'obs-endpoint': obs.url,
    'project-id': emulator.projectId,
    'access-key': scenarios.DEMO_CREDENTIALS.aksk.ak,
    'secret-key': scenarios.DEMO_CREDENTIALS.aksk.sk,
    'graph-name': 'movies',
    since: '1h',
    'poll-interval': '1s',
    'max-poll-interval': '2s',
    timeout: '1m',
    ...variant.inputs
  }
  const result = await runAction({
    inputs: Object.fromEntries(Object.entries(inputs).filter(([, value]) => value !== undefined))
  })
  const rule = (title) => console.log(`\n──── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`)
  rule(`action log, as the Actions page shows it${debug ? ' (with debug lines)' : ''}`)
  console.log(renderActionsLog(result.stdout + result.stderr, { debug }))
  rule('outputs')
  for (const [key, value] of Object.entries(result.outputs)) {
    console.log(`${key}: ${key === 'report' ? `${value.slice(0, 120)}…` : value}`)
  }
  rule('step summary')
  console.log(result.summary)
  rule(`exit code ${result.code}`)
  console.log(`${emulator.requests.length} GES requests served, ${obs.requests.length} OBS reads`)
  if (emulator.imports.length > 0)
    console.log(`ImportGraph calls accepted: ${emulator.imports.map((i) => i.jobId).join(', ')}`)
  const notice = runtimeNotice()
  if (notice) console.log(`\n⚠️  ${notice}`)
  // The demo itself succeeds when the action ended as this variant should.
  process.exitCode = result.code === variant.exitCode ? 0 : 1
} finally {
  await Promise.all([emulator.close(), obs.close()])
}
