import type { GesConnection } from '../ges/connect.js'
import { endedEarly } from '../report/ended-early.js'
import type { Evidence } from '../report/judge.js'
import type { StartedImportReport } from '../report/started-import.js'
import type { Settings } from '../settings/settings.js'
import { retryContext, type RunContext } from '../shared/run-context.js'
import type { WaitPlan } from '../waiter/wait-stage.js'

/** What the start left for the wait and the report, or the evidence when the run ends here. */
export type StartResult =
  { follow?: WaitPlan['follow']; startedImport?: StartedImportReport; elapsedMs: number } | { ended: Evidence }

/**
 * Starts the import when an import input asks for it (the code is loaded only then: the first
 * request does not need it). A start that failed, or may have begun an import, ends the run.
 */
export async function startIfAsked(
  settings: Pick<Settings, 'startImport' | 'apiVersion'>,
  source: GesConnection,
  context: RunContext
): Promise<StartResult> {
  if (!settings.startImport) return { elapsedMs: 0 }
  const began = context.clock.now()
  const { startImport } = await import('./starting.js')
  const start = await startImport(source, settings.startImport, {
    ...retryContext(context),
    apiVersion: settings.apiVersion
  })
  const elapsedMs = context.clock.now() - began
  if (!start.started) return { ended: endedEarly(start.end, start.error, elapsedMs, start.report) }
  return { follow: { job: start.job, expected: start.expected }, startedImport: start.report, elapsedMs }
}
