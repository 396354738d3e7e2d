// The secret scan every e2e run goes through must itself find leaks, in every form a secret
// takes once written out; otherwise all the e2e tests would pass vacuously on that point.
import { describe, expect, it } from '@jest/globals'
import { findLeaks } from './support.js'

const SECRET = 'sk/Se"cret+Key=42%!'
const clean = { stdout: '', stderr: '', summary: '', outputs: {} as Record<string, string> }

describe('the secret scan', () => {
  it('ignores ::add-mask:: lines, where secrets are registered', () => {
    expect(findLeaks({ ...clean, stdout: `::add-mask::${SECRET}\nall good\n` }, [SECRET])).toEqual([])
  })

  it.each([
    ['stdout, raw', { stdout: `debug: key ${SECRET}` }],
    ['stdout, in an annotation with command escapes', { stdout: `::error::bad%0Akey ${SECRET.replace(/%/g, '%25')}` }],
    ['stderr', { stderr: `Error: ${SECRET}` }],
    ['the summary, HTML-escaped', { summary: `| ${SECRET.replace('"', '&quot;').replace('!', '&#33;')} |` }],
    ['the summary, markdown-escaped', { summary: `| ${SECRET.replace(/[%!+]/g, '\\$&')} |` }],
    ['an output, JSON-escaped', { outputs: { report: JSON.stringify({ cause: SECRET }) } }],
    ['an output, URL-encoded', { outputs: { url: `https://x/?k=${encodeURIComponent(SECRET)}` } }]
  ])('finds a secret in %s', (_, where) => {
    const leaks = findLeaks({ ...clean, ...where }, [SECRET, 'another-secret'])
    expect(leaks).toHaveLength(1)
    expect(leaks[0]).toContain(SECRET)
  })
})
