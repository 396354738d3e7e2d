import { describe, expect, it } from '@jest/globals'
import { type Settings, NOW, HOUR, TOKEN_AUTH, settingsOf, inputError } from './support.js'

describe('job selection', () => {
  it('splits job ids on commas and newlines, trims, drops blanks and duplicates, keeps order', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'job-id': ' b2 , a1\n\nc3,\r\na1,b2 ' }).jobIds).toEqual(['b2', 'a1', 'c3'])
  })

  it('splits graph names the same way; a name may contain spaces', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'graph-name': 'movies,social\nmovies\n my graph ' }).graphNames).toEqual([
      'movies',
      'social',
      'my graph'
    ])
  })

  it.each(['a b', 'ff80;rm', '-x', '../etc', 'id?x=1'])('refuses the job id %j', (id) => {
    expect(inputError('job-id', { ...TOKEN_AUTH, 'job-id': `ok1,${id}` })).toContain(`"${id}"`)
  })

  it('job-name * means any job; another name is kept as given', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'job-name': '*' }).jobName).toBeUndefined()
    expect(settingsOf({ ...TOKEN_AUTH, 'job-name': 'DeleteGraph' }).jobName).toBe('DeleteGraph')
  })

  it.each([
    ['all', 'all'],
    ['ALL', 'all'],
    ['Latest', 'latest']
  ])('select %j → %s', (value, select) => {
    expect(settingsOf({ ...TOKEN_AUTH, select: value }).select).toBe(select)
  })

  it('refuses another select', () => {
    expect(inputError('select', { ...TOKEN_AUTH, select: 'newest' })).toContain('latest, all')
  })
})

describe('since / until', () => {
  const at = (since: string, until = ''): Settings => settingsOf({ ...TOKEN_AUTH, since, until })

  it.each([
    ['2026-11-28T09:30:00Z', Date.UTC(2026, 10, 28, 9, 30)],
    ['2026-11-28T09:30:00', Date.UTC(2026, 10, 28, 9, 30)],
    ['2026-11-28 09:30:00', Date.UTC(2026, 10, 28, 9, 30)],
    ['2026-11-28T09:30:00+08:00', Date.UTC(2026, 10, 28, 1, 30)],
    ['2026-11-28T09:30:00-02:00', Date.UTC(2026, 10, 28, 11, 30)],
    ['2026-11-28', Date.UTC(2026, 10, 28)],
    ['30m', NOW - 30 * 60_000],
    ['2h', NOW - 2 * HOUR],
    ['1d', NOW - 24 * HOUR],
    ['1h30m', NOW - 1.5 * HOUR]
  ])('since %j', (text, expected) => {
    expect(at(text).since).toBe(expected)
  })

  it('until in the same formats', () => {
    expect(at('2d', '1d').until).toBe(NOW - 24 * HOUR)
    expect(at('', '2026-11-28T18:00:00Z').until).toBe(Date.UTC(2026, 10, 28, 18))
  })

  it.each(['yesterday', '2026-02-31', '2026-11-28T25:00:00', '90', '28.11.2026', '-2h'])('refuses since %j', (text) => {
    expect(inputError('since', { ...TOKEN_AUTH, since: text })).toContain(`"${text}"`)
  })

  it('refuses until before since', () => {
    expect(
      inputError('until', { ...TOKEN_AUTH, since: '2026-11-28T10:00:00Z', until: '2026-11-28T09:59:59Z' })
    ).toContain('before "since"')
    inputError('until', { ...TOKEN_AUTH, since: '1h', until: '2h' })
  })

  it('accepts until equal to since', () => {
    const s = at('2026-11-28T10:00:00Z', '2026-11-28T10:00:00Z')
    expect(s.until).toBe(s.since)
  })
})

describe('durations', () => {
  it.each<[string, keyof Settings, string, number]>([
    ['timeout', 'timeoutMs', '2h', 2 * HOUR],
    ['timeout', 'timeoutMs', '1h30m', 1.5 * HOUR],
    ['timeout', 'timeoutMs', '30min', 0.5 * HOUR],
    ['timeout', 'timeoutMs', '2 hours', 2 * HOUR],
    ['timeout', 'timeoutMs', '35d', 35 * 24 * HOUR],
    ['poll-interval', 'pollIntervalMs', '500ms', 500],
    ['poll-interval', 'pollIntervalMs', '10s', 10_000],
    ['max-poll-interval', 'maxPollIntervalMs', '5m', 300_000],
    ['request-timeout', 'requestTimeoutMs', '1m', 60_000]
  ])('%s %j', (input, key, text, ms) => {
    expect(settingsOf({ ...TOKEN_AUTH, [input]: text })[key]).toBe(ms)
  })

  it.each(['timeout', 'poll-interval', 'max-poll-interval', 'request-timeout'])(
    '%s: refuses text that is not a duration, and zero',
    (input) => {
      expect(inputError(input, { ...TOKEN_AUTH, [input]: 'soon' })).toContain('"soon"')
      expect(inputError(input, { ...TOKEN_AUTH, [input]: '0s' })).toContain('longer than zero')
    }
  )

  it.each(['timeout', 'appear-timeout', 'poll-interval', 'max-poll-interval', 'request-timeout'])(
    '%s: a bare number is refused with both readings',
    (input) => {
      expect(inputError(input, { ...TOKEN_AUTH, [input]: '30' })).toContain('("30") has no unit: 30s or 30m?')
      expect(inputError(input, { ...TOKEN_AUTH, [input]: '1h30' })).toContain(
        '("1h30") ends in a number without a unit, "30": write its unit, e.g. "1h30m"'
      )
    }
  )

  it('refuses an unknown unit with the list of spellings', () => {
    const message = inputError('timeout', { ...TOKEN_AUTH, timeout: '2 weeks' })
    expect(message).toContain('unknown unit "weeks"')
    expect(message).toContain('m (min, mins, minute, minutes)')
  })

  it.each(['timeout', 'request-timeout', 'max-poll-interval'])(
    '%s: longer than a workflow can run (35 days) is refused naming the limit',
    (input) => {
      const inputs = { ...TOKEN_AUTH, timeout: '35d', 'max-poll-interval': '35d', [input]: '35d1ms' }
      expect(inputError(input, inputs)).toContain('longer than a workflow can run (at most 35d')
      expect(inputError(input, { ...TOKEN_AUTH, [input]: '99999h' })).toContain('at most 35d')
    }
  )

  it('refuses a max-poll-interval shorter than poll-interval', () => {
    expect(
      inputError('max-poll-interval', { ...TOKEN_AUTH, 'poll-interval': '2m', 'max-poll-interval': '30s' })
    ).toContain('"poll-interval" (2m)')
    inputError('max-poll-interval', { ...TOKEN_AUTH, 'max-poll-interval': '1s' })
  })

  it('accepts max-poll-interval equal to poll-interval', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'poll-interval': '30s', 'max-poll-interval': '30s' }).maxPollIntervalMs).toBe(
      30_000
    )
  })
})

describe('fail-on, max-failed-lines and booleans', () => {
  it.each([
    ['failed,partFailed', ['failed', 'partFailed']],
    ['failed', ['failed']],
    ['partFailed', ['partFailed']],
    ['partiallyFailed', ['partFailed']],
    ['FAILED, PARTFAILED', ['failed', 'partFailed']],
    ['failed\npartFailed', ['failed', 'partFailed']],
    ['failed partFailed', ['failed', 'partFailed']],
    ['failed,failed', ['failed']],
    ['none', []],
    ['NONE', []],
    ['', ['failed', 'partFailed', 'unknown']],
    ['failed,unknown', ['failed', 'unknown']],
    ['Unknown', ['unknown']]
  ])('fail-on %j', (text, failOn) => {
    expect(settingsOf({ ...TOKEN_AUTH, 'fail-on': text }).failOn).toEqual(failOn)
  })

  it.each(['none,failed', 'failure', 'success', 'all'])('refuses fail-on %j', (text) => {
    inputError('fail-on', { ...TOKEN_AUTH, 'fail-on': text })
  })

  it.each([
    ['0', 0],
    ['1000', 1000],
    ['', undefined]
  ])('max-failed-lines %j', (text, count) => {
    expect(settingsOf({ ...TOKEN_AUTH, 'max-failed-lines': text }).maxFailedLines).toBe(count)
  })

  it.each(['-1', '1.5', 'abc', '1e3', '99999999999999999999'])('refuses max-failed-lines %j', (text) => {
    inputError('max-failed-lines', { ...TOKEN_AUTH, 'max-failed-lines': text })
  })

  it.each([
    ['wait-for-job', 'waitForJob'],
    ['summary', 'summary']
  ] as const)('%s reads true/false in any case and refuses anything else', (input, key) => {
    expect(settingsOf({ ...TOKEN_AUTH, [input]: 'false' })[key]).toBe(false)
    expect(settingsOf({ ...TOKEN_AUTH, [input]: 'FALSE' })[key]).toBe(false)
    expect(settingsOf({ ...TOKEN_AUTH, [input]: 'True' })[key]).toBe(true)
    expect(settingsOf({ ...TOKEN_AUTH, [input]: '' })[key]).toBe(true)
    for (const bad of ['yes', '1', 'no']) inputError(input, { ...TOKEN_AUTH, [input]: bad })
  })

  it('report-file', () => {
    expect(settingsOf({ ...TOKEN_AUTH, 'report-file': 'out/ges.json' }).reportFile).toBe('out/ges.json')
  })
})
