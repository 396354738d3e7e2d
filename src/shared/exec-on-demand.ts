/**
 * Stands in for the `@actions/exec` package inside the bundle (tsconfig "paths" maps
 * `@actions/exec` here), as `http/undici-on-demand.ts` does for undici.
 *
 * @actions/core imports @actions/exec (and with it @actions/io) at the top for `core.platform`,
 * which runs `lsb_release`/`sw_vers`/PowerShell to describe the runner's OS. This action never
 * asks for it, but the packages' top-level code kept 45 kB of them in dist/index.js, parsed at
 * every start, input errors included. Both functions the package exports are async, so the real
 * module can come from its own chunk on the first call (`__tests__/shared/exec-on-demand.test.ts` runs a command
 * through it). As nothing in this action calls `core.platform`, ncc leaves out the stand-in and
 * that chunk altogether: `dist/` holds `core.platform`'s code, but never runs it.
 */
type Exec = typeof import('../../node_modules/@actions/exec/lib/exec.js')
export type { ExecListeners, ExecOptions, ExecOutput } from '../../node_modules/@actions/exec/lib/exec.js'

let real: Promise<Exec> | undefined

function load(): Promise<Exec> {
  real ??= import('../../node_modules/@actions/exec/lib/exec.js')
  return real
}

export const exec: Exec['exec'] = async (...args) => (await load()).exec(...args)

export const getExecOutput: Exec['getExecOutput'] = async (...args) => (await load()).getExecOutput(...args)
