import { isFinished, type Job } from '../ges/model.js'
import type { Transport } from '../http/transport.js'
import type { Settings } from '../settings/settings.js'
import type { Log } from '../shared/log.js'
import type { Clock } from '../shared/clock.js'
import { timeLeft } from '../shared/deadline.js'
import { logTargets, NEEDS_AKSK, type LogRead } from './log-targets.js'

/** However much of `timeout` is left, reading logs adds at most this after the wait. */
const MAX_AFTER_WAIT_MS = 20_000

/**
 * The first rejected lines of the failed files' logs, by logKey (docs/advanced-usage.md#rejected-lines-from-the-import-log). Nothing is read with
 * `import-log-lines: 0`, nor without AK/SK (OBS takes no IAM token: each file says so); the
 * OBS code is loaded only when there is something to read. A read never changes the verdict.
 */
export async function readImportLogs(
  settings: Pick<Settings, 'importLogLines' | 'credentials' | 'obsEndpoint' | 'region' | 'requestTimeoutMs'>,
  jobs: Job[],
  context: { transport: Transport; deadline: number; clock: Clock; log: Log }
): Promise<Map<string, LogRead>> {
  if (settings.importLogLines === 0) return new Map()
  const { targets, skipped } = logTargets(jobs.filter(isFinished))
  if (targets.length === 0) return skipped
  const { credentials } = settings
  if (credentials.kind !== 'aksk') {
    context.log.info(`Import logs of ${targets.length} failed files not read: ${NEEDS_AKSK.replace(/^not read: /, '')}`)
    return new Map([...skipped, ...targets.map((t): [string, LogRead] => [t.id, { ok: false, reason: NEEDS_AKSK }])])
  }
  const { readLogs } = await import('./log-reader.js')
  // The timeout is absolute: no last-poll grace here. Whichever limit ends first names the skip.
  const now = context.clock.now()
  const byTimeout = timeLeft(context.deadline, now) <= MAX_AFTER_WAIT_MS
  const reads = await readLogs(targets, {
    credentials,
    endpoint: settings.obsEndpoint,
    region: settings.region,
    transport: context.transport,
    lines: settings.importLogLines,
    deadline: Math.min(context.deadline, now + MAX_AFTER_WAIT_MS),
    outOfTime: byTimeout
      ? 'not read: no time left of timeout'
      : `not read: the ${MAX_AFTER_WAIT_MS / 1000} s budget for log reads was spent`,
    requestTimeoutMs: settings.requestTimeoutMs,
    clock: context.clock
  })
  for (const target of targets) {
    const read = reads.get(target.id)
    if (!read?.ok) context.log.info(`Import log ${target.log}: ${read?.reason ?? 'not read'}`)
    else context.log.info([`First rejected lines of ${target.log}:`, ...read.lines.map((l) => `  ${l}`)].join('\n'))
  }
  return new Map([...skipped, ...reads])
}
