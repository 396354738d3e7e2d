// A misbehaving network and gateway: transient faults are retried within the timeout (with
// warnings), throttling honours Retry-After, and permanent answers stop the wait at once.
import { afterEach, describe, expect, it } from '@jest/globals'
import { actions, apigError, type Fault, type FaultAction } from '../../emulator/faults.mjs'
import { DEMO_CREDENTIALS, DEMO_JOB_ID, demo } from '../../emulator/scenarios.mjs'
import type { Emulator, JobDetail, JobSpec, RequestRecord } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, gesRequests, header, run, startEmu, startRecorder } from './support.js'

afterEach(closeAll)

const html = (status: number, title: string): FaultAction => ({
  status,
  headers: { 'Content-Type': 'text/html' },
  body: `<!DOCTYPE html><html><head><title>${status} ${title}</title></head><body><center><h1>${status} ${title}</h1></center><hr><center>nginx</center></body></html>`
})

/** The demo import (running, success after runMs) behind the given faults. */
const faulty = (faults: Fault[], runMs = 800) => startEmu(demo({ fillerJobs: 8, faults }, { runMs }))

/** Time between a request and the next one the action sent. */
function gapAfter(emu: Emulator, record: RequestRecord): number {
  const next = emu.requests[emu.requests.indexOf(record) + 1]
  expect(next).toBeDefined()
  return next.at - record.at
}

describe('transient faults are retried', () => {
  it('502/503 bursts with HTML bodies (and a 408 GES.7005), then success: warnings, exit 0', async () => {
    const emu = await faulty([
      { match: { endpoint: 'list', nth: 1 }, times: 2, action: html(503, 'Service Temporarily Unavailable') },
      { match: { endpoint: 'status', nth: 1 }, times: 3, action: actions.badGateway() },
      { match: { endpoint: 'status', nth: 4 }, times: 1, action: actions.engineBusy() },
      { match: { endpoint: 'status', nth: 5 }, times: 2, action: html(503, 'Service Unavailable') }
    ])
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.outputs['job-id']).toBe(DEMO_JOB_ID)
    const statuses = gesRequests(emu).map((q) => q.status)
    expect(statuses.filter((s) => s === 503)).toHaveLength(4)
    expect(statuses.filter((s) => s === 502)).toHaveLength(3)
    expect(statuses).toContain(408)
    expect(statuses.at(-1)).toBe(200)
    expect(r.warnings.length).toBeGreaterThanOrEqual(2) // one per burst at least
    expect(r.warnings.join('\n')).toMatch(/server error \(503\)/)
    expect(r.warnings.join('\n')).toMatch(/server error \(502\)/)
    expect(r.log).not.toContain('<html') // the HTML page is not dumped into the log
    expect(r.errors).toEqual([])
  })

  it('429 with Retry-After: the next request waits that long', async () => {
    const emu = await faulty([
      {
        match: { endpoint: 'status', nth: 1 },
        action: apigError(429, 'APIG.0308', 'The throttling threshold has been reached', { 'Retry-After': '1' })
      }
    ])
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    const throttled = gesRequests(emu).find((q) => q.status === 429) as RequestRecord
    expect(throttled).toBeDefined()
    expect(gapAfter(emu, throttled)).toBeGreaterThanOrEqual(950)
    expect(gapAfter(emu, throttled)).toBeLessThan(1800)
    expect(r.warnings.join('\n')).toContain('throttled')
  })

  it.each([
    ['429 without Retry-After (plain text body)', { status: 429, body: 'Too Many Requests' }],
    ['an APIG.0308 body', actions.throttled()]
  ])('%s: backs off at least the 2 s the gateway asks for', async (_, action) => {
    const emu = await faulty([{ match: { endpoint: 'status', nth: 1 }, action }], 300)
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    const throttled = gesRequests(emu).find((q) => q.status === 429) as RequestRecord
    expect(throttled).toBeDefined()
    expect(gapAfter(emu, throttled)).toBeGreaterThanOrEqual(1950)
    expect(r.warnings.join('\n')).toContain('throttled')
  })

  it('a connection reset is retried', async () => {
    const emu = await faulty([
      { match: { endpoint: 'list', nth: 1 }, action: actions.reset() },
      { match: { endpoint: 'status', nth: 2 }, action: actions.reset() }
    ])
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(gesRequests(emu).filter((q) => q.status === 0)).toHaveLength(2)
    expect(r.warnings.length).toBeGreaterThanOrEqual(1)
  })

  it('a request hung past request-timeout is abandoned and retried', async () => {
    const emu = await faulty([{ match: { endpoint: 'status', nth: 1 }, action: actions.hang() }])
    const r = await run(emu, { inputs: { 'request-timeout': '500ms' } })

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    const hung = byEndpoint(emu, 'status')[0]
    expect(hung.status).toBeNull()
    const gap = gapAfter(emu, hung)
    expect(gap).toBeGreaterThanOrEqual(480)
    expect(gap).toBeLessThan(1500)
    expect(r.warnings.join('\n')).toMatch(/timed out/)
    expect(r.durationMs).toBeLessThan(5000)
  })

  it('a request hung at the end of the wait does not stretch timeout to request-timeout', async () => {
    const emu = await faulty(
      [{ match: { endpoint: 'status', nth: 1 }, times: Infinity, action: actions.hang() }],
      60_000
    )
    const r = await run(emu, { inputs: { timeout: '1500ms', 'request-timeout': '20s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('timeout')
    expect(byEndpoint(emu, 'status').length).toBeGreaterThanOrEqual(1)
    // The hung request gets what is left of the wait, at least 5 s for a last answer; not 20 s.
    expect(r.durationMs).toBeLessThan(9000)
  })

  it('an empty 200 is not an answer: retried', async () => {
    const emu = await faulty([{ match: { endpoint: 'status', nth: 1 }, action: { status: 200, body: '' } }])
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(byEndpoint(emu, 'status').length).toBeGreaterThanOrEqual(2)
    expect(r.warnings.join('\n')).toContain('empty body')
  })
})

describe('permanent answers stop the wait at once', () => {
  /** The last request the emulator saw is the one that got `status`: nothing was sent after it. */
  function expectStoppedAt(emu: Emulator, status: number): void {
    expect(emu.requests.length).toBeGreaterThan(0)
    expect(emu.requests.at(-1)?.status).toBe(status)
    expect(emu.requests.filter((q) => q.status === status)).toHaveLength(1)
  }

  it('a 200 whose body says errorCode GES.0001', async () => {
    const emu = await faulty([
      {
        match: { endpoint: 'list', nth: 1 },
        action: {
          status: 200,
          body: { errorCode: 'GES.0001', errorMessage: 'Invalid parameter: graph_name.', jobCount: 0, jobList: [] }
        }
      }
    ])
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(emu.requests).toHaveLength(1)
    expectStoppedAt(emu, 200)
    expect(r.outputs.status).toBe('error')
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain('GES.0001')
    expect(r.errors[0]).toContain('Invalid parameter: graph_name.')
  })

  it('403', async () => {
    const emu = await faulty([
      {
        match: { endpoint: 'list', nth: 1 },
        action: apigError(403, 'APIG.0203', 'Forbidden: no permission to access GES')
      }
    ])
    const r = await run(emu)

    expect(r.code).toBe(1)
    expect(emu.requests).toHaveLength(1)
    expectStoppedAt(emu, 403)
    expect(r.errors[0]).toContain('access denied (403)')
    expect(r.errors[0]).toContain('APIG.0203')
    expect(r.summary).toContain('GES policy')
  })

  it('400 GES.0016 for a wrong project-id (docs/ges-api.md, errors), the hint names project-id', async () => {
    const emu = await startEmu(demo({ fillerJobs: 8 }))
    const r = await run(emu, { inputs: { 'project-id': 'ffffffffffffffffffffffffffffffff' } })

    expect(r.code).toBe(1)
    expect(emu.requests).toHaveLength(1)
    expect(emu.requests[0].path).toBe('/v1.0/ffffffffffffffffffffffffffffffff/graphs/jobs')
    expectStoppedAt(emu, 400)
    expect(r.errors[0]).toContain('GES.0016')
    expect(r.summary).toContain('check "project-id"')
  })

  it.each([302, 307])('a %i redirect to another origin: no credentials follow it', async (status) => {
    const elsewhere = await startRecorder()
    const emu = await startEmu(demo({ fillerJobs: 8 }))
    emu.addFault({
      match: { endpoint: 'list' },
      action: { redirect: `${elsewhere.url}/v1.0/${emu.projectId}/graphs/jobs?graph_name=movies`, status }
    })
    const r = await run(emu, { otherRequests: elsewhere.requests })

    expect(r.code).toBe(1)
    expect(emu.requests).toHaveLength(1)
    expectStoppedAt(emu, status)
    expect(header(emu.requests[0], 'x-auth-token')).toBe(emu.token) // credentials went to the endpoint only
    for (const q of elsewhere.requests) {
      expect(q.headers['x-auth-token']).toBeUndefined()
      expect(q.headers.authorization).toBeUndefined()
    }
    expect(elsewhere.requests).toHaveLength(0)
    expect(r.errors[0]).toContain(`${status} redirect`)
    expect(r.errors[0]).toContain(elsewhere.url)
  })

  it('a 307 redirect of the IAM token request: the password does not follow it', async () => {
    const elsewhere = await startRecorder()
    const emu = await startEmu(demo({ fillerJobs: 8 }))
    emu.addFault({ match: { endpoint: 'token' }, action: { redirect: `${elsewhere.url}/v3/auth/tokens`, status: 307 } })
    const user = DEMO_CREDENTIALS.iam.users[0]
    const r = await run(emu, {
      inputs: {
        token: undefined,
        'iam-user': user.name,
        'iam-password': user.password,
        'iam-domain': user.domain,
        'iam-endpoint': emu.url
      },
      otherRequests: elsewhere.requests
    })

    expect(r.code).toBe(1)
    expect(emu.requests).toHaveLength(1)
    expect(emu.requests[0]).toMatchObject({ endpoint: 'token', status: 307 })
    expect(elsewhere.requests).toHaveLength(0)
    expect(r.errors[0]).toContain('307 redirect')
  })
})

describe('the single-job status endpoint', () => {
  it('a GES error from the status endpoint (GES.7007) falls back to the job list, which is the authority', async () => {
    const emu = await faulty([
      {
        match: { endpoint: 'status', nth: 1 },
        action: { status: 400, body: { errorCode: 'GES.7007', errorMessage: 'The job does not exist.' } }
      }
    ])
    const r = await run(emu)

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    const statusPolls = byEndpoint(emu, 'status')
    expect(statusPolls).toHaveLength(1) // not asked again
    const after = emu.requests.slice(emu.requests.indexOf(statusPolls[0]) + 1)
    expect(after.length).toBeGreaterThanOrEqual(2)
    expect(after.every((q) => q.endpoint === 'list' && q.status === 200)).toBe(true)
  })
})

describe('a list entry that cannot be read', () => {
  const brokenOldJob: JobSpec = {
    id: 'old-delete-job',
    name: 'DeleteGraph',
    graph: 'movies',
    beginTime: new Date(Date.now() - 3_600_000).toISOString(),
    timeline: [{ atMs: 0, status: 'success', jobDetail: 'deleted 3 vertices' as unknown as JobDetail }]
  }

  it('on another job does not hide the target', async () => {
    const options = demo({ fillerJobs: 8 }, { runMs: 600 })
    const emu = await startEmu({ ...options, jobs: [...(options.jobs ?? []), brokenOldJob] })
    const r = await run(emu, { inputs: { 'job-name': '*' } }) // the broken job is a candidate too

    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('success')
    expect(r.outputs['job-id']).toBe(DEMO_JOB_ID)
  })

  it('on the target itself: never a success, whatever its status says', async () => {
    const target: JobSpec = {
      id: DEMO_JOB_ID,
      graph: 'movies',
      timeline: [
        { atMs: 0, status: 'running' },
        { atMs: 300, status: 'success', jobDetail: 'garbled' as unknown as JobDetail }
      ]
    }
    const emu = await startEmu(demo({ fillerJobs: 8, jobs: [target] }))
    const r = await run(emu, { inputs: { timeout: '2s' } })

    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('timeout')
    expect(r.warnings.join('\n')).toMatch(
      /its entry in the job list cannot be read \(jobDetail is the string "garbled"/
    )
    expect(r.summary).not.toContain('GES import succeeded')
  })
})
