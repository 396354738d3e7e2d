import type { Job } from '../ges/model.js'

/** A listing of a graph read to its last page during the wait, and the startTime it asked from. */
export interface CompleteListing {
  jobs: Job[]
  /** The startTime (a date in the server's undocumented zone) it asked from; absent: no date filter. */
  startDate?: string
}

/**
 * The complete listings the wait made, newest first, so that the comparison with the previous
 * import can reuse them instead of listing the graph again. One per graph and start
 * date: a newer listing of the same jobs replaces an older one.
 */
export class CompleteListings {
  /** Keyed by graph ('' for a listing of all graphs). */
  private readonly byGraph = new Map<string, CompleteListing[]>()

  record(graph: string, jobs: Job[], startDate: string | undefined): void {
    const kept = (this.byGraph.get(graph) ?? []).filter((l) => l.startDate !== startDate)
    this.byGraph.set(graph, [{ jobs, ...(startDate !== undefined && { startDate }) }, ...kept])
  }

  /** The complete listings that hold every job of `graph` from their start date on, newest first. */
  of(graph: string): CompleteListing[] {
    const own = this.byGraph.get(graph) ?? []
    const all = (this.byGraph.get('') ?? []).map((l) => ({ ...l, jobs: l.jobs.filter((job) => job.graph === graph) }))
    return [...own, ...all]
  }
}

/**
 * Whether a listing can tell what began before each of `ids`: it shows every one of them with a
 * begin time. One made before a job began (pending) or was listed may lack an import that began
 * after it and before the job, or show one queued ahead of it as pending, though it ran since.
 */
export function listedAfterBegin(listing: CompleteListing, ids: readonly string[]): boolean {
  return ids.every((id) => listing.jobs.some((job) => job.id === id && job.beginTime !== null))
}
