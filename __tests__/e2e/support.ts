// Shared helpers for the end-to-end tests: each test starts its own GES emulator (port 0), runs
// the built action (dist/index.js) the way the GitHub runner does, and EVERY run is scanned for
// leaked secrets (stdout without its ::add-mask:: lines, stderr, summary, outputs, report file).
import { expect } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startGitHubEmulator, type GitHubEmulator } from '../../emulator/github.mjs'
import { startObsEmulator, type ObsEmulator } from '../../emulator/obs.mjs'
import { startAction, type ActionResult, type ActionRunOptions } from '../../emulator/runner.mjs'
import { startEmulator, type Emulator, type EmulatorOptions, type RequestRecord } from '../../emulator/server.mjs'
import { schemaErrors } from '../schema/validate-report.js'

// ---------------------------------------------------------------------------------------------
// Emulators and other loopback servers, closed after each test
// ---------------------------------------------------------------------------------------------

const openServers: Array<() => Promise<void>> = []
/** Workspaces of finished runs and other temporary directories, removed after each test. */
const tempDirs: string[] = []
/** Secrets each emulator was configured with (tokens, SK, security token, IAM passwords). */
const configuredSecrets = new WeakMap<Emulator, string[]>()

/** Starts an emulator on a free port, its job timelines counted from the action's first request; `closeAll()` (afterEach) closes it. */
export async function startEmu(options: EmulatorOptions): Promise<Emulator> {
  const emu = await startEmulator({ timelineFrom: 'firstRequest', ...options, port: 0 })
  openServers.push(() => emu.close())
  configuredSecrets.set(emu, [
    ...(options.tokens ?? [emu.token ?? '']),
    options.aksk?.ak ?? '',
    options.aksk?.sk ?? '',
    options.aksk?.securityToken ?? '',
    ...(options.iam?.users ?? []).map((u) => u.password)
  ])
  return emu
}

/** afterEach: closes every server the test started and removes its temporary directories. */
/** Starts a GitHub emulator on a free port; `closeAll()` (afterEach) closes it. */
/** An OBS emulator (emulator/obs.mjs) closed by closeAll(). */
export async function startObs(options: Parameters<typeof startObsEmulator>[0] = {}): Promise<ObsEmulator> {
  const obs = await startObsEmulator(options)
  openServers.push(() => obs.close())
  return obs
}

export async function startGitHub(options: Parameters<typeof startGitHubEmulator>[0] = {}): Promise<GitHubEmulator> {
  const server = await startGitHubEmulator(options)
  openServers.push(() => server.close())
  return server
}

export async function closeAll(): Promise<void> {
  const closers = openServers.splice(0)
  await Promise.all(closers.map((close) => close()))
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** A temporary directory, removed by closeAll(). */
export function tempDir(prefix = 'ges-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}

/**
 * The environment of a run that lists every module file Node resolves (a module hook), and how
 * to read that list after the run: which on-demand chunks of dist/ a run loaded.
 */
export function moduleLog(): { env: { NODE_OPTIONS: string }; loaded(): string[] } {
  const dir = tempDir('ges-modules-')
  const log = join(dir, 'loaded.txt')
  writeFileSync(log, '')
  const hooks = join(dir, 'hooks.mjs')
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs'\nexport async function resolve(specifier, context, next) {\n  const result = await next(specifier, context)\n  appendFileSync(${JSON.stringify(log)}, result.url + '\\n')\n  return result\n}\n`
  )
  const register = join(dir, 'register.mjs')
  writeFileSync(
    register,
    `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hooks).href)})\n`
  )
  return {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(register).href}` },
    loaded: () => readFileSync(log, 'utf8').split('\n').filter(Boolean)
  }
}

export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

/** A second loopback server (another origin) that records what reaches it and answers an empty job list. */
export async function startRecorder(): Promise<{ url: string; requests: RecordedRequest[] }> {
  const requests: RecordedRequest[] = []
  const server = createServer((req, res) => {
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: { ...req.headers },
      body: ''
    }
    requests.push(record)
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (record.body += chunk))
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{"jobCount":0,"jobList":[]}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  openServers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  )
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests }
}

// ---------------------------------------------------------------------------------------------
// Running the action
// ---------------------------------------------------------------------------------------------

export type Inputs = Record<string, string | undefined>

/** Fast settings against the emulator: token auth, graph movies, 100–300 ms polls, 10 s timeout. */
export function baseInputs(emu: Emulator): Record<string, string> {
  return {
    endpoint: emu.url,
    'project-id': emu.projectId,
    token: emu.token ?? '',
    'graph-name': 'movies',
    'poll-interval': '100ms',
    'max-poll-interval': '300ms',
    'request-timeout': '2s',
    timeout: '10s'
  }
}

export interface RunOptions {
  /** Merged over baseInputs(emu) (over action.yml defaults); undefined removes an input. */
  inputs?: Inputs
  env?: Record<string, string | undefined>
  /** More secret values to scan for. */
  secrets?: string[]
  /** Requests of other servers (redirect targets) whose credential headers count as secrets. */
  otherRequests?: RecordedRequest[]
  /** The event that triggered the run (GITHUB_EVENT_NAME and the payload file). */
  eventName?: string
  event?: unknown
  /** The job's GITHUB_TOKEN: the default of the github-token input. */
  githubToken?: string
}

export interface Run extends ActionResult {
  /** The `report` output, parsed (undefined when the output is missing or empty). */
  report: Report | undefined
  /** `::error::` annotations, decoded. */
  errors: string[]
  /** `::warning::` annotations, decoded. */
  warnings: string[]
  /** stdout + stderr, ::add-mask:: lines removed, command escapes decoded. */
  log: string
}

function prepare(emu: Emulator | undefined, options: RunOptions): ActionRunOptions {
  const merged: Inputs = { ...(emu ? baseInputs(emu) : {}), ...options.inputs }
  const inputs = Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined))
  const { eventName, event, githubToken } = options
  return { inputs, env: options.env ?? {}, eventName, event, githubToken }
}

/** Runs the action to completion and scans everything it produced for secrets. */
export async function run(emu: Emulator | undefined, options: RunOptions = {}): Promise<Run> {
  const prepared = prepare(emu, options)
  const result = await startAction(prepared).done
  return finish(result, emu, prepared, options)
}

/** Starts the action (for signal tests); `done` resolves like run(), secrets scanned. */
export function start(
  emu: Emulator | undefined,
  options: RunOptions = {}
): { child: ReturnType<typeof startAction>['child']; done: Promise<Run> } {
  const prepared = prepare(emu, options)
  const { child, done } = startAction(prepared)
  return { child, done: done.then((result) => finish(result, emu, prepared, options)) }
}

function finish(result: ActionResult, emu: Emulator | undefined, prepared: ActionRunOptions, options: RunOptions): Run {
  tempDirs.push(result.workspace)
  scanForSecrets(result, collectSecrets(result, emu, prepared, options))
  let report: Report | undefined
  if (result.outputs.report) report = JSON.parse(result.outputs.report) as Report
  checkReportSchema(result, report)
  if (report) {
    // Every run: the outputs tell the verdict. `passed` is the report's, and `success` never fails the step.
    expect(result.outputs.passed).toBe(String(report.passed))
    if (report.status === 'success') expect(result.code).toBe(0)
  }
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => !line.startsWith('::add-mask::'))
  const annotations = (kind: string): string[] =>
    lines
      .filter((line) => line.startsWith(`::${kind}::`) || line.startsWith(`::${kind} `))
      .map((line) => decodeCommand(line.slice(line.indexOf('::', 2) + 2)))
  return {
    ...result,
    report,
    errors: annotations('error'),
    warnings: annotations('warning'),
    log: decodeCommand(lines.join('\n'))
  }
}

/**
 * Every report a run wrote (the `report` output and the report file) conforms to the published
 * schema, docs/report.schema.json: a field added without the schema, or a type changed, fails
 * every e2e test that produces it.
 */
function checkReportSchema(result: ActionResult, output: Report | undefined): void {
  const reports: Array<[string, unknown]> = output ? [['the report output', output]] : []
  const file = result.outputs['report-file']
  if (file && existsSync(file)) reports.push([`the report file ${file}`, JSON.parse(readFileSync(file, 'utf8'))])
  for (const [where, report] of reports) {
    const errors = schemaErrors(report)
    if (errors.length > 0) throw new Error(`${where} does not match docs/report.schema.json:\n${errors.join('\n')}`)
  }
}

// ---------------------------------------------------------------------------------------------
// Secret scanning
// ---------------------------------------------------------------------------------------------

const SECRET_INPUTS = ['token', 'access-key', 'secret-key', 'security-token', 'iam-password', 'github-token']
const SECRET_ENV = [
  'HUAWEI_CLOUD_ACCESS_KEY_ID',
  'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
  'HUAWEI_CLOUD_SECURITY_TOKEN',
  'HUAWEICLOUD_SDK_AK',
  'HUAWEICLOUD_SDK_SK',
  'HUAWEICLOUD_SDK_SECURITY_TOKEN'
]
const CREDENTIAL_HEADERS = ['x-auth-token', 'x-security-token', 'x-subject-token']

function collectSecrets(
  result: ActionResult,
  emu: Emulator | undefined,
  prepared: ActionRunOptions,
  options: RunOptions
): Set<string> {
  const secrets = new Set<string>(options.secrets ?? [])
  for (const name of SECRET_INPUTS) secrets.add(prepared.inputs?.[name] ?? '')
  for (const name of SECRET_ENV) secrets.add(prepared.env?.[name] ?? '')
  secrets.add(prepared.githubToken ?? '')
  if (emu) {
    for (const value of configuredSecrets.get(emu) ?? []) secrets.add(value)
    // Tokens the emulator's IAM issued reach GES as X-Auth-Token: every credential header seen.
    for (const record of emu.requests) for (const name of CREDENTIAL_HEADERS) addHeader(secrets, record.headers[name])
  }
  for (const record of options.otherRequests ?? [])
    for (const name of CREDENTIAL_HEADERS) addHeader(secrets, record.headers[name])
  // Whatever the action itself registered as a secret (an issued IAM token even if never used).
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('::add-mask::')) secrets.add(decodeCommand(line.slice('::add-mask::'.length)).trim())
  }
  secrets.delete('')
  return secrets
}

function addHeader(secrets: Set<string>, value: string | string[] | undefined): void {
  for (const v of ([] as string[]).concat(value ?? [])) secrets.add(v.trim())
}

/** The forms a secret can take once written out: raw, in JSON, URL-encoded. */
function variants(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])]
}

/** Undoes workflow-command escaping (%25 %0D %0A %3A %2C) so an annotation reads as text. */
export function decodeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

/**
 * Undoes the summary's escapes as a markdown renderer would, in one pass: backslash escapes of
 * punctuation, HTML entities, and the zero-width spaces that break mentions and emoji. An escaped
 * secret is still found, and summary text reads as written.
 */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return text
    .replace(/\\([!-/:-@[-`{-~])|&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, escaped: string | undefined, body: string) => {
      if (escaped !== undefined) return escaped
      if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16))
      if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)))
      return named[body.toLowerCase()] ?? all
    })
    .replace(/\u200b/g, '')
}

function scanForSecrets(result: ActionResult, secrets: Set<string>): void {
  const leaks = findLeaks(result, secrets)
  if (leaks.length > 0) throw new Error(`Secret leak:\n${leaks.join('\n')}`)
}

/** Where each secret shows up in what a run produced (stdout minus ::add-mask:: lines, stderr, summary, outputs, report file). */
export function findLeaks(
  result: Pick<ActionResult, 'stdout' | 'stderr' | 'summary' | 'outputs'>,
  secretValues: Iterable<string>
): string[] {
  const secrets = [...secretValues].filter((secret) => secret !== '')
  const places: Array<[string, string]> = [
    [
      'stdout',
      result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n')
    ],
    ['stderr', result.stderr],
    ['step summary', result.summary],
    ...Object.entries(result.outputs).map(([name, value]): [string, string] => [`output ${name}`, value])
  ]
  const reportFile = result.outputs['report-file']
  if (reportFile && existsSync(reportFile)) places.push([`report file ${reportFile}`, readFileSync(reportFile, 'utf8')])
  const leaks: string[] = []
  for (const [place, raw] of places) {
    const texts = [raw, decodeCommand(raw), decodeEntities(raw)]
    for (const secret of secrets) {
      if (variants(secret).some((form) => texts.some((text) => text.includes(form)))) {
        leaks.push(`secret "${secret}" appears in ${place}`)
      }
    }
  }
  return leaks
}

// ---------------------------------------------------------------------------------------------
// The report and the emulator's request log
// ---------------------------------------------------------------------------------------------

// The report shape as the README documents it, written out here on purpose rather than imported
// from src/: the end-to-end tests hold the bundle to the documented contract, not to itself.
export interface FileReport {
  kind: string
  path: string
  status: string
  totalLines: number | null
  successfulLines: number | null
  failedLines: number | null
  cause: string | null
  log: string | null
  rejectedLines: string[] | null
  logRead: string | null
  logNote: string | null
}

export interface JobReport {
  jobId: string
  jobName: string | null
  jobType: string | null
  graph: string | null
  status: string
  outcome: 'success' | 'failed' | 'partFailed' | 'unknown' | 'unfinished' | 'disagreeing'
  fileResults: 'reported' | 'not-reported' | 'not-applicable'
  answers: { statusEndpoint: string | null; jobList: string | null }
  disagreement: string | null
  unconfirmed: string | null
  vanished: boolean
  unreadable: string | null
  beginTime: string | null
  endTime: string | null
  durationSeconds: number | null
  failReason: string | null
  files: FileReport[]
  comparison: Comparison | null
  history: HistoryEntry[] | null
  expectedDurationSeconds: number | null
  runningSeconds: number | null
}

export interface HistoryEntry {
  jobId: string
  beginTime: string
  endTime: string | null
  status: string
  successfulLines: number | null
  failedLines: number | null
  durationSeconds: number | null
}

export interface FileChange {
  kind: string
  path: string
  change: 'changed' | 'new' | 'vanished' | 'unknown'
  previousSuccessfulLines: number | null
  successfulLines: number | null
  lineDelta: number | null
}

export interface Comparison {
  result: 'compared' | 'no-previous' | 'unavailable'
  reason: string | null
  previousJobId: string | null
  previousBeginTime: string | null
  previousSuccessfulLines: number | null
  successfulLines: number | null
  lineDelta: number | null
  files: FileChange[]
  unchangedFiles: number
}

export interface SeenJob {
  jobId: string
  jobName: string | null
  graph: string | null
  status: string
  beginTime: string | null
}

export interface NotFoundReport {
  reason: 'appear-timeout' | 'not-waiting' | 'other-graph' | 'started-unseen'
  message: string
  searched: {
    jobIds: string[]
    graphs: string[]
    jobName: string | null
    since: string | null
    until: string | null
    appearTimeoutSeconds: number | null
  }
  seenInstead: SeenJob[]
}

export interface StaleJob {
  jobId: string
  graph: string | null
  endTime: string
  hoursAgo: number
  message: string
}

export interface Report {
  schemaVersion: 1
  status: 'success' | 'rejected' | 'failed' | 'partFailed' | 'unknown' | 'timeout' | 'not-found' | 'cancelled' | 'error'
  passed: boolean
  reasons: string[]
  /** The workflow's rules that fail the step (max-line-drop, max-failed-lines). */
  rejectedBy: RuleRejection[]
  hint: string | null
  warnings: string[]
  jobs: JobReport[]
  totals: {
    totalLines: number | null
    successfulLines: number | null
    failedLines: number | null
    failedFiles: number | null
  }
  missing: string[]
  /** Set when the status is not-found. */
  notFound: NotFoundReport | null
  /** Jobs chosen without since that finished more than a day ago. */
  stale: StaleJob[]
  /** Jobs passed over because their begin time cannot be read; beginTime is what GES sent. */
  skipped: Array<{ jobId: string; graph: string | null; beginTime: string }>
  error: {
    message: string
    reference: string
    httpStatus: number | null
    code: string | null
    requestId: string | null
    stoppedWait: boolean
  } | null
  waitedSeconds: number
  /** Only when the step starts the import (import-edges, import-vertices or import-schema). */
  startedImport?: StartedImport
}

export interface RuleRejection {
  rule: 'max-line-drop' | 'max-failed-lines'
  limit: number
  unit: 'lines' | 'percent'
  measured: number | null
  jobId: string | null
  reason: string
}

export interface StartedImport {
  result: 'started' | 'refused' | 'not-sent' | 'unknown'
  graph: string
  jobId: string | null
  requestId: string | null
  paths: Record<string, string>
  recentJobs: SeenJob[] | null
  recentJobsError: string | null
}

const nullable = (type: string) => (value: unknown) => value === null || typeof value === type
const STATUSES = [
  'success',
  'rejected',
  'failed',
  'partFailed',
  'unknown',
  'timeout',
  'not-found',
  'cancelled',
  'error'
]

/** The documented shape, exactly: no key missing, none extra, each of the right type. */
function expectHistoryShape(job: JobReport): void {
  expect(nullable('number')(job.expectedDurationSeconds)).toBe(true)
  expect(nullable('number')(job.runningSeconds)).toBe(true)
  if (job.history === null) return expect(job.expectedDurationSeconds).toBeNull()
  expect(Array.isArray(job.history)).toBe(true)
  for (const entry of job.history) {
    expect(Object.keys(entry).sort()).toEqual(
      ['beginTime', 'durationSeconds', 'endTime', 'failedLines', 'jobId', 'status', 'successfulLines'].sort()
    )
    expect(entry.beginTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/)
    expect(['success', 'failed', 'partFailed', 'unknown']).toContain(entry.status)
    for (const key of ['successfulLines', 'failedLines', 'durationSeconds'] as const)
      expect(entry[key] === null || Number.isSafeInteger(entry[key])).toBe(true)
  }
  const begins = job.history.map((entry) => entry.beginTime)
  expect(begins).toEqual([...begins].sort())
}

export function expectReportShape(report: unknown): asserts report is Report {
  const r = report as Report
  expect(Object.keys(r).sort()).toEqual(
    [
      'error',
      'hint',
      'jobs',
      'missing',
      'notFound',
      'passed',
      'reasons',
      'rejectedBy',
      'schemaVersion',
      'skipped',
      'stale',
      'status',
      'totals',
      'waitedSeconds',
      'warnings',
      ...('startedImport' in r ? ['startedImport'] : [])
    ].sort()
  )
  if (r.startedImport !== undefined) {
    expect(Object.keys(r.startedImport).sort()).toEqual(
      ['graph', 'jobId', 'paths', 'recentJobs', 'recentJobsError', 'requestId', 'result'].sort()
    )
    expect(['started', 'refused', 'not-sent', 'unknown']).toContain(r.startedImport.result)
    expect(r.startedImport.jobId === null).toBe(r.startedImport.result !== 'started')
  }
  expect(r.schemaVersion).toBe(1)
  expect(STATUSES).toContain(r.status)
  expect(typeof r.passed).toBe('boolean')
  expect(r.passed).toBe(r.reasons.length === 0)
  // `success` always passes; a success a rule rejects is `rejected`, and says which rule.
  if (r.status === 'success') expect(r.passed).toBe(true)
  if (r.status === 'rejected') expect(r.rejectedBy.length).toBeGreaterThan(0)
  for (const rejection of r.rejectedBy) {
    expect(Object.keys(rejection).sort()).toEqual(['jobId', 'limit', 'measured', 'reason', 'rule', 'unit'])
    expect(['max-line-drop', 'max-failed-lines']).toContain(rejection.rule)
    expect(['lines', 'percent']).toContain(rejection.unit)
    expect(r.reasons).toContain(rejection.reason)
  }
  for (const list of [r.reasons, r.warnings, r.missing]) {
    expect(Array.isArray(list)).toBe(true)
    for (const item of list) expect(typeof item).toBe('string')
  }
  expect(nullable('string')(r.hint)).toBe(true)
  expect(Number.isSafeInteger(r.waitedSeconds)).toBe(true)
  if (r.error !== null) {
    expect(Object.keys(r.error).sort()).toEqual(
      ['code', 'httpStatus', 'message', 'reference', 'requestId', 'stoppedWait'].sort()
    )
  }
  if (r.notFound !== null) expectNotFoundShape(r.notFound)
  if (r.status === 'not-found') expect(r.notFound).not.toBeNull()
  expect(Array.isArray(r.stale)).toBe(true)
  for (const stale of r.stale) {
    expect(Object.keys(stale).sort()).toEqual(['endTime', 'graph', 'hoursAgo', 'jobId', 'message'])
    expect(stale.hoursAgo).toBeGreaterThanOrEqual(24)
  }
  expect(Array.isArray(r.skipped)).toBe(true)
  for (const s of r.skipped) {
    expect(Object.keys(s).sort()).toEqual(['beginTime', 'graph', 'jobId'])
    expect(typeof s.jobId).toBe('string')
    expect(typeof s.beginTime).toBe('string')
    expect(nullable('string')(s.graph)).toBe(true)
  }
  expect(typeof r.status).toBe('string')
  expect(Object.keys(r.totals).sort()).toEqual(['failedFiles', 'failedLines', 'successfulLines', 'totalLines'])
  for (const value of Object.values(r.totals)) expect(value === null || Number.isSafeInteger(value)).toBe(true)
  expect(Array.isArray(r.jobs)).toBe(true)
  for (const job of r.jobs) {
    expect(Object.keys(job).sort()).toEqual(
      [
        'answers',
        'beginTime',
        'disagreement',
        'durationSeconds',
        'endTime',
        'comparison',
        'expectedDurationSeconds',
        'history',
        'runningSeconds',
        'failReason',
        'fileResults',
        'files',
        'graph',
        'jobId',
        'jobName',
        'jobType',
        'outcome',
        'status',
        'unconfirmed',
        'unreadable',
        'vanished'
      ].sort()
    )
    expect(typeof job.jobId).toBe('string')
    expect(typeof job.status).toBe('string')
    expect(['success', 'failed', 'partFailed', 'unknown', 'unfinished', 'disagreeing']).toContain(job.outcome)
    expect(['reported', 'not-reported', 'not-applicable']).toContain(job.fileResults)
    expect(typeof job.vanished).toBe('boolean')
    for (const key of [
      'jobName',
      'jobType',
      'graph',
      'beginTime',
      'endTime',
      'failReason',
      'disagreement',
      'unconfirmed',
      'unreadable'
    ] as const) {
      expect(nullable('string')(job[key])).toBe(true)
    }
    for (const key of ['beginTime', 'endTime'] as const) {
      if (job[key] !== null) expect(job[key]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/)
    }
    expect(nullable('number')(job.durationSeconds)).toBe(true)
    if (job.comparison !== null) expectComparisonShape(job.comparison)
    expectHistoryShape(job)
    expect(Array.isArray(job.files)).toBe(true)
    for (const file of job.files) {
      expect(Object.keys(file).sort()).toEqual([
        'cause',
        'failedLines',
        'kind',
        'log',
        'logNote',
        'logRead',
        'path',
        'rejectedLines',
        'status',
        'successfulLines',
        'totalLines'
      ])
      expect(['schema', 'edgeset', 'vertexset']).toContain(file.kind)
      expect(typeof file.path).toBe('string')
      expect(typeof file.status).toBe('string')
      for (const key of ['totalLines', 'successfulLines', 'failedLines'] as const)
        expect(nullable('number')(file[key])).toBe(true)
      for (const key of ['cause', 'log', 'logRead', 'logNote'] as const)
        expect(nullable('string')(file[key])).toBe(true)
      expect(file.rejectedLines === null || file.rejectedLines.every((l) => typeof l === 'string')).toBe(true)
      // Lines only from a log that was read.
      expect(file.rejectedLines === null || file.logRead === 'ok').toBe(true)
    }
  }
}

function expectNotFoundShape(n: NotFoundReport): void {
  expect(Object.keys(n).sort()).toEqual(['message', 'reason', 'searched', 'seenInstead'])
  expect(['appear-timeout', 'not-waiting', 'other-graph']).toContain(n.reason)
  expect(Object.keys(n.searched).sort()).toEqual([
    'appearTimeoutSeconds',
    'graphs',
    'jobIds',
    'jobName',
    'since',
    'until'
  ])
  expect(n.seenInstead.length).toBeLessThanOrEqual(5)
  for (const job of n.seenInstead) {
    expect(Object.keys(job).sort()).toEqual(['beginTime', 'graph', 'jobId', 'jobName', 'status'])
  }
}

function expectComparisonShape(c: Comparison): void {
  expect(Object.keys(c).sort()).toEqual(
    [
      'files',
      'lineDelta',
      'previousBeginTime',
      'previousJobId',
      'previousSuccessfulLines',
      'reason',
      'result',
      'successfulLines',
      'unchangedFiles'
    ].sort()
  )
  expect(['compared', 'no-previous', 'unavailable']).toContain(c.result)
  for (const key of ['reason', 'previousJobId', 'previousBeginTime'] as const)
    expect(nullable('string')(c[key])).toBe(true)
  for (const key of ['previousSuccessfulLines', 'successfulLines', 'lineDelta'] as const)
    expect(nullable('number')(c[key])).toBe(true)
  expect(Number.isSafeInteger(c.unchangedFiles)).toBe(true)
  for (const f of c.files) {
    expect(Object.keys(f).sort()).toEqual(
      ['change', 'kind', 'lineDelta', 'path', 'previousSuccessfulLines', 'successfulLines'].sort()
    )
    expect(['changed', 'new', 'vanished', 'unknown']).toContain(f.change)
  }
}

/** GES calls (list, status, graphs) the emulator received. */
export function gesRequests(emu: Emulator): RequestRecord[] {
  return emu.requests.filter((r) => r.endpoint === 'list' || r.endpoint === 'status' || r.endpoint === 'graphs')
}

export const byEndpoint = (emu: Emulator, endpoint: RequestRecord['endpoint']): RequestRecord[] =>
  emu.requests.filter((r) => r.endpoint === endpoint)

export const header = (record: RequestRecord, name: string): string | undefined => {
  const value = record.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once `check` holds (polled every 10 ms), or rejects after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(10)
  }
}

/** Time as the emulator renders it, without milliseconds (GES times have seconds only). */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Whether a run now is within 4 hours after midnight UTC. The job list is asked by start date (a
 * UTC date), and then the dates of the discovery ("since" less a day), of the trend's history and
 * of the comparison's windows can fall on one day: a listing already read is reused, so fewer
 * requests are made. Exact request counts hold at other hours; near midnight they are at most that.
 */
export const nearUtcMidnight = (now = Date.now()): boolean => new Date(now).getUTCHours() < 4

/** An exact request count, or at most that many near midnight UTC (nearUtcMidnight). */
export function expectRequestCount(actual: number, exact: number): void {
  if (nearUtcMidnight()) expect(actual).toBeLessThanOrEqual(exact)
  else expect(actual).toBe(exact)
}
