import { describe, expect, it } from '@jest/globals'
import {
  areSynonyms,
  isDocumentedSpelling,
  jobStatus,
  lookAlikeStatus,
  MAX_STATUS_CHARS,
  quoteStatus,
  unreadableStatus
} from '../../src/ges/job-status.js'
import { normalizeJob } from '../../src/ges/normalize.js'

describe('jobStatus', () => {
  it.each([
    ['success', 'success'],
    ['running', 'running'],
    ['RUNNING', 'running'],
    ['pending', 'pending'],
    ['waiting', 'pending'],
    ['failed', 'failed'],
    ['Failed', 'failed'],
    ['FAILED', 'failed'],
    ['partiallyFailed', 'partFailed'],
    ['partFailed', 'partFailed'],
    // Read through ASCII case and ASCII spacing; whether such a spelling counts is the waiter's call.
    ['Success', 'success'],
    ['SUCCESS', 'success'],
    [' success ', 'success'],
    ['success\n', 'success'],
    ['\t\r\fsuccess\v', 'success'],
    ['succeeded', 'unknown'],
    ['cancelled', 'unknown'],
    ['', 'unknown'],
    // Spacing that is not ASCII is not trimmed (String.prototype.trim would make these `success`).
    ['\u00a0success', 'unknown'],
    ['success\u3000', 'unknown'],
    ['\ufeffsuccess', 'unknown'],
    ['success\u2028', 'unknown'],
    // Look-alikes are not the status they look like.
    ['succ\u200bess', 'unknown'],
    ['su\u0441cess', 'unknown'], // Cyrillic es
    ['succ\u0000ess', 'unknown'],
    ['ｓｕｃｃｅｓｓ', 'unknown'],
    // Only ASCII letters fold: the Kelvin sign lowercases to k, the Turkish İ to i + a mark.
    ['\u212a', 'unknown'],
    ['SUCCESS'.replace('S', '\u017f'), 'unknown']
  ])('%j → %s', (raw, expected) => {
    expect(jobStatus(raw)).toBe(expected)
  })

  it(`reads no status longer than ${MAX_STATUS_CHARS} characters, whatever it holds`, () => {
    const padded = `${' '.repeat(MAX_STATUS_CHARS)}success`
    expect(jobStatus(padded)).toBe('unknown')
    expect(jobStatus(`success${' '.repeat(MAX_STATUS_CHARS - 7)}`)).toBe('success')
    expect(unreadableStatus(padded)).toBe(
      `its status is ${MAX_STATUS_CHARS + 7} characters long, longer than any GES status (at most ${MAX_STATUS_CHARS} are read)`
    )
    expect(unreadableStatus('x'.repeat(MAX_STATUS_CHARS))).toBeUndefined()
  })
})

describe('documented spellings', () => {
  it.each([
    ['success', true],
    ['partiallyFailed', true],
    ['partFailed', true],
    ['waiting', true],
    ['Success', false],
    [' success ', false],
    ['FAILED', false],
    ['partiallyfailed', false],
    ['', false]
  ])('%j is spelled as documented: %s', (raw, expected) => {
    expect(isDocumentedSpelling(raw)).toBe(expected)
  })

  it('two documented spellings of one status are synonyms; an undocumented one never is', () => {
    expect(areSynonyms('partiallyFailed', 'partFailed')).toBe(true)
    expect(areSynonyms('pending', 'waiting')).toBe(true)
    expect(areSynonyms('success', 'failed')).toBe(false)
    expect(areSynonyms('success', 'Success')).toBe(false)
    expect(areSynonyms('PartFailed', 'partFailed')).toBe(false)
    expect(areSynonyms('', '')).toBe(false)
  })
})

describe('lookAlikeStatus', () => {
  it.each([
    ['succ\u200bess', 'success'],
    ['success\u200d', 'success'],
    ['su\u0441cess', 'success'], // Cyrillic es
    ['\u0455uccess', 'success'], // Cyrillic dze
    ['f\u0430iled', 'failed'], // Cyrillic a
    ['F\u0391ILED', 'failed'], // Greek Alpha
    ['succ\u0000ess', 'success'],
    ['success\u0000', 'success'],
    ['\u00a0success', 'success'],
    ['success\u3000', 'success'],
    ['\ufeffsuccess', 'success'],
    ['ｓｕｃｃｅｓｓ', 'success'],
    ['succe\u0301ss', 'success'],
    ['part\u00adFailed', 'partFailed'],
    ['runn\u0456ng', 'running']
  ])('%j looks like %s', (raw, expected) => {
    expect(lookAlikeStatus(raw)).toBe(expected)
  })

  it.each([
    'success',
    'Success',
    ' failed ',
    'succeeded',
    'cancelled',
    '',
    'x'.repeat(100),
    `${'\u200b'.repeat(60)}success`
  ])('%j looks like no other status', (raw) => {
    expect(lookAlikeStatus(raw)).toBeUndefined()
  })
})

describe('quoteStatus', () => {
  it('shows what cannot be seen, and leaves a plain status as it is', () => {
    expect(quoteStatus('success')).toBe('"success"')
    expect(quoteStatus('Success')).toBe('"Success"')
    expect(quoteStatus('succ\u200bess')).toBe('"succ\\u200bess"')
    expect(quoteStatus('su\u0441cess')).toBe('"su\\u0441cess"')
    expect(quoteStatus('succ\u0000ess')).toBe('"succ\\u0000ess"')
    expect(quoteStatus('\u00a0success\n')).toBe('"\\u00a0success\\n"')
    expect(quoteStatus('a"b\\c')).toBe('"a\\"b\\\\c"')
    expect(quoteStatus('\u{1f600}')).toBe('"\\ud83d\\ude00"')
  })
})

describe('a status too long to be one, in a job', () => {
  it('is unknown, cut in the model, with the reason', () => {
    const job = normalizeJob({ jobId: 'a', status: `success${'x'.repeat(5000)}` }, 'GES test')
    expect(job.status).toBe('unknown')
    expect(job.rawStatus).toBe(`success${'x'.repeat(MAX_STATUS_CHARS - 7)}...`)
    expect(job.statusUnreadable).toBe(
      `its status is 5007 characters long, longer than any GES status (at most ${MAX_STATUS_CHARS} are read)`
    )
    expect(normalizeJob({ jobId: 'a', status: 'success' }, 'GES test')).not.toHaveProperty('statusUnreadable')
  })
})
