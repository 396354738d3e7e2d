/**
 * Stands in for the `undici` package inside the bundle (tsconfig "paths" maps `undici` here).
 *
 * @actions/http-client imports undici's ProxyAgent at the top for a fetch dispatcher this
 * action never asks for; bundled, that is 900 kB parsed at every start, for nothing: the GES
 * calls go through http-client's node:http agents. Only @actions/github (PR comments) uses
 * undici, so its loader awaits `loadUndici()` first and the real module arrives from its own
 * chunk, proxy support included.
 */
/** The two names http-client and @actions/github import from undici. */
interface Undici {
  ProxyAgent: new (...args: never[]) => object
  fetch: (...args: never[]) => Promise<unknown>
}

let real: Undici | undefined

export async function loadUndici(): Promise<void> {
  real ??= (await import('../../node_modules/undici/index.js')) as unknown as Undici
}

function loaded(): Undici {
  if (!real) throw new Error('undici was used before loadUndici() loaded it')
  return real
}

export class ProxyAgent {
  constructor(...args: ConstructorParameters<Undici['ProxyAgent']>) {
    // A constructor may return another object: callers get the real ProxyAgent.
    return new (loaded().ProxyAgent)(...args)
  }
}

export const fetch: Undici['fetch'] = (...args) => loaded().fetch(...args)
