import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import { isFinished, type Job } from '../../src/ges/model.js'
import {
  answerOf,
  disagreement,
  expectJob,
  isSettled,
  mayHaveFinished,
  observe,
  recordAnswer,
  trackJob,
  type AnswerSource
} from '../../src/waiter/tracked-job.js'

const done = (overrides: Partial<Job> = {}): Job =>
  job({ id: 'j', status: 'success', rawStatus: 'success', files: [file()], ...overrides })

/** A job found running in poll 1, then the given answers, each `[source, poll, job]`. */
function after(...answers: [AnswerSource, number, Job][]) {
  const tracked = trackJob(answerOf('job list', 1, job({ id: 'j' })), job({ id: 'j' }))
  for (const [source, poll, fresh] of answers) recordAnswer(tracked, answerOf(source, poll, fresh), fresh)
  return tracked
}

describe('isSettled and disagreement', () => {
  it('settles a finish reported by the status endpoint only once a listing of that poll or later confirms it', () => {
    expect(isSettled(after(['status endpoint', 2, done()]))).toBe(false)
    expect(isSettled(after(['status endpoint', 2, done()], ['job list', 2, done()]))).toBe(true)
    expect(isSettled(after(['status endpoint', 3, done()], ['job list', 2, done()]))).toBe(false)
  })

  it('settles a finish read from the list alone only on a second list answer of a later poll', () => {
    expect(isSettled(after(['job list', 2, done()]))).toBe(false)
    expect(isSettled(after(['job list', 2, done()], ['job list', 2, done()]))).toBe(false)
    expect(isSettled(after(['job list', 2, done()], ['job list', 3, done()]))).toBe(true)
  })

  it('does not take a second list answer with other line counts as confirmation: the next one must agree', () => {
    const fewer = done({ files: [file({ totalLines: 100, successfulLines: 40, failedLines: 0 })] })
    const tracked = after(['job list', 2, done()], ['job list', 3, fewer])
    expect(isSettled(tracked)).toBe(false)
    recordAnswer(tracked, answerOf('job list', 4, fewer), fewer)
    expect(isSettled(tracked)).toBe(true)
    expect(tracked.job.files?.[0]?.successfulLines).toBe(40)
  })

  it('does not settle on an unreadable entry, whatever it says', () => {
    const tracked = after(['job list', 2, done({ unreadable: 'jobDetail is a list', files: null })])
    expect(isSettled(tracked)).toBe(false)
    expect(tracked.finishedAnswers.size).toBe(0)
  })

  it('names both endpoints when they disagree in the same poll', () => {
    const tracked = after(['status endpoint', 2, done()], ['job list', 2, job({ id: 'j', rawStatus: 'running' })])
    expect(disagreement(tracked)).toBe(
      'GES answers about job j disagree: the status endpoint says "success", the job list says "running"'
    )
    expect(isSettled(tracked)).toBe(false)
    expect(observe(tracked)).toMatchObject({ answers: { statusEndpoint: 'success', jobList: 'running' } })
  })

  it('does not compare answers of different polls (a list read earlier is no contradiction)', () => {
    const tracked = after(['job list', 2, job({ id: 'j', rawStatus: 'running' })], ['status endpoint', 3, done()])
    expect(disagreement(tracked)).toBeUndefined()
  })

  it('two final statuses in one run never agree, even when the latest answers do: settled, as a conflict', () => {
    const failed = done({ status: 'failed', rawStatus: 'failed' })
    const tracked = after(['job list', 2, failed], ['status endpoint', 3, done()], ['job list', 3, done()])
    expect(disagreement(tracked)).toMatch(/more than one final status/)
    expect(isSettled(tracked)).toBe(true)
  })

  it('disagrees on a file the two endpoints report with different statuses', () => {
    const part = done({ files: [file({ status: 'partFailed', rawStatus: 'partFailed' })] })
    const tracked = after(['status endpoint', 2, part], ['job list', 2, done()])
    expect(disagreement(tracked)).toMatch(
      /reports edgeset file "movies\/edges.csv" as partFailed, the job list as success/
    )
  })

  it('keeps what an endpoint leaves out (name, graph, details) when merging', () => {
    const tracked = after(['status endpoint', 2, done({ name: null, graph: null, files: null })])
    expect(tracked.job).toMatchObject({ name: 'ImportGraph', graph: 'movies', status: 'success' })
  })
})

const ID = 'j1'
const running = (files: Job['files'] = null): Job => job({ id: ID, status: 'running', rawStatus: 'running', files })
const finished = (status: 'success' | 'failed', files: Job['files'] = null): Job =>
  job({ id: ID, status, rawStatus: status, endTime: Date.UTC(2026, 10, 28, 9, 10, 0), files })

describe('recordAnswer: the files of a finished job', () => {
  it('are never the progress read while it ran: a finish without details leaves them not reported', () => {
    const tracked = trackJob(answerOf('job list', 1, running([file()])), running([file()]))
    recordAnswer(tracked, answerOf('status endpoint', 2, finished('success')), finished('success'))
    recordAnswer(tracked, answerOf('job list', 2, finished('success')), finished('success'))
    expect(tracked.job.status).toBe('success')
    expect(tracked.job.files).toBeNull()
  })

  it('come from a finished answer of either endpoint, whichever carried them', () => {
    const files = [file({ path: 'final.csv' })]
    const tracked = trackJob(answerOf('job list', 1, running([file()])), running([file()]))
    recordAnswer(tracked, answerOf('job list', 2, finished('success', files)), finished('success', files))
    recordAnswer(tracked, answerOf('status endpoint', 3, finished('success')), finished('success'))
    expect(tracked.job.files).toEqual(files)
  })
})

describe('disagreement and settling', () => {
  it('a status endpoint that says success while the same poll lists the job running is not settled', () => {
    const tracked = trackJob(answerOf('status endpoint', 1, finished('success')), finished('success'))
    recordAnswer(tracked, answerOf('job list', 1, running()), running())
    expect(disagreement(tracked)).toContain('disagree')
    expect(isSettled(tracked)).toBe(false)
  })

  it('answers of different polls are not compared: the later one is news, not a contradiction', () => {
    const tracked = trackJob(answerOf('job list', 1, running()), running())
    recordAnswer(tracked, answerOf('status endpoint', 2, finished('success', [file()])), finished('success', [file()]))
    expect(disagreement(tracked)).toBeUndefined()
  })

  it('a status endpoint finish waits for a listing of the same poll or later', () => {
    const tracked = trackJob(answerOf('job list', 1, running()), running())
    recordAnswer(tracked, answerOf('status endpoint', 2, finished('success', [file()])), finished('success', [file()]))
    expect(isSettled(tracked)).toBe(false)
    tracked.listCheckedPoll = 2
    expect(isSettled(tracked)).toBe(true)
  })

  it('a file only one endpoint reports, in the same poll, is a disagreement (its result would be lost)', () => {
    const both = [file({ path: 'a.csv' }), file({ path: 'b.csv', status: 'failed', rawStatus: 'failed' })]
    const tracked = trackJob(answerOf('status endpoint', 1, finished('success', both)), finished('success', both))
    recordAnswer(tracked, answerOf('job list', 1, finished('success', [both[0]])), finished('success', [both[0]]))
    expect(disagreement(tracked)).toContain('"b.csv" as failed, the job list as absent')
    expect(isSettled(tracked)).toBe(false)
    const reverse = trackJob(
      answerOf('status endpoint', 1, finished('success', [both[0]])),
      finished('success', [both[0]])
    )
    recordAnswer(reverse, answerOf('job list', 1, finished('success', both)), finished('success', both))
    expect(disagreement(reverse)).toContain('"b.csv" as absent, the job list as failed')
  })

  it('two final statuses in one run disagree for good', () => {
    const tracked = trackJob(answerOf('job list', 1, finished('success', [file()])), finished('success', [file()]))
    recordAnswer(tracked, answerOf('job list', 2, finished('failed')), finished('failed'))
    recordAnswer(tracked, answerOf('job list', 3, finished('success', [file()])), finished('success', [file()]))
    expect(disagreement(tracked)).toContain('more than one final status')
    expect(isSettled(tracked)).toBe(true) // no answer can mend it: the wait ends at once
  })
})

describe('an entry of the job list that cannot be read', () => {
  const unreadable = (status: 'success' | 'running'): Job => ({
    ...(status === 'success' ? finished('success') : running()),
    unreadable: 'jobDetail is a list'
  })

  it('gives no final status: a readable failure after it is the only final status', () => {
    const tracked = trackJob(answerOf('job list', 1, unreadable('success')), unreadable('success'))
    recordAnswer(tracked, answerOf('job list', 2, finished('failed')), finished('failed'))
    expect(disagreement(tracked)).toBeUndefined()
    expect(tracked.job.status).toBe('failed')
  })

  it('is not compared with the status endpoint of the same poll, and keeps the job unsettled', () => {
    const tracked = trackJob(answerOf('status endpoint', 1, finished('failed')), finished('failed'))
    recordAnswer(tracked, answerOf('job list', 1, unreadable('success')), unreadable('success'))
    expect(disagreement(tracked)).toBeUndefined()
    expect(isSettled(tracked)).toBe(false)
  })
})

// Attacks on the rule that one list answer is not evidence: statuses that only look documented, synonyms, unreadable confirmations.
describe('a status that only looks like a final one', () => {
  const lookAlike = (rawStatus: string): Job => done({ status: 'unknown', rawStatus })

  it.each([
    ['succ\u200bess', 'succ\\u200bess'],
    ['su\u0441cess', 'su\\u0441cess'],
    ['succ\u0000ess', 'succ\\u0000ess'],
    ['\u00a0success', '\\u00a0success']
  ])('%j against "success" is a spelling conflict that settles the job, shown with escapes', (raw, shown) => {
    const tracked = after(['status endpoint', 2, lookAlike(raw)], ['job list', 2, done()])
    expect(disagreement(tracked)).toBe(
      `GES spells the final status of job j in two ways: the job list says "success", the status endpoint says "${shown}" (documented: "success")`
    )
    expect(isSettled(tracked)).toBe(true)
  })

  it('is a conflict from answers of different polls too (a finished job does not change its result)', () => {
    const tracked = after(['job list', 2, done()], ['status endpoint', 3, lookAlike('succ\u200bess')])
    expect(disagreement(tracked)).toMatch(/in two ways/)
  })

  it('asks for the job list: any answer that says, looks as if it says, or hides a finish', () => {
    expect(mayHaveFinished(after(['status endpoint', 2, job({ id: 'j', rawStatus: 'running' })]))).toBe(false)
    expect(mayHaveFinished(after(['status endpoint', 2, lookAlike('succ\u200bess')]))).toBe(true)
    expect(mayHaveFinished(after(['status endpoint', 2, lookAlike('f\u0430iled')]))).toBe(true)
    expect(mayHaveFinished(after(['status endpoint', 2, lookAlike('cancelled')]))).toBe(false)
    expect(mayHaveFinished(after(['status endpoint', 2, lookAlike('runn\u0456ng')]))).toBe(false)
    const tooLong = job({ id: 'j', status: 'unknown', rawStatus: 'x...', statusUnreadable: 'too long' })
    expect(mayHaveFinished(after(['status endpoint', 2, tooLong]))).toBe(true)
    const brokenEntry = job({ id: 'j', rawStatus: 'running', unreadable: 'jobDetail is a list', files: null })
    expect(mayHaveFinished(after(['job list', 2, brokenEntry]))).toBe(true)
  })

  it('a status that cannot be read is forgotten once a readable one comes', () => {
    const tooLong = job({ id: 'j', status: 'unknown', rawStatus: 'x...', statusUnreadable: 'too long' })
    const tracked = after(['status endpoint', 2, tooLong], ['status endpoint', 3, done()])
    expect(tracked.job.statusUnreadable).toBeUndefined()
    expect(mayHaveFinished(tracked)).toBe(true) // it says success now
  })
})

describe('two documented spellings of one status', () => {
  it('"partiallyFailed" and "partFailed" are synonyms, not a spelling conflict', () => {
    const partly = (rawStatus: string): Job => done({ status: 'partFailed', rawStatus })
    const tracked = after(['status endpoint', 2, partly('partiallyFailed')], ['job list', 2, partly('partFailed')])
    expect(disagreement(tracked)).toBeUndefined()
    expect(isSettled(tracked)).toBe(true)
    expect(observe(tracked).warning).toBeUndefined()
  })

  it('an undocumented spelling of the same status still conflicts with either', () => {
    const partly = (rawStatus: string): Job => done({ status: 'partFailed', rawStatus })
    const tracked = after(['status endpoint', 2, partly('PartFailed')], ['job list', 2, partly('partFailed')])
    expect(disagreement(tracked)).toMatch(/in two ways.*"PartFailed".*"partFailed"/)
  })
})

describe('both endpoints giving the same undocumented spelling', () => {
  const spelled = (overrides: Partial<Job> = {}): Job => done({ rawStatus: 'Success', ...overrides })

  it('confirms it when both entries could be read', () => {
    const tracked = after(['status endpoint', 2, spelled()], ['job list', 2, spelled()])
    expect(observe(tracked).unconfirmed).toBeUndefined()
  })

  it('does not when only one endpoint gave it, even settled by a second listing', () => {
    const tracked = after(['job list', 2, spelled()], ['job list', 3, spelled()])
    expect(isSettled(tracked)).toBe(true)
    expect(observe(tracked).unconfirmed).toBe(
      'job j reports status "Success", not the documented "success", and no second GES endpoint gave the same answer'
    )
  })

  it('a documented "success" needs no second endpoint once settled', () => {
    const tracked = after(['job list', 2, done()], ['job list', 3, done()])
    expect(isSettled(tracked)).toBe(true)
    expect(observe(tracked).unconfirmed).toBeUndefined()
  })

  it('does not, when the list entry could not be read (its status is not evidence)', () => {
    const tracked = after(
      ['status endpoint', 2, spelled()],
      ['job list', 2, spelled({ unreadable: 'jobDetail is a list', files: null })],
      ['status endpoint', 3, spelled()]
    )
    expect(isFinished(tracked.job)).toBe(true)
    expect(observe(tracked).unconfirmed).toMatch(/not the documented "success"/)
  })
})

describe('the job this step started', () => {
  const BEGIN = Date.UTC(2026, 10, 28, 9, 0, 0)
  const expected = { name: 'ImportGraph', graph: 'movies', notBefore: BEGIN - 86_400_000 }
  const started = () => expectJob(job({ id: 'j', status: 'pending', rawStatus: '', beginTime: null }), expected)

  it.each([
    ['its own name, graph and a begin time after the start', {}, undefined],
    ['a job name spelled in another case', { name: 'importGraph' }, undefined],
    ['no job name or graph at all', { name: null, graph: null }, undefined],
    ['another job name', { name: 'DeleteGraph' }, 'is a "DeleteGraph" job'],
    ['another graph', { graph: 'social' }, 'belongs to graph "social"'],
    ['a begin time more than a day before the start', { beginTime: BEGIN - 90_000_000 }, 'long before this step']
  ] as [string, Partial<Job>, string | undefined][])('an answer with %s', (_name, overrides, conflict) => {
    const tracked = started()
    const fresh = done({ beginTime: BEGIN + 1000, ...overrides })
    recordAnswer(tracked, answerOf('status endpoint', 1, fresh), fresh)
    if (conflict === undefined) {
      expect(disagreement(tracked)).toBeUndefined()
      return
    }
    expect(disagreement(tracked)).toContain(conflict)
    // Asking again cannot make it the job that was started: the wait ends, and the job keeps its own identity.
    expect(isSettled(tracked)).toBe(true)
    expect(tracked.job).toMatchObject({ name: 'ImportGraph', graph: 'movies' })
    recordAnswer(tracked, answerOf('job list', 2, done({ beginTime: BEGIN + 1000 })), done({ beginTime: BEGIN + 1000 }))
    expect(disagreement(tracked)).toContain(conflict)
  })
})
