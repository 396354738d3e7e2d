// A host that never answered fails fast: DNS failures and refused connections end the wait after
// three tries, naming the host, the cause and the input to check, instead of running to the timeout.
// Nothing leaves the machine: refused connections go to a closed loopback port, and the action
// runs with no-dns.mjs preloaded, which fails every lookup of a non-loopback name (like a
// `.invalid` name, RFC 6761) without sending a DNS query.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { demo } from '../../emulator/scenarios.mjs'
import { closeAll, run, startEmu } from './support.js'

afterEach(closeAll)

const NO_DNS = { NODE_OPTIONS: `--import=${new URL('./no-dns.mjs', import.meta.url).href}` }
const FAST_INPUTS = {
  'project-id': '0123456789abcdef0123456789abcdef',
  token: 'test-token',
  'graph-name': 'movies',
  'poll-interval': '200ms',
  'max-poll-interval': '1s',
  timeout: '10m'
}

/** The preload announces itself: a test that relies on it never runs without it. */
const PRELOADED = '::debug::no-dns.mjs loaded'

/** A loopback port with nothing listening: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe('a host that never answered', () => {
  it('a refused port: status error within 60 s under timeout 10m, the host and the input named', async () => {
    const port = await closedPort()
    const r = await run(undefined, { inputs: { ...FAST_INPUTS, endpoint: `http://127.0.0.1:${port}` }, env: NO_DNS })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(r.durationMs).toBeLessThan(60_000)
    expect(r.errors.join('\n')).toContain(`cannot reach 127.0.0.1:${port} (connection refused): check "endpoint"`)
    expect(r.summary).toContain(`127.0.0.1:${port}`)
    // The first tries were retried with a warning, not hidden.
    expect(r.warnings.join('\n')).toMatch(/cannot reach 127\.0\.0\.1:\d+ \(connection refused\); try 1 of 3/)
  })

  it('an unresolvable name (.invalid): no such host, within 60 s', async () => {
    const r = await run(undefined, {
      inputs: { ...FAST_INPUTS, endpoint: 'https://ges.cn-north-4.example.invalid' },
      env: NO_DNS
    })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(r.durationMs).toBeLessThan(60_000)
    expect(r.errors.join('\n')).toContain(
      'cannot reach ges.cn-north-4.example.invalid (no such host): check "endpoint"'
    )
  })

  it('a mistyped region: the message says check region or endpoint, and suggests the known region', async () => {
    const r = await run(undefined, { inputs: { ...FAST_INPUTS, region: 'cn-nort-4' }, env: NO_DNS })

    expect(r.stdout).toContain(PRELOADED)
    expect(r.outputs.status).toBe('error')
    expect(r.durationMs).toBeLessThan(60_000)
    expect(r.errors.join('\n')).toContain(
      'cannot reach ges.cn-nort-4.myhuaweicloud.com (no such host): check "region" or "endpoint" (region "cn-nort-4" is not a known GES region; did you mean "cn-north-4"?)'
    )
    // Said at once too, before any request.
    expect(r.warnings[0]).toContain('did you mean "cn-north-4"?')
  })

  it('https:// to a port that speaks plain HTTP: the TLS handshake fails, status error, the host named', async () => {
    const emu = await startEmu(demo())
    const host = `127.0.0.1:${emu.port}`
    const r = await run(emu, { inputs: { ...FAST_INPUTS, endpoint: `https://${host}` }, env: NO_DNS })

    expect(r.outputs.status).toBe('error')
    expect(r.durationMs).toBeLessThan(60_000)
    expect(emu.requests).toHaveLength(0) // no HTTP request ever arrived
    expect(r.errors.join('\n')).toContain(
      `cannot reach ${host} (TLS handshake failed: is it an https:// endpoint?): check "endpoint"`
    )
  })

  it('IAM counts separately: GES never asked, the IAM host named with iam-endpoint', async () => {
    const port = await closedPort()
    const emu = await startEmu(demo())
    const r = await run(emu, {
      inputs: {
        ...FAST_INPUTS,
        token: undefined,
        'project-id': undefined,
        region: 'cn-north-4',
        'access-key': 'AKEXAMPLE0123456789',
        'secret-key': 'SKEXAMPLE/secret+key=',
        endpoint: emu.url,
        'iam-endpoint': `http://127.0.0.1:${port}`
      },
      env: NO_DNS
    })

    expect(r.outputs.status).toBe('error')
    expect(emu.requests).toHaveLength(0)
    expect(r.errors.join('\n')).toContain(`cannot reach 127.0.0.1:${port} (connection refused): check "iam-endpoint"`)
  })
})

describe('a host that answered once', () => {
  it('going away mid-wait is an outage: retried until the timeout, not an error', async () => {
    const emu = await startEmu(demo({}, { runMs: 60_000 }))
    // The emulator answers the first requests, then closes: the same refused connections are now transient.
    let closed = false
    const closer = setInterval(() => {
      if (!closed && emu.requests.length >= 2) {
        closed = true
        void emu.close()
      }
    }, 10)
    try {
      const r = await run(emu, { inputs: { timeout: '3s' }, env: NO_DNS })
      expect(r.outputs.status).toBe('timeout')
      expect(r.durationMs).toBeGreaterThanOrEqual(3000)
      expect(r.errors.join('\n')).not.toContain('cannot reach')
      expect(r.log).toMatch(/ECONNREFUSED|connection refused/)
    } finally {
      clearInterval(closer)
    }
  })
})
