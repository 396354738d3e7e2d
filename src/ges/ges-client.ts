import type { ApiCaller } from '../http/api-caller.js'
import { ApiError } from '../http/api-error.js'
import type { ApiVersion } from '../settings/settings.js'
import { importGraphCall, startedJobId } from './import-graph.js'
import {
  anchorIn,
  PAGE_LIMIT,
  readBeyond,
  readTail,
  type ListingEnd,
  type NarrowerListing,
  type PassTrace,
  type TailListing
} from './listing-tail.js'
import type { Graph, GraphList, Job, JobPage } from './model.js'
import { normalizeGraphs, normalizeJob, normalizeJobPage } from './normalize.js'
import { mergeTwin } from './twin-entries.js'

/** The documented maximum page size is not stated (the default is 10); 100 is what the SDK docs use. */
export const PAGE_SIZE: number = PAGE_LIMIT
/** A job center larger than this many pages is not one listing; stop rather than loop forever. */
const MAX_PAGES = 1000
/**
 * Pages of one listing in flight at once. GES rate limits are not documented (throttling is the
 * gateway's APIG.0308), so a few. With 150 ms round trips, 4 list 5,001 jobs (51 pages) in about
 * 3 s instead of 8 (`npm run bench`, figure 9).
 */
export const READ_AHEAD = 4

export interface JobQuery {
  graphName?: string
  /** `yyyy-MM-dd`, sent as startTime (v1) / start_time (v2). */
  startDate?: string
}

/** The GES job-center calls, v1 or v2, answered in the one internal model. */
export class GesClient {
  private readonly base: string
  /** The last pass from the top over each query's pages, as they came: what later shortcuts rest on. */
  private readonly traces = new Map<string, PassTrace>()
  /** Passes whose pages, read again, did not agree: not asked again (the same page twice). */
  private readonly disproved = new WeakSet<PassTrace>()

  constructor(
    endpoint: string,
    private readonly apiVersion: ApiVersion,
    projectId: string,
    private readonly caller: ApiCaller
  ) {
    this.base = `${endpoint}/${apiVersion === 'v1' ? 'v1.0' : 'v2'}/${encodeURIComponent(projectId)}`
  }

  async listJobsPage(query: JobQuery, offset: number): Promise<JobPage> {
    const what = listingWhat(query)
    const { json } = await this.caller.call({
      what,
      method: 'GET',
      url: `${this.base}/graphs/jobs`,
      query: {
        offset: String(offset),
        limit: String(PAGE_SIZE),
        graph_name: query.graphName,
        // Never endTime: it filters on the job's end date, which a running job does not have.
        [this.apiVersion === 'v1' ? 'startTime' : 'start_time']: query.startDate
      }
    })
    return normalizeJobPage(json, what)
  }

  /**
   * Every job that matches, paging by offset until `jobCount` is covered, or until `enough`
   * says the jobs seen so far answer the question. The order is not documented and the list
   * can shift while we page, so jobs are de-duplicated by id; and since a job added or removed
   * mid-listing can push another across a page boundary unseen, a listing during which
   * `jobCount` changed is made once more, keeping the union.
   *
   * A listing meant to reach its end (no `enough`, or `readAhead` when `enough` is only a
   * deadline) fetches up to READ_AHEAD pages at once once `jobCount` is known; one that may stop
   * early reads a page at a time, so that no page is fetched in vain.
   */
  async listJobs(
    query: JobQuery,
    enough?: (jobs: ReadonlyMap<string, Job>) => boolean,
    readAhead = enough === undefined
  ): Promise<Job[]> {
    const jobs = new Map<string, Job>()
    for (let pass = 0; pass < 2; pass += 1) {
      if (await this.listOnce(query, jobs, enough, readAhead)) break
    }
    return [...jobs.values()]
  }

  /** One pass over the pages into `jobs`; true when the list held still (or `enough` said stop). */
  private async listOnce(
    query: JobQuery,
    jobs: Map<string, Job>,
    enough: ((jobs: ReadonlyMap<string, Job>) => boolean) | undefined,
    readAhead: boolean
  ): Promise<boolean> {
    const totals = new Set<number | null>()
    const pages = new RepeatedPages(listingWhat(query))
    const trace: PassTrace = { jobs: [] }
    this.traces.set(traceKey(query), trace)
    let offset = 0
    let read = 0
    let ahead = 1
    let oneByOne = !readAhead
    while (read < MAX_PAGES) {
      // Offsets predicted from full pages: if one comes back short, those after it are dropped.
      const planned = Array.from({ length: Math.min(ahead, MAX_PAGES - read) }, (_, i) => offset + i * PAGE_SIZE)
      const answers = await Promise.allSettled(planned.map((at) => this.listJobsPage(query, at)))
      for (const [i, at] of planned.entries()) {
        if (at !== offset) break
        const answer = answers[i]
        if (answer.status === 'rejected') {
          // A gateway may throttle pages sent at once that it serves one by one: ask this one
          // again alone and read on a page at a time (a second 429 goes to the caller's backoff).
          if (planned.length > 1 && answer.reason instanceof ApiError && answer.reason.kind === 'throttled') {
            oneByOne = true
            ahead = 1
            break
          }
          throw answer.reason
        }
        const { jobs: pageJobs, total, skipped } = answer.value
        read += 1
        pages.check(
          offset,
          pageJobs.map((job) => job.id)
        )
        totals.add(total)
        // The same id twice in one listing is two answers about one job: twin-entries.ts.
        for (const job of pageJobs) jobs.set(job.id, mergeTwin(jobs.get(job.id), job))
        // An entry that is no job leaves the places of those after it unknown, and a jobCount that
        // changed shows a list that moved between the pages: nothing to rest on.
        if (skipped > 0 || totals.size > 1) {
          if (this.traces.get(traceKey(query)) === trace) this.traces.delete(traceKey(query))
        } else trace.jobs.push(...pageJobs)
        // Advance by what came back, not by the limit: the server may cap the page size.
        const received = pageJobs.length + skipped
        offset += received
        // A full page up to or beyond jobCount shows the count may be wrong (too low, e.g. the
        // page size): page on to a short page. Costs one empty page when jobCount is a multiple of 100.
        const covered = total !== null && offset >= total && received < PAGE_SIZE
        if (received === 0 || covered || (total === null && received < PAGE_SIZE)) {
          // Jobs not seen yet in pages read ahead past this end: the list is not what this page
          // says (it shifted, or a page came back empty). Keep them and list once more.
          const later = answers.slice(i + 1).flatMap((a) => (a.status === 'fulfilled' ? a.value.jobs : []))
          const beyond = later.filter((job) => !jobs.has(job.id))
          for (const job of later) jobs.set(job.id, mergeTwin(jobs.get(job.id), job))
          return totals.size === 1 && beyond.length === 0
        }
        if (enough?.(jobs)) return true
        // The pages left to the end of jobCount, plus the one that shows it is the end.
        ahead =
          !oneByOne && received === PAGE_SIZE && total !== null
            ? Math.min(READ_AHEAD, Math.floor(Math.max(0, total - offset) / PAGE_SIZE) + 1)
            : 1
      }
    }
    // Cut short, the listing would pass for complete: a target, or a newer previous import, in the
    // pages not read would be missed unseen (a server that caps `limit` at 10 reaches this at 10,000 jobs).
    throw new ApiError(
      'permanent',
      `${listingWhat(query)} failed: ${offset} jobs in ${MAX_PAGES} pages and the list had not ended${totals.size === 1 && [...totals][0] !== null ? ` (jobCount ${[...totals][0]})` : ''}. Narrow the listing: set "graph-name", or "since" so that GES is asked from a start date.`
    )
  }

  /**
   * The jobs of `graph` that began before the newest-begun of `ids`: its page and the pages after
   * it, read now, when the last pass from the top over a listing of this graph, or of all graphs
   * (from any start date), proves that nothing before it began earlier (listing-tail.ts). The
   * answer says which start date it was read from. Undefined when no pass proves it, or the pages
   * read now do not agree: list the whole graph instead.
   */
  async listTail(graph: string, ids: readonly string[], stop: () => boolean): Promise<TailListing | undefined> {
    // A pass over all graphs holds this graph's jobs in the same order, among others: the pages read
    // now check that. The graph's own passes first.
    const passes = [...this.traces]
      .map(([key, trace]) => ({ key: JSON.parse(key) as [string, string], trace }))
      .filter(({ key }) => key[0] === graph || key[0] === '')
      .sort((a, b) => (a.key[0] === b.key[0] ? 0 : a.key[0] === graph ? -1 : 1))
    const usable = passes.find(
      ({ key, trace }) => !this.disproved.has(trace) && anchorIn(trace, key[0] === '' ? graph : undefined, ids)
    )
    if (!usable) return undefined
    const [own, date] = usable.key
    const query = { graphName: graph, ...(date !== '' && { startDate: date }) }
    const tail = await readTail(
      (offset) => this.listJobsPage(query, offset),
      usable.trace,
      own === '' ? graph : undefined,
      ids,
      stop
    )
    if (!tail) this.disproved.add(usable.trace)
    return tail && { ...tail, ...(date !== '' && { startDate: date }) }
  }

  /**
   * The jobs a listing of `query` holds beyond those of a narrower one (same graph, later start
   * date), read from that listing's last page on (listing-tail.ts). Undefined when the pages do
   * not prove it: list the whole graph instead.
   */
  async listBeyond(
    query: JobQuery,
    narrower: NarrowerListing,
    stop: () => boolean
  ): Promise<{ jobs: Job[]; end: ListingEnd } | undefined> {
    return readBeyond((offset) => this.listJobsPage(query, offset), narrower, stop)
  }

  /** The single-job status endpoint: one request whatever the size of the job center. */
  async getJob(graphId: string, jobId: string): Promise<Job> {
    const what = `Getting the status of GES job ${jobId}`
    const { json } = await this.caller.call({
      what,
      method: 'GET',
      url: `${this.base}/graphs/${encodeURIComponent(graphId)}/jobs/${encodeURIComponent(jobId)}/status`
    })
    return normalizeJob(json, what, jobId)
  }

  /**
   * ImportGraph: one POST, never retried here (a 401 only when a new token was obtained: it was
   * surely not processed). `jobId` is undefined when a 200 answer names no job.
   */
  async startImport(
    graphId: string,
    body: Record<string, unknown>
  ): Promise<{ jobId: string | undefined; requestId: string | undefined; json: unknown }> {
    const { json, headers } = await this.caller.call(importGraphCall(this.apiVersion, this.base, graphId, body))
    return { jobId: startedJobId(json), requestId: headers['x-request-id'], json }
  }

  /**
   * Graph name → id: there is no lookup by name, so page through the graph list. It is complete
   * only when it reached `graphCount` exactly (or, without a count, a short page), `graphCount`
   * held still and every entry was a graph: a graph not in a complete list is absent.
   */
  async listGraphs(): Promise<GraphList> {
    const graphs: Graph[] = []
    const pages = new RepeatedPages('Listing GES graphs')
    const totals = new Set<number | null>()
    let offset = 0
    let skippedAny = false
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const { json } = await this.caller.call({
        what: 'Listing GES graphs',
        method: 'GET',
        url: `${this.base}/graphs`,
        query: { offset: String(offset), limit: String(PAGE_SIZE) }
      })
      const { total, graphs: pageGraphs, skipped } = normalizeGraphs(json, 'Listing GES graphs')
      pages.check(
        offset,
        pageGraphs.map((graph) => graph.id)
      )
      graphs.push(...pageGraphs)
      totals.add(total)
      skippedAny ||= skipped > 0
      const received = pageGraphs.length + skipped
      offset += received
      if (received === 0 || (total !== null ? offset >= total : received < PAGE_SIZE)) {
        const counted = total === null || offset === total
        return { graphs, complete: counted && totals.size === 1 && !skippedAny }
      }
    }
    // Cut short, a graph in the pages not read would be reported as missing: say what happened.
    throw new ApiError(
      'permanent',
      `Listing GES graphs failed: ${graphs.length} graphs in ${MAX_PAGES} pages and the list had not ended. Check "endpoint" and "project-id".`
    )
  }
}

/** Where a pass over `query` is remembered: by graph ('' for all) and start date ('' for none). */
function traceKey(query: JobQuery): string {
  return JSON.stringify([query.graphName ?? '', query.startDate ?? ''])
}

function listingWhat(query: JobQuery): string {
  return `Listing GES jobs${query.graphName ? ` of graph "${query.graphName}"` : ''}`
}

/**
 * A gateway that ignores `offset` answers page 1 forever: without this check a listing would
 * spend the whole timeout (or MAX_PAGES requests) reading the same page. A page with exactly
 * the ids of a page already read at another offset is that. One exception: a list that shifts
 * mid-listing by exactly one page can repeat a page once, which only one-entry pages (a server
 * capping `limit` at 1) make plausible; those get a second chance.
 */
class RepeatedPages {
  private readonly seen = new Map<string, number>()
  private repeats = 0

  constructor(private readonly what: string) {}

  check(offset: number, ids: string[]): void {
    if (ids.length === 0) return
    const key = JSON.stringify([...ids].sort())
    const earlier = this.seen.get(key)
    if (earlier === undefined || earlier === offset) {
      this.seen.set(key, offset)
      return
    }
    this.repeats += 1
    if (ids.length === 1 && this.repeats < 2) return
    throw new ApiError(
      'permanent',
      `${this.what} failed: the gateway ignores paging: the page at offset=${offset} (limit=${PAGE_SIZE}) holds the same ${ids.length === 1 ? 'entry' : `${ids.length} entries`} as the page at offset=${earlier}. A proxy or gateway between the runner and GES seems to drop the offset/limit query parameters; check "endpoint".`
    )
  }
}
