// Paging of the job and graph lists: what is read, when paging stops, and a gateway that ignores it.
import { describe, expect, it } from '@jest/globals'
import { FakeTransport, json } from '../../__fixtures__/fake-transport.js'
import { RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { GesClient, PAGE_SIZE, READ_AHEAD } from '../../src/ges/ges-client.js'
import { ApiCaller } from '../../src/http/api-caller.js'
import { ApiError } from '../../src/http/api-error.js'
import { CancelledError } from '../../src/shared/cancellation.js'
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

/**
 * A FakeTransport whose answers come after `delay(offset)` ms (1 by default; a varying delay
 * makes the pages of a batch finish in any order), counting the requests in flight at once.
 */
class ConcurrentTransport implements Transport {
  inFlight = 0
  /** In flight when each request was sent (itself included). */
  readonly atSend: number[] = []

  constructor(
    readonly inner: FakeTransport,
    private readonly delay: (offset: number) => number = () => 1
  ) {}

  async send(request: HttpRequest): Promise<HttpResponse> {
    this.inFlight += 1
    this.atSend.push(this.inFlight)
    try {
      const offset = Number(new URL(request.url).searchParams.get('offset'))
      await new Promise((resolve) => setTimeout(resolve, this.delay(offset)))
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
    const list = await client(transport).listGraphs()
    expect(list.graphs).toHaveLength(130)
    expect(list.complete).toBe(true)
    expect(offsets(transport)).toEqual([0, 100])
  })

  it('a list without graphCount is complete at its first short page', async () => {
    const transport = new FakeTransport(undefined, [json({ graphs: graphs(0, 100) }), json({ graphs: graphs(100, 3) })])
    expect(await client(transport).listGraphs()).toMatchObject({ complete: true })
    expect(offsets(transport)).toEqual([0, 100])
  })

  // A graph not in a list that was not read in full is not absent (docs/evidence-rules.md).
  it.each([
    [
      'its last page comes back empty before graphCount',
      [json({ graphCount: 150, graphs: graphs(0, 100) }), json({ graphCount: 150, graphs: [] })]
    ],
    [
      'graphCount changes between pages',
      [json({ graphCount: 130, graphs: graphs(0, 100) }), json({ graphCount: 129, graphs: graphs(100, 29) })]
    ],
    [
      'an entry is not a graph (no name)',
      [json({ graphCount: 2, graphs: [{ id: 'g0', name: 'graph0' }, { id: 'g1' }] })]
    ],
    ['it lists more than graphCount', [json({ graphCount: 1, graphs: graphs(0, 2) })]],
    [
      'a short page ends it before graphCount',
      [
        json({ graphCount: 150, graphs: graphs(0, 100) }),
        json({ graphCount: 150, graphs: graphs(100, 20) }),
        json({ graphCount: 150, graphs: [] })
      ]
    ]
  ])('a list is not complete when %s', async (_, answers) => {
    const list = await client(new FakeTransport(undefined, answers)).listGraphs()
    expect(list.complete).toBe(false)
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

  it('a graph list that has not ended after 1,000 pages fails, never passes for complete', async () => {
    // A server capping limit at 10 with 10,050 graphs: the graph sought may be in the pages not read.
    const transport = new FakeTransport((request) => {
      const offset = Number(new URL(request.url).searchParams.get('offset'))
      return json({ graphCount: 10_050, graphs: graphs(offset, 10) })
    })
    const error = (await client(transport)
      .listGraphs()
      .catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.kind).toBe('permanent')
    expect(error.message).toBe(
      'Listing GES graphs failed: 10000 graphs in 1000 pages and the list had not ended. Check "endpoint" and "project-id".'
    )
    expect(transport.requests).toHaveLength(1000)
  })
})

const throttled = (): HttpResponse =>
  json({ error_code: 'APIG.0308', error_msg: 'The request is throttled.' }, 429, { 'retry-after': '2' })

describe('GesClient.listJobs read-ahead under attack', () => {
  it('pages of a batch that answer out of order (the last first) lose no job and keep the offset order', async () => {
    const fake = new FakeTransport(center(1000))
    const transport = new ConcurrentTransport(fake, (offset) => 1 + (((1000 - offset) / 100) % 4) * 2)
    const jobs = await client(transport).listJobs({})
    expect(jobs.map((j) => j.id)).toEqual(ids(0, 1000))
    expect(Math.max(...transport.atSend)).toBe(READ_AHEAD)
  })

  it('a gateway that throttles pages sent at once drops back to one page at a time and loses none', async () => {
    // APIG.0308 whenever another request is in flight: the old one-by-one listing passes, so must this.
    const fake = new FakeTransport((request): HttpResponse =>
      transport.inFlight > 1 ? throttled() : center(1000)(request)
    )
    const transport = new ConcurrentTransport(fake)
    const jobs = await client(transport).listJobs({})
    expect(jobs.map((j) => j.id)).toEqual(ids(0, 1000))
    // Page 1; a batch of 4, all throttled; then one at a time from offset 100.
    expect(offsets(fake)).toEqual([0, 100, 200, 300, 400, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])
  })

  it('a page throttled again when asked alone fails the listing as throttled, with Retry-After kept', async () => {
    const fake = new FakeTransport((request) =>
      new URL(request.url).searchParams.get('offset') === '200' ? throttled() : center(1000)(request)
    )
    const error = (await client(new ConcurrentTransport(fake))
      .listJobs({})
      .catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.kind).toBe('throttled')
    expect(error.details.retryAfterMs).toBe(2000)
    expect(error.message).toMatch(/^Listing GES jobs .*throttled/)
    expect(offsets(fake)).toEqual([0, 100, 200, 300, 400, 200])
  })

  it('a permanent error on a page read ahead is not retried: it fails the listing at once', async () => {
    const fake = new FakeTransport((request) =>
      new URL(request.url).searchParams.get('offset') === '200'
        ? json({ errorCode: 'GES.0001', errorMessage: 'bad parameter' }, 400)
        : center(1000)(request)
    )
    const error = (await client(new ConcurrentTransport(fake))
      .listJobs({})
      .catch((e: unknown) => e)) as ApiError
    expect(error.kind).toBe('permanent')
    expect(offsets(fake)).toEqual([0, 100, 200, 300, 400])
  })

  it('cancellation with pages in flight rejects with CancelledError, none left unhandled', async () => {
    const fake = new FakeTransport(center(1000))
    const transport: Transport = {
      send: async (request) => {
        const offset = Number(new URL(request.url).searchParams.get('offset'))
        if (offset === 0) return fake.send(request)
        await new Promise((resolve) => setTimeout(resolve, 10 - offset / 100))
        throw new CancelledError()
      },
      dispose: () => {}
    }
    await expect(client(transport).listJobs({})).rejects.toBeInstanceOf(CancelledError)
  })

  it('jobCount changing inside a batch makes a second pass that keeps the union', async () => {
    let calls = 0
    const fake = new FakeTransport((request) => {
      calls += 1
      return center(calls <= 3 ? 500 : 520)(request)
    })
    const jobs = await client(new ConcurrentTransport(fake)).listJobs({})
    expect(jobs.map((j) => j.id)).toEqual(ids(0, 520))
    expect(new Set(fake.requests.map((_, i) => fake.query(i).get('offset'))).has('500')).toBe(true)
    // Two passes: the first saw 500 and 520, the second only 520.
    expect(offsets(fake).filter((o) => o === 0)).toHaveLength(2)
  })

  it('a server capping limit below 100 is never read ahead, and loses no job', async () => {
    const fake = new FakeTransport(center(1000, 99))
    const transport = new ConcurrentTransport(fake)
    const jobs = await client(transport).listJobs({})
    expect(jobs.map((j) => j.id)).toEqual(ids(0, 1000))
    expect(transport.atSend.every((n) => n === 1)).toBe(true)
  })

  it('a server sending more than limit is not read ahead (the offsets would overlap), and loses no job', async () => {
    const fake = new FakeTransport((request) => {
      const offset = Number(new URL(request.url).searchParams.get('offset'))
      return json({ jobCount: 1000, jobList: ids(offset, Math.min(150, 1000 - offset)).map(entry) })
    })
    const transport = new ConcurrentTransport(fake)
    expect((await client(transport).listJobs({})).map((j) => j.id)).toEqual(ids(0, 1000))
    expect(transport.atSend.every((n) => n === 1)).toBe(true)
  })

  it('skipped (malformed) entries count as received: full pages stay full, none after them lost', async () => {
    const fake = new FakeTransport((request) => {
      const offset = Number(new URL(request.url).searchParams.get('offset'))
      const list = ids(offset, Math.max(0, Math.min(100, 450 - offset))).map((id, i) =>
        i === 7 ? { nojob: id } : entry(id)
      )
      return json({ jobCount: 450, jobList: list })
    })
    const jobs = await client(new ConcurrentTransport(fake)).listJobs({})
    expect(jobs).toHaveLength(450 - 5)
    expect(offsets(fake)).toEqual([0, 100, 200, 300, 400])
  })

  it('entries without an id come back as `idless`, once even when the listing is made twice', async () => {
    let calls = 0
    const fake = new FakeTransport((request) => {
      calls += 1
      const offset = Number(new URL(request.url).searchParams.get('offset'))
      const list = offset === 0 ? [...ids(0, 99).map(entry), { relatedGraph: 'movies' }] : ids(100, 10).map(entry)
      // jobCount moves within the first pass: the listing is made once more.
      return json({ jobCount: calls === 1 ? 109 : 110, jobList: list })
    })
    const jobs = await client(fake).listJobs({})
    expect(jobs).toHaveLength(109)
    expect(jobs.idless?.map((j) => [j.id, j.graph])).toEqual([['', 'movies']])
    expect(calls).toBe(4)
  })

  it('a huge jobCount (1e9) never batches more than READ_AHEAD; a list ending early ends the listing', async () => {
    const fake = new FakeTransport((request) => {
      const offset = Number(new URL(request.url).searchParams.get('offset'))
      return json({ jobCount: 1e9, jobList: ids(offset, Math.max(0, Math.min(100, 250 - offset))).map(entry) })
    })
    const transport = new ConcurrentTransport(fake)
    const jobs = await client(transport).listJobs({})
    expect(jobs.map((j) => j.id)).toEqual(ids(0, 250))
    expect(Math.max(...transport.atSend)).toBeLessThanOrEqual(READ_AHEAD)
    expect(offsets(fake)).toEqual([0, 100, 200, 300, 400, 250])
  })

  it('MAX_PAGES counts pages read, and read-ahead never asks past it', async () => {
    const fake = new FakeTransport(center(1e6))
    const error = (await client(fake)
      .listJobs({})
      .catch((e: unknown) => e)) as ApiError
    expect(error.message).toMatch(/100000 jobs in 1000 pages and the list had not ended \(jobCount 1000000\)/)
    expect(fake.requests).toHaveLength(1000)
  })

  it('a gateway ignoring offset with a huge jobCount still stops after one batch', async () => {
    const fake = new FakeTransport(() => json({ jobCount: 1e9, jobList: ids(0, 100).map(entry) }))
    const error = (await client(new ConcurrentTransport(fake))
      .listJobs({})
      .catch((e: unknown) => e)) as ApiError
    expect(error.message).toMatch(/ignores paging/)
    expect(fake.requests).toHaveLength(1 + READ_AHEAD)
  })

  it('a list shifting by a whole page inside a batch is caught as a repeat, never passed as complete', async () => {
    // Pages 100 and 200 hold the same 100 ids (a gateway caching by anything but offset).
    const fake = new FakeTransport((request) => {
      const offset = Number(new URL(request.url).searchParams.get('offset'))
      const from = offset === 200 ? 100 : offset
      return json({ jobCount: 1000, jobList: ids(from, 100).map(entry) })
    })
    const error = (await client(new ConcurrentTransport(fake))
      .listJobs({})
      .catch((e: unknown) => e)) as ApiError
    expect(error.message).toMatch(/offset=200 .*offset=100/)
  })
})

describe('GesClient.listJobs: pages read ahead past the end', () => {
  it('an empty page before pages read ahead that hold new jobs is not the end: listed again, none lost', async () => {
    // jobCount 500; the page at offset 100 comes back empty once (a glitch), the pages after it do not.
    let glitched = false
    const fake = new FakeTransport((request) => {
      if (new URL(request.url).searchParams.get('offset') === '100' && !glitched) {
        glitched = true
        return json({ jobCount: 500, jobList: [] })
      }
      return center(500)(request)
    })
    const jobs = await client(new ConcurrentTransport(fake)).listJobs({})
    expect(jobs.map((j) => j.id).sort()).toEqual(ids(0, 500).sort())
    // The first pass ended at the empty page; the second read the list whole.
    expect(offsets(fake).filter((o) => o === 0)).toHaveLength(2)
  })
})

describe('GesClient.listJobs: the same job twice in one listing', () => {
  it('twins on two pages that disagree are one job whose listing disagrees, naming both answers', async () => {
    // Page 1 shows the job failed; a stale twin on page 2 says success (it would win if only the last counted).
    const page1 = [...ids(0, 99).map(entry), { ...entry('target'), status: 'failed' }]
    const transport = new FakeTransport(undefined, [
      json({ jobCount: 102, jobList: page1 }),
      json({ jobCount: 102, jobList: [entry('job-99x'), entry('target')] })
    ])
    const jobs = await client(transport).listJobs({ graphName: 'movies' })
    const target = jobs.filter((j) => j.id === 'target')
    expect(target).toHaveLength(1)
    expect(target[0].listingConflict).toBe('The job list names job target twice, once as "failed", once as "success"')
  })

  it('a running twin beside the finished entry is progress, in v2 too', async () => {
    const v2 = (id: string, status: string) => ({
      job_id: id,
      status,
      job_name: 'ImportGraph',
      related_graph: 'movies'
    })
    const transport = new FakeTransport(undefined, [
      json({ job_count: 2, job_list: [v2('target', 'success'), v2('target', 'running')] })
    ])
    const jobs = await client(transport).listJobs({})
    expect(jobs.map((j) => [j.id, j.status, j.listingConflict])).toEqual([['target', 'success', undefined]])
  })
})
