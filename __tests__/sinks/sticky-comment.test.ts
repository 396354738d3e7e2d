import { describe, expect, it } from '@jest/globals'
import { normaliseLogin, sameLogin } from '../../src/sinks/pr-comment/identity.js'
import {
  markerFor,
  upsertStickyComment,
  type CommentsApi,
  type IssueComment
} from '../../src/sinks/pr-comment/sticky-comment.js'

const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const PERSON = { login: 'mallory', type: 'User' }
const tagged = (body: string): string => `${markerFor('prod')}\n${body}`

/**
 * An in-memory pull request conversation. `me` is what GitHub says the token is (null:
 * it would not say); `author` is who GitHub writes our new comments as. As on GitHub, a token
 * that may write can edit and delete anyone's comment.
 */
function conversation(initial: Omit<IssueComment, 'url'>[], me: string | null = BOT.login, author = BOT) {
  let next = 100
  const comments: IssueComment[] = initial.map((c) => ({ ...c, url: `u${c.id}` }))
  const calls: string[] = []
  const find = (id: number): IssueComment => {
    const comment = comments.find((c) => c.id === id)
    if (!comment) throw Object.assign(new Error('Not Found'), { status: 404 })
    return comment
  }
  const api: CommentsApi = {
    whoAmI: async () => me ?? undefined,
    listComments: async () => comments.map((c) => ({ ...c })),
    create: async (body) => {
      calls.push('create')
      const comment = { id: next++, body, url: `u${next}`, user: author }
      comments.push(comment)
      return { ...comment }
    },
    update: async (id, body) => {
      calls.push(`update ${id}`)
      const comment = find(id)
      comment.body = body
      return { ...comment }
    },
    remove: async (id) => {
      calls.push(`remove ${id}`)
      comments.splice(comments.indexOf(find(id)), 1)
    }
  }
  return { api, comments, calls }
}

describe('logins', () => {
  it('drop the [bot] suffix and case on both sides, as GraphQL authors do', () => {
    expect(normaliseLogin('github-actions[bot]')).toBe('github-actions')
    expect(sameLogin('github-actions[bot]', 'github-actions')).toBe(true)
    expect(sameLogin('My-App[bot]', 'my-app[bot]')).toBe(true)
    expect(sameLogin('Octocat', 'octocat')).toBe(true)
    expect(sameLogin('my-app[bot]', 'other-app[bot]')).toBe(false)
    expect(sameLogin('dev', undefined)).toBe(false)
    expect(sameLogin('', '')).toBe(false)
    expect(sameLogin('[bot]', '[bot]')).toBe(false)
  })
})

describe('upsertStickyComment', () => {
  it('creates the comment with its marker when there is none', async () => {
    const { api, comments, calls } = conversation([{ id: 1, body: 'lgtm', user: { login: 'dev', type: 'User' } }])
    const outcome = await upsertStickyComment(api, 'prod', 'report')
    expect(calls).toEqual(['create'])
    expect(outcome.action).toBe('created')
    expect(comments.at(-1)?.body).toBe(tagged('report'))
  })

  it('updates the oldest of its own comments for the tag, not another tag', async () => {
    const { api, calls } = conversation([
      { id: 5, body: `${markerFor('staging')}\nx`, user: BOT },
      { id: 7, body: tagged('old'), user: BOT },
      { id: 8, body: tagged('newer'), user: BOT }
    ])
    expect((await upsertStickyComment(api, 'prod', 'new')).action).toBe('updated')
    expect(calls).toEqual(['update 7'])
  })

  it('a person’s comment carrying the marker is never edited nor deleted, whatever the mode', async () => {
    for (const mode of ['update', 'recreate', 'skip-unchanged'] as const) {
      const { api, calls, comments } = conversation([{ id: 3, body: tagged('new'), user: PERSON }])
      await upsertStickyComment(api, 'prod', 'new', mode)
      expect(calls).toEqual(['create'])
      expect(comments.find((c) => c.id === 3)?.body).toBe(tagged('new'))
    }
  })

  it('a marker inside our own comment of another tag (server text that slipped through) does not make it ours', async () => {
    const other = `${markerFor('staging')}\n| job | ${markerFor('prod')} |`
    const crlf = { id: 2, body: tagged('old report').replace('\n', '\r\n'), user: BOT }
    const { api, comments, calls } = conversation([{ id: 1, body: other, user: BOT }, crlf])
    await upsertStickyComment(api, 'prod', 'report')
    await upsertStickyComment(api, 'prod', `note: ${markerFor('prod')}`, 'recreate')
    // Ours (2, its marker line ended by CRLF as after an edit on github.com) is edited, then replaced.
    expect(calls).toEqual(['update 2', 'create', 'remove 2'])
    expect(comments.map((c) => [c.id, c.body])).toEqual([
      [1, other],
      [100, tagged(`note: ${markerFor('prod')}`)]
    ])
  })

  it('an app token: `my-app[bot]` from GraphQL viewer matches REST `my-app[bot]` and GraphQL-style `my-app`', async () => {
    const app = { login: 'my-app', type: 'Bot' }
    const { api, calls } = conversation(
      [
        { id: 2, body: tagged('actions bot'), user: BOT },
        { id: 4, body: tagged('app'), user: app }
      ],
      'my-app[bot]',
      { login: 'my-app[bot]', type: 'Bot' }
    )
    await upsertStickyComment(api, 'prod', 'new')
    expect(calls).toEqual(['update 4'])
  })

  it('a personal token: only that user’s comments count', async () => {
    const { api, calls } = conversation(
      [
        { id: 3, body: tagged('bot'), user: BOT },
        { id: 4, body: tagged('mine'), user: { login: 'release-bot', type: 'User' } }
      ],
      'release-bot',
      { login: 'release-bot', type: 'User' }
    )
    await upsertStickyComment(api, 'prod', 'new')
    expect(calls).toEqual(['update 4'])
  })

  it('without an identity, posts a new comment and touches nothing, not even the Actions bot’s', async () => {
    const { api, calls, comments } = conversation([{ id: 9, body: tagged('ours?'), user: BOT }], null)
    const outcome = await upsertStickyComment(api, 'prod', 'new')
    expect(calls).toEqual(['create'])
    expect(comments.map((c) => c.id)).toEqual([9, 100])
    expect(outcome.notes).toEqual([expect.stringContaining('no earlier comment was edited or deleted')])
  })

  it('a 404 on the edit (ours was deleted meanwhile) posts a new one', async () => {
    const { api, calls, comments } = conversation([{ id: 9, body: tagged('ours'), user: BOT }])
    const list = api.listComments
    let first = true
    api.listComments = async () => {
      const listed = await list()
      if (first) comments.splice(0) // someone deletes it right after we listed it
      first = false
      return listed
    }
    const outcome = await upsertStickyComment(api, 'prod', 'new')
    expect(calls).toEqual(['update 9', 'create'])
    expect(outcome.action).toBe('created')
    expect(comments.map((c) => c.body)).toEqual([tagged('new')])
  })

  it('a 403 on the edit is reported, not papered over with a new comment', async () => {
    const { api, calls } = conversation([{ id: 9, body: tagged('ours'), user: BOT }])
    api.update = async () => {
      throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
    }
    await expect(upsertStickyComment(api, 'prod', 'new')).rejects.toThrow('Resource not accessible')
    expect(calls).toEqual([])
  })

  it('after a race that made two comments, keeps the oldest and deletes the rest', async () => {
    const { api, comments, calls } = conversation([])
    // Another run creates its comment between our listing and our creation.
    const list = api.listComments
    let first = true
    api.listComments = async () => {
      const result = await list()
      if (first) {
        first = false
        comments.push({ id: 50, body: tagged('other run'), url: 'u50', user: BOT })
      }
      return result
    }
    await upsertStickyComment(api, 'prod', 'ours')
    expect(calls).toEqual(['create', 'remove 100', 'update 50'])
    expect(comments.map((c) => [c.id, c.body])).toEqual([[50, tagged('ours')]])
  })

  it('a duplicate another run already deleted (404) is not an error', async () => {
    const { api, comments } = conversation([])
    const list = api.listComments
    let listings = 0
    api.listComments = async () => {
      listings += 1
      if (listings === 1) {
        const result = await list()
        comments.push({ id: 50, body: tagged('other run'), url: 'u50', user: BOT })
        return result
      }
      const result = await list()
      comments.splice(
        comments.findIndex((c) => c.id === 100),
        1
      ) // the other run deleted ours
      return result
    }
    const outcome = await upsertStickyComment(api, 'prod', 'ours')
    expect(outcome.notes).toEqual([])
    expect(comments.map((c) => [c.id, c.body])).toEqual([[50, tagged('ours')]])
  })

  it('never deletes when GitHub wrote the new comment under another login than it said', async () => {
    const { api, calls } = conversation([{ id: 9, body: tagged('x'), user: BOT }], 'someone-else', BOT)
    const outcome = await upsertStickyComment(api, 'prod', 'new')
    expect(calls).toEqual(['create'])
    expect(outcome.notes).toEqual([expect.stringContaining('not someone-else')])
  })

  it('recreate: posts at the bottom and deletes ours only', async () => {
    const { api, calls, comments } = conversation([
      { id: 3, body: tagged('person'), user: PERSON },
      { id: 7, body: tagged('old'), user: BOT },
      { id: 8, body: 'chatter', user: PERSON }
    ])
    const outcome = await upsertStickyComment(api, 'prod', 'new', 'recreate')
    expect(outcome.action).toBe('recreated')
    expect(calls).toEqual(['create', 'remove 7'])
    expect(comments.map((c) => c.id)).toEqual([3, 8, 100])
  })

  it('recreate racing recreate: both runs keep the newest, one comment is left', async () => {
    const { api, comments } = conversation([{ id: 7, body: tagged('old'), user: BOT }])
    await Promise.all([
      upsertStickyComment(api, 'prod', 'a', 'recreate'),
      upsertStickyComment(api, 'prod', 'b', 'recreate')
    ])
    expect(comments).toHaveLength(1)
    expect(comments[0].id).toBe(101)
  })

  it('skip-unchanged: no write when only volatile parts differ; an update when the content differs', async () => {
    const same = (a: string, b: string): boolean => a.replace(/at \d+/, '') === b.replace(/at \d+/, '')
    const { api, calls } = conversation([{ id: 7, body: tagged('report at 1'), user: BOT }])
    const unchanged = await upsertStickyComment(api, 'prod', 'report at 2', 'skip-unchanged', same)
    expect(unchanged.action).toBe('unchanged')
    expect(unchanged.comment.id).toBe(7)
    expect(calls).toEqual([])
    await upsertStickyComment(api, 'prod', 'other report at 3', 'skip-unchanged', same)
    expect(calls).toEqual(['update 7'])
  })
})
