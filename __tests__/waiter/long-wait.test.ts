// A six-hour wait, simulated: the real clock code (systemClock, setTimeout) under jest's fake
// timers, so every sleep of the real action is scheduled and cleared for real. Memory stays flat,
// no timer or abort listener is left behind, and the log stays a story a person can read. Then
// the real HTTP transport, over many requests: each one's deadline timer and abort listener go.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { getEventListeners } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import v8 from 'node:v8'
import vm from 'node:vm'
import { file, job } from '../../__fixtures__/jobs.js'
import type { Graph, Job } from '../../src/ges/model.js'
import { ActionsHttpTransport } from '../../src/http/transport.js'
import type { Log } from '../../src/shared/log.js'
import { systemClock } from '../../src/shared/clock.js'
import type { JobSource } from '../../src/ges/job-source.js'
import { JobMonitor } from '../../src/waiter/job-monitor.js'
import { waitForJobs } from '../../src/waiter/wait-for-jobs.js'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const S = 1000
const MIN = 60 * S
const HOUR = 60 * MIN
const MB = 1024 * 1024

/** Counts lines and keeps only the last few: the log itself must not be what grows. */
class CountingLog implements Log {
  readonly counts = { debug: 0, info: 0, warning: 0 }
  readonly infoTail: string[] = []
  debug(): void {
    this.counts.debug += 1
  }
  info(message: string): void {
    this.counts.info += 1
    this.infoTail.push(message)
    if (this.infoTail.length > 5) this.infoTail.shift()
  }
  warning(): void {
    this.counts.warning += 1
  }
}

/** One import that runs six hours, read from whatever time the (fake) clock says. */
function sixHourImport(): JobSource & { calls: number } {
  const at = (): Job =>
    Date.now() < T0 + 6 * HOUR
      ? job({ id: 'j1', status: 'running', rawStatus: 'running', beginTime: T0 })
      : job({
          id: 'j1',
          status: 'success',
          rawStatus: 'success',
          beginTime: T0,
          endTime: T0 + 6 * HOUR,
          files: [file()]
        })
  const graphs: Graph[] = [{ id: 'g-movies', name: 'movies' }]
  return {
    calls: 0,
    async listJobs() {
      this.calls += 1
      return [at()]
    },
    async getJob() {
      this.calls += 1
      return at()
    },
    async listGraphs() {
      this.calls += 1
      return graphs
    }
  }
}

afterEach(() => {
  jest.useRealTimers()
})

describe('a six-hour wait on the real clock code (fake timers)', () => {
  it('polls every 5 s for six hours with flat memory, leaves no timer or listener, and logs about a line a minute', async () => {
    jest.useFakeTimers({ now: T0 })
    const source = sixHourImport()
    const log = new CountingLog()
    const controller = new AbortController()
    const monitor = new JobMonitor(
      source,
      { jobIds: [], graphNames: ['movies'], jobName: 'ImportGraph', select: 'latest' },
      undefined,
      log
    )
    let finished = false
    const waiting = waitForJobs(monitor, {
      deadline: systemClock.now() + 8 * HOUR,
      pollIntervalMs: 5 * S,
      maxPollIntervalMs: 5 * S,
      waitForJob: true,
      clock: systemClock,
      signal: controller.signal,
      log
    }).finally(() => (finished = true))

    const heap: number[] = []
    for (let minute = 1; !finished; minute += 1) {
      await jest.advanceTimersByTimeAsync(MIN)
      // While it sleeps: exactly one timer and one abort listener, whatever the hour.
      if (!finished) {
        expect(jest.getTimerCount()).toBe(1)
        expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1)
      }
      if (minute % 60 === 0) {
        gc()
        heap.push(process.memoryUsage().heapUsed)
      }
      if (minute > 7 * 60) throw new Error('the wait did not end after 7 hours')
    }
    const outcome = await waiting

    expect(outcome.end).toBe('finished')
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(6 * HOUR)
    expect(outcome.elapsedMs).toBeLessThanOrEqual(6 * HOUR + 5 * S)
    expect(outcome.polls).toBe(6 * 720 + 1)
    expect(source.calls).toBeGreaterThanOrEqual(outcome.polls)
    // Nothing left behind: no timer, no abort listener on the run's signal.
    expect(jest.getTimerCount()).toBe(0)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
    // Memory: from the first hour to the sixth, the heap does not grow with the polls.
    expect(heap).toHaveLength(6)
    const growth = Math.max(...heap.slice(1)) - heap[0]
    expect(growth).toBeLessThan(2 * MB) // 3,600 more polls: under ~580 bytes each, were it a leak
    // The log: about a line a minute, the last ones saying where the wait stands.
    expect(log.counts.info).toBeGreaterThanOrEqual(6 * 60 - 5)
    expect(log.counts.info).toBeLessThanOrEqual(6 * 60 + 5)
    expect(log.counts.warning).toBe(0)
    expect(log.counts.debug).toBeGreaterThanOrEqual(outcome.polls - 1 - log.counts.info)
    expect(log.infoTail.at(-1)).toMatch(
      /^ImportGraph j1 of graph "movies": running, 5h59m\d*s? elapsed, next check in 5s$/
    )
  })

  it('cancelled in the sixth hour: stops at once, nothing left behind', async () => {
    jest.useFakeTimers({ now: T0 })
    const log = new CountingLog()
    const controller = new AbortController()
    const monitor = new JobMonitor(
      sixHourImport(),
      { jobIds: [], graphNames: ['movies'], jobName: 'ImportGraph', select: 'latest' },
      undefined,
      log
    )
    const waiting = waitForJobs(monitor, {
      deadline: systemClock.now() + 8 * HOUR,
      pollIntervalMs: 5 * S,
      maxPollIntervalMs: 60 * S,
      waitForJob: true,
      clock: systemClock,
      signal: controller.signal,
      log
    })
    await jest.advanceTimersByTimeAsync(5 * HOUR + 30 * MIN)
    controller.abort()
    const outcome = await waiting
    expect(outcome.end).toBe('cancelled')
    expect(jest.getTimerCount()).toBe(0)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })
})

describe('the HTTP transport over many requests', () => {
  it('clears each request deadline timer and abort listener: 1,000 requests leave none behind', async () => {
    let answered = 0
    const server = createServer((_, res) => {
      answered += 1
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"jobCount":0,"jobList":[]}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0/p/graphs/jobs`
    const controller = new AbortController()
    const transport = new ActionsHttpTransport('ges-job-waiter/test', controller.signal, 30 * S)
    const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length
    try {
      await transport.send({ method: 'GET', url, headers: {}, timeoutMs: 30 * S }) // warm up the keep-alive socket
      const before = timers()
      for (let i = 0; i < 1000; i += 1) {
        const response = await transport.send({ method: 'GET', url, headers: {}, timeoutMs: 30 * S })
        expect(response.status).toBe(200)
      }
      expect(answered).toBe(1001)
      expect(timers()).toBeLessThanOrEqual(before) // no 30 s deadline timer outlives its request
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
    } finally {
      transport.dispose()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
