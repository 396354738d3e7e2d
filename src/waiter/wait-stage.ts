import * as core from '@actions/core'
import type { JobSource } from '../ges/job-source.js'
import type { HistoryReader, JobHistory } from '../history/read-history.js'
import type { Job } from '../ges/model.js'
import type { Settings } from '../settings/settings.js'
import type { CompleteListing } from '../shared/complete-listings.js'
import { errorMessage } from '../shared/text.js'
import type { RunContext } from '../shared/run-context.js'
import { DAY_MS, formatDuration, formatUtcDate } from '../shared/time.js'
import { JobMonitor } from './job-monitor.js'
import type { TargetCriteria } from './targets.js'
import type { ExpectedJob } from './tracked-job.js'
import { waitForJobs, type WaitOutcome } from './wait-for-jobs.js'

/** What the wait looks for beyond the settings: the window of `since: run`, or the job this step started. */
export interface WaitPlan {
  since?: number
  /** The import this step started: the wait follows exactly it, on its graph, with no time window. */
  follow?: { job: Job; expected: ExpectedJob }
}

/** How the wait ended, and the listings it read to the end (reused by the comparison). */
export interface Waited {
  outcome: WaitOutcome
  listings: (graph: string) => CompleteListing[]
  /** The earlier imports of each job's graph, by job id (`trend` > 0): read beside the polls. */
  histories?: ReadonlyMap<string, JobHistory>
}

/** Polls GES until the targets finish, the deadline passes or the run is cancelled. */
export async function waitForTargets(
  settings: Settings,
  plan: WaitPlan,
  source: JobSource,
  context: RunContext
): Promise<Waited> {
  const criteria = targetCriteria(settings, plan)
  // startTime is a date in the server's undocumented time zone: ask from one day earlier
  // and apply the exact window here.
  const startDate = criteria.since !== undefined ? formatUtcDate(criteria.since - DAY_MS) : undefined
  const monitor = new JobMonitor(source, criteria, startDate, context.log)
  if (plan.follow) monitor.follow(plan.follow.job, plan.follow.expected)
  const history = await readsHistory(settings, source, monitor, context)
  core.startGroup(`Waiting for GES jobs (${describeTargets(criteria)}; timeout ${formatDuration(settings.timeoutMs)})`)
  try {
    const outcome = await waitForJobs(monitor, {
      deadline: context.deadline.at,
      pollIntervalMs: settings.pollIntervalMs,
      maxPollIntervalMs: settings.maxPollIntervalMs,
      waitForJob: settings.waitForJob,
      appearTimeoutMs: settings.appearTimeoutMs,
      clock: context.clock,
      signal: context.signal,
      log: context.log,
      onPoll: history?.observe,
      jobNote: history?.note
    })
    await history?.settle()
    return {
      outcome,
      // The history's pages too: the comparison may find the previous import in them.
      listings: (graph) => [...monitor.completeListings(graph), ...(history?.listings(graph) ?? [])],
      ...(history && { histories: history.results(monitor.jobs(), context.clock.now()) })
    }
  } finally {
    core.endGroup()
  }
}

/**
 * The reader of the targets' earlier imports (docs/trend.md), none with `trend: 0`: an on-demand
 * chunk, loaded before the first poll as its hooks run with the polls.
 */
async function readsHistory(
  settings: Settings,
  source: JobSource,
  monitor: JobMonitor,
  context: RunContext
): Promise<HistoryReader | undefined> {
  if (settings.trend === 0) return undefined
  // Optional, like the comparison: a chunk that cannot load costs the trend, not the wait.
  const loaded = await import('../history/read-history.js').catch((error: unknown) => {
    context.log.warning(`The recent imports of the graph are not shown: ${errorMessage(error)}`)
  })
  if (!loaded) return undefined
  const { HistoryReader } = loaded
  const { clock, signal, log } = context
  const listings = (graph: string): CompleteListing[] => monitor.completeListings(graph)
  return new HistoryReader({
    trend: settings.trend,
    source,
    listings,
    deadline: context.deadline.at,
    clock,
    signal,
    log
  })
}

/** The settings' targets, or the one job this step started (followed by id, without a window). */
export function targetCriteria(settings: Settings, plan: WaitPlan): TargetCriteria {
  const { jobName, select } = settings
  if (plan.follow) {
    return { jobIds: [plan.follow.job.id], graphNames: [plan.follow.expected.graph], jobName, select }
  }
  return {
    jobIds: [...settings.jobIds],
    graphNames: [...settings.graphNames],
    jobName,
    select,
    since: plan.since,
    until: settings.until,
    // Named when a graph-name is not in the project's graph list.
    ...(settings.projectId !== undefined && { projectId: settings.projectId }),
    ...(settings.region !== undefined && { region: settings.region })
  }
}

function describeTargets(criteria: TargetCriteria): string {
  if (criteria.jobIds.length > 0) return `job ${criteria.jobIds.join(', ')}`
  const graphs = criteria.graphNames.length > 0 ? `graph ${criteria.graphNames.join(', ')}` : 'any graph'
  return `${criteria.select} ${criteria.jobName ?? 'any'} job, ${graphs}`
}
