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

  it('settles a finish read from the list alone (the status endpoint never answered)', () => {
    expect(isSettled(after(['job list', 2, done()]))).toBe(true)
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
