// The published report schema (docs/report.schema.json): a draft 2020-12 schema that compiles in
// strict mode, closed wherever the report is ours, and that refuses broken reports. The reports
// of real runs are validated by the e2e tests (e2e/support.ts and e2e/report-schema.test.ts).
import { describe, expect, it } from '@jest/globals'
import { reportOf } from '../../__fixtures__/evidence.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { compareImports } from '../../src/compare/compare-imports.js'
import { REPORT_SCHEMA_VERSION, type Report } from '../../src/report/report.js'
import { reportSchema, schemaErrors } from './validate-report.js'

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0)
const done = (id: string, files = [file()], beginTime = T0) =>
  job({ id, status: 'success', rawStatus: 'success', beginTime, endTime: beginTime + 60_000, files })

/** A judged report with a job, a file and a comparison: every nested object the schema describes. */
function fullReport(): Report {
  const current = done('now', [file({ successfulLines: 90, failedLines: 10, status: 'partFailed' })])
  const previous = done('prev', [file()], T0 - 86_400_000)
  return reportOf({
    end: 'finished',
    jobs: [current],
    comparisons: new Map([['now', compareImports(current, previous)]])
  })
}

type Json = Record<string, unknown>
const clone = (report: Report): Json => JSON.parse(JSON.stringify(report)) as Json

describe('docs/report.schema.json', () => {
  it('is a draft 2020-12 schema of the version the judge writes', () => {
    expect(reportSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const version = (reportSchema.properties as Json).schemaVersion as Json
    expect(version.const).toBe(REPORT_SCHEMA_VERSION)
    expect(fullReport().schemaVersion).toBe(REPORT_SCHEMA_VERSION)
  })

  it('accepts what the judge builds: success, partFailed with a comparison, not-found, timeout', () => {
    expect(schemaErrors(fullReport())).toEqual([])
    expect(schemaErrors(reportOf({ end: 'finished', jobs: [done('ok')] }))).toEqual([])
    expect(schemaErrors(reportOf({ end: 'timeout', jobs: [job({ id: 'run' })] }))).toEqual([])
    expect(schemaErrors(reportOf({ end: 'not-found', missing: ['graph movies'] }))).toEqual([])
  })

  it('closes every object of ours (additionalProperties: false) and requires each property it lists', () => {
    const open: string[] = []
    const visit = (node: unknown, where: string): void => {
      if (node === null || typeof node !== 'object') return
      const n = node as Json
      if (n.type === 'object' || (Array.isArray(n.type) && n.type.includes('object'))) {
        // `paths` maps the body's field names (they depend on api-version) to OBS paths.
        if (n.properties !== undefined && n.additionalProperties !== false) open.push(where)
        const optional = ['startedImport', 'truncated', 'filesOmitted', 'omitted']
        const props = Object.keys((n.properties as Json | undefined) ?? {})
        const required = (n.required as string[] | undefined) ?? []
        for (const p of props) if (!required.includes(p) && !optional.includes(p)) open.push(`${where}.${p} optional`)
      }
      for (const [key, value] of Object.entries(n)) visit(value, `${where}/${key}`)
    }
    visit(reportSchema, '#')
    expect(open).toEqual([])
  })

  const breakages: Array<[string, (r: Json) => void, string]> = [
    ['no schemaVersion', (r) => delete r.schemaVersion, "must have required property 'schemaVersion'"],
    ['another schemaVersion', (r) => (r.schemaVersion = 2), '/schemaVersion must be equal to constant'],
    ['a field the schema does not know', (r) => (r.verdict = 'ok'), 'must NOT have additional properties'],
    [
      'a status nobody documented',
      (r) => (r.status = 'succeeded'),
      '/status must be equal to one of the allowed values'
    ],
    ['a count as text', (r) => ((r.totals as Json).failedLines = '10'), '/totals/failedLines must be integer,null'],
    ['a negative count', (r) => ((r.totals as Json).totalLines = -1), '/totals/totalLines must be >= 0'],
    [
      'a file without its status',
      (r) => delete ((r.jobs as Json[])[0].files as Json[])[0].status,
      "/jobs/0/files/0 must have required property 'status'"
    ],
    [
      'a begin time that is not a date-time',
      (r) => ((r.jobs as Json[])[0].beginTime = 'Tue, 01 Dec 2026 10:00:00 GMT'),
      '/jobs/0/beginTime must match format "date-time"'
    ],
    [
      'a comparison result nobody documented',
      (r) => (((r.jobs as Json[])[0].comparison as Json).result = 'skipped'),
      '/jobs/0/comparison'
    ],
    ['passed as text', (r) => (r.passed = 'false'), '/passed must be boolean']
  ]

  it.each(breakages)('refuses a report with %s', (_name, breakIt, expected) => {
    const report = clone(fullReport())
    expect(schemaErrors(report)).toEqual([])
    breakIt(report)
    const errors = schemaErrors(report)
    expect(errors.join('\n')).toContain(expected)
  })
})
