// The stand-in for @actions/exec (tsconfig "paths"): what it forwards to is the real package, so
// that `core.platform` would work were anything to call it.
import { describe, expect, it } from '@jest/globals'
import { exec, getExecOutput } from '../../src/shared/exec-on-demand.js'

describe('exec-on-demand', () => {
  it('runs a command through the real @actions/exec, loaded on the first call', async () => {
    const out = await getExecOutput(process.execPath, ['-e', 'process.stdout.write("ok")'], { silent: true })
    expect(out).toMatchObject({ exitCode: 0, stdout: 'ok' })
    expect(await exec(process.execPath, ['-e', 'process.exit(3)'], { silent: true, ignoreReturnCode: true })).toBe(3)
  })
})
