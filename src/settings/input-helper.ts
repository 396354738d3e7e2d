import * as core from '@actions/core'
import { hiddenCharacterIn, withoutInvisible } from '../shared/invisible.js'
import { formatDuration } from '../shared/time.js'
import { getCredentials, maskSecrets, SECRET_INPUTS } from './credential-inputs.js'
import {
  gesEndpointFor,
  iamEndpointFor,
  KNOWN_GES_REGIONS,
  parseBaseUrl,
  parseGesEndpoint,
  suggestRegion
} from './endpoints.js'
import { InputError } from './input-error.js'
import {
  getApiVersion,
  getBoolean,
  getChoice,
  getDuration,
  getFailOn,
  getList,
  getTimePoint,
  optional
} from './input-parsers.js'
import { getStartImport } from './import-inputs.js'
import { getFailedLinesLimit, getMaxLineDrop } from './line-limit.js'
import { getPrComment } from './pr-comment-inputs.js'
import { getRunStartSource } from './run-start-inputs.js'
import { getTrend } from './trend-input.js'
import type { Selection, Settings } from './settings.js'

/** Reads one input as the runner passes it (`INPUT_<NAME>`, dashes kept); '' when unset. */
export type InputReader = (name: string) => string
export type Env = Record<string, string | undefined>

const readCoreInput: InputReader = (name) => core.getInput(name)

/** The only place that reads inputs: turns them into validated settings, or throws InputError. */
export function getSettings(
  read: InputReader = readCoreInput,
  env: Env = process.env,
  now: number = Date.now()
): Settings {
  const input = (name: string): string => {
    const value = read(name).trim()
    const hidden = SECRET_INPUTS.includes(name) ? undefined : hiddenCharacterIn(value)
    if (hidden) {
      throw new InputError(
        name,
        `holds a hidden character (${hidden}), as text pasted from a page may`,
        withoutInvisible(value)
      )
    }
    return value
  }
  const envValue = (...names: string[]): string | undefined => names.map((n) => env[n]?.trim()).find((v) => v)

  maskSecrets(input, envValue)

  const region = optional(input('region')) ?? envValue('HUAWEI_CLOUD_REGION')
  const endpoint = optional(input('endpoint'))
  if (region !== undefined) checkRegion(region, endpoint !== undefined)
  if (!endpoint && !region) {
    throw new InputError('region', 'is required when "endpoint" is not set', 'cn-north-4')
  }
  const credentials = getCredentials(input, envValue)
  const projectId = getProjectId(
    input('project-id') || envValue('HUAWEI_CLOUD_PROJECT_ID', 'HUAWEICLOUD_SDK_PROJECT_ID')
  )
  if (!projectId && (credentials.kind === 'token' || !region)) {
    throw new InputError(
      'project-id',
      credentials.kind === 'token'
        ? 'is required with token authentication (or set HUAWEI_CLOUD_PROJECT_ID)'
        : 'is required when "region" is not set: the project is found from the region name',
      '0123456789abcdef0123456789abcdef'
    )
  }

  const apiVersion = getApiVersion(input('api-version'))
  // Before since/job-id are read: with an import to start, they are conflicts, not filters.
  const startImport = getStartImport(input, apiVersion, (message) => core.warning(message))

  const timeoutMs = getDuration(input, 'timeout', '30m')
  const pollIntervalMs = getDuration(input, 'poll-interval', '5s')
  const maxPollIntervalMs = getDuration(input, 'max-poll-interval', '60s')
  if (maxPollIntervalMs < pollIntervalMs) {
    throw new InputError(
      'max-poll-interval',
      `(${input('max-poll-interval')}) must not be shorter than "poll-interval" (${input('poll-interval') || '5s'})`,
      '60s'
    )
  }
  const waitForJob = getBoolean(input, 'wait-for-job', true)
  const appearTimeoutMs = getAppearTimeout(input, timeoutMs, waitForJob)
  const sinceRun = getRunStartSource(input, envValue)
  const since = sinceRun ? undefined : getTimePoint(input, 'since', now)
  const until = getTimePoint(input, 'until', now)
  if (since !== undefined && until !== undefined && until < since) {
    throw new InputError(
      'until',
      `("${input('until')}") is before "since" ("${input('since')}")`,
      '2026-11-28T18:00:00Z'
    )
  }

  const jobName = input('job-name') || 'ImportGraph'
  // Frozen: stages read the settings and hand on what they learn as their output.
  return Object.freeze({
    projectId,
    region,
    endpoint: endpoint ? parseGesEndpoint(endpoint) : gesEndpointFor(region as string),
    iamEndpoint: parseBaseUrl('iam-endpoint', optional(input('iam-endpoint')) ?? iamEndpointFor(region)),
    apiVersion,
    credentials,
    jobIds: Object.freeze(getList(input, 'job-id', /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ff80808167bb90340167bc3c7b5b026a')),
    graphNames: Object.freeze(getList(input, 'graph-name', /^[^\s,][^,\r\n]*$/, 'movies')),
    jobName: jobName === '*' ? undefined : jobName,
    since,
    until,
    ...(sinceRun && { sinceRun }),
    select: getChoice<Selection>(input, 'select', ['latest', 'all'], 'latest'),
    waitForJob,
    timeoutMs,
    appearTimeoutMs,
    pollIntervalMs,
    maxPollIntervalMs,
    requestTimeoutMs: getDuration(input, 'request-timeout', '30s'),
    failOn: Object.freeze(getFailOn(input('fail-on'))),
    ...getFailedLinesLimit(input('max-failed-lines')),
    maxLineDrop: getMaxLineDrop(input('max-line-drop')),
    summary: getBoolean(input, 'summary', true),
    reportFile: optional(input('report-file')),
    importLogLines: getLogLines(input('import-log-lines')),
    trend: getTrend(input('trend')),
    ...(input('obs-endpoint') && {
      obsEndpoint: parseBaseUrl('obs-endpoint', input('obs-endpoint'), 'https://obs.cn-north-4.myhuaweicloud.com')
    }),
    prComment: getPrComment(input),
    ...(startImport && { startImport })
  })
}

/**
 * `appear-timeout`: its 5m default quietly shrinks to a shorter `timeout`; a value the workflow
 * sets longer than `timeout` is a mistake worth naming (it could never take effect), unless
 * `wait-for-job: false`, where it does not apply (a shared env block may set it for other steps).
 */
function getAppearTimeout(input: (name: string) => string, timeoutMs: number, waitForJob: boolean): number {
  const appear = getDuration(input, 'appear-timeout', '5m')
  if (!input('appear-timeout') || !waitForJob) return Math.min(appear, timeoutMs)
  if (appear > timeoutMs) {
    throw new InputError(
      'appear-timeout',
      `(${input('appear-timeout')}) is longer than "timeout" (${input('timeout') || '30m'}): shorten it, or raise timeout`,
      formatDuration(Math.min(timeoutMs, 300_000))
    )
  }
  return appear
}

/** `import-log-lines`: a whole number from 0 (off) to 50; empty means 5. */
function getLogLines(value: string): number {
  if (value === '') return 5
  const number = Number(value)
  if (!/^\d+$/.test(value) || number > 50) {
    throw new InputError('import-log-lines', `("${value}") must be a whole number from 0 (off) to 50`, '5')
  }
  return number
}

/** A region the SDKs do not list still works (new regions appear), but a typo is named at once. */
function checkRegion(region: string, hasEndpoint: boolean): void {
  if (!/^[a-z]{2,}(?:-[a-z0-9]+)+$/.test(region)) {
    throw new InputError('region', `("${region}") is not a region name`, 'cn-north-4')
  }
  const suggestion = suggestRegion(region)
  if (!hasEndpoint && !KNOWN_GES_REGIONS.includes(region)) {
    core.warning(
      `Region "${region}" is not one the Huawei Cloud SDKs list for GES (${KNOWN_GES_REGIONS.join(', ')})${suggestion ? `; did you mean "${suggestion}"?` : ''} Set "endpoint" if ges.${region} does not resolve.`
    )
  }
}

function getProjectId(value: string | undefined): string | undefined {
  if (!value) return undefined
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw new InputError(
      'project-id',
      `("${value}") must be letters, digits, "-" or "_"`,
      '0123456789abcdef0123456789abcdef'
    )
  }
  return value
}
