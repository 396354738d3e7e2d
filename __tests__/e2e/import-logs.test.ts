// The first rejected lines of each failed file, read from its import log on OBS with the
// step's AK/SK, in the summary, the PR comment's markdown, the report and the log; every OBS
// failure is one line and never changes the verdict.
import { afterEach, describe, expect, it } from '@jest/globals'
import { DEMO_CREDENTIALS, DEMO_LOGS, failed, partFailed } from '../../emulator/scenarios.mjs'
import type { ObjectFault } from '../../emulator/obs.mjs'
import { gfmProblems } from '../../__fixtures__/gfm.js'
import { closeAll, run, startEmu, startObs, type Inputs } from './support.js'

afterEach(closeAll)

const USER_LOG = Object.keys(DEMO_LOGS).find((k) => k.endsWith('/user.log')) as string
const RATE_LOG = Object.keys(DEMO_LOGS).find((k) => k.endsWith('/rate.log')) as string
const { ak, sk } = DEMO_CREDENTIALS.aksk
const aksk = (obsUrl: string, extra: Inputs = {}): Inputs => ({
  token: undefined,
  'access-key': ak,
  'secret-key': sk,
  'obs-endpoint': obsUrl,
  ...extra
})

describe('rejected lines from the import log', () => {
  it.each(['v1', 'v2'])(
    'partFailed (%s): the first 5 lines of the log, in the summary, report and log',
    async (version) => {
      const obs = await startObs({ objects: DEMO_LOGS })
      const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
      const r = await run(emu, { inputs: aksk(obs.url, { 'api-version': version }) })

      expect(r.code).toBe(1)
      expect(r.outputs.status).toBe('partFailed')
      const expected = DEMO_LOGS[USER_LOG].split('\n').slice(0, 5)
      const user = r.report?.jobs[0].files.find((f) => f.path.endsWith('user.csv'))
      expect(user).toMatchObject({ rejectedLines: expected, logRead: 'ok', logNote: null })
      // Successful files are not read.
      expect(r.report?.jobs[0].files.filter((f) => f.logRead !== null)).toHaveLength(1)
      expect(obs.requests).toHaveLength(1)
      expect(obs.requests[0]).toMatchObject({ status: 206, url: `/${USER_LOG}` })
      expect(obs.requests[0].headers.range).toBe('bytes=0-65535')
      expect(r.summary).toContain(`\`\`\`text\n${expected.map((l) => `  ${l}`).join('\n')}\n  \`\`\``)
      expect(r.log).toContain(`First rejected lines of obs://${USER_LOG}:\n  ${expected[0]}`)
    }
  )

  it('failed: import-log-lines sets how many lines; temporary credentials sign x-obs-security-token', async () => {
    const credentials = { ...DEMO_CREDENTIALS.aksk, securityToken: 'temporary-security-token-0123' }
    const obs = await startObs({ objects: DEMO_LOGS, aksk: credentials })
    const emu = await startEmu(failed({ aksk: credentials }, { runMs: 300 }))
    const r = await run(emu, {
      inputs: aksk(obs.url, { 'security-token': credentials.securityToken, 'import-log-lines': '2' })
    })

    expect(r.outputs.status).toBe('failed')
    const rate = r.report?.jobs[0].files.find((f) => f.path.endsWith('rate.csv'))
    expect(rate).toMatchObject({ logRead: 'ok', rejectedLines: DEMO_LOGS[RATE_LOG].split('\n').slice(0, 2) })
    expect(obs.requests[0].headers['x-obs-security-token']).toBe(credentials.securityToken)
    expect(obs.requests[0].status).toBe(206)
  })

  it('with a token: one note in the summary, no OBS request; with import-log-lines 0: nothing', async () => {
    const obs = await startObs({ objects: DEMO_LOGS })
    const emu = await startEmu(partFailed({}, { runMs: 300 }))
    const r = await run(emu, { inputs: { 'obs-endpoint': obs.url } })
    expect(r.outputs.status).toBe('partFailed')
    expect(r.summary.match(/need AK\/SK/g)).toHaveLength(1)
    expect(r.report?.jobs[0].files.find((f) => f.path.endsWith('user.csv'))?.logRead).toMatch(/need AK\/SK/)

    const off = await run(emu, { inputs: aksk(obs.url, { 'import-log-lines': '0' }) })
    expect(off.report?.jobs[0].files.every((f) => f.logRead === null && f.rejectedLines === null)).toBe(true)
    expect(off.summary).not.toContain('Rejected lines')
    expect(obs.requests).toHaveLength(0)
  })

  it.each([
    ['a missing object (404 NoSuchKey)', undefined, /does not exist \(404 NoSuchKey\)/, '404 NoSuchKey'],
    [
      '403 AccessDenied',
      { fault: 'AccessDenied' },
      /refused the read \(403 AccessDenied\); the credentials need obs:object:GetObject/,
      'object:GetObject on the log'
    ],
    [
      'a bucket in another region (301)',
      { fault: 'PermanentRedirect', endpoint: 'obs.ap-southeast-1.myhuaweicloud.com' },
      /another region \(301 PermanentRedirect, endpoint obs\.ap-southeast-1\.myhuaweicloud\.com, region ap-southeast-1\); set obs-endpoint to https:\/\/obs\.ap-southeast-1\.myhuaweicloud\.com/,
      '301 PermanentRedirect'
    ],
    ['an OBS that never answers', { fault: 'hang' }, /no complete answer/, 'no complete answer']
  ] as [string, ObjectFault | undefined, RegExp, string][])(
    '%s: one line, verdict and exit code unchanged, within timeout + 3 s',
    async (_name, fault, reason, inSummary) => {
      const obs = await startObs({ objects: fault ? { [USER_LOG]: fault } : {} })
      const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
      const r = await run(emu, { inputs: aksk(obs.url, { timeout: '4s', 'request-timeout': '2s' }) })

      expect(r.code).toBe(1)
      expect(r.outputs.status).toBe('partFailed')
      expect(r.report?.reasons).toEqual(['the import partially failed'])
      const user = r.report?.jobs[0].files.find((f) => f.path.endsWith('user.csv'))
      expect(user?.rejectedLines).toBeNull()
      expect(user?.logRead).toMatch(reason)
      // The summary shows it escaped: a plain part of it.
      expect(r.summary).toContain(inSummary)
      expect(r.durationMs).toBeLessThan(4000 + 3000)
      // A redirect is never followed: one request, to our endpoint.
      expect(obs.requests).toHaveLength(1)
    }
  )

  it.each([false, true])(
    'a 10 MB log: only the first 64 KiB is asked for and read (OBS ignores Range: %s)',
    async (ignoreRange) => {
      const big = Array.from({ length: 200_000 }, (_, i) => `line ${i}: ${'x'.repeat(40)}`).join('\n')
      const obs = await startObs({ objects: { [USER_LOG]: big }, ignoreRange })
      const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
      const r = await run(emu, { inputs: aksk(obs.url) })
      expect(r.report?.jobs[0].files.find((f) => f.path.endsWith('user.csv'))?.rejectedLines).toEqual(
        big.split('\n').slice(0, 5)
      )
      expect(obs.requests[0].headers.range).toBe('bytes=0-65535')
      expect(obs.requests[0]).toMatchObject(ignoreRange ? { status: 200 } : { status: 206, bytes: 65_536 })
    }
  )

  it('hostile log text: escaped, cut at 300 characters, fenced so nothing closes the block or renders', async () => {
    const hostile = [
      '<script>alert(1)</script> @octocat #1 :tada: | a | b |',
      '::error::forged annotation',
      '````` not a fence end',
      `${'y'.repeat(400)}`,
      Buffer.from([0x61, 0xff, 0xfe, 0x62]).toString('latin1')
    ]
    const bytes = Buffer.concat([
      Buffer.from(hostile.slice(0, 4).join('\n') + '\n', 'utf8'),
      Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a])
    ])
    const obs = await startObs({ objects: { [USER_LOG]: bytes } })
    const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
    const r = await run(emu, { inputs: aksk(obs.url) })

    const user = r.report?.jobs[0].files.find((f) => f.path.endsWith('user.csv'))
    expect(user?.rejectedLines?.[3]).toBe(`${'y'.repeat(300)}…`)
    expect(user?.rejectedLines?.[4]).toBe('a\ufffd\ufffdb')
    expect(user?.logNote).toMatch(/not valid UTF-8/)
    // The block is fenced by more backticks than any line holds, so nothing in it renders.
    expect(r.summary).toContain('  ``````text\n  <script>alert(1)</script>')
    expect(gfmProblems(r.summary)).toEqual([])
    // The log line cannot become a workflow command.
    expect(r.errors.join('\n')).not.toContain('forged annotation')
    expect(r.stdout).not.toMatch(/^\s*::error::forged/m)
  })
})

describe('rejected lines: attacks on the OBS read', () => {
  it('a 302 is a redirect not followed, not "another region"; the verdict is unchanged', async () => {
    const obs = await startObs({
      objects: { [USER_LOG]: { fault: 'Redirect', status: 302, endpoint: 'evil.example' } }
    })
    const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
    const r = await run(emu, { inputs: aksk(obs.url) })
    expect(r.outputs.status).toBe('partFailed')
    const user = r.report?.jobs[0].files.find((f) => f.path.endsWith('user.csv'))
    expect(user?.logRead).toBe(
      'not read: OBS answered a redirect (HTTP 302); redirect not followed (the request carries credentials)'
    )
    expect(r.summary).not.toContain('another region')
    expect(r.summary).not.toContain('evil.example')
    expect(obs.requests).toHaveLength(1)
  })

  it('a log of exactly 65,536 bytes: Content-Range says that is all, so its last line is shown', async () => {
    const long = Array.from({ length: 4 }, (_, i) => `line ${i}: ${'z'.repeat(16_000)}`).join('\n')
    const bytes = Buffer.from(`${long}\n${'e'.repeat(65_536 - long.length - 1 - 5)}last!`)
    expect(bytes.length).toBe(65_536)
    const obs = await startObs({ objects: { [USER_LOG]: bytes } })
    const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
    const r = await run(emu, { inputs: aksk(obs.url) })
    const user = r.report?.jobs[0].files.find((f) => f.path.endsWith('user.csv'))
    expect(obs.requests[0]).toMatchObject({ status: 206, bytes: 65_536 })
    expect(user?.rejectedLines).toHaveLength(5)
    expect(user?.rejectedLines?.[4]).toMatch(/^e+/)
  })

  it('an IPv6 obs-endpoint (http://[::1]:port) is reached, the Host header keeps its brackets', async () => {
    let obs
    try {
      obs = await startObs({ objects: DEMO_LOGS, host: '::1' })
    } catch (error) {
      // A machine without IPv6 loopback cannot run this test; say so rather than pass silently.
      console.warn(`skipped: ::1 is not available (${(error as Error).message})`)
      return
    }
    expect(obs.url).toMatch(/^http:\/\/\[::1\]:\d+$/)
    const emu = await startEmu(partFailed({ aksk: DEMO_CREDENTIALS.aksk }, { runMs: 300 }))
    const r = await run(emu, { inputs: aksk(obs.url) })
    const user = r.report?.jobs[0].files.find((f) => f.path.endsWith('user.csv'))
    expect(user).toMatchObject({ logRead: 'ok', rejectedLines: DEMO_LOGS[USER_LOG].split('\n').slice(0, 5) })
    expect(obs.requests[0].headers.host).toBe(obs.url.replace('http://', ''))
  })
})
