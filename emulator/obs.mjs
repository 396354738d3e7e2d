// A stand-in for OBS object reads (docs/ges-api.md#import-logs-on-obs): GET with OBS's own V2 signature, Range reads,
// and the errors a real bucket gives. Its own server and port, 127.0.0.1 only.
import { createHmac } from 'node:crypto'
import { createServer } from 'node:http'

/**
 * @typedef {{ fault: 'NoSuchKey' | 'AccessDenied' | 'PermanentRedirect' | 'Redirect' | 'hang', endpoint?: string,
 *   status?: number }} ObjectFault
 * @typedef {{ objects?: Record<string, string | Buffer | ObjectFault>, aksk?: { ak: string, sk: string,
 *   securityToken?: string }, ignoreRange?: boolean, delayMs?: number, port?: number, host?: string }} ObsOptions
 * `objects` maps `bucket/key` to its content, or to a fault answered for it.
 */

const xmlError = (status, code, message, extra = '') => ({
  status,
  headers: { 'Content-Type': 'application/xml' },
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>0000018C5B1D2E7A</RequestId></Error>`
})

/** The same encoding as the official SDK (and the action): every character but `/`, and `!*'()`. */
const encodeKey = (key) =>
  [...key]
    .map((c) => (c === '/' ? c : encodeURIComponent(c)))
    .join('')
    .replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** Recomputes the OBS signature from what arrived: `OBS ak:base64(hmac-sha1(sk, StringToSign))`. */
function checkSignature(req, bucket, key, aksk) {
  const auth = req.headers.authorization ?? ''
  const m = /^OBS ([^:]+):(.+)$/.exec(auth)
  if (!m) return xmlError(403, 'AccessDenied', 'Anonymous access is forbidden for this operation.')
  if (m[1] !== aksk.ak) return xmlError(403, 'InvalidAccessKeyId', 'The access key does not exist.')
  const date = req.headers.date ?? ''
  const at = Date.parse(date)
  if (Number.isNaN(at) || Math.abs(Date.now() - at) > 15 * 60_000)
    return xmlError(
      403,
      'RequestTimeTooSkewed',
      'The difference between the request time and the server time is too large.'
    )
  if (aksk.securityToken && req.headers['x-obs-security-token'] !== aksk.securityToken)
    return xmlError(403, 'InvalidSecurityToken', 'The security token is missing or invalid.')
  const obsHeaders = Object.entries(req.headers)
    .filter(([name]) => name.startsWith('x-obs-'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}:${value}\n`)
    .join('')
  const md5 = req.headers['content-md5'] ?? ''
  const type = req.headers['content-type'] ?? ''
  const toSign = `${req.method}\n${md5}\n${type}\n${date}\n${obsHeaders}/${bucket}/${encodeKey(key)}`
  const expected = createHmac('sha1', aksk.sk).update(toSign, 'utf8').digest('base64')
  return expected === m[2]
    ? null
    : xmlError(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.'
      )
}

/** Virtual-hosted (`bucket.host`) or path style (`/bucket/key`), as the request came. */
function locate(req, serverHost) {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '')
  const path = decodeURIComponent((req.url ?? '/').split('?')[0])
  if (host.endsWith(`.${serverHost}`)) return { bucket: host.slice(0, -serverHost.length - 1), key: path.slice(1) }
  const [, bucket = '', ...rest] = path.split('/')
  return { bucket, key: rest.join('/') }
}

/** @param {ObsOptions} options */
export async function startObsEmulator(options = {}) {
  const aksk = options.aksk ?? { ak: 'AKEXAMPLE0123456789', sk: 'SKEXAMPLE/secret+key=' }
  let objects = { ...options.objects }
  const requests = []
  const sockets = new Set()
  const server = createServer((req, res) => {
    const record = { method: req.method, url: req.url, headers: req.headers, status: null, bytes: 0, at: Date.now() }
    requests.push(record)
    const send = ({ status, headers = {}, body = '' }) =>
      // delayMs: a far-away OBS (the benchmark's round trips).
      setTimeout(() => {
        record.status = status
        record.bytes = Buffer.byteLength(body)
        res.writeHead(status, headers)
        res.end(body)
      }, options.delayMs ?? 0)
    const { bucket, key } = locate(req, `127.0.0.1`)
    if (req.method !== 'GET') return send(xmlError(405, 'MethodNotAllowed', 'The specified method is not allowed.'))
    const denied = checkSignature(req, bucket, key, aksk)
    if (denied) return send(denied)
    const object = objects[`${bucket}/${key}`]
    if (object === undefined) return send(xmlError(404, 'NoSuchKey', 'The specified key does not exist.'))
    if (!Buffer.isBuffer(object) && typeof object === 'object') {
      if (object.fault === 'hang') return // never answers
      if (object.fault === 'AccessDenied') return send(xmlError(403, 'AccessDenied', 'Access Denied'))
      if (object.fault === 'PermanentRedirect')
        return send(
          xmlError(
            301,
            'PermanentRedirect',
            'The bucket is in another region.',
            `<Endpoint>${object.endpoint ?? 'obs.ap-southeast-1.myhuaweicloud.com'}</Endpoint>`
          )
        )
      if (object.fault === 'Redirect')
        // A temporary redirect (302/307) to wherever `endpoint` says: never followed with credentials.
        return send({
          status: object.status ?? 307,
          headers: { Location: `https://${object.endpoint ?? 'elsewhere.example'}${req.url}` },
          body: ''
        })
      return send(xmlError(404, 'NoSuchKey', 'The specified key does not exist.'))
    }
    const content = Buffer.isBuffer(object) ? object : Buffer.from(object, 'utf8')
    const range = options.ignoreRange ? null : /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '')
    if (!range) return send({ status: 200, headers: { 'Content-Type': 'text/plain' }, body: content })
    const from = Number(range[1])
    const to = Math.min(content.length - 1, range[2] ? Number(range[2]) : content.length - 1)
    if (from >= content.length) return send(xmlError(416, 'InvalidRange', 'The requested range cannot be satisfied.'))
    send({
      status: 206,
      headers: { 'Content-Type': 'text/plain', 'Content-Range': `bytes ${from}-${to}/${content.length}` },
      body: content.subarray(from, to + 1)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  // host: '::1' for an IPv6 obs-endpoint (`http://[::1]:port`).
  const host = options.host ?? '127.0.0.1'
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, resolve)
  })
  const { port } = server.address()
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    requests,
    setObjects: (next) => (objects = { ...next }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
