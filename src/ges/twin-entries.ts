import { conflictingFile, sameLineCounts } from './file-agreement.js'
import { areSynonyms, finalReading, quoteStatus } from './job-status.js'
import type { Job } from './model.js'

/**
 * One listing can name a job twice: a server repeats an entry, or the list shifts between
 * pages and a stale twin stays behind. The entries are then two answers about one job, judged
 * like two endpoints (docs/evidence-rules.md):
 * - a final status beside `pending` or `running` is progress: a job never leaves a final
 *   status, so the final entry is the newer one and is kept (it still needs the confirmation
 *   any finish needs); a status GES does not document cannot be ordered, so its entry is kept
 *   and the job is not finished;
 * - two final entries must say the same thing: the same status in the same spelling (or two
 *   documented spellings of it), the same files with the same statuses and line counts, and
 *   both their details or neither. Otherwise the result is not known: the merged job carries
 *   `listingConflict`, naming both answers, and is never finished;
 * - a final entry whose details cannot be read hides what it says: the merged job is that
 *   unreadable entry (never finished), so a readable twin cannot pass for the whole answer;
 * - two entries that name another graph or job name, whatever their status, disagree.
 */
export function mergeTwin(known: Job | undefined, entry: Job): Job {
  if (known === undefined) return entry
  const kept = progress(entry) >= progress(known) ? entry : known
  const conflict = known.listingConflict ?? entry.listingConflict ?? twinConflict(known, entry)
  if (conflict !== undefined) return { ...kept, listingConflict: conflict }
  if (finalReading(known.status, known.rawStatus) && finalReading(entry.status, entry.rawStatus))
    return known.unreadable !== undefined ? known : entry
  return kept
}

/**
 * How far a status says the job got: a final status (or one that looks like it) is further than
 * running, running further than pending. A status GES does not document cannot be placed: it
 * is kept over any other, so the job stays not finished, as with that entry alone.
 */
function progress(job: Job): number {
  if (finalReading(job.status, job.rawStatus) !== undefined) return 2
  if (job.status === 'unknown') return 3
  return job.status === 'running' ? 1 : 0
}

/**
 * Why two entries of one job disagree, naming both; undefined when they agree. A job's graph and
 * name never change, whatever its status; the rest is compared only between final entries.
 */
function twinConflict(a: Job, b: Job): string | undefined {
  for (const [field, what] of [
    ['graph', 'of graph'],
    ['name', 'as a job named']
  ] as const) {
    const [x, y] = [a[field], b[field]]
    if (x !== null && y !== null && x !== y)
      return `The job list names job ${a.id} twice, once ${what} ${JSON.stringify(x.slice(0, 100))}, once ${what} ${JSON.stringify(y.slice(0, 100))}`
  }
  const readingA = finalReading(a.status, a.rawStatus)
  const readingB = finalReading(b.status, b.rawStatus)
  if (readingA === undefined || readingB === undefined) return undefined
  const twice = `The job list names job ${a.id} twice`
  if (readingA !== readingB || (a.rawStatus !== b.rawStatus && !areSynonyms(a.rawStatus, b.rawStatus)))
    return `${twice}, once as ${quoteStatus(a.rawStatus)}, once as ${quoteStatus(b.rawStatus)}`
  // An entry whose details could not be read says nothing of its files: nothing to compare.
  if (a.unreadable !== undefined || b.unreadable !== undefined) return undefined
  if ((a.files === null) !== (b.files === null))
    return `${twice} as ${quoteStatus(a.rawStatus)}: one entry reports its files, the other none`
  const file = conflictingFile(a.files, b.files)
  if (file) {
    const [{ kind, path }, inA, inB] = file
    return `${twice} as ${quoteStatus(a.rawStatus)}: one entry reports ${kind} file "${path}" as ${inA}, the other as ${inB}`
  }
  if (!sameLineCounts(a.files, b.files))
    return `${twice} as ${quoteStatus(a.rawStatus)}, with different line counts for its files`
  return undefined
}
