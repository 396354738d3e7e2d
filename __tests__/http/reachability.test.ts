import { describe, expect, it } from '@jest/globals'
import { Reachability, unreachableCause } from '../../src/http/reachability.js'
import { NetworkError } from '../../src/http/transport.js'

const GES = 'https://ges.cn-nort-4.myhuaweicloud.com/v1.0/p/graphs/jobs'
const IAM = 'https://iam.cn-nort-4.myhuaweicloud.com/v3/projects'
const dns = new NetworkError('getaddrinfo ENOTFOUND ges.cn-nort-4.myhuaweicloud.com', 'ENOTFOUND')

function clocked(): { reach: Reachability; tick: (ms: number) => void } {
  let now = 0
  const reach = new Reachability(
    (host) => `check "region" or "${host.startsWith('iam.') ? 'iam-endpoint' : 'endpoint'}"`,
    () => now
  )
  return { reach, tick: (ms) => void (now += ms) }
}

describe('unreachableCause', () => {
  it.each([
    ['ENOTFOUND', 'no such host'],
    ['EAI_AGAIN', 'DNS lookup failed'],
    ['ECONNREFUSED', 'connection refused'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'its TLS certificate is for another host name'],
    ['CERT_HAS_EXPIRED', 'TLS certificate or handshake rejected: CERT_HAS_EXPIRED'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'TLS certificate or handshake rejected: UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS certificate or handshake rejected: DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'TLS certificate or handshake rejected: SELF_SIGNED_CERT_IN_CHAIN'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'TLS certificate or handshake rejected: ERR_SSL_WRONG_VERSION_NUMBER']
  ])('%s: %s', (code, cause) => {
    expect(unreachableCause(code)).toBe(cause)
  })

  it('EPROTO from the TLS layer (https:// to a plain HTTP port) is a TLS failure; another EPROTO is not', () => {
    expect(unreachableCause('EPROTO', 'write EPROTO …:SSL routines:ssl3_get_record:wrong version number')).toBe(
      'TLS handshake failed: is it an https:// endpoint?'
    )
    expect(unreachableCause('EPROTO', 'write EPROTO')).toBeUndefined()
  })

  it.each(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', undefined])('%s is not "unreachable": an outage', (code) => {
    expect(unreachableCause(code)).toBeUndefined()
  })
})

describe('Reachability', () => {
  it('gives up on the third try of a host that never answered', () => {
    const { reach, tick } = clocked()
    expect(reach.networkError(GES, dns, 'Listing').kind).toBe('transient')
    tick(5000)
    expect(reach.networkError(GES, dns, 'Listing').kind).toBe('transient')
    tick(5000)
    const error = reach.networkError(GES, dns, 'Listing')
    expect(error.kind).toBe('permanent')
    expect(error.message).toBe(
      'cannot reach ges.cn-nort-4.myhuaweicloud.com (no such host): check "region" or "endpoint"'
    )
    expect(error.details.code).toBe('ENOTFOUND')
    expect(error.hint).toContain('ges.cn-nort-4.myhuaweicloud.com')
  })

  it('or 30 s after the first failure, whichever comes first', () => {
    const { reach, tick } = clocked()
    expect(reach.networkError(GES, dns, 'Listing').kind).toBe('transient')
    tick(29_999)
    expect(reach.networkError(GES, dns, 'Listing').kind).toBe('transient')
    tick(1)
    expect(reach.networkError(GES, dns, 'Listing').kind).toBe('permanent')
  })

  it('failures of one poll (parallel requests, within 250 ms) count as one try', () => {
    const { reach, tick } = clocked()
    for (let i = 0; i < 5; i += 1) expect(reach.networkError(GES, dns, 'Listing').kind).toBe('transient')
    tick(1000)
    expect(reach.networkError(GES, dns, 'Listing').kind).toBe('transient')
    tick(1000)
    expect(reach.networkError(GES, dns, 'Listing').kind).toBe('permanent')
  })

  it('a host that answered once is retried whatever the error, for as long as it takes', () => {
    const { reach, tick } = clocked()
    reach.answered(GES)
    for (let i = 0; i < 10; i += 1) {
      tick(60_000)
      expect(reach.networkError(GES, dns, 'Listing').kind).toBe('transient')
    }
  })

  it('tracks hosts separately: GES answering says nothing about IAM', () => {
    const { reach, tick } = clocked()
    reach.answered(GES)
    const refused = new NetworkError('connect ECONNREFUSED', 'ECONNREFUSED')
    reach.networkError(IAM, refused, 'Finding the project')
    tick(1000)
    reach.networkError(IAM, refused, 'Finding the project')
    tick(1000)
    const error = reach.networkError(IAM, refused, 'Finding the project')
    expect(error.kind).toBe('permanent')
    expect(error.message).toBe(
      'cannot reach iam.cn-nort-4.myhuaweicloud.com (connection refused): check "region" or "iam-endpoint"'
    )
  })

  it('resets and timeouts stay transient even before the first answer', () => {
    const { reach, tick } = clocked()
    for (let i = 0; i < 5; i += 1) {
      tick(10_000)
      expect(reach.networkError(GES, new NetworkError('socket hang up', 'ECONNRESET'), 'Listing').kind).toBe(
        'transient'
      )
    }
  })
})
