/** Which logs to read for the report, and what each read gave. Pure; no OBS code is loaded here. */
import type { ImportFile, Job } from '../ges/model.js'

/** At most this many logs are read, failed files first. */
export const MAX_LOGS = 10

/** What reading one file's log gave: `ok` with the lines, or why not (one line). */
export type LogRead = { ok: true; lines: string[]; note?: string } | { ok: false; reason: string }

export interface LogTarget {
  id: string
  log: string
}

/** The key of one file of one job, for the map the judge reads. */
export function logKey(jobId: string, file: Pick<ImportFile, 'kind' | 'path'>): string {
  return `${jobId}\n${file.kind}\n${file.path}`
}

export const NEEDS_AKSK = 'not read: log lines need AK/SK (OBS does not take IAM tokens)'

/**
 * The failed and partFailed files of finished jobs, failed first: the first MAX_LOGS with a log
 * to read, and a reason for every other one (no log named, over the cap).
 */
export function logTargets(jobs: Job[]): { targets: LogTarget[]; skipped: Map<string, LogRead> } {
  const failing = jobs.flatMap((job) =>
    (job.files ?? [])
      .filter((f) => f.status === 'failed' || f.status === 'partFailed')
      .map((file) => ({ id: logKey(job.id, file), file }))
  )
  failing.sort((a, b) => Number(a.file.status !== 'failed') - Number(b.file.status !== 'failed'))
  const targets: LogTarget[] = []
  const skipped = new Map<string, LogRead>()
  for (const { id, file } of failing) {
    if (!file.log) skipped.set(id, { ok: false, reason: 'not read: GES named no log object for this file' })
    else if (targets.length >= MAX_LOGS)
      skipped.set(id, { ok: false, reason: `not read: only the first ${MAX_LOGS} failed files are read` })
    else targets.push({ id, log: file.log })
  }
  return { targets, skipped }
}
