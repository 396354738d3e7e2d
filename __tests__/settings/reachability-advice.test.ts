import { describe, expect, it } from '@jest/globals'
import { editDistance } from '../../src/shared/closest-names.js'
import { suggestRegion, unknownRegionNote } from '../../src/settings/endpoints.js'
import { unreachableAdvice } from '../../src/settings/reachability-advice.js'
import type { Settings } from '../../src/settings/settings.js'

const settings = (over: Partial<Settings>): Settings =>
  ({
    endpoint: 'https://ges.cn-north-4.myhuaweicloud.com',
    iamEndpoint: 'https://iam.cn-north-4.myhuaweicloud.com',
    region: 'cn-north-4',
    ...over
  }) as Settings

describe('suggestRegion', () => {
  it.each([
    ['cn-nort-4', 'cn-north-4'],
    ['cn-north4', 'cn-north-4'],
    ['ap-southeast-2', 'ap-southeast-1'],
    ['eu-west-01', 'eu-west-101']
  ])('%s → %s', (typo, known) => {
    expect(suggestRegion(typo)).toBe(known)
  })

  it('suggests nothing for a known region or a name far from all of them', () => {
    expect(suggestRegion('cn-north-4')).toBeUndefined()
    expect(suggestRegion('la-south-2')).toBeUndefined()
  })

  it('edit distance counts insertions, deletions and substitutions', () => {
    expect(editDistance('cn-nort-4', 'cn-north-4')).toBe(1)
    expect(editDistance('abc', 'abd')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it('the note names the region and the suggestion', () => {
    expect(unknownRegionNote('cn-nort-4')).toBe(
      'region "cn-nort-4" is not a known GES region; did you mean "cn-north-4"?'
    )
    expect(unknownRegionNote('cn-north-4')).toBeUndefined()
  })
})

describe('unreachableAdvice', () => {
  it('a host derived from the region: check region or endpoint, with a did-you-mean for a typo', () => {
    const advice = unreachableAdvice(
      settings({
        region: 'cn-nort-4',
        endpoint: 'https://ges.cn-nort-4.myhuaweicloud.com',
        iamEndpoint: 'https://iam.cn-nort-4.myhuaweicloud.com'
      })
    )
    expect(advice('ges.cn-nort-4.myhuaweicloud.com')).toBe(
      'check "region" or "endpoint" (region "cn-nort-4" is not a known GES region; did you mean "cn-north-4"?)'
    )
    expect(advice('iam.cn-nort-4.myhuaweicloud.com')).toMatch(/^check "region" or "iam-endpoint" \(region "cn-nort-4"/)
  })

  it('an endpoint set by hand: check that input only', () => {
    const advice = unreachableAdvice(
      settings({ endpoint: 'http://127.0.0.1:9', iamEndpoint: 'https://iam.example.invalid' })
    )
    expect(advice('127.0.0.1:9')).toBe('check "endpoint"')
    expect(advice('iam.example.invalid')).toBe('check "iam-endpoint"')
  })
})
