export type ObjectFault = {
  fault: 'NoSuchKey' | 'AccessDenied' | 'PermanentRedirect' | 'Redirect' | 'hang'
  /** PermanentRedirect: the body's <Endpoint>; Redirect: the Location host */
  endpoint?: string
  /** Redirect: 302 or 307 (default) */
  status?: number
}
export interface ObsOptions {
  /** `bucket/key` → content, or a fault answered for it */
  objects?: Record<string, string | Buffer | ObjectFault>
  /** default: the demo AK/SK */
  aksk?: { ak: string; sk: string; securityToken?: string }
  /** answer 200 with the whole object whatever Range says, as some gateways do */
  ignoreRange?: boolean
  /** each answer is sent this much later (a far-away OBS) */
  delayMs?: number
  port?: number
  /** listen address: 127.0.0.1 (default) or ::1 */
  host?: string
}
export interface ObsRequest {
  method: string
  url: string
  headers: Record<string, string | string[] | undefined>
  /** null while unanswered (hang) */
  status: number | null
  /** body bytes sent */
  bytes: number
  at: number
}
export interface ObsEmulator {
  url: string
  requests: ObsRequest[]
  setObjects(objects: NonNullable<ObsOptions['objects']>): void
  close(): Promise<void>
}
export function startObsEmulator(options?: ObsOptions): Promise<ObsEmulator>
