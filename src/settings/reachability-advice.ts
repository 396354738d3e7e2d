import { gesEndpointFor, iamEndpointFor, unknownRegionNote } from './endpoints.js'
import type { Settings } from './settings.js'

/**
 * What to check when a host never answered, naming the inputs it came from:
 * `check "region" or "endpoint" (region "cn-nort-4" is not a known GES region; did you mean "cn-north-4"?)`.
 */
export function unreachableAdvice(settings: Settings): (host: string) => string {
  const hostOf = (url: string): string => new URL(url).host
  const { region } = settings
  const note = region ? unknownRegionNote(region) : undefined
  const fromRegion = (url: string, derived: string | undefined): boolean => derived !== undefined && url === derived
  return (host) => {
    const isIam = host === hostOf(settings.iamEndpoint) && host !== hostOf(settings.endpoint)
    const [url, input, derived] = isIam
      ? [settings.iamEndpoint, 'iam-endpoint', iamEndpointFor(region)]
      : [settings.endpoint, 'endpoint', region ? gesEndpointFor(region) : undefined]
    const advice = fromRegion(url, derived) ? `check "region" or "${input}"` : `check "${input}"`
    return note && fromRegion(url, derived) ? `${advice} (${note})` : advice
  }
}
