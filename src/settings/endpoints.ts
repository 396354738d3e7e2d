import { editDistance } from '../shared/closest-names.js'
import { InputError } from './input-error.js'

/** Regions the Huawei SDKs list for GES (docs/ges-api.md#endpoints-and-regions); others still work, with a warning. */
export const KNOWN_GES_REGIONS = [
  'eu-west-101',
  'cn-north-1',
  'cn-north-2',
  'cn-north-4',
  'cn-east-3',
  'cn-south-1',
  'ap-southeast-1',
  'ap-southeast-3',
  'ru-moscow-1'
]

/** eu-west-101 is served from the European domain; every other region from the main one. */
function domainOf(region: string): string {
  return region === 'eu-west-101' ? 'myhuaweicloud.eu' : 'myhuaweicloud.com'
}

export function gesEndpointFor(region: string): string {
  return `https://ges.${region}.${domainOf(region)}`
}

export function iamEndpointFor(region: string | undefined): string {
  return region ? `https://iam.${region}.${domainOf(region)}` : 'https://iam.myhuaweicloud.com'
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

/**
 * Validates a base URL given as an input: https, or http only on loopback (credentials must not
 * cross a network in clear text), no user info, query or fragment. Returns it without a trailing `/`.
 */
export function parseBaseUrl(
  input: string,
  value: string,
  example = 'https://ges.cn-north-4.myhuaweicloud.com'
): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(input, `is not a URL ("${value}")`, example)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(input, `must use https:// (got "${url.protocol}")`, example)
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new InputError(
      input,
      `uses plain http:// to "${url.hostname}": credentials would travel unencrypted; use https:// (http is allowed only for loopback hosts such as 127.0.0.1)`,
      example
    )
  }
  if (url.username || url.password) {
    throw new InputError(input, 'must not contain a user name or password', example)
  }
  if (url.search || url.hash) {
    throw new InputError(input, 'must not contain a query string or fragment', example)
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/**
 * The GES base URL. A path is kept as a prefix (a gateway or proxy that serves GES under
 * `/ges`), except one that holds an API version: the client adds `/v1.0/{project_id}/…` (or
 * `/v2/…`) itself, so `…/v1.0` would become `…/v1.0/v1.0/…` and fail with a bare 404.
 */
export function parseGesEndpoint(value: string): string {
  const base = parseBaseUrl('endpoint', value)
  const url = new URL(base)
  const segments = url.pathname.split('/')
  const at = segments.findIndex((segment) => /^v\d+(?:\.\d+)?$/i.test(segment))
  if (at < 0) return base
  const fixed = `${url.origin}${segments.slice(0, at).join('/')}`
  throw new InputError(
    'endpoint',
    `("${value}") holds the API version "/${segments[at]}" in its path: the action adds /v1.0/{project_id}/… (or /v2/…, as api-version says) itself; give the base URL without it, "${fixed}"`,
    `"${fixed}"`
  )
}

/** The known region closest to a mistyped one (`cn-nort-4` → `cn-north-4`), if one is close. */
export function suggestRegion(region: string): string | undefined {
  if (KNOWN_GES_REGIONS.includes(region)) return undefined
  let best: { region: string; distance: number } | undefined
  for (const known of KNOWN_GES_REGIONS) {
    const distance = editDistance(region, known)
    if (!best || distance < best.distance) best = { region: known, distance }
  }
  // More than a few edits apart is another region name, not a typo of this one.
  return best && best.distance <= Math.max(2, Math.floor(region.length / 4)) ? best.region : undefined
}

/** `region "cn-nort-4" is not a known GES region; did you mean "cn-north-4"?`, or undefined for a known one. */
export function unknownRegionNote(region: string): string | undefined {
  if (KNOWN_GES_REGIONS.includes(region)) return undefined
  const suggestion = suggestRegion(region)
  return `region "${region}" is not a known GES region${suggestion ? `; did you mean "${suggestion}"?` : ''}`
}
