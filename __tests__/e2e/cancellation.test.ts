// Cancellation: the runner sends SIGINT (then SIGTERM) to cancel a step. The action must stop
// within 2 s, whether it is sleeping between polls or stuck in a hung request, and still say
// "cancelled" in its outputs and summary.
import { afterEach, describe, expect, it } from '@jest/globals'
import { actions } from '../../emulator/faults.mjs'
import { DEMO_JOB_ID, demo } from '../../emulator/scenarios.mjs'
import type { Emulator } from '../../emulator/server.mjs'
import { byEndpoint, closeAll, sleep, start, startEmu, until } from './support.js'

afterEach(closeAll)

type Phase = 'a back-off sleep' | 'a hung request'

const phases: Record<
  Phase,
  { faults: Parameters<typeof demo>[0]; inputs: Record<string, string>; ready: (emu: Emulator) => boolean }
> = {
  // Polls 500 ms–1 s apart: 100 ms after a status answer the action is asleep.
  'a back-off sleep': {
    faults: {},
    inputs: { 'poll-interval': '500ms', 'max-poll-interval': '1s' },
    ready: (emu) => byEndpoint(emu, 'status').some((q) => q.status === 200)
  },
  // Every status request hangs; request-timeout is far away.
  'a hung request': {
    faults: { faults: [{ match: { endpoint: 'status' }, times: Infinity, action: actions.hang() }] },
    inputs: { 'request-timeout': '30s' },
    ready: (emu) => byEndpoint(emu, 'status').length > 0
  }
}

describe.each(['SIGINT', 'SIGTERM'] as const)('%s', (signal) => {
  it.each(Object.keys(phases) as Phase[])(`during %s: exits non-zero within 2 s, status cancelled`, async (phase) => {
    const { faults, inputs, ready } = phases[phase]
    const emu = await startEmu(demo({ fillerJobs: 8, ...faults }, { runMs: 60_000 }))
    const action = start(emu, { inputs: { ...inputs, timeout: '30s' } })

    await until(() => ready(emu), 5000, `the action to reach ${phase}`)
    await sleep(100)
    const seen = emu.requests.length
    if (phase === 'a back-off sleep')
      expect(emu.requests.every((q) => q.status !== null)).toBe(true) // nothing in flight
    else expect(emu.requests.at(-1)?.status).toBeNull() // in flight, hung
    const signalled = Date.now()
    expect(action.child.kill(signal)).toBe(true)
    const r = await action.done
    const stoppedMs = Date.now() - signalled

    expect(stoppedMs).toBeLessThan(2000)
    expect(r.signal).toBeNull() // it handled the signal and exited by itself
    expect(r.code).not.toBe(0)
    expect(r.code).not.toBeNull()
    expect(r.outputs.status).toBe('cancelled')
    expect(r.outputs['job-id']).toBe(DEMO_JOB_ID)
    expect(r.summary).toContain('### 🛑 Cancelled while waiting for the GES job')
    expect(r.summary).toContain('the run was cancelled before the job finished')
    expect(r.log).toContain(`Received ${signal}`)
    expect(emu.requests.length).toBe(seen) // no request after the signal
  })
})
