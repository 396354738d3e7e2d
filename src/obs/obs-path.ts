/** Where an import log lives on OBS. Pure. */
import { isWellFormed } from '../shared/text.js'

export interface ObsObject {
  bucket: string
  key: string
}

/** OBS bucket names: 3–63 lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/

/**
 * A file result's `log` as GES writes it: `obs://bucket/key` or `bucket/key` (docs/ges-api.md#import-logs-on-obs, the
 * job-center example). Undefined for anything else (a directory, an empty key, a URL of another
 * scheme, control characters, `.` or `..` segments): such a value is reported, never requested.
 */
export function parseObsPath(text: string): ObsObject | undefined {
  const path = text.trim().replace(/^obs:\/\//i, '')
  const slash = path.indexOf('/')
  if (slash < 0) return undefined
  const bucket = path.slice(0, slash)
  const key = path.slice(slash + 1)
  if (!BUCKET.test(bucket) || bucket.includes('..') || key === '' || key.endsWith('/') || CONTROL.test(key))
    return undefined
  if (Buffer.byteLength(key, 'utf8') > 1024) return undefined
  // A lone surrogate (JSON can carry one) has no UTF-8 form: no request path can name it.
  if (!isWellFormed(key)) return undefined
  // URL parsing resolves `.` and `..` segments: the request would leave the object (and bucket) signed.
  if (key.split('/').some((segment) => segment === '.' || segment === '..')) return undefined
  return { bucket, key }
}
