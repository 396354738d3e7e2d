import { errorMessage } from '../shared/text.js'
import type { Comparison } from '../compare/compare-imports.js'
import type { JobSource } from '../ges/job-source.js'
import { isFinished, isImport } from '../ges/model.js'
import { readImportLogs } from '../obs/import-logs.js'
import type { LogRead } from '../obs/log-targets.js'
import type { Evidence } from '../report/judge.js'
import type { StartedImportReport } from '../report/started-import.js'
import type { Settings } from '../settings/settings.js'
import { retryContext, type RunContext } from '../shared/run-context.js'
import type { Waited } from '../waiter/wait-stage.js'

/** What the start added to the wait: the report of the started import, and the time it took. */
export interface StartPart {
  startedImport?: StartedImportReport
  elapsedMs: number
}

/**
 * The wait's outcome and what is read after it: each finished import compared with the
 * previous one, and the first rejected lines of failed files from OBS. Both are optional: one
 * that throws degrades with a warning and never takes the verdict of the wait with it — but a
 * comparison that could not be made is `unavailable` (max-line-drop then cannot pass), never absent.
 */
export async function gatherEvidence(
  settings: Settings,
  waited: Waited,
  start: StartPart,
  source: JobSource,
  context: RunContext
): Promise<Evidence> {
  const { outcome } = waited
  const jobs = outcome.jobs.map((o) => o.job)
  const comparisons =
    outcome.end === 'finished' ? await compare(waited, source, context) : new Map<string, Comparison>()
  const logReads = context.signal.aborted
    ? new Map<string, LogRead>()
    : await readImportLogs(settings, jobs, {
        transport: context.transport,
        deadline: context.deadline.at,
        clock: context.clock,
        log: context.log
      }).catch((error: unknown) => {
        context.log.warning(
          `The import logs could not be read (${errorMessage(error)}): the report goes on without them`
        )
        return new Map<string, LogRead>()
      })
  return {
    ...outcome,
    comparisons,
    logReads,
    ...(waited.histories && { histories: waited.histories }),
    ...(start.startedImport && { startedImport: start.startedImport }),
    elapsedMs: outcome.elapsedMs + start.elapsedMs
  }
}

/** Loaded on demand, like everything the first request does not need. */
async function compare(waited: Waited, source: JobSource, context: RunContext): Promise<Map<string, Comparison>> {
  const jobs = waited.outcome.jobs.map((o) => o.job)
  const { compareWithPrevious, unavailable } = await import('../compare/previous-import.js')
  try {
    return await compareWithPrevious(jobs, { ...retryContext(context), source, listings: waited.listings })
  } catch (error) {
    const reason = `the comparison with the previous import failed: ${errorMessage(error)}`
    context.log.warning(
      `The comparison with the previous import failed (${errorMessage(error)}): it is reported as unavailable`
    )
    return new Map(jobs.filter((j) => isImport(j) && isFinished(j)).map((j) => [j.id, unavailable(j, reason)]))
  }
}
