import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { reportOf } from '../../__fixtures__/evidence.js'
import { job } from '../../__fixtures__/jobs.js'
import { writeReportFile } from '../../src/sinks/report-file.js'

const report = reportOf({ end: 'finished', jobs: [] })
const savedWorkspace = process.env.GITHUB_WORKSPACE
const savedCwd = process.cwd()
let dir: string

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'report-file-')))
})

afterEach(() => {
  process.chdir(savedCwd)
  if (savedWorkspace === undefined) delete process.env.GITHUB_WORKSPACE
  else process.env.GITHUB_WORKSPACE = savedWorkspace
})

describe('writeReportFile', () => {
  it('a relative path starts at the workspace; missing folders are made; the JSON reads back as the report', async () => {
    process.env.GITHUB_WORKSPACE = dir
    const path = await writeReportFile('out/ges/report.json', report)
    expect(path).toBe(join(dir, 'out/ges/report.json'))
    const text = readFileSync(path, 'utf8')
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)))
    // Indented, one line per field, ending with a newline: a reader (and a diff) can follow it.
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`)
  })

  it('is UTF-8: server text in any script reads back as it was', async () => {
    process.env.GITHUB_WORKSPACE = dir
    const named = reportOf({ end: 'finished', jobs: [job({ id: 'j1', graph: '电影图谱', status: 'success' })] })
    const path = await writeReportFile('report.json', named)
    expect(readFileSync(path).toString('utf8')).toContain('"graph": "电影图谱"')
  })

  it('an absolute path is kept', async () => {
    process.env.GITHUB_WORKSPACE = join(dir, 'elsewhere')
    const path = await writeReportFile(join(dir, 'report.json'), report)
    expect(path).toBe(join(dir, 'report.json'))
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ status: report.status })
  })

  it('outside a runner (no GITHUB_WORKSPACE) a relative path starts at the working directory', async () => {
    delete process.env.GITHUB_WORKSPACE
    process.chdir(dir)
    const path = await writeReportFile('report.json', report)
    expect(path).toBe(join(dir, 'report.json'))
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ status: report.status })
  })

  it('a path that cannot be written fails (publish turns it into a warning)', async () => {
    process.env.GITHUB_WORKSPACE = dir
    await writeReportFile('taken', report)
    await expect(writeReportFile('taken/report.json', report)).rejects.toThrow()
  })
})
