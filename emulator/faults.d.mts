import type { Endpoint } from './server.mjs'

export type FaultAction =
  | { status: number; headers?: Record<string, string>; body?: string | object }
  | { reset: true }
  | { hang: true }
  /** status and headers sent, part of the body, then nothing */
  | { hangBody: true }
  /** the normal answer computed without the request's `offset` (page 1 every time) */
  | { ignoreOffset: true }
  /** without `then`: the normal answer, late */
  | { delayMs: number; then?: FaultAction }
  | { redirect: string; status?: number }
  /** performed after the request was processed as normal (an import started): only the answer is lost */
  | ({ process: true } & (
      { reset: true } | { status: number; headers?: Record<string, string>; body?: string | object }
    ))

export interface Fault {
  match?: {
    endpoint?: Exclude<Endpoint, 'other'> | 'any'
    path?: RegExp
    afterMs?: number
    /** 1-based index among the requests this fault's other criteria match */
    nth?: number
  }
  /** default 1; Infinity allowed */
  times?: number
  action: FaultAction
}

export class FaultBook {
  constructor(faults?: Fault[])
  add(fault: Fault): void
  take(req: { endpoint: string; path: string; at: number }): FaultAction | null
}
export function apigError(status: number, code: string, message: string, headers?: Record<string, string>): FaultAction
export const actions: {
  throttled(retryAfterSeconds?: number): FaultAction
  resetAfterProcessing(): FaultAction
  badGatewayAfterProcessing(): FaultAction
  badGateway(): FaultAction
  engineBusy(): FaultAction
  reset(): FaultAction
  hang(): FaultAction
  hangBody(): FaultAction
  slow(ms: number): FaultAction
  ignoreOffset(): FaultAction
  internalError(status?: number): FaultAction
  tokenMustBeUpdated(): FaultAction
  projectsForbidden(): FaultAction
}
