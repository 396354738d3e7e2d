// Server text is hostile: a job named `::error::x` must not forge an annotation, mask a value or
// stop command processing. Every field the emulator serves carries workflow commands in every
// form the runner parses (`::` after leading whitespace, `##[` anywhere in a line, after \n,
// \r\n and a bare \r), and no line of stdout or stderr may parse as a command other than the
// ones the action itself issues through @actions/core.
import { afterEach, describe, expect, it } from '@jest/globals'
import { apigError } from '../../emulator/faults.mjs'
import type { EmulatorOptions } from '../../emulator/server.mjs'
import { commandOf, outputLines } from '../../__fixtures__/workflow-commands.js'
import { closeAll, run, startEmu, type Inputs } from './support.js'

afterEach(closeAll)

/** Starts the data of every hostile command, so that a forged one is told from the action's own. */
const EVIL = '~evil~'

/** Commands in every form, each naming the field it came from. */
function hostile(field: string): string {
  field = `${EVIL}${field}`
  return [
    `x ::error::${field}-inline`,
    `::error::${field}-forged`,
    `::warning::${field}-forged`,
    `::notice::${field}-forged`,
    `::add-mask::${field}-masked`,
    `::stop-commands::${field}-token`,
    `##[error]${field}-old-style`,
    `   ::error::${field}-after-spaces`,
    `\t##[warning]${field}-after-tab`,
    `text ##[error]${field}-inside-a-line`,
    `x\r::error::${field}-after-cr\r\n::debug::${field}-after-crlf`
  ].join('\n')
}

/** Commands on one line (a header value): `::` at its start, `##[` inside. */
const ONE_LINE = (field: string): string => `::error::${EVIL}${field}-forged ##[error]${EVIL}${field}-old-style`

/** The commands the action issues itself, at the start of a line, through @actions/core. */
const OWN_COMMANDS = new Set(['warning', 'error', 'debug', 'group', 'endgroup', 'add-mask'])

/**
 * Every line of the output that the runner could read as a command the action did not issue.
 * The action's own start at column 0 with a command it uses, and their data (escaped by
 * @actions/core: % \r \n) never starts with hostile text; such a line is one command, however
 * much `##[` or `::` its data holds, since the runner tries the `::` form first
 * (ActionCommandManager.TryProcessCommand: TryParseV2, then TryParse).
 */
function forgedCommands(output: string): string[] {
  const forged: string[] = []
  for (const line of outputLines(output)) {
    const command = commandOf(line)
    if (command === undefined) continue
    const marker = `::${command}::`
    const own = line.startsWith(marker) && OWN_COMMANDS.has(command) && !line.slice(marker.length).startsWith(EVIL)
    if (!own) forged.push(line)
  }
  return forged
}

interface Case {
  name: string
  fields: string[]
  emulator: () => EmulatorOptions
  inputs: Inputs
}

const graphs = [{ id: 'g-hostile', name: hostile('graph') }]

const cases: Case[] = [
  {
    name: 'a failed import: job name, graph name, failReason, file path, cause, log; two gateway errors (error_msg, request_id)',
    // File path, cause and log reach the summary (escaped there); the annotation may cut them off.
    fields: ['name', 'graph', 'failReason', 'error_msg', 'request_id'],
    emulator: () => ({
      fillerJobs: 0,
      graphs,
      jobs: [
        {
          id: 'ff01',
          name: hostile('name'),
          graph: hostile('graph'),
          timeline: [
            { atMs: 0, status: 'running' },
            {
              atMs: 300,
              status: 'failed',
              failReason: hostile('failReason'),
              jobDetail: {
                edgesetPath: [
                  {
                    path: hostile('path'),
                    log: hostile('log'),
                    cause: hostile('cause'),
                    status: 'failed',
                    totalLines: 10,
                    successfulLines: 0,
                    failedLines: 10
                  }
                ]
              }
            }
          ]
        }
      ],
      faults: [1, 2].map((nth) => ({
        match: { endpoint: 'list' as const, nth },
        action: {
          // A header cannot hold a line break: the request id carries commands on one line.
          ...apigError(502, 'APIG.0202', hostile('error_msg'), { 'X-Request-Id': ONE_LINE('request_id') }),
          body: { error_msg: hostile('error_msg'), error_code: 'APIG.0202', request_id: hostile('request_id') }
        }
      }))
    }),
    inputs: { 'job-id': 'ff01', 'graph-name': undefined }
  },
  {
    name: 'a status no one documents, until the timeout',
    fields: ['status'],
    emulator: () => ({
      fillerJobs: 0,
      graphs,
      jobs: [{ id: 'ff01', graph: hostile('graph'), timeline: [{ atMs: 0, status: hostile('status') }] }]
    }),
    inputs: { 'job-id': 'ff01', 'graph-name': undefined, timeout: '1500ms' }
  },
  {
    name: 'an error answer that stops the wait (error_msg, request_id)',
    fields: ['error_msg', 'request_id'],
    emulator: () => ({
      fillerJobs: 0,
      jobs: [{ id: 'ff01', graph: 'movies', timeline: [{ atMs: 0, status: 'running' }] }],
      faults: [
        {
          match: { endpoint: 'list' as const },
          times: Infinity,
          action: {
            status: 400,
            headers: { 'X-Request-Id': ONE_LINE('request_id') },
            body: { error_code: 'GES.0001', error_msg: hostile('error_msg'), request_id: hostile('request_id') }
          }
        }
      ]
    }),
    inputs: {}
  },
  {
    name: 'a job skipped for a begin time that cannot be read (jobId, begin time)',
    fields: ['beginTime'],
    emulator: () => ({
      fillerJobs: 0,
      jobs: [
        {
          id: hostile('jobId'),
          graph: 'movies',
          beginTimeRaw: hostile('beginTime'),
          timeline: [{ atMs: 0, status: 'success' }]
        },
        { id: 'ff02', graph: 'movies', timeline: [{ atMs: 0, status: 'success', jobDetail: null }] }
      ]
    }),
    inputs: { 'wait-for-job': 'false' }
  }
]

describe('workflow commands in server text', () => {
  it.each(cases)('none reaches the runner: $name', async ({ emulator, inputs, fields }) => {
    const emu = await startEmu(emulator())
    const r = await run(emu, { inputs })

    expect(forgedCommands(r.stdout)).toEqual([])
    expect(forgedCommands(r.stderr)).toEqual([])
    // The only error annotation is the action's own verdict, if any.
    expect(outputLines(r.stdout).filter((l) => l.startsWith('::error::')).length).toBeLessThanOrEqual(1)
    // The hostile text did reach the output (the test can fail): each field is seen there.
    const seen = r.stdout.replace(/\u200b/g, '')
    for (const field of fields) expect(seen).toContain(`${field}-forged`)
  })

  it('the parser of this test finds forged commands in raw hostile text', () => {
    expect(forgedCommands(hostile('f')).length).toBeGreaterThanOrEqual(10)
  })
})
