// Paging of the job and graph lists: what is read, when paging stops, and a gateway that ignores it.
import { describe, expect, it } from '@jest/globals'
import { FakeTransport, json } from '../../__fixtures__/fake-transport.js'
import { RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { GesClient, PAGE_SIZE, READ_AHEAD } from '../../src/ges/ges-client.js'
import { ApiCaller } from '../../src/http/api-caller.js'
import { ApiError } from '../../src/http/api-error.js'
import type { HttpRequest, HttpResponse, Transport } from '../../src/http/transport.js'

const entry = (id: string): Record<string, unknown> => ({
  jobId: id,
  status: 'success',
  jobName: 'ImportGraph',
  relatedGraph: 'movies',
  beginTime: '2026-11-28T09:00:00'
})
const ids = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => `job-${from + i}`)

/** A job center of `total` jobs paged as the docs say (offset/limit), capped at `maxLimit` per page. */
function center(total: number, maxLimit = PAGE_SIZE): (request: HttpRequest) => ReturnType<typeof json> {
  return (request) => {
    const query = new URL(request.url).searchParams
    const offset = Number(query.get('offset'))
    const limit = Math.min(Number(query.get('limit')), maxLimit)
    return json({ jobCount: total, jobList: ids(offset, Math.max(0, Math.min(limit, total - offset))).map(entry) })
  }
}

/** A FakeTransport whose answers take a turn of the event loop, counting the requests in flight at once. */
class ConcurrentTransport implements Transport {
  inFlight = 0
  /** In flight when each request was sent (itself included). */
  readonly atSend: number[] = []

  constructor(readonly inner: FakeTransport) {}

  async send(request: HttpRequest): Promise<HttpResponse> {
    this.inFlight += 1
    this.atSend.push(this.inFlight)
    try {
      await new Promise((resolve) => setTimeout(resolve, 1))
      return await this.inner.send(request)
    } finally {
      this.inFlight -= 1
    }
  }

  dispose(): void {}
}

function client(transport: Transport): GesClient {
  return new GesClient(
    'https://ges.test',
    'v1',
    'p1',
    new ApiCaller(transport, undefined, () => 1000, new RecordingLog())
  )
}

const offsets = (transport: FakeTransport): number[] =>
  transport.requests.map((_, i) => Number(transport.query(i).get('offset')))

describe('GesClient.listJobs paging', () => {
  it('pages by what came back until jobCount is covered, asking for PAGE_SIZE each time', async () => {
    const transport = new FakeTransport(center(250))
    const jobs = await client(transport).listJobs({ graphName: 'movies' })
    expect(jobs.map((j) => j.id)).toEqual(ids(0, 250))
    expect(offsets(transport)).toEqual([0, 100, 200])
    expect(transport.requests.every((_, i) => transport.query(i).get('limit') === String(PAGE_SIZE))).toBe(true)
  })

  it('advances by the page the server really returned when it caps limit', async () => {
    const transport = new FakeTransport(center(25, 10))
    expect(await client(transport).listJobs({})).toHaveLength(25)
    expect(offsets(transport)).toEqual([0, 10, 20])
  })

  it('a listing that has not ended after 1,000 pages fails with the fix, never passes for complete', async () => {
    // A server that caps limit at 10 (the documented default) and holds 10,050 jobs.
    const transport = new FakeTransport(center(10_050, 10))
    const error = (await client(transport)
      .listJobs({})
      .catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.message).toBe(
      'Listing GES jobs failed: 10000 jobs in 1000 pages and the list had not ended (jobCount 10050). Narrow the listing: set "graph-name", or "since" so that GES is asked from a start date.'
    )
    expect(transport.requests).toHaveLength(1000)
  })

  it('without jobCount, stops at the first short page', async () => {
    const transport = new FakeTransport(undefined, [
      json({ jobList: ids(0, 100).map(entry) }),
      json({ jobList: ids(100, 3).map(entry) })
    ])
    expect(await client(transport).listJobs({})).toHaveLength(103)
    expect(transport.requests).toHaveLength(2)
  })

  it('a jobCount lower than the jobs sent is wrong: pages on while pages are full, losing none', async () => {
    const transport = new FakeTransport(undefined, [
      json({ jobCount: 5, jobList: ids(0, 100).map(entry) }),
      json({ jobCount: 5, jobList: ids(100, 100).map(entry) }),
      json({ jobCount: 5, jobList: ids(200, 20).map(entry) })
    ])
    expect(await client(transport).listJobs({})).toHaveLength(220)
    expect(offsets(transport)).toEqual([0, 100, 200])
  })

  it('a jobCount that is the page size (too low by whole pages) loses none', async () => {
    const transport = new FakeTransport((request) => {
      const answer = JSON.parse(center(250)(request).body) as { jobList: unknown[] }
      return json({ jobCount: answer.jobList.length, jobList: answer.jobList })
    })
    expect(await client(transport).listJobs({})).toHaveLength(250)
    // The count that moves (100, 100, 50) reads as a list that changed: a second pass, to be safe.
    expect(offsets(transport)).toEqual([0, 100, 200, 0, 100, 200])
  })

  it('a jobCount that ends on a full page is checked with one more page', async () => {
    const transport = new FakeTransport(center(200))
    expect(await client(transport).listJobs({})).toHaveLength(200)
    expect(offsets(transport)).toEqual([0, 100, 200])
  })

  it('a listing read to the end fetches up to READ_AHEAD pages at once, once jobCount is known', async () => {
    const fake = new FakeTransport(center(1000))
    const transport = new ConcurrentTransport(fake)
    const jobs = await client(transport).listJobs({ graphName: 'movies' })
    expect(jobs.map((j) => j.id)).toEqual(ids(0, 1000))
    // Page 1 alone; then 4, 4, and the last page with the one that shows the end (offset 1000).
    expect(offsets(fake)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])
    expect(transport.atSend).toEqual([1, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2])
  })

  it('`enough` reads one page at a time, unless readAhead says it is only a deadline', async () => {
    const oneByOne = new ConcurrentTransport(new FakeTransport(center(500)))
    await client(oneByOne).listJobs({}, () => false)
    expect(oneByOne.atSend).toEqual([1, 1, 1, 1, 1, 1])
    const ahead = new ConcurrentTransport(new FakeTransport(center(500)))
    await client(ahead).listJobs({}, () => false, true)
    expect(Math.max(...ahead.atSend)).toBe(READ_AHEAD)
  })

  it('`enough` met inside a batch ends the listing there', async () => {
    const fake = new FakeTransport(center(1000))
    const jobs = await client(new ConcurrentTransport(fake)).listJobs({}, (seen) => seen.has('job-250'), true)
    expect(jobs).toHaveLength(300)
    expect(offsets(fake)).toEqual([0, 100, 200, 300, 400])
  })

  it('a short page inside a batch: the pages after it are dropped and asked again where the list really goes on', async () => {
    // 500 jobs at page 1; the 40 newest vanish before page 2 is read (the list shrinks to 460).
    let shrunk = false
    const fake = new FakeTransport((request) => {
      const offset = Number(new URL(request.url).searchParams.get('offset'))
      if (offset === 0 && !shrunk) return center(500)(request)
      shrunk = true
      const answer = JSON.parse(center(460)(request).body) as { jobList: Array<{ jobId: string }> }
      return json({
        jobCount: 460,
        jobList: answer.jobList.map((j) => entry(j.jobId.replace(/\d+/, (n) => String(Number(n) + 40))))
      })
    })
    const jobs = await client(new ConcurrentTransport(fake)).listJobs({})
    // Pass 1: 0, then 100..400 at once; 100 → 460 holds 360 jobs, so 200..400 land where they should;
    // jobCount changed (500 → 460), so a second pass from 0 keeps the union.
    expect(offsets(fake).slice(0, 5)).toEqual([0, 100, 200, 300, 400])
    expect(new Set(jobs.map((j) => j.id))).toEqual(new Set(ids(0, 500)))
  })

  it('a page dropped after a short page is asked again at the offset the list really reached', async () => {
    const fake = new FakeTransport(undefined, [
      json({ jobCount: 250, jobList: ids(0, 100).map(entry) }),
      json({ jobCount: 250, jobList: ids(100, 60).map(entry) }), // short: the server cut this page
      new Error('socket hang up'), // the page at 200 fails, but it was at the wrong offset anyway
      json({ jobCount: 250, jobList: ids(160, 90).map(entry) })
    ])
    const jobs = await client(new ConcurrentTransport(fake)).listJobs({})
    expect(offsets(fake)).toEqual([0, 100, 200, 160])
    expect(jobs.map((j) => j.id)).toEqual(ids(0, 250))
  })

  it('a page of a batch that fails fails the listing, with none of the others left unhandled', async () => {
    const fake = new FakeTransport((request) =>
      new URL(request.url).searchParams.get('offset') === '300'
        ? json({ errorCode: 'GES.7006', errorMessage: 'internal error' }, 500)
        : center(1000)(request)
    )
    const error = await client(new ConcurrentTransport(fake))
      .listJobs({})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).kind).toBe('transient')
    expect(offsets(fake)).toEqual([0, 100, 200, 300, 400])
  })

  it('stops as soon as `enough` says so', async () => {
    const transport = new FakeTransport(center(500))
    const jobs = await client(transport).listJobs({}, (seen) => seen.has('job-150'))
    expect(transport.requests).toHaveLength(2)
    expect(jobs).toHaveLength(200)
  })

  it('jobCount: 1 with no jobList is not an empty job center: a retryable error', async () => {
    const transport = new FakeTransport(json({ jobCount: 1 }))
    const error = await client(transport)
      .listJobs({})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).kind).toBe('transient')
    expect((error as ApiError).message).toMatch(/jobCount is above 0 but jobList is missing/)
  })

  it('jobCount: 0 with no jobList is an empty job center', async () => {
    expect(await client(new FakeTransport(json({ jobCount: 0 }))).listJobs({})).toEqual([])
  })

  it('when jobCount changes mid-listing, lists once more and keeps the union', async () => {
    // First pass: 150 jobs, then 151 (a new job at the front pushes job-99 onto page 2 unseen).
    const transport = new FakeTransport(undefined, [
      json({ jobCount: 150, jobList: ids(0, 100).map(entry) }),
      json({ jobCount: 151, jobList: [entry('new'), ...ids(100, 50).map(entry)] }),
      json({ jobCount: 151, jobList: [entry('new'), ...ids(0, 99).map(entry)] }),
      json({ jobCount: 151, jobList: ids(99, 51).map(entry) })
    ])
    const jobs = await client(transport).listJobs({})
    expect(transport.requests).toHaveLength(4)
    expect(new Set(jobs.map((j) => j.id))).toEqual(new Set(['new', ...ids(0, 150)]))
  })

  it('a list that keeps changing is listed at most twice', async () => {
    let count = 150
    const transport = new FakeTransport((request) => {
      const answer = center(150)(request)
      return { ...answer, body: answer.body.replace('"jobCount":150', `"jobCount":${(count += 1)}`) }
    })
    expect(await client(transport).listJobs({})).toHaveLength(150)
    expect(offsets(transport).filter((offset) => offset === 0)).toHaveLength(2)
  })

  it('a gateway that ignores offset (page 1 forever) stops at the first repeated page with a clear error', async () => {
    const transport = new FakeTransport(() => json({ jobCount: 1000, jobList: ids(0, 100).map(entry) }))
    const error = (await client(transport)
      .listJobs({ graphName: 'movies' })
      .catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.kind).toBe('permanent')
    expect(error.message).toMatch(/ignores paging/)
    expect(error.message).toMatch(/offset=100 \(limit=100\).*offset=0/)
    // Page 1, then the pages read ahead once jobCount is known; the first repeat stops it.
    expect(transport.requests).toHaveLength(1 + READ_AHEAD)
  })

  it('the same gateway, listing until a job is seen: one page at a time, stopped at the second', async () => {
    const transport = new FakeTransport(() => json({ jobCount: 1000, jobList: ids(0, 100).map(entry) }))
    const error = await client(transport)
      .listJobs({ graphName: 'movies' }, (seen) => seen.has('absent'))
      .catch((e: unknown) => e)
    expect((error as ApiError).message).toMatch(/ignores paging/)
    expect(transport.requests).toHaveLength(2)
  })

  it('one-entry pages get one repeat of grace (a list shifting by one), not two', async () => {
    const transport = new FakeTransport(() => json({ jobCount: 50, jobList: [entry('same')] }))
    const error = (await client(transport)
      .listJobs({})
      .catch((e: unknown) => e)) as ApiError
    expect(error.message).toMatch(/ignores paging/)
    expect(transport.requests).toHaveLength(3)
  })

  it('a page shifted by one entry is not a repeat', async () => {
    const transport = new FakeTransport(undefined, [
      json({ jobCount: 3, jobList: ['a', 'b'].map(entry) }),
      json({ jobCount: 3, jobList: ['b', 'c'].map(entry) })
    ])
    expect((await client(transport).listJobs({})).map((j) => j.id)).toEqual(['a', 'b', 'c'])
  })
})

describe('GesClient.listGraphs paging', () => {
  const graphs = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `g${from + i}`, name: `graph${from + i}` }))

  it('pages until graphCount is covered', async () => {
    const transport = new FakeTransport(undefined, [
      json({ graphCount: 130, graphs: graphs(0, 100) }),
      json({ graphCount: 130, graphs: graphs(100, 30) })
    ])
    expect(await client(transport).listGraphs()).toHaveLength(130)
    expect(offsets(transport)).toEqual([0, 100])
  })

  it('stops with an error when the graph list ignores offset', async () => {
    const transport = new FakeTransport(() => json({ graphCount: 300, graphs: graphs(0, 100) }))
    const error = (await client(transport)
      .listGraphs()
      .catch((e: unknown) => e)) as ApiError
    expect(error.kind).toBe('permanent')
    expect(error.message).toMatch(/^Listing GES graphs failed: the gateway ignores paging/)
    expect(transport.requests).toHaveLength(2)
  })
})
