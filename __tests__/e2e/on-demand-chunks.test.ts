// dist/index.js is what Node parses at every start; what the first request does not need comes
// from on-demand chunks (docs/benchmarks.md, "Cold start"). These tests fail when a module that
// should load on demand is imported statically again, or when dist/index.js outgrows its budget.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { demo } from '../../emulator/scenarios.mjs'
import { closeAll, moduleLog, run, startEmu } from './support.js'

afterEach(closeAll)

const ROOT = new URL('../../', import.meta.url)
const DIST = new URL('dist/', ROOT)
const read = (path: string | URL): string => readFileSync(new URL(path, ROOT), 'utf8')

/** dist/index.js was 364,085 bytes before the one-pipeline redesign: it may be 5 % larger, no more. */
const INDEX_BUDGET = 382_289

/** A text only each on-demand module holds, by its source file. */
const ON_DEMAND: Record<string, string> = {
  'src/history/read-history.ts': 'could not be read for the trend chart',
  'src/since-run/read-run-start.ts': 'cancelled while reading the start of the run',
  'src/compare/compare-imports.ts': 'the line counts cannot be compared',
  'src/obs/log-reader.ts': 'not an OBS object path (bucket/key), so not read',
  'src/start/start-import.ts': 'The run was cancelled before the import was started',
  'src/sinks/pr-comment/post-report-comment.ts': 'GitHub refused the github-token itself',
  // Pulled in by @actions/core (core.platform) and http-client; src/shared/exec-on-demand.ts
  // and src/http/undici-on-demand.ts stand in for them.
  'node_modules/@actions/exec/lib/toolrunner.js': 'There was an error when attempting to execute the process',
  'node_modules/@actions/io/lib/io.js': 'a path argument must be provided',
  'node_modules/undici/lib/dispatcher/proxy-agent.js': 'Proxy Authentication Required (407)'
}

const index = read('dist/index.js')
const chunks = readdirSync(DIST).filter((name) => name.endsWith('.js') && name !== 'index.js')
/** The chunk files of dist/ that hold `text`. */
const chunksWith = (text: string): string[] => chunks.filter((name) => read(new URL(name, DIST)).includes(text))
const dist = (urls: string[]): string[] =>
  urls.filter((url) => url.startsWith(DIST.href)).map((url) => url.slice(DIST.href.length))

describe('dist/index.js', () => {
  it(`stays within ${INDEX_BUDGET.toLocaleString('en-US')} bytes`, () => {
    expect(statSync(new URL('index.js', DIST)).size).toBeLessThanOrEqual(INDEX_BUDGET)
  })

  it.each(Object.entries(ON_DEMAND))('does not hold %s', (source, text) => {
    expect(read(source)).toContain(text)
    expect(index).not.toContain(text)
    // @actions/exec and @actions/io: nothing calls core.platform, so no chunk holds them either.
    if (!source.startsWith('node_modules/@actions/')) expect(chunksWith(text).length).toBeGreaterThan(0)
  })
})

describe('what a run loads', () => {
  it('an input error: dist/index.js alone, no chunk (the report cannot wait for one)', async () => {
    const modules = moduleLog()
    const r = await run(undefined, { inputs: { endpoint: 'not a url' }, env: modules.env })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(dist(modules.loaded())).toEqual(['index.js'])
  })

  it('the trend history only when trend asks for it; the run start only for since: run', async () => {
    const history = chunksWith(ON_DEMAND['src/history/read-history.ts'])
    const runStart = chunksWith(ON_DEMAND['src/since-run/read-run-start.ts'])
    expect([history.length, runStart.length]).toEqual([1, 1])
    const loadedWith = async (inputs: Record<string, string>): Promise<string[]> => {
      const modules = moduleLog()
      const r = await run(await startEmu(demo({}, { runMs: 0 })), { inputs, env: modules.env })
      expect(r.outputs.status).toBe('success')
      return dist(modules.loaded())
    }

    const off = await loadedWith({ trend: '0' })
    expect(off).toContain('index.js')
    expect(off.filter((name) => history.includes(name) || runStart.includes(name))).toEqual([])
    const on = await loadedWith({})
    expect(on.filter((name) => history.includes(name)).length).toBeGreaterThan(0)
    expect(on.filter((name) => runStart.includes(name))).toEqual([])
  })
})
