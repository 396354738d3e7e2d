import type { EmulatorOptions, JobDetail, JobSpec } from './server.mjs'

type Builder<Extra = object> = (overrides?: EmulatorOptions, extra?: { runMs?: number } & Extra) => EmulatorOptions

export const DEMO_CREDENTIALS: {
  tokens: string[]
  aksk: { ak: string; sk: string }
  iam: { users: Array<{ name: string; password: string; domain: string }> }
}
export const DEMO_JOB_ID: string
export function movieImportDetail(o?: { userFile?: object }): JobDetail
export const demo: Builder
export const partFailed: Builder<{ jobStatus?: string }>
export const failed: Builder
export const DEMO_LINES: Record<string, number>
export function earlierImport(o: {
  id: string
  hoursAgo: number
  lines: Record<string, number | null>
  status?: string
  graph?: string
  name?: string
  /** How long it ran (default 1). */
  minutes?: number
}): JobSpec
export function trendHistory(o?: { count?: number; graph?: string; version?: string }): JobSpec[]
export const lineDrop: Builder
export const flaky: (overrides?: EmulatorOptions) => EmulatorOptions
export const bigCenter: (overrides?: EmulatorOptions) => EmulatorOptions
export const late: (overrides?: EmulatorOptions) => EmulatorOptions
export const scenarios: Record<
  'demo' | 'partFailed' | 'failed' | 'flaky' | 'bigCenter' | 'late' | 'lineDrop',
  (overrides?: EmulatorOptions) => EmulatorOptions
>
/** Import logs for the OBS emulator, by `bucket/key` (the partFailed and failed scenarios' logs). */
export const DEMO_LOGS: Record<string, string>
