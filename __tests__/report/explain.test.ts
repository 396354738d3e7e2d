import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import { ApiError } from '../../src/http/api-error.js'
import { observed, reportOf } from '../../__fixtures__/evidence.js'
import { ANNOTATION_MAX_CHARS, failureMessage, hintFor } from '../../src/report/explain.js'
import type { Report, ReportStatus } from '../../src/report/report.js'

function reportWith(status: ReportStatus, passed = false): Pick<Report, 'passed' | 'status' | 'jobs' | 'notFound'> {
  return { status, passed, jobs: [], notFound: null }
}

describe('failureMessage', () => {
  it('thousands of failed jobs with long ids: within the 4,096 characters the runner keeps, saying how many it left out', () => {
    const jobs = Array.from({ length: 3000 }, (_, i) =>
      job({ id: `${i}-${'漢@x'.repeat(130)}`, status: 'failed', rawStatus: 'failed', failReason: 'r'.repeat(300) })
    )
    const message = failureMessage(reportOf({ end: 'finished', jobs }))
    expect(message.length).toBeLessThanOrEqual(ANNOTATION_MAX_CHARS)
    const lines = message.split('\n')
    expect(lines[0]).toBe('GES job wait: the import failed')
    const shown = lines.filter((line) => line.startsWith('ImportGraph ')).length
    expect(shown).toBeGreaterThan(0)
    expect(lines.at(-1)).toBe(`and ${3000 - shown} more jobs: see the step summary or the report`)
    expect(failureMessage(reportOf({ end: 'finished', jobs: jobs.slice(0, 2) }))).not.toContain('more job')
  })

  it('names the reason, the job, its graph, status, fail reason, the bad files and their causes', () => {
    const report = reportOf({
      end: 'finished',
      jobs: [
        job({
          id: 'ff01',
          status: 'failed',
          rawStatus: 'failed',
          failReason: 'import aborted',
          files: [
            file({ kind: 'schema', path: 'm/schema.xml' }),
            file({ path: 'm/edges.csv', status: 'failed', failedLines: 12, cause: 'column count mismatch' }),
            file({ kind: 'vertexset', path: 'm/v.csv', status: 'partFailed', failedLines: null, cause: null })
          ]
        })
      ]
    })
    const message = failureMessage(report)
    expect(message).toBe(
      [
        'GES job wait: the import failed',
        'ImportGraph ff01 (graph movies): failed — import aborted; edgeset m/edges.csv: failed, 12 failed lines — column count mismatch; vertexset m/v.csv: partFailed'
      ].join('\n')
    )
    expect(message).not.toContain('schema.xml')
  })

  it('the annotation holds no invisible character from the cloud (shared/invisible.ts)', () => {
    const report = reportOf({
      end: 'finished',
      jobs: [
        job({
          id: 'ff02',
          status: 'failed',
          rawStatus: 'failed',
          failReason: 'import\u0085aborted\u2060\ufeff',
          files: [file({ path: 'm/e\u202e.csv', status: 'failed', cause: 'bad\u061c row' })]
        })
      ]
    })
    const lines = failureMessage(report).split('\n')
    expect(lines.some((line) => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(line))).toBe(false)
    expect(lines[1]).toContain('import aborted; edgeset m/e.csv: failed, 0 failed lines — bad row')
  })

  it('leaves out jobs that went well', () => {
    const report = reportOf({
      end: 'finished',
      jobs: [
        job({ id: 'good', status: 'success', files: [file()] }),
        job({ id: 'bad', status: 'partFailed', files: [file({ status: 'partFailed', failedLines: 3 })] })
      ]
    })
    const message = failureMessage(report)
    expect(message).toContain('bad')
    expect(message).not.toContain('good')
  })

  it('names a job that is still running at a timeout', () => {
    const message = failureMessage(reportOf({ end: 'timeout', jobs: [job({ id: 'slow', status: 'running' })] }))
    expect(message).toBe(
      'GES job wait: the wait timed out before the job finished\nImportGraph slow (graph movies): running'
    )
  })

  it('joins several reasons and names at most five files', () => {
    const files = Array.from({ length: 8 }, (_, i) => file({ path: `f${i}.csv`, status: 'failed', failedLines: 1 }))
    const message = failureMessage(
      reportOf({ end: 'finished', jobs: [job({ id: 'j', status: 'failed', files })] }, { maxFailedLines: 0 })
    )
    expect(message.split('\n')[0]).toBe(
      'GES job wait: the import failed; 8 lines failed, more than max-failed-lines (0)'
    )
    expect(message).toContain('f4.csv')
    expect(message).not.toContain('f5.csv')
    expect(message).toContain('and 3 more')
  })

  it('flattens and clips long causes', () => {
    const cause = `first line\nsecond line ${'x'.repeat(1000)}`
    const message = failureMessage(
      reportOf({
        end: 'finished',
        jobs: [job({ id: 'j', status: 'failed', files: [file({ status: 'failed', cause })] })]
      })
    )
    expect(message).toContain('first line second line')
    expect(message.split('\n')).toHaveLength(2)
    expect(message.length).toBeLessThan(400)
  })

  it('says "job" for a job without a name and no graph', () => {
    const message = failureMessage(
      reportOf({ end: 'finished', jobs: [job({ id: 'n', name: null, graph: null, status: 'failed' })] })
    )
    expect(message).toContain('\njob n: failed')
  })
})

describe('hintFor', () => {
  it('is undefined when the step passes', () => {
    expect(hintFor(reportWith('timeout', true), 60_000)).toBeUndefined()
  })

  it.each([
    ['401', new ApiError('auth', 'x', { status: 401 }), /Authentication failed.*lock the key/],
    ['APIG.0301', new ApiError('auth', 'x', { code: 'APIG.0301' }), /Authentication failed/],
    ['APIGW.0301', new ApiError('permanent', 'x', { code: 'APIGW.0301' }), /Authentication failed/],
    [
      'APIG.0301 (clock skew too)',
      new ApiError('auth', 'x', { status: 401, code: 'APIG.0301' }),
      /secret-key.*runner clock/
    ],
    ['APIG.0307', new ApiError('auth', 'x', { status: 401, code: 'APIG.0307' }), /token expired.*get a new one/],
    ['GES.0016', new ApiError('permanent', 'x', { status: 400, code: 'GES.0016' }), /check "project-id"/],
    ['403', new ApiError('permanent', 'x', { status: 403 }), /permission.*GES/],
    ['404', new ApiError('permanent', 'x', { status: 404 }), /project-id.*api-version/],
    ['GES.7000', new ApiError('permanent', 'x', { status: 400, code: 'GES.7000' }), /graph-name/]
  ])('an error that stopped the wait: %s', (_label, error, hint) => {
    expect(hintFor(reportWith('error'), 60_000, error)).toMatch(hint)
  })

  it('has no hint for another permanent error', () => {
    expect(
      hintFor(reportWith('error'), 60_000, new ApiError('permanent', 'x', { status: 400, code: 'GES.9999' }))
    ).toBeUndefined()
  })

  it.each([
    ['failed', /log location.*fix the data and import again\.$/],
    ['partFailed', /To let partially failed imports pass, set fail-on: failed,unknown\./],
    ['timeout', /within 1h30m.*raise "timeout"/],
    ['not-found', /graph-name.*job-name.*job-id.*since.*until.*wait-for-job: true/],
    ['cancelled', /cancelled.*goes on in GES/]
  ] as const)('report status %s', (status, hint) => {
    expect(hintFor(reportWith(status), 5_400_000)).toMatch(hint)
  })

  it('a failed import is not told how to let partial failures pass', () => {
    expect(hintFor(reportWith('failed'), 60_000)).not.toContain('partially')
  })

  it('a retried (transient) error does not hide the timeout hint', () => {
    expect(hintFor(reportWith('timeout'), 60_000, new ApiError('transient', 'x', { status: 502 }))).toMatch(/within 1m/)
  })

  it('has no hint when a successful import fails only on max-failed-lines', () => {
    expect(hintFor(reportWith('success'), 60_000)).toBeUndefined()
  })

  it('says what to check when answers disagree or file results were not reported', () => {
    const disagreeing = reportOf({ end: 'timeout', jobs: [observed(job({ id: 'a' }), { disagreement: 'x' })] })
    expect(hintFor(disagreeing, 60_000)).toMatch(/answers that disagree/)
    const unreported = reportOf({ end: 'finished', jobs: [job({ id: 'a', status: 'success', files: null })] })
    expect(hintFor(unreported, 60_000)).toMatch(/did not report the file results.*fail-on/)
  })

  it('a success said once and never confirmed: what happened, and that fail-on is no way out', () => {
    const once = reportOf(
      {
        end: 'timeout',
        jobs: [
          observed(job({ id: 'a', status: 'success', rawStatus: 'success', files: [file()] }), {
            answers: { statusEndpoint: 'success', jobList: 'running' },
            unconfirmed: 'GES said job a is "success" only once'
          })
        ]
      },
      { failOn: ['failed'] }
    )
    expect(once.status).toBe('unknown')
    const hint = hintFor(once, 60_000)
    expect(hint).toContain("GES said a succeeded in one answer only, the status endpoint's")
    expect(hint).toContain('fail-on cannot change that')
    expect(hint).toContain('a longer "timeout"')
    expect(hint).not.toMatch(/did not report the file results|leave "unknown" out/)
  })

  it('a success in an undocumented spelling from one endpoint only: the spelling, visibly, and the console', () => {
    const spelled = reportOf({
      end: 'finished',
      jobs: [
        observed(job({ id: 'a', status: 'success', rawStatus: 'Success', files: [file()] }), {
          answers: { statusEndpoint: null, jobList: 'Success' },
          // As the waiter observes it (src/waiter/tracked-job.ts decides what is unconfirmed).
          unconfirmed:
            'job a reports status "Success", not the documented "success", and no second GES endpoint gave the same answer'
        })
      ]
    })
    expect(spelled.status).toBe('unknown')
    const hint = hintFor(spelled, 60_000)
    expect(hint).toContain('GES gave the final status of a as "Success", a spelling it does not document')
    expect(hint).toContain('fail-on cannot change that')
    expect(hint).not.toContain('timeout')
  })
})
