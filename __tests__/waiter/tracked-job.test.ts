import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import type { Job } from '../../src/ges/model.js'
import {
  answerOf,
  disagreement,
  isSettled,
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

  it('settles a finish read from the list alone only on a second list answer of a later poll (issue 19)', () => {
    expect(isSettled(after(['job list', 2, done()]))).toBe(false)
    expect(isSettled(after(['job list', 2, done()], ['job list', 2, done()]))).toBe(false)
    expect(isSettled(after(['job list', 2, done()], ['job list', 3, done()]))).toBe(true)
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

  it('two final statuses in one run never agree, even when the latest answers do', () => {
    const failed = done({ status: 'failed', rawStatus: 'failed' })
    const tracked = after(['job list', 2, failed], ['status endpoint', 3, done()], ['job list', 3, done()])
    expect(disagreement(tracked)).toMatch(/more than one final status/)
    expect(isSettled(tracked)).toBe(false)
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
    expect(isSettled(tracked)).toBe(false)
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
