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
    expect(disagreement(tracked)).toBe(
      'GES gave job j more than one final status: the job list says "failed", the status endpoint says "success"'
    )
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
    expect(disagreement(tracked)).toBe(
      'GES spells the final status of job j in two ways: the status endpoint says "PartFailed", the job list says "partFailed" (documented: "partiallyFailed")'
    )
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

describe('the job this step started, before and after its answers', () => {
  const expected = { name: 'ImportGraph', graph: 'movies', notBefore: Date.UTC(2026, 10, 27, 9, 0, 0) }
  const started = () => expectJob(job({ id: 'j', status: 'pending', rawStatus: '', beginTime: null }), expected)
  const BEGIN = Date.UTC(2026, 10, 28, 9, 0, 0)

  it('is not reported as gone before any listing showed it, and shows no list answer', () => {
    const tracked = started()
    const fresh = job({ id: 'j', rawStatus: 'running' })
    recordAnswer(tracked, answerOf('status endpoint', 1, fresh), fresh)
    expect(observe(tracked)).toMatchObject({ vanished: false, answers: { statusEndpoint: 'running', jobList: null } })
  })

  it('is asked of the status endpoint: a list answer in an undocumented spelling does not settle it at once', () => {
    const tracked = started()
    const spelled = done({ rawStatus: 'Success' })
    recordAnswer(tracked, answerOf('job list', 1, spelled), spelled)
    expect(isSettled(tracked)).toBe(false)
  })

  it('names the job, its graph and the endpoint that contradicts it, and cuts a long name or graph', () => {
    const conflictOf = (overrides: Partial<Job>) => {
      const tracked = started()
      const fresh = done({ beginTime: BEGIN, ...overrides })
      recordAnswer(tracked, answerOf('status endpoint', 1, fresh), fresh)
      return disagreement(tracked)
    }
    const what = 'GES started ImportGraph job j on graph "movies", but the status endpoint says it'
    expect(conflictOf({ name: 'N'.repeat(200) })).toBe(`${what} is a "${'N'.repeat(80)}" job`)
    expect(conflictOf({ graph: 'g'.repeat(300) })).toBe(`${what} belongs to graph "${'g'.repeat(100)}"`)
    expect(conflictOf({ beginTime: Date.UTC(2026, 10, 27, 8, 0, 0) })).toBe(
      `${what} began at 2026-11-27T08:00:00.000Z, long before this step started it`
    )
  })

  it.each([
    ['no begin time yet', null],
    ['a begin time exactly a day before the start', Date.UTC(2026, 10, 27, 9, 0, 0)]
  ])('takes an answer with %s for the job started', (_name, beginTime) => {
    const tracked = started()
    const fresh = done({ beginTime })
    recordAnswer(tracked, answerOf('status endpoint', 1, fresh), fresh)
    expect(disagreement(tracked)).toBeUndefined()
  })
})

describe('a job only the job list can answer about (no graph)', () => {
  const listed = (overrides: Partial<Job>): Job => done({ graph: null, ...overrides })

  it('is judged at once on a finish in an undocumented spelling: no second listing can make it documented', () => {
    const tracked = trackJob(
      answerOf('job list', 1, listed({ rawStatus: 'Success' })),
      listed({ rawStatus: 'Success' })
    )
    expect(isSettled(tracked)).toBe(true)
    expect(observe(tracked).unconfirmed).toMatch(/not the documented "success"/)
  })

  it('still needs a second listing for a finish in the documented spelling', () => {
    const tracked = trackJob(answerOf('job list', 1, listed({})), listed({}))
    expect(isSettled(tracked)).toBe(false)
    recordAnswer(tracked, answerOf('job list', 2, listed({})), listed({}))
    expect(isSettled(tracked)).toBe(true)
  })

  it('unlike a job of a known graph, which waits for the status endpoint whatever the spelling', () => {
    const spelled = done({ rawStatus: 'Success' })
    expect(isSettled(trackJob(answerOf('job list', 1, spelled), spelled))).toBe(false)
  })
})

describe('what counts as a second, confirming answer', () => {
  it('an unreadable entry is no answer: one readable finish after it is still a single answer', () => {
    const broken = done({ unreadable: 'jobDetail is a list', files: null })
    const tracked = after(['job list', 2, broken], ['job list', 3, done({ files: null })])
    expect(isSettled(tracked)).toBe(false)
  })

  it('a listing that spells the status another documented way does not confirm the first: the next must repeat it', () => {
    const partly = (rawStatus: string): Job => done({ status: 'partFailed', rawStatus })
    const tracked = after(['job list', 2, partly('partiallyFailed')], ['job list', 3, partly('partFailed')])
    expect(isSettled(tracked)).toBe(false)
    recordAnswer(tracked, answerOf('job list', 4, partly('partFailed')), partly('partFailed'))
    expect(isSettled(tracked)).toBe(true)
  })

  it('a listing that gives a file another status, with the same line counts, does not confirm the first', () => {
    const fileFailed = done({ files: [file({ status: 'failed', rawStatus: 'failed' })] })
    expect(isSettled(after(['job list', 2, done()], ['job list', 3, fileFailed]))).toBe(false)
  })

  it('a finish the list gave twice is confirmed, even when the status endpoint said it only later', () => {
    const tracked = after(['job list', 2, done()], ['job list', 3, done()], ['status endpoint', 4, done()])
    expect(isSettled(tracked)).toBe(true)
    expect(observe(tracked).unconfirmed).toBeUndefined()
  })
})

describe('answers that do not disagree', () => {
  it('endpoints that differ only on an unfinished status (pending, running): the job is still going', () => {
    const tracked = after(
      ['status endpoint', 2, job({ id: 'j', status: 'running' })],
      ['job list', 2, job({ id: 'j', status: 'pending', rawStatus: 'waiting' })]
    )
    expect(disagreement(tracked)).toBeUndefined()
    expect(isSettled(tracked)).toBe(false)
  })

  it('an unreadable list entry spelled "Success" is no spelling of the status endpoint\'s "success": it is not evidence', () => {
    const broken = done({ rawStatus: 'Success', unreadable: 'jobDetail is a list', files: null })
    const tracked = after(['status endpoint', 2, done()], ['job list', 2, broken])
    expect(disagreement(tracked)).toBeUndefined()
    expect(isSettled(tracked)).toBe(false)
  })

  it('names an answer without any status as such when it disagrees', () => {
    const tracked = after(
      ['status endpoint', 2, done()],
      ['job list', 2, job({ id: 'j', status: 'unknown', rawStatus: '' })]
    )
    expect(observe(tracked).disagreement).toBe(
      'GES answers about job j disagree: the status endpoint says "success", the job list says "no status"'
    )
  })
})

describe('a graph that is gone', () => {
  it('settles the job at once, as a disagreement that says why', () => {
    const tracked = after(['job list', 2, done()])
    tracked.graphGone = 'Graph "movies" of ImportGraph job j no longer exists'
    expect(isSettled(tracked)).toBe(true)
    expect(disagreement(tracked)).toBe('Graph "movies" of ImportGraph job j no longer exists')
    expect(observe(tracked)).toMatchObject({ disagreement: 'Graph "movies" of ImportGraph job j no longer exists' })
  })
})

describe('the job as the report shows it', () => {
  it('shows the files read while the job runs as its progress', () => {
    const progress = [file({ totalLines: 100, successfulLines: 40 })]
    const tracked = after(['status endpoint', 2, job({ id: 'j', files: progress })])
    expect(tracked.job.files).toEqual(progress)
  })

  it('keeps why the status cannot be read as long as it cannot', () => {
    const tooLong = job({ id: 'j', status: 'unknown', rawStatus: 'x...', statusUnreadable: 'too long' })
    expect(after(['status endpoint', 2, tooLong]).job.statusUnreadable).toBe('too long')
  })

  it('is no longer reported gone once a listing shows it again; a status answer alone does not bring it back', () => {
    const tracked = after(['job list', 2, job({ id: 'j' })])
    tracked.vanished = true // a listing dropped it (the follower marks that)
    recordAnswer(tracked, answerOf('status endpoint', 3, job({ id: 'j' })), job({ id: 'j' }))
    expect(observe(tracked).vanished).toBe(true)
    recordAnswer(tracked, answerOf('job list', 4, job({ id: 'j' })), job({ id: 'j' }))
    expect(observe(tracked).vanished).toBe(false)
  })
})

describe('a success only one answer gave, when the wait ends', () => {
  it('from the job list: unconfirmed, naming the list', () => {
    expect(observe(after(['job list', 2, done()])).unconfirmed).toBe(
      'GES said job j is "success" only once, in the job list; neither the status endpoint nor a second listing confirmed it before the wait ended'
    )
  })

  it('from the status endpoint: unconfirmed, naming it', () => {
    expect(observe(after(['status endpoint', 2, done()])).unconfirmed).toBe(
      'GES said job j is "success" only once, through the status endpoint; no listing or second answer confirmed it before the wait ended'
    )
  })

  it('a failure given once needs no confirmation: it can only stop a deploy', () => {
    const failed = done({ status: 'failed', rawStatus: 'failed' })
    expect(observe(after(['job list', 2, failed])).unconfirmed).toBeUndefined()
    expect(observe(after(['status endpoint', 2, failed])).unconfirmed).toBeUndefined()
  })

  it('a success the endpoints disagree on is a disagreement, not also an unconfirmed success', () => {
    const tracked = after(['job list', 2, job({ id: 'j', rawStatus: 'running' })], ['status endpoint', 2, done()])
    expect(observe(tracked)).toMatchObject({ disagreement: expect.stringContaining('disagree') })
    expect(observe(tracked).unconfirmed).toBeUndefined()
  })
})

describe('the warning for a final status in an undocumented spelling', () => {
  const spelled = (status: 'success' | 'failed', rawStatus: string): Job => done({ status, rawStatus })

  it('both endpoints saying "Success": read as success, with a warning', () => {
    const tracked = after(
      ['status endpoint', 2, spelled('success', 'Success')],
      ['job list', 2, spelled('success', 'Success')]
    )
    expect(observe(tracked).warning).toBe(
      'GES reports job j as "Success", which is not a documented spelling: read as "success"'
    )
  })

  it('"FAILED" from one endpoint only: read as failed, with a warning', () => {
    const tracked = after(['job list', 2, spelled('failed', 'FAILED')], ['job list', 3, spelled('failed', 'FAILED')])
    expect(observe(tracked).warning).toBe(
      'GES reports job j as "FAILED", which is not a documented spelling: read as "failed"'
    )
  })

  it('"Success" from one endpoint only: no warning, its success is unconfirmed instead', () => {
    const tracked = after(
      ['job list', 2, spelled('success', 'Success')],
      ['job list', 3, spelled('success', 'Success')]
    )
    expect(observe(tracked).warning).toBeUndefined()
    expect(observe(tracked).unconfirmed).toMatch(/not the documented "success"/)
  })

  it('a spelling the other endpoint contradicts is a disagreement, not also a warning', () => {
    const tracked = after(
      ['job list', 2, spelled('failed', 'failed')],
      ['status endpoint', 2, spelled('failed', 'FAILED')]
    )
    expect(observe(tracked).disagreement).toMatch(/in two ways/)
    expect(observe(tracked).warning).toBeUndefined()
  })
})
