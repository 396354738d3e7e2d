import type { Transport } from '../http/transport.js'
import { NetworkError } from '../http/transport.js'
import type { Clock } from '../shared/clock.js'
import { timeLeft } from '../shared/deadline.js'
import { parseObsPath, type ObsObject } from './obs-path.js'
import { encodeObsKey, signObsGet, type ObsCredentials } from './obs-signer.js'
import { firstLines } from './rejected-lines.js'
import type { LogRead, LogTarget } from './log-targets.js'

/** Only the start of a log is read: enough for the first lines, never the whole object. */
export const LOG_RANGE_BYTES = 65_536
/** Logs read at once. */
const PARALLEL = 4

export interface LogReaderOptions {
  credentials: ObsCredentials
  /** OBS base URL for private clouds (`obs-endpoint`); else derived from `region`. */
  endpoint?: string
  region?: string
  transport: Transport
  lines: number
  /** No request starts after this, and none lasts past it (epoch ms). */
  deadline: number
  /** Why a file is not read once `deadline` has passed: the timeout, or the 20 s budget after the wait. */
  outOfTime: string
  requestTimeoutMs: number
  clock: Clock
}

/**
 * Reads the start of each target's log from OBS, a few at a time, and returns what each read
 * gave, by target id. Never throws for OBS's answers: each failure is one reason for its file.
 * Redirects are reported, never followed (they would carry the signature to another host).
 */
export async function readLogs(targets: LogTarget[], options: LogReaderOptions): Promise<Map<string, LogRead>> {
  const results = new Map<string, LogRead>()
  const queue = [...targets]
  const worker = async (): Promise<void> => {
    for (let target = queue.shift(); target; target = queue.shift()) {
      results.set(target.id, await readOne(target.log, options))
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, targets.length) }, worker))
  return results
}

async function readOne(log: string, options: LogReaderOptions): Promise<LogRead> {
  const object = parseObsPath(log)
  if (!object) return { ok: false, reason: 'not an OBS object path (bucket/key), so not read' }
  const url = objectUrl(object, options)
  if (!url) return { ok: false, reason: 'not read: set region or obs-endpoint to say where OBS is' }
  const timeoutMs = Math.min(options.requestTimeoutMs, timeLeft(options.deadline, options.clock.now()))
  if (timeoutMs <= 0) return { ok: false, reason: options.outOfTime }
  try {
    const response = await options.transport.send({
      method: 'GET',
      url,
      headers: {
        ...signObsGet(object.bucket, object.key, options.credentials, new Date(options.clock.now())),
        Range: `bytes=0-${LOG_RANGE_BYTES - 1}`
      },
      timeoutMs,
      maxBodyBytes: LOG_RANGE_BYTES
    })
    if (response.status === 200 || response.status === 206) {
      const raw = response.raw ?? Buffer.from(response.body, 'utf8')
      const extent = bodyExtent(response.status, response.headers, raw.length, response.truncated === true)
      if (typeof extent === 'string') return { ok: false, reason: extent }
      const { lines, invalidUtf8 } = firstLines(raw, options.lines, extent.partial)
      return {
        ok: true,
        lines,
        ...(invalidUtf8 ? { note: 'the log is not valid UTF-8: bytes that are not are shown as �' } : {})
      }
    }
    return { ok: false, reason: refusal(response.status, response.body) }
  } catch (error) {
    // Cancelled, or no answer: the report is still written, with the reason.
    if (error instanceof NetworkError)
      return { ok: false, reason: `not read: OBS gave no complete answer (${error.message})` }
    return { ok: false, reason: `not read: ${error instanceof Error ? error.message || error.name : String(error)}` }
  }
}

/**
 * Virtual-hosted `{bucket}.obs.{region}.myhuaweicloud.com` by default; with `obs-endpoint`, path
 * style for an IP address or localhost (no bucket subdomain can resolve there), else
 * virtual-hosted on its host. A bucket name with a dot is path style everywhere: as a subdomain it
 * would be two labels, which the `*.obs.{region}` wildcard certificate does not cover. The signed
 * resource is `/{bucket}/{key}` either way (OBS V2 signs the bucket, not the host).
 */
export function objectUrl(
  object: ObsObject,
  options: Pick<LogReaderOptions, 'endpoint' | 'region'>
): string | undefined {
  const key = encodeObsKey(object.key)
  if (options.endpoint) {
    const base = new URL(options.endpoint)
    const path = base.pathname.replace(/\/+$/, '')
    if (isIpOrLocal(base.hostname) || object.bucket.includes('.'))
      return `${base.origin}${path}/${object.bucket}/${key}`
    return `${base.protocol}//${object.bucket}.${base.host}${path}/${key}`
  }
  if (!options.region) return undefined
  const domain = options.region === 'eu-west-101' ? 'myhuaweicloud.eu' : 'myhuaweicloud.com'
  if (object.bucket.includes('.')) return `https://obs.${options.region}.${domain}/${object.bucket}/${key}`
  return `https://${object.bucket}.obs.${options.region}.${domain}/${key}`
}

function isIpOrLocal(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host.includes(':') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)
}

/**
 * Whether the bytes read are the whole log (`partial: false`) or its start, whose last line may
 * be cut; or why they are not its start at all. The object's size comes from the 206's
 * `Content-Range: bytes 0-65535/10485760` (RFC 9110 §14.4; `*` = unknown; the unit is case-insensitive) or a 200's
 * Content-Length. Without either, exactly LOG_RANGE_BYTES could be all of it or the start of
 * more: it is taken as partial (the last line is dropped), never as complete.
 */
export function bodyExtent(
  status: number,
  headers: Record<string, string | undefined>,
  received: number,
  truncated: boolean
): { partial: boolean } | string {
  const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/i.exec(headers['content-range']?.trim() ?? '')
  if (status === 206 && range) {
    const [from, to] = [Number(range[1]), Number(range[2])]
    if (from !== 0 || to < from)
      return `not read: OBS answered another part of the log (Content-Range bytes ${from}-${to})`
    const announced = Math.min(to + 1, LOG_RANGE_BYTES)
    if (received < announced)
      return `not read: OBS's answer ended after ${received} of the ${announced} bytes its Content-Range announced`
    const total = range[3] === '*' ? undefined : Number(range[3])
    // A total that disagrees with the bytes (smaller too) is not taken as proof of the whole log.
    return { partial: truncated || total !== received }
  }
  const length = status === 200 ? Number(headers['content-length'] ?? NaN) : NaN
  if (Number.isSafeInteger(length)) return { partial: truncated || length > received }
  return { partial: truncated || received >= LOG_RANGE_BYTES }
}

/** One line for OBS's refusal, from its XML error (`<Code>`, `<Endpoint>`); server text kept to safe characters. */
function refusal(status: number, body: string): string {
  const code = xmlField(body, 'Code', /^[A-Za-z]{1,64}$/)
  const named = code ? ` ${code}` : ''
  switch (status) {
    case 404:
      return `not read: the log object does not exist (404${named})`
    case 403:
      return `not read: OBS refused the read (403${named}); the credentials need obs:object:GetObject on the log's prefix`
    case 301: {
      // PermanentRedirect names the bucket's endpoint; only a Huawei Cloud OBS host is repeated.
      const endpoint = obsEndpointOf(xmlField(body, 'Endpoint', /^[A-Za-z0-9.-]{1,253}$/))
      return endpoint
        ? `not read: the bucket is in another region (301${named}, endpoint ${endpoint}, region ${endpoint.split('.')[1]}); set obs-endpoint to https://${endpoint} (redirects are not followed with credentials)`
        : `not read: the bucket is in another region (301${named}); set obs-endpoint to its region's OBS endpoint (redirects are not followed with credentials)`
    }
    default:
      return status >= 300 && status < 400
        ? `not read: OBS answered a redirect (HTTP ${status}${named}); redirect not followed (the request carries credentials)`
        : `not read: OBS answered HTTP ${status}${named}`
  }
}

/**
 * `obs.{region}.myhuaweicloud.com` (or `.eu`), also from the virtual-hosted
 * `{bucket}.obs.{region}…` form; undefined for any other host (the body's text is the server's).
 */
export function obsEndpointOf(host: string | undefined): string | undefined {
  const m = /(?:^|\.)(obs\.[a-z]{2,}(?:-[a-z0-9]+)+\.myhuaweicloud\.(?:com|eu))$/.exec(host?.toLowerCase() ?? '')
  return m?.[1]
}

function xmlField(body: string, name: string, shape: RegExp): string | undefined {
  const value = new RegExp(`<${name}>([^<]*)</${name}>`).exec(body.slice(0, 4096))?.[1]?.trim()
  return value && shape.test(value) ? value : undefined
}
