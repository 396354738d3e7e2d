// The official OBS SDK (esdk-obs-nodejs, a dev dependency: a test oracle, never bundled) signing a
// GetObject, captured by a loopback server: what the SDK sends is what OBS accepts.
import { createServer, Agent, type IncomingHttpHeaders } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'

export interface SdkRequest {
  url: string
  headers: IncomingHttpHeaders
}

interface ObsClientLike {
  getObject(params: Record<string, unknown>): Promise<{ CommonMsg: { Status: number } }>
  close(): void
}

const require = createRequire(import.meta.url)
const ObsClient = require('esdk-obs-nodejs') as new (options: Record<string, unknown>) => ObsClientLike

/**
 * Signs GetObject requests with the SDK (virtual-hosted, OBS signature) against a server on
 * 127.0.0.1: the agent resolves every host name to loopback, so nothing leaves the machine.
 */
export async function sdkGetObjects(
  credentials: { ak: string; sk: string; token?: string },
  objects: { bucket: string; key: string }[],
  /** The SDK's path_style: `/{bucket}/{key}` on the regional host (as for a bucket name with a dot). */
  pathStyle = false
): Promise<SdkRequest[]> {
  const seen: SdkRequest[] = []
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers })
    res.writeHead(206, { 'Content-Type': 'text/plain', 'Content-Range': 'bytes 0-1/2' })
    res.end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const agent = new Agent({
    lookup: (_host, options, callback) =>
      (options as { all?: boolean }).all
        ? (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [
            { address: '127.0.0.1', family: 4 }
          ])
        : (callback as (e: null, a: string, f: number) => void)(null, '127.0.0.1', 4)
  })
  const client = new ObsClient({
    access_key_id: credentials.ak,
    secret_access_key: credentials.sk,
    ...(credentials.token ? { security_token: credentials.token } : {}),
    server: `http://obs.cn-north-4.example.test:${port}`,
    signature: 'obs',
    path_style: pathStyle,
    is_signature_negotiation: false,
    max_retry_count: 0,
    http_agent: agent
  })
  // The SDK sets its signature context after an await in its constructor.
  await new Promise((resolve) => setTimeout(resolve, 20))
  try {
    for (const { bucket, key } of objects) {
      await client.getObject({ Bucket: bucket, Key: key, Range: 'bytes=0-65535' })
    }
  } finally {
    client.close()
    agent.destroy()
    await new Promise((resolve) => server.close(resolve))
  }
  return seen
}
