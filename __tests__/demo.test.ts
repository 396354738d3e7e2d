// `npm run demo` shows what a person sees on the Actions page, and every variant it names is one
// it runs, with a tip that fits it.
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { renderActionsLog } from '../emulator/actions-log.mjs'

const root = new URL('..', import.meta.url)
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8')

/** Runs `node emulator/demo.mjs ...args` with this process's node (it picks the action's own). */
function demo(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['emulator/demo.mjs', ...args],
      { cwd: root, timeout: 25_000, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
      (error, out, err) => resolve({ code: error ? Number(error.code ?? 1) : 0, out, err })
    )
  })
}

const VARIANTS = ['demo', 'start', 'partFailed', 'failed', 'lineDrop', 'flaky', 'late', 'bigCenter']

describe('renderActionsLog', () => {
  const output = [
    '::add-mask::s3cr3t-token',
    'Project of region cn-north-4: 0123',
    '::group::Waiting for GES jobs',
    '::debug::GET /v1.0/0123/graphs/jobs with s3cr3t-token',
    'Found job 42',
    '::endgroup::',
    '::warning::Poll 1 failed%0Asecond line',
    '::error title=x::GES job wait: 100%25 failed%0Adetails: s3cr3t-token',
    '::notice::done'
  ].join('\n')

  it('folds groups, turns annotations into labelled lines, masks values and hides debug lines', () => {
    expect(renderActionsLog(output)).toBe(
      [
        'Project of region cn-north-4: 0123',
        '▼ Waiting for GES jobs',
        '  Found job 42',
        'Warning: Poll 1 failed',
        'second line',
        'Error: GES job wait: 100% failed',
        'details: ***',
        'Notice: done'
      ].join('\n')
    )
  })

  it('shows debug lines, masked, when asked', () => {
    expect(renderActionsLog(output, { debug: true })).toContain('  ##[debug]GET /v1.0/0123/graphs/jobs with ***')
  })

  it('masks a value only after its ::add-mask::, and a longer secret whole', () => {
    expect(renderActionsLog('early abc\n::add-mask::abc\n::add-mask::abcdef\nlate abcdef abc')).toBe(
      'early abc\nlate *** ***'
    )
  })
})

describe('npm run demo', () => {
  it('by default: the log as GitHub shows it, no workflow command, and the comparison with yesterday', async () => {
    const { code, out } = await demo()

    expect(code).toBe(0)
    const log = out.slice(out.indexOf('action log'), out.indexOf('──── outputs'))
    expect(log).not.toMatch(/^\s*::/m)
    expect(log).not.toContain('%0A')
    expect(log).toContain('▼ Waiting for GES jobs')
    expect(log).not.toContain('##[debug]')
    expect(out).toContain('#### Compared with the previous import')
    expect(out).toMatch(/previous-job-id: ff8080818c5a6e0f018c4f9e8d7c0040/)
    expect(out).toContain('line-delta: 1339')
  })

  it('with --debug: the debug lines too', async () => {
    const { out } = await demo('--debug')
    expect(out).toContain('##[debug]')
  })

  it('an unknown variant lists every variant, lineDrop too', async () => {
    const { code, err } = await demo('nope')
    expect(code).toBe(2)
    for (const variant of VARIANTS) expect(err).toMatch(new RegExp(`^ {2}${variant} +\\S`, 'm'))
  })

  it('the docs name the same variants', () => {
    const table = read('docs/demo.md')
    for (const variant of VARIANTS) expect(table).toContain(`| \`${variant}\``)
  })

  it('failed: the tip is about a failed import, not about letting partial failures pass', async () => {
    const { code, out } = await demo('failed')
    expect(code).toBe(0) // the action exited 1, as this variant should
    expect(out).toContain('exit code 1')
    expect(out).toContain('> [!TIP]\n> Read the rejected lines shown')
    expect(out).not.toContain('partially failed imports pass')
  })

  it('lineDrop: max-line-drop fails a successful import that lost half its lines', async () => {
    const { code, out } = await demo('lineDrop')
    expect(code).toBe(0)
    expect(out).toContain('exit code 1')
    expect(out).toContain('more than max-line-drop (20%)')
    expect(out).toContain('#### Compared with the previous import')
  })
})
