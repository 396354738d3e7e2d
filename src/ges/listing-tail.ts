import type { Job, JobPage } from './model.js'

/**
 * Reading only the end of a long job list, when what was read before proves the rest.
 *
 * A finish asks "which import of this graph began before this one?". In a job center of thousands
 * of imports listed newest first, the answer sits after the target, near the end; reading every
 * page from the top again (to confirm the finish, then once per date window of the search for the
 * previous import) costs hundreds of requests. The list order is not documented, so nothing here
 * assumes it: every shortcut rests on what the pages showed, and answers `undefined` (read the
 * whole list, as before) when they do not prove it. docs/long-histories.md tells the whole story.
 */

/** The last page of a listing read to its end: where a listing of a wider window goes on from. */
export interface ListingEnd {
  /** jobCount, equal to the jobs the listing held. */
  total: number
  /** Offset of the last page that held jobs, and their ids in list order. */
  offset: number
  ids: string[]
}

/** Every job of a query that began before `before`, read from the page that holds the anchor on. */
export interface TailListing {
  /** The anchor, then every job listed after it. */
  jobs: Job[]
  /** The anchor's begin time: every job listed before it began at or after this. */
  before: number
  end: ListingEnd
  /** The start date of the listing it was read from; absent: no date. */
  startDate?: string
}

/** One pass over the pages of a query that started at offset 0, as the pages came. */
export interface PassTrace {
  jobs: Job[]
}

export type PageReader = (offset: number) => Promise<JobPage>

/**
 * A job listed before the anchor that cannot be one that began before it: it began at the same
 * time or later, or it has not begun (pending or running without a begin time, read in full).
 */
function beganAtOrAfter(job: Job, begin: number): boolean {
  if (job.beginTime !== null) return job.beginTime >= begin
  return (
    job.beginTimeRaw === null && job.unreadable === undefined && (job.status === 'pending' || job.status === 'running')
  )
}

/**
 * Where the list that `trace` read (filtered to `graph`) proves that nothing before the anchor
 * began before it: the anchor (the newest-begun of `ids`, all listed with a begin time), its
 * position, and the entries before it. Undefined when an entry before it may have begun earlier
 * (a list not in begin-time order), an id is missing or listed twice.
 */
export function anchorIn(
  trace: PassTrace,
  graph: string | undefined,
  ids: readonly string[]
): { anchor: Job; position: number; before: Job[]; after: Job[] } | undefined {
  const listed = graph === undefined ? trace.jobs : trace.jobs.filter((job) => job.graph === graph)
  if (new Set(listed.map((job) => job.id)).size !== listed.length) return undefined
  const found = ids.map((id) => listed.find((job) => job.id === id))
  if (found.some((job) => job === undefined || job.beginTime === null)) return undefined
  const anchor = (found as Job[]).reduce((a, b) => ((b.beginTime as number) > (a.beginTime as number) ? b : a))
  const position = listed.indexOf(anchor)
  const before = listed.slice(0, position)
  // The order check: a list in begin-time order, newest first, passes it.
  if (!before.every((job) => beganAtOrAfter(job, anchor.beginTime as number))) return undefined
  return { anchor, position, before, after: listed.slice(position + 1) }
}

/** Whether two id lists are the same, in the same order. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

/**
 * Reads a list to its end from `first` (the page at `offset`, whose first `skip` jobs are not
 * wanted), one page at a time, checking that it holds still: jobCount the same on every page, no
 * id twice, the end where jobCount says. `stop` is asked before every page (the deadline).
 * Undefined when the list does not hold still, or was cut: never a listing that passes for complete.
 */
async function readToEnd(
  read: PageReader,
  offset: number,
  first: JobPage,
  skip: number,
  seen: Set<string>,
  stop: () => boolean
): Promise<{ jobs: Job[]; end: ListingEnd } | undefined> {
  const total = first.total
  if (total === null) return undefined
  const jobs: Job[] = []
  let page = first
  let at = offset
  let end: ListingEnd = { total, offset, ids: [] }
  for (let wanted = page.jobs.slice(skip); ; wanted = page.jobs) {
    if (page.skipped > 0 || page.total !== total) return undefined
    for (const job of wanted) {
      if (seen.has(job.id)) return undefined
      seen.add(job.id)
    }
    if (page.jobs.length > 0) end = { total, offset: at, ids: page.jobs.map((job) => job.id) }
    jobs.push(...wanted)
    at += page.jobs.length
    // The end: a short page where jobCount says. A full page past jobCount, or a short one before it: not proven.
    if (page.jobs.length < PAGE_LIMIT) return at === total ? { jobs, end } : undefined
    if (stop()) return undefined
    page = await read(at)
  }
}

/** The page size every listing asks for (GesClient.PAGE_SIZE). */
export const PAGE_LIMIT = 100

/**
 * The anchor's page and every page after it, read now, when `trace` (an earlier pass from the
 * top) proves that nothing listed before the anchor began before it: the anchor sits at the same
 * position now, after the same entries on its page. Since jobs that began before the anchor began
 * before that pass too, a list that kept its order still has them after the anchor, with every
 * job that pass saw after it. Anything else (the anchor moved, a job was added on top, the order
 * changed, a job is gone, jobCount changed while reading): undefined.
 */
export async function readTail(
  read: PageReader,
  trace: PassTrace,
  graph: string | undefined,
  ids: readonly string[],
  stop: () => boolean
): Promise<TailListing | undefined> {
  const found = anchorIn(trace, graph, ids)
  if (!found) return undefined
  const { anchor, position, before, after } = found
  const offset = position - (position % PAGE_LIMIT)
  if (stop()) return undefined
  const page = await read(offset)
  const i = position - offset
  const earlier = before.slice(offset)
  if (
    page.jobs[i]?.id !== anchor.id ||
    !sameIds(
      page.jobs.slice(0, i).map((job) => job.id),
      earlier.map((job) => job.id)
    )
  )
    return undefined
  const onPage = page.jobs.slice(0, i)
  if (!onPage.every((job) => beganAtOrAfter(job, anchor.beginTime as number))) return undefined
  const seen = new Set(onPage.map((job) => job.id))
  const rest = await readToEnd(read, offset, page, i, seen, stop)
  if (!rest) return undefined
  // Every job the pass saw after the anchor is still after it: none moved before it, none is gone.
  const listed = new Set(rest.jobs.map((job) => job.id))
  if (!ids.every((id) => listed.has(id)) || !after.every((job) => listed.has(job.id))) return undefined
  // And nothing listed after it began later: a job that did was moved down, and an older one may
  // have taken its place before the anchor, on a page not read again (jobCount unchanged).
  const begin = anchor.beginTime as number
  if (rest.jobs.some((job) => (graph === undefined || job.graph === graph) && (job.beginTime ?? -Infinity) > begin))
    return undefined
  return { jobs: rest.jobs, before: begin, end: rest.end }
}

/** A listing read to its end: the jobs it held (all, or from an anchor on) and its last page. */
export interface NarrowerListing {
  jobs: readonly Job[]
  end: ListingEnd
}

/**
 * The jobs a wider listing (an earlier start date, the same graph) holds beyond a narrower one
 * that ended at `end`: it is read from the narrower one's last page on. Every job of the narrower
 * listing is in the wider one; when the wider one has the same ids at the same places on that
 * page, and the rest read to its end holds none of the narrower listing's jobs, the pages before
 * hold jobs of the narrower listing only (there are as many places as it has jobs before its last
 * page). Undefined when they differ (another order, a list that moved): read the whole list instead.
 */
export async function readBeyond(
  read: PageReader,
  narrower: NarrowerListing,
  stop: () => boolean
): Promise<{ jobs: Job[]; end: ListingEnd } | undefined> {
  const { end } = narrower
  if (stop()) return undefined
  const page = await read(end.offset)
  if (page.total === null || page.total < end.total) return undefined
  const last = page.jobs.slice(0, end.ids.length)
  if (
    !sameIds(
      last.map((job) => job.id),
      end.ids
    )
  )
    return undefined
  // A job of the narrower listing read again here was moved down, and a job of the wider window
  // may have taken its place on a page not read: an earlier import missed, a wrong one compared.
  const known = new Set([...narrower.jobs.map((job) => job.id), ...end.ids])
  const rest = await readToEnd(read, end.offset, page, end.ids.length, known, stop)
  if (!rest) return undefined
  // The same for a job the narrower listing held but does not name (a listing read from an anchor
  // on does not keep the jobs before it): what the wider window adds began before every job of
  // the narrower one (an earlier start date), so before the oldest of its last page. A job read
  // here that did not, or whose begin time cannot be read, may be such a moved job.
  const begins = last.flatMap((job) => (job.beginTime === null ? [] : [job.beginTime]))
  if (begins.length === 0) return undefined
  const oldest = Math.min(...begins)
  if (rest.jobs.some((job) => job.beginTime === null || job.beginTime >= oldest)) return undefined
  return rest
}
