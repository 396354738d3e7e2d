// Reading only the end of a long job list (GesClient.listTail, listBeyond) against a job center
// that keeps its order, and against one that does not: every shortcut either agrees with the pages
// or gives up (undefined), after a bounded number of requests.
import { describe, expect, it } from '@jest/globals'
import { FakeTransport, json } from '../../__fixtures__/fake-transport.js'
import { RecordingLog } from '../../__fixtures__/fake-job-source.js'
import { GesClient } from '../../src/ges/ges-client.js'
import { ApiCaller } from '../../src/http/api-caller.js'
import type { HttpRequest } from '../../src/http/transport.js'

const NOW = Date.UTC(2026, 11, 7, 19, 0, 0)
const MINUTE = 60_000
const DAY = 86_400_000
const date = (ms: number): string => new Date(ms).toISOString().slice(0, 10)
/** The start dates: discovery's (a day before `since: 3h`), and two wider windows. */
const D0 = date(NOW - 3 * 60 * MINUTE - DAY)
const D1 = date(NOW - 2 * DAY)
const D7 = date(NOW - 8 * DAY)

interface Entry {
  id: string
  graph: string
  begin: number
  status: string
  /** Listed as something that is not a job. */
  broken?: boolean
  /** Its beginTime as listed, instead of `begin`'s (the list's order and filter still use `begin`). */
  rawBegin?: string
}

const TARGET = 'target'

/** `count` imports of movies in the last 3 hours, newest first, the target the oldest of them. */
function history(count: number): Entry[] {
  const jobs = Array.from({ length: count }, (_, i) => ({
    id: `new-${String(i).padStart(4, '0')}`,
    graph: 'movies',
    begin: NOW - MINUTE - i * 5_000,
    status: 'success'
  }))
  return [...jobs, { id: TARGET, graph: 'movies', begin: NOW - 170 * MINUTE, status: 'success' }]
}

const older = (count: number, daysBack = 3): Entry[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `old-${String(i).padStart(4, '0')}`,
    graph: 'movies',
    begin: NOW - daysBack * DAY - i * MINUTE,
    status: 'success'
  }))

const newestFirst = (a: Entry, b: Entry): number => b.begin - a.begin || (a.id < b.id ? -1 : 1)

/** A job center that pages as the docs say; a test changes `jobs`, `order` or `jobCount` at will. */
class Center {
  order: (a: Entry, b: Entry) => number = newestFirst
  /** What jobCount says, given the true count. */
  jobCount: (count: number) => number = (count) => count
  /** Called before each answer, with the request's offset: the world may change here. */
  before?: (offset: number, n: number) => void
  readonly transport = new FakeTransport((request) => this.answer(request))

  constructor(public jobs: Entry[]) {}

  private answer(request: HttpRequest): ReturnType<typeof json> {
    const query = new URL(request.url).searchParams
    const offset = Number(query.get('offset'))
    this.before?.(offset, this.transport.requests.length)
    const graph = query.get('graph_name')
    const start = query.get('startTime')
    const matching = this.jobs
      .filter((job) => (graph === null || job.graph === graph) && (start === null || date(job.begin) >= start))
      .sort(this.order)
    const page = matching.slice(offset, offset + Number(query.get('limit')))
    return json({
      jobCount: this.jobCount(matching.length),
      jobList: page.map((job) =>
        job.broken
          ? 'not a job'
          : {
              jobId: job.id,
              status: job.status,
              jobName: 'ImportGraph',
              relatedGraph: job.graph,
              beginTime: job.rawBegin ?? new Date(job.begin).toISOString().slice(0, 19)
            }
      )
    })
  }

  /** The requests so far, as startTime@offset. */
  asked(from = 0): string[] {
    return this.transport.requests.slice(from).map((_, i) => {
      const query = this.transport.query(from + i)
      return `${query.get('startTime') ?? 'all'}@${query.get('offset')}`
    })
  }
}

function clientOf(center: Center): GesClient {
  return new GesClient(
    'https://ges.test',
    'v1',
    'p1',
    new ApiCaller(center.transport, undefined, () => 1000, new RecordingLog())
  )
}

const never = (): boolean => false

/** Identification as `job-id` does it: all graphs from D0, paging until the target is seen. */
async function identified(center: Center): Promise<{ client: GesClient; from: number }> {
  const client = clientOf(center)
  await client.listJobs({ startDate: D0 }, (seen) => seen.has(TARGET))
  return { client, from: center.transport.requests.length }
}

const ids = (jobs: { id: string }[] | undefined): string[] | undefined => jobs?.map((job) => job.id)

describe('GesClient.listTail', () => {
  it('reads only the page of the oldest of 1,000 imports: 1 request instead of 11', async () => {
    const center = new Center([...history(1000), ...older(5)])
    const { client, from } = await identified(center)
    expect(from).toBe(11)

    const tail = await client.listTail('movies', [TARGET], never)

    expect(center.asked(from)).toEqual([`${D0}@1000`])
    expect(ids(tail?.jobs)).toEqual([TARGET])
    expect(tail?.before).toBe(NOW - 170 * MINUTE)
    expect(tail?.end).toEqual({ total: 1001, offset: 1000, ids: [TARGET] })
    expect(tail?.startDate).toBe(D0)
  })

  it('reads from the page of the target to the end when older jobs of the same window follow it', async () => {
    const center = new Center([...history(1000), ...older(150, 0.13)])
    const { client, from } = await identified(center)
    const tail = await client.listTail('movies', [TARGET], never)
    expect(center.asked(from)).toEqual([`${D0}@1000`, `${D0}@1100`])
    expect(tail?.jobs).toHaveLength(151)
  })

  it('gives up after one page when the order is reversed between the polls', async () => {
    const center = new Center([...history(1000), ...older(5)])
    const { client, from } = await identified(center)
    center.order = (a, b) => -newestFirst(a, b)
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.asked(from)).toEqual([`${D0}@1000`])
  })

  it('gives up when a job was added on top since: the target moved to another place', async () => {
    const center = new Center([...history(1000), ...older(5)])
    const { client, from } = await identified(center)
    center.jobs.push({ id: 'newest', graph: 'movies', begin: NOW, status: 'running' })
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.asked(from)).toHaveLength(1)
  })

  it('gives up when an older job moved before the target, though the page of the target looks the same', async () => {
    // One job of the first page swaps with an older one: the target keeps its place and page.
    const center = new Center([...history(1000), ...older(150, 0.13)])
    const { client, from } = await identified(center)
    const moved = center.jobs.find((job) => job.id === 'old-0000') as Entry
    const order = center.order
    center.order = (a, b) => (a === moved ? -1 : b === moved ? 1 : order(a, b))
    center.jobs = center.jobs.filter((job) => job.id !== 'new-0000')
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.asked(from)).toEqual([`${D0}@1000`, `${D0}@1100`])
  })

  it('gives up when a newer job and an older one swap places across the pages (the newer one is listed after the target)', async () => {
    // A hostile job center keeps jobCount, the target's place and its page, and every job seen after the
    // target: the newest job swaps with an older one on a page identification never read. The older one is
    // now before the target, where the tail does not look; the newer one after it proves the order broken.
    const center = new Center([...history(1000), ...older(150, 0.13)])
    const { client, from } = await identified(center)
    const up = center.jobs.find((job) => job.id === 'old-0120') as Entry
    const down = center.jobs.find((job) => job.id === 'new-0000') as Entry
    const beginOf = (job: Entry): number => (job === up ? down.begin : job === down ? up.begin : job.begin)
    center.order = (a, b) => beginOf(b) - beginOf(a) || (a.id < b.id ? -1 : 1)
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.asked(from)).toEqual([`${D0}@1000`, `${D0}@1100`])
  })

  it('gives up when a job is added on top while the pages after the target are read (jobCount changes)', async () => {
    const center = new Center([...history(1000), ...older(150, 0.13)])
    const { client, from } = await identified(center)
    center.before = (offset) => {
      if (offset === 1100) center.jobs.push({ id: 'newest', graph: 'movies', begin: NOW, status: 'running' })
    }
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.asked(from)).toEqual([`${D0}@1000`, `${D0}@1100`])
  })

  it('gives up at the first page whose jobCount differs (an older job added at the end while reading)', async () => {
    const center = new Center([...history(1000), ...older(350, 0.13)])
    const { client, from } = await identified(center)
    center.before = (offset) => {
      if (offset === 1100) center.jobs.push({ id: 'late', graph: 'movies', begin: NOW - 0.2 * DAY, status: 'success' })
    }
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.asked(from)).toEqual([`${D0}@1000`, `${D0}@1100`])
  })

  it('gives up when the jobs before the target on its page are not the ones seen there before', async () => {
    const center = new Center([...history(1050), ...older(5)])
    const { client, from } = await identified(center)
    // One job of that page is gone and another took its place: the same count, another list.
    const gone = center.jobs.findIndex((job) => job.id === 'new-1020')
    center.jobs[gone] = { ...center.jobs[gone], id: 'other' }
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.asked(from)).toEqual([`${D0}@1000`])
  })

  it.each([
    ['one too few', (count: number) => count - 1],
    ['one too many', (count: number) => count + 1],
    ['a round number', () => 1000]
  ])('gives up when jobCount lies (%s) at the finish', async (_, lie) => {
    const center = new Center([...history(1000), ...older(150, 0.13)])
    const { client } = await identified(center)
    center.jobCount = lie
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
  })

  it('never reads a page when the list is not newest first: an older job is listed before the target', async () => {
    const center = new Center([...history(300), ...older(5, 0.13)])
    center.order = (a, b) => (a.id < b.id ? -1 : 1) // new-…, old-…, then the target
    const { client, from } = await identified(center)
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.asked(from)).toEqual([])
  })

  it('never reads a page when the pass it rests on held an entry that is no job (places unknown)', async () => {
    const jobs = history(300)
    const center = new Center(jobs)
    const { client, from } = await identified(center)
    // The pass it rests on, again, with one entry that is no job: places after it are unknown.
    center.jobs[5].broken = true
    await client.listJobs({ startDate: D0 }, (seen) => seen.has(TARGET))
    const after = center.transport.requests.length
    expect(after).toBeGreaterThan(from)
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.asked(after)).toEqual([])
  })

  it('never reads a page when jobCount changed while the target was being identified (the list moved)', async () => {
    const center = new Center([...history(1000), ...older(5)])
    center.before = (offset) => {
      // The newest job is deleted: every later one moves up a place, one of them unseen.
      if (offset === 500) center.jobs = center.jobs.filter((job) => job.id !== 'new-0000')
    }
    const { client, from } = await identified(center)
    center.before = undefined
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.asked(from)).toEqual([])
  })

  it('gives up when a gateway ignores offset (the first page comes back)', async () => {
    const center = new Center([...history(1000), ...older(5)])
    const { client, from } = await identified(center)
    const answer = center.transport
    const send = answer.send.bind(answer)
    answer.send = (request) => {
      const url = new URL(request.url)
      url.searchParams.set('offset', '0')
      return send({ ...request, url: url.toString() })
    }
    expect(await client.listTail('movies', [TARGET], never)).toBeUndefined()
    expect(center.transport.requests.length - from).toBe(1)
  })

  it('stops at the deadline: a tail cut short never passes for complete', async () => {
    const center = new Center([...history(1000), ...older(250, 0.13)])
    const { client, from } = await identified(center)
    let pages = 0
    const tail = await client.listTail('movies', [TARGET], () => ++pages > 1)
    expect(tail).toBeUndefined()
    expect(center.asked(from)).toEqual([`${D0}@1000`])
  })
})

describe('GesClient.listBeyond', () => {
  async function tailOf(center: Center) {
    const { client, from } = await identified(center)
    const tail = await client.listTail('movies', [TARGET], never)
    if (!tail) throw new Error('no tail')
    return { client, tail, from: from + 1 }
  }

  it('costs one page when the wider window holds nothing more', async () => {
    const center = new Center([...history(1000), ...older(5, 30)])
    const { client, tail, from } = await tailOf(center)
    const beyond = await client.listBeyond({ graphName: 'movies', startDate: D1 }, tail, never)
    expect(beyond).toEqual({ jobs: [], end: tail.end })
    expect(center.asked(from)).toEqual([`${D1}@1000`])
  })

  it('reads the older jobs a wider window adds, from the last page of the narrower one', async () => {
    const center = new Center([...history(1000), ...older(150, 3)])
    const { client, tail, from } = await tailOf(center)
    const beyond = await client.listBeyond({ graphName: 'movies', startDate: D7 }, tail, never)
    expect(ids(beyond?.jobs)).toEqual(older(150).map((job) => job.id))
    expect(beyond?.end).toMatchObject({ total: 1151, offset: 1100 })
    expect(center.asked(from)).toEqual([`${D7}@1000`, `${D7}@1100`])
  })

  it('gives up when the wider window is in another order', async () => {
    const center = new Center([...history(1000), ...older(150, 3)])
    const { client, tail } = await tailOf(center)
    center.order = (a, b) => -newestFirst(a, b)
    expect(await client.listBeyond({ graphName: 'movies', startDate: D7 }, tail, never)).toBeUndefined()
  })

  it('gives up when an older job of the wider window is listed among the newer ones (the last page shifts)', async () => {
    const center = new Center([...history(1000), ...older(3, 3)])
    const { client, tail } = await tailOf(center)
    center.order = (a, b) => (a.id === 'old-0001' ? -1 : b.id === 'old-0001' ? 1 : newestFirst(a, b))
    expect(await client.listBeyond({ graphName: 'movies', startDate: D7 }, tail, never)).toBeUndefined()
  })

  it('gives up when a job of the narrower window is gone and the wider one says the same jobCount', async () => {
    const center = new Center([...history(1000), ...older(1, 3)])
    const { client, tail } = await tailOf(center)
    center.jobs = center.jobs.filter((job) => job.id !== 'new-0500')
    expect(await client.listBeyond({ graphName: 'movies', startDate: D7 }, tail, never)).toBeUndefined()
  })

  /** Newest first, but `x` and `y` each listed at the place of the other (their begin times as they are). */
  function swapping(center: Center, x: string, y: string): (a: Entry, b: Entry) => number {
    const [X, Y] = [x, y].map((id) => center.jobs.find((job) => job.id === id) as Entry)
    const place = (job: Entry): Entry =>
      job.id === x ? { ...job, begin: Y.begin } : job.id === y ? { ...job, begin: X.begin } : job
    return (a, b) => newestFirst(place(a), place(b))
  }

  it('gives up when a job that began after the target is listed beyond it: an older one may sit in its place', async () => {
    // old-0000, the newest import before the target, is listed among the newer jobs, and new-0500
    // at its place: the last page of the narrower window is where it was, jobCount is right, and
    // what the pages after it show misses old-0000 (the previous import would be old-0001).
    const center = new Center([...history(1000), ...older(3, 3)])
    const { client, tail } = await tailOf(center)
    center.order = swapping(center, 'old-0000', 'new-0500')
    expect(await client.listBeyond({ graphName: 'movies', startDate: D7 }, tail, never)).toBeUndefined()
  })

  it('gives up when a job of the narrower listing is listed beyond it, whenever it began', async () => {
    // The narrower listing is not in begin-time order after the target: mid-0005 began before the
    // jobs of its last page, though listed before them. old-0000 then takes its place, and
    // mid-0005 is listed beyond: its begin time is no sign of it, its id is.
    const mids: Entry[] = Array.from({ length: 150 }, (_, i) => ({
      id: `mid-${String(i).padStart(4, '0')}`,
      graph: 'movies',
      begin: NOW - 190 * MINUTE - i * MINUTE,
      status: 'failed'
    }))
    const listedAt = mids[5].begin
    mids[5] = { ...mids[5], begin: NOW - 190 * MINUTE - 200 * MINUTE }
    const center = new Center([...history(1000), ...mids, ...older(3, 3)])
    const atItsPlace = (job: Entry): Entry => (job.id === 'mid-0005' ? { ...job, begin: listedAt } : job)
    center.order = (a, b) => newestFirst(atItsPlace(a), atItsPlace(b))
    const { client, tail } = await tailOf(center)
    expect(tail.end).toMatchObject({ total: 1151, offset: 1100 })
    const old = center.jobs.find((job) => job.id === 'old-0000') as Entry
    const place = (job: Entry): Entry =>
      job.id === 'old-0000' ? { ...job, begin: listedAt } : job.id === 'mid-0005' ? { ...job, begin: old.begin } : job
    center.order = (a, b) => newestFirst(place(a), place(b))
    expect(await client.listBeyond({ graphName: 'movies', startDate: D7 }, tail, never)).toBeUndefined()
  })

  it('gives up when the begin time of a job listed beyond cannot be read', async () => {
    const center = new Center([...history(1000), ...older(3, 3)])
    const { client, tail } = await tailOf(center)
    center.jobs = center.jobs.map((job) => (job.id === 'old-0001' ? { ...job, rawBegin: 'yesterday' } : job))
    expect(await client.listBeyond({ graphName: 'movies', startDate: D7 }, tail, never)).toBeUndefined()
  })

  it('gives up when a job listed beyond began at the same time as the oldest of the narrower listing', async () => {
    // What a wider window adds began on an earlier date than every job of the narrower one.
    const center = new Center([...history(1000), ...older(3, 3)])
    const { client, tail } = await tailOf(center)
    const target = new Date(NOW - 170 * MINUTE).toISOString().slice(0, 19)
    center.jobs = center.jobs.map((job) => (job.id === 'old-0001' ? { ...job, rawBegin: target } : job))
    expect(await client.listBeyond({ graphName: 'movies', startDate: D7 }, tail, never)).toBeUndefined()
  })

  it('gives up when no job of the last page of the narrower listing has a begin time to compare with', async () => {
    const center = new Center([...history(1000), ...older(3, 3)])
    const { client, tail } = await tailOf(center)
    center.jobs = center.jobs.map((job) => (job.id === TARGET ? { ...job, rawBegin: 'yesterday' } : job))
    expect(await client.listBeyond({ graphName: 'movies', startDate: D7 }, tail, never)).toBeUndefined()
  })

  it('gives up when jobCount of the wider window lies low', async () => {
    const center = new Center([...history(1000), ...older(150, 3)])
    const { client, tail } = await tailOf(center)
    center.jobCount = () => 1001
    expect(await client.listBeyond({ graphName: 'movies', startDate: D7 }, tail, never)).toBeUndefined()
  })
})
