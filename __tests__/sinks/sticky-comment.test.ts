import { describe, expect, it } from '@jest/globals'
import {
  markerFor,
  upsertStickyComment,
  type CommentsApi,
  type IssueComment
} from '../../src/sinks/pr-comment/sticky-comment.js'

const BOT = { login: 'github-actions[bot]', type: 'Bot' }

/** An in-memory pull request conversation; `me` is what /user says (undefined for GITHUB_TOKEN). */
function conversation(initial: Omit<IssueComment, 'url'>[], me?: string, author = BOT) {
  let next = 100
  const comments: IssueComment[] = initial.map((c) => ({ ...c, url: `u${c.id}` }))
  const calls: string[] = []
  const api: CommentsApi = {
    whoAmI: async () => me,
    listComments: async () => comments.map((c) => ({ ...c })),
    create: async (body) => {
      calls.push('create')
      const comment = { id: next++, body, url: `u${next}`, user: author }
      comments.push(comment)
      return comment
    },
    update: async (id, body) => {
      calls.push(`update ${id}`)
      const comment = comments.find((c) => c.id === id) as IssueComment
      // As on GitHub: a comment written by someone else cannot be edited.
      if (comment.user?.login !== (me ?? author.login)) throw Object.assign(new Error('Forbidden'), { status: 403 })
      comment.body = body
      return comment
    },
    remove: async (id) => {
      calls.push(`remove ${id}`)
      comments.splice(
        comments.findIndex((c) => c.id === id),
        1
      )
    }
  }
  return { api, comments, calls }
}

describe('upsertStickyComment', () => {
  it('creates the comment with its marker when there is none', async () => {
    const { api, comments, calls } = conversation([{ id: 1, body: 'lgtm', user: { login: 'dev', type: 'User' } }])
    await upsertStickyComment(api, 'prod', 'report')
    expect(calls).toEqual(['create'])
    expect(comments.at(-1)?.body).toBe(`${markerFor('prod')}\nreport`)
  })

  it('updates the oldest of its own comments for the tag, not another tag', async () => {
    const { api, calls } = conversation([
      { id: 5, body: `${markerFor('staging')}\nx`, user: BOT },
      { id: 7, body: `${markerFor('prod')}\nold`, user: BOT }
    ])
    await upsertStickyComment(api, 'prod', 'new')
    expect(calls).toEqual(['update 7'])
  })

  it('without an identity, a marker in a person’s comment is tried last and, refused, left alone', async () => {
    const spoof = { id: 3, body: `${markerFor('prod')}\nspoof`, user: { login: 'mallory', type: 'User' } }
    const { api, calls, comments } = conversation([spoof])
    await upsertStickyComment(api, 'prod', 'new')
    expect(calls).toEqual(['update 3', 'create'])
    expect(comments.find((c) => c.id === 3)?.body).toBe(`${markerFor('prod')}\nspoof`)
  })

  it('without an identity, prefers the Actions bot’s comment over a look-alike', async () => {
    const { api, calls } = conversation([
      { id: 3, body: `${markerFor('prod')}\nspoof`, user: { login: 'mallory', type: 'User' } },
      { id: 9, body: `${markerFor('prod')}\nours`, user: BOT }
    ])
    await upsertStickyComment(api, 'prod', 'new')
    expect(calls).toEqual(['update 9'])
  })

  it('a service that says nothing of authors still gets one comment per tag across runs', async () => {
    const { api, comments } = conversation([], undefined, null as unknown as typeof BOT)
    api.update = async (id, body) => {
      const comment = comments.find((c) => c.id === id) as IssueComment
      comment.body = body
      return comment
    }
    await upsertStickyComment(api, 'prod', 'first')
    await upsertStickyComment(api, 'prod', 'second')
    expect(comments.map((c) => c.body)).toEqual([`${markerFor('prod')}\nsecond`])
  })

  it('an error other than 403/404 on the edit is not papered over with a new comment', async () => {
    const { api, calls } = conversation([{ id: 9, body: `${markerFor('prod')}\nours`, user: BOT }])
    api.update = async () => {
      throw Object.assign(new Error('Server Error'), { status: 500 })
    }
    await expect(upsertStickyComment(api, 'prod', 'new')).rejects.toThrow('Server Error')
    expect(calls).toEqual([])
  })

  it('with an identity, only that login’s comments count', async () => {
    const { api, calls } = conversation(
      [
        { id: 3, body: `${markerFor('prod')}\nbot`, user: BOT },
        { id: 4, body: `${markerFor('prod')}\nmine`, user: { login: 'release-bot', type: 'User' } }
      ],
      'release-bot'
    )
    await upsertStickyComment(api, 'prod', 'new')
    expect(calls).toEqual(['update 4'])
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
        comments.push({ id: 50, body: `${markerFor('prod')}\nother run`, url: 'u50', user: BOT })
      }
      return result
    }
    await upsertStickyComment(api, 'prod', 'ours')
    expect(calls).toEqual(['create', 'remove 100', 'update 50'])
    expect(comments.map((c) => [c.id, c.body])).toEqual([[50, `${markerFor('prod')}\nours`]])
  })
})
