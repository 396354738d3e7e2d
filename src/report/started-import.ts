import { escapeMarkdown as esc } from './escape.js'
import type { SeenJob } from './not-found.js'

/**
 * The import this step started (or tried to), for the JSON report (`startedImport`) and the
 * summary. Present only when an import input was given.
 * - `started`: GES accepted the call and returned `jobId`, the job waited for;
 * - `refused`: GES answered with an error: no import was started;
 * - `not-sent`: the call never reached GES (refused connection, throttled until the deadline);
 * - `unknown`: the call was sent but its answer was lost or unreadable: an import may have started.
 */
export interface StartedImportReport {
  result: 'started' | 'refused' | 'not-sent' | 'unknown'
  graph: string
  jobId: string | null
  /** The X-Request-Id of GES's answer to the POST, when one came. */
  requestId: string | null
  /** The OBS paths of the body, by their field names in the api-version's naming. */
  paths: Record<string, string>
  /** With `unknown`: the graph's import jobs that began around the call (null: not listed). */
  recentJobs: SeenJob[] | null
  /** With `unknown`: why the recent jobs could not be listed. */
  recentJobsError: string | null
}

const time = (value: string | null): string => (value ? value.replace('T', ' ').replace(/(\.\d+)?Z$/, '') : '–')
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`

const LEAD: Record<StartedImportReport['result'], string> = {
  started: 'Import started by this step',
  refused: 'Import refused by GES (not started)',
  'not-sent': 'Import not started (the request never reached GES)',
  unknown: '⚠️ An import may have started (the answer to the request was lost)'
}

/** The summary's section on the import this step started: paths and ids escaped (they come from inputs and GES). */
export function renderStartedImport(started: StartedImportReport | undefined): string[] {
  if (!started) return []
  const job = started.jobId ? `: ImportGraph ${esc(started.jobId, 80)}` : ''
  const paths = Object.entries(started.paths).map(([field, path]) => `${field} ${esc(path, 300)}`)
  const lines = [
    `**${LEAD[started.result]}**${job} on graph ${esc(started.graph, 100)}${paths.length > 0 ? ` · ${paths.join(' · ')}` : ''}`
  ]
  if (started.result !== 'unknown') return [lines.join('\n\n')]
  if (started.recentJobs === null) {
    lines.push(
      `The graph's recent jobs could not be listed: ${esc(started.recentJobsError ?? 'no time was left', 600)}`
    )
  } else if (started.recentJobs.length === 0) {
    lines.push('The job center lists no import of this graph that began around the request.')
  } else {
    const table = [
      row(['Job', 'Status', 'Begin (UTC)']),
      row(['---', '---', '---']),
      ...started.recentJobs.map((j) => row([esc(j.jobId, 80), esc(j.status, 40), time(j.beginTime)]))
    ]
    lines.push(`Imports of this graph that began around the request, newest first:\n\n${table.join('\n')}`)
  }
  return [lines.join('\n\n')]
}
