import { connectToGes } from './ges/connect.js'
import { gatherEvidence } from './evidence/gather-evidence.js'
import { ActionsHttpTransport } from './http/transport.js'
import { crashEvidence } from './report/ended-early.js'
import { judge, type Evidence } from './report/judge.js'
import { getSettings } from './settings/input-helper.js'
import { unreachableAdvice } from './settings/reachability-advice.js'
import type { Settings } from './settings/settings.js'
import { abortOnSignals } from './shared/cancellation.js'
import { systemClock } from './shared/clock.js'
import { runnerLog } from './shared/log.js'
import { openRunContext, type RunContext } from './shared/run-context.js'
import { resolveSinceRun, type JobWindow } from './since-run/since-run.js'
import { leaveForcedExitReport, reportWithoutJudging } from './sinks/no-report.js'
import { publish } from './sinks/publish.js'
import { giveVerdict } from './sinks/verdict.js'
import { startIfAsked } from './start/start-stage.js'
import { VERSION } from './version.js'
import { waitForTargets } from './waiter/wait-stage.js'

const USER_AGENT = `ges-job-waiter/${VERSION}`

/** inputs → settings → run context → since: run → start → wait → evidence → judge → publish → verdict. Never throws. */
export async function run(): Promise<void> {
  const cancel = new AbortController()
  const stopListening = abortOnSignals(cancel, runnerLog, leaveForcedExitReport)
  try {
    const settings = getSettings()
    const transport = new ActionsHttpTransport(USER_AGENT, cancel.signal, settings.requestTimeoutMs)
    const context = openRunContext(settings, { signal: cancel.signal, transport, clock: systemClock, log: runnerLog })
    try {
      const { evidence, window } = await collectEvidence(settings, context)
      const report = judge(evidence, { ...settings, ...window, now: Date.now() })
      await publish(report, settings, context)
      giveVerdict(report, context.log)
    } finally {
      context.dispose()
    }
  } catch (error) {
    await reportWithoutJudging(error) // invalid inputs, or a report that could not be judged
  } finally {
    stopListening()
  }
}

type Collected = { evidence: Evidence; window: JobWindow }
/** since: run → start → wait → comparison and import logs. Any stage may end the run early. */
async function collectEvidence(settings: Settings, context: RunContext): Promise<Collected> {
  try {
    const window = await resolveSinceRun(settings, context, USER_AGENT)
    if ('ended' in window) return { evidence: window.ended, window: {} }
    const source = connectToGes(settings, context, unreachableAdvice(settings))
    const start = await startIfAsked(settings, source, context)
    if ('ended' in start) return { evidence: start.ended, window }
    const waited = await waitForTargets(settings, { ...window, follow: start.follow }, source, context)
    return { evidence: await gatherEvidence(settings, waited, start, source, context), window }
  } catch (error) {
    return { evidence: crashEvidence(error, context.signal.aborted, context.deadline.elapsedMs()), window: {} }
  }
}
