import { describe, expect, it } from '@jest/globals'
import { ApiError } from '../../src/http/api-error.js'
import { hintForApiError } from '../../src/http/error-hints.js'

const hint = (kind: ApiError['kind'], details: ApiError['details'], own?: string): string | undefined =>
  hintForApiError(new ApiError(kind, 'x', details, own))

describe('hintForApiError (docs/ges-api.md, errors)', () => {
  it.each(['APIG.0307', 'APIGW.0307'])('%s: the token expired, get a new one', (code) => {
    expect(hint('auth', { status: 401, code })).toMatch(/token expired.*get a new one.*"token"/)
  })

  it.each(['APIG.0301', 'APIGW.0301'])('%s: names both the AK/SK pair and the runner clock', (code) => {
    const text = hint('auth', { status: 401, code })
    expect(text).toContain('access-key/secret-key pair')
    expect(text).toContain('runner clock')
  })

  it.each(['GES.0016', 'GES.0001'])('%s (how a wrong project id is answered): check project-id', (code) => {
    expect(hint('permanent', { status: 400, code })).toContain('check "project-id"')
  })

  it('a 403 points at GES permissions, unless the failing call knows better', () => {
    expect(hint('permanent', { status: 403 })).toMatch(/GES policy/)
    const own = 'set "project-id" or grant iam:projects:list'
    expect(hint('permanent', { status: 403 }, own)).toBe(own)
  })

  it('a code wins over the status it came with', () => {
    expect(hint('permanent', { status: 404, code: 'GES.0016' })).toContain('project-id')
    expect(hint('auth', { status: 400, code: 'APIG.0307' })).toMatch(/token expired/)
  })

  it('says nothing it does not know', () => {
    expect(hint('permanent', { status: 400, code: 'GES.9999' })).toBeUndefined()
  })
})
