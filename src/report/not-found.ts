import type { Job } from '../ges/model.js'
import { withInvisibleShown } from '../shared/invisible.js'
import { isoTime } from '../shared/text.js'
import { formatDuration } from '../shared/time.js'
import type { AbsentGraph } from '../waiter/job-finder.js'
import type { TargetCriteria } from '../waiter/targets.js'
import type { NotFoundDetails } from '../waiter/wait-for-jobs.js'
import { escapeMarkdown as esc } from './escape.js'

/** Why no target was found, what was searched and what the job center listed instead (JSON report). */
export interface NotFoundReport {
  reason: NotFoundDetails['reason']
  message: string
  searched: {
    jobIds: string[]
    graphs: string[]
    /** null: any job name. */
    jobName: string | null
    since: string | null
    until: string | null
    appearTimeoutSeconds: number | null
  }
  /** The newest jobs listed (at most 5), newest first. */
  seenInstead: SeenJob[]
}

export interface SeenJob {
  jobId: string
  jobName: string | null
  graph: string | null
  status: string
  beginTime: string | null
}

export function seenJob(job: Job): SeenJob {
  return {
    jobId: job.id,
    jobName: job.name,
    graph: job.graph,
    status: job.status === 'unknown' ? job.rawStatus || 'unknown' : job.status,
    beginTime: isoTime(job.beginTime)
  }
}

function messageOf(details: NotFoundDetails): string {
  const { searched } = details
  switch (details.reason) {
    case 'other-graph':
      return details.misplaced
        .map(
          (job) =>
            `job ${job.id} belongs to graph "${job.graph ?? ''}", not to graph-name ${searched.graphNames.map((g) => `"${g}"`).join(', ')}: fix job-id or graph-name`
        )
        .join('; ')
    case 'not-waiting':
      return 'no matching job was found (wait-for-job is false: the first listing decides)'
    case 'appear-timeout':
      return `no matching job appeared within appear-timeout (${formatDuration(details.appearTimeoutMs ?? NaN)})`
    case 'unknown-graph':
      return (details.absentGraphs ?? []).map((absent) => absentGraphMessage(absent, searched)).join('; ')
    case 'started-unseen':
      return `GES returned job id ${searched.jobIds.join(', ')} for the import this step started, but neither its status endpoint nor the job list showed that job within appear-timeout (${formatDuration(details.appearTimeoutMs ?? NaN)})`
  }
}

/** `graph "moviez" is not in project 0123… (3 graphs, the list read to its end); did you mean "movies"?` */
function absentGraphMessage(absent: AbsentGraph, searched: TargetCriteria): string {
  const project = searched.projectId
    ? `project ${searched.projectId}`
    : `the project of region ${searched.region ?? 'unknown'}`
  const listed = `${absent.graphsListed} ${absent.graphsListed === 1 ? 'graph' : 'graphs'}, the graph list read to its end`
  const guess =
    absent.closest.length > 0
      ? `; did you mean ${absent.closest.map((name) => `"${withInvisibleShown(clip(name))}"`).join(' or ')}?`
      : absent.graphsListed === 0
        ? '; the project has no graphs: check "project-id" and "region"'
        : ''
  return `graph "${clip(absent.graph)}" is not in ${project} (${listed})${guess}`
}

const clip = (name: string): string => (name.length > 100 ? `${name.slice(0, 99)}…` : name)

export function notFoundReport(details: NotFoundDetails): NotFoundReport {
  const { searched } = details
  return {
    reason: details.reason,
    message: messageOf(details),
    searched: {
      jobIds: searched.jobIds,
      graphs: searched.graphNames,
      jobName: searched.jobIds.length > 0 ? null : (searched.jobName ?? null),
      since: isoTime(searched.since),
      until: isoTime(searched.until),
      appearTimeoutSeconds: details.appearTimeoutMs === undefined ? null : Math.round(details.appearTimeoutMs / 1000)
    },
    seenInstead: details.newest.map(seenJob)
  }
}

const time = (value: string | null): string => (value ? value.replace('T', ' ').replace(/(\.\d+)?Z$/, '') : '–')
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`

/** The "searched / seen instead" section of the summary; every value from the cloud or the inputs escaped. */
export function renderNotFound(report: NotFoundReport | null | undefined): string[] {
  if (!report) return []
  const { searched } = report
  const terms = [
    searched.jobIds.length > 0 ? `job id ${searched.jobIds.map((id) => esc(id, 80)).join(', ')}` : undefined,
    `graph ${searched.graphs.length > 0 ? searched.graphs.map((g) => esc(g, 100)).join(', ') : 'any'}`,
    searched.jobIds.length > 0
      ? undefined
      : `job name ${searched.jobName === null ? 'any' : esc(searched.jobName, 60)}`,
    `window ${searched.since ? `from ${time(searched.since)}` : 'any time'}${searched.until ? ` to ${time(searched.until)}` : ''}${searched.since || searched.until ? ' UTC' : ''}`,
    searched.appearTimeoutSeconds !== null && (report.reason === 'appear-timeout' || report.reason === 'started-unseen')
      ? `appear-timeout ${formatDuration(searched.appearTimeoutSeconds * 1000)}`
      : undefined
  ].filter(Boolean)
  const lines = [`**Why not found**: ${esc(report.message, 1000)}`, `**Searched**: ${terms.join(' · ')}`]
  if (report.seenInstead.length === 0) {
    lines.push('**Seen instead**: the job center listed no jobs for this search.')
  } else {
    const table = [
      row(['Job', 'Name', 'Graph', 'Status', 'Begin (UTC)']),
      row(['---', '---', '---', '---', '---']),
      ...report.seenInstead.map((job) =>
        row([
          esc(job.jobId, 80),
          esc(job.jobName ?? '–', 60),
          esc(job.graph ?? '–', 100),
          esc(job.status, 40),
          time(job.beginTime)
        ])
      )
    ]
    lines.push(`**Seen instead** (the newest jobs listed, newest first):\n\n${table.join('\n')}`)
  }
  return [lines.join('\n\n')]
}
