import { describe, expect, it } from '@jest/globals'
import { inputError, settingsOf, TOKEN_AUTH } from '../settings/support.js'

describe('the trend input', () => {
  it('is 10 by default, and takes 0 (off) to 50', () => {
    expect(settingsOf(TOKEN_AUTH).trend).toBe(10)
    expect(settingsOf({ ...TOKEN_AUTH, trend: '0' }).trend).toBe(0)
    expect(settingsOf({ ...TOKEN_AUTH, trend: '50' }).trend).toBe(50)
  })
  it.each(['-1', '51', '2.5', 'ten', '1e1', '0x10'])('refuses trend %j, naming the range', (value) => {
    expect(inputError('trend', { ...TOKEN_AUTH, trend: value })).toContain('must be a whole number from 0 (off) to 50')
  })
})
