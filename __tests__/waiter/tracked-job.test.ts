import { describe, expect, it } from '@jest/globals'
import { file, job } from '../../__fixtures__/jobs.js'
import type { Job } from '../../src/ges/model.js'
import { answerOf, disagreement, isSettled, recordAnswer, trackJob } from '../../src/waiter/tracked-job.js'

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
