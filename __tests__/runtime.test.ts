// action.yml's `runs.using: nodeN` is the version users run on: the version files, the type
// definitions and the e2e runner must agree with it, or a regression only Node N shows lands unseen.
import { describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { runnerNode } from '../emulator/runner.mjs'
import { runtimeMajor, runtimeNotice } from '../script/runtime-node.mjs'
import sayWhichNode from '../script/runtime-notice.mjs'

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string }
  devDependencies: Record<string, string>
}
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version: string }> }
const major = runtimeMajor()

describe(`the runtime, node${major} in action.yml`, () => {
  it('is a current Node (24 when this was written)', () => {
    expect(major).toBeGreaterThanOrEqual(24)
  })

  it('.node-version names the same major (setup-node, nvm, fnm read it)', () => {
    expect(read('.node-version').trim()).toBe(String(major))
  })

  it('@types/node is of the same major, in package.json and the lockfile', () => {
    expect(pkg.devDependencies['@types/node']).toMatch(new RegExp(`^\\^?${major}\\.`))
    expect(lock.packages['node_modules/@types/node']?.version).toMatch(new RegExp(`^${major}\\.`))
  })

  it('engines accepts it, and its last alternative is an open ">=N" range', () => {
    const ranges = pkg.engines.node.split('||').map((range) => range.trim())
    expect(ranges.at(-1)).toBe(`>=${major}`)
  })

  it('is what the e2e tests spawn dist/index.js with, when this machine has it', () => {
    const version = execFileSync(runnerNode.path, ['--version'], { encoding: 'utf8' }).trim()
    // CI (.ci/run) installs it and sets GES_REQUIRE_RUNTIME_NODE: there, no fallback is accepted.
    if (process.env.GES_REQUIRE_RUNTIME_NODE || runnerNode.exact) {
      expect(runnerNode.exact).toBe(true)
      expect(version).toMatch(new RegExp(`^v${major}\\.`))
    } else {
      expect(runnerNode.path).toBe(process.execPath)
    }
  })
})

describe('which Node ran the action', () => {
  const other = { path: '/usr/bin/node', major, exact: false }

  it('is said when it is not the one action.yml names, with the fix', () => {
    const notice = runtimeNotice(other, 'v20.19.5')
    expect(notice).toContain(`dist/index.js ran on Node v20.19.5 (the node running this), not on Node ${major}`)
    expect(notice).toContain('bash script/install-runtime-node')
    expect(runtimeNotice({ ...other, exact: true }, 'v20.19.5')).toBeUndefined()
  })

  it('is printed at the end of every jest run (globalTeardown), and only then', () => {
    expect(read('jest.config.js')).toContain("globalTeardown: '<rootDir>/script/runtime-notice.mjs'")
    const written: string[] = []
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk))
      return true
    })
    try {
      sayWhichNode({}, {}, 'dist/index.js ran on Node v20.0.0')
      sayWhichNode({}, {}, undefined)
    } finally {
      spy.mockRestore()
    }
    expect(written).toEqual(['\n⚠️  dist/index.js ran on Node v20.0.0\n'])
  })
})
