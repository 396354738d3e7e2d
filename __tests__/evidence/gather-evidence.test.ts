import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { observed } from '../../__fixtures__/evidence.js'
import { file, job } from '../../__fixtures__/jobs.js'
import { fakeRunContext } from '../../__fixtures__/run-context.js'
import type { Comparison } from '../../src/compare/compare-imports.js'
import type { JobSource } from '../../src/ges/job-source.js'
import type { LogRead } from '../../src/obs/log-targets.js'
import type { Settings } from '../../src/settings/settings.js'
import type { Waited } from '../../src/waiter/wait-stage.js'

const compareWithPrevious = jest.fn<() => Promise<Map<string, Comparison>>>()
const readImportLogs =
  jest.fn<(s: unknown, jobs: unknown, context: { deadline: number }) => Promise<Map<string, LogRead>>>()
const { unavailable } = await import('../../src/compare/compare-imports.js')
jest.unstable_mockModule('../../src/compare/previous-import.js', () => ({ compareWithPrevious, unavailable }))
jest.unstable_mockModule('../../src/obs/import-logs.js', () => ({ readImportLogs }))
const { gatherEvidence } = await import('../../src/evidence/gather-evidence.js')

const settings = { importLogLines: 5 } as unknown as Settings
const source = {} as JobSource
const imported = job({ id: 'j1', graph: 'movies', status: 'success', rawStatus: 'success', files: [file()] })
const waited = (end: Waited['outcome']['end'] = 'finished'): Waited => ({
  outcome: { end, jobs: [observed(imported)], missing: [], skipped: [], polls: 3, elapsedMs: 7000 },
  listings: () => []
})

beforeEach(() => {
  compareWithPrevious.mockReset().mockResolvedValue(new Map())
  readImportLogs.mockReset().mockResolvedValue(new Map())
})

describe('gatherEvidence', () => {
  it("is the wait's outcome with the comparisons, log reads and the start's report and time", async () => {
    const comparisons = new Map([['j1', unavailable(imported, 'x')]])
    const logReads = new Map<string, LogRead>([['k', { ok: false, reason: 'not read' }]])
    compareWithPrevious.mockResolvedValue(comparisons)
    readImportLogs.mockResolvedValue(logReads)
    const context = fakeRunContext()
    const startedImport = { result: 'started' } as never
    const evidence = await gatherEvidence(settings, waited(), { startedImport, elapsedMs: 500 }, source, context)
    expect(evidence.comparisons).toBe(comparisons)
    expect(evidence.logReads).toBe(logReads)
    expect(evidence.startedImport).toBe(startedImport)
    expect(evidence.elapsedMs).toBe(7500)
    expect(readImportLogs.mock.calls[0][2].deadline).toBe(context.deadline.at)
  })

  it('compares only after a wait that finished', async () => {
    const evidence = await gatherEvidence(settings, waited('timeout'), { elapsedMs: 0 }, source, fakeRunContext())
    expect(compareWithPrevious).not.toHaveBeenCalled()
    expect(evidence.comparisons).toEqual(new Map())
  })

  it('a comparison that throws degrades with a warning: each import unavailable, never absent', async () => {
    compareWithPrevious.mockRejectedValue(new TypeError('boom'))
    const context = fakeRunContext()
    const evidence = await gatherEvidence(settings, waited(), { elapsedMs: 0 }, source, context)
    expect(evidence.end).toBe('finished')
    expect(evidence.comparisons?.get('j1')?.result).toBe('unavailable')
    expect(evidence.comparisons?.get('j1')?.reason).toBe('the comparison with the previous import failed: boom')
    expect(context.log.lines).toContainEqual({ level: 'warning', message: expect.stringContaining('boom') })
  })

  it('import logs that throw degrade with a warning, the rest kept', async () => {
    readImportLogs.mockRejectedValue(new Error('obs down'))
    const context = fakeRunContext()
    const evidence = await gatherEvidence(settings, waited(), { elapsedMs: 0 }, source, context)
    expect(evidence.logReads).toEqual(new Map())
    expect(evidence.jobs).toHaveLength(1)
    expect(context.log.lines).toContainEqual({ level: 'warning', message: expect.stringContaining('obs down') })
  })

  it('reads no log after a cancellation', async () => {
    const context = fakeRunContext()
    context.cancel.abort()
    await gatherEvidence(settings, waited('cancelled'), { elapsedMs: 0 }, source, context)
    expect(readImportLogs).not.toHaveBeenCalled()
  })
})
