import { describe, expect, it } from '@jest/globals'
import { isWritten, noteWritten } from '../../src/sinks/written.js'

describe('which sinks are out', () => {
  it('none at first; each one once noted, the other left as it is', () => {
    expect(isWritten('status')).toBe(false)
    expect(isWritten('summary')).toBe(false)
    noteWritten('status')
    expect(isWritten('status')).toBe(true)
    expect(isWritten('summary')).toBe(false)
    noteWritten('summary')
    expect(isWritten('summary')).toBe(true)
    expect(isWritten('status')).toBe(true)
  })
})
