import { errorMessage } from '../../shared/text.js'
import type { CommentMode } from '../../settings/settings.js'
import { sameLogin } from './identity.js'

/** The GitHub calls a sticky comment needs; implemented over Octokit, faked in tests. */
export interface CommentsApi {
  /**
   * The login the token writes as (`/user` for a personal token, GraphQL `viewer` for the
   * workflow token and app installation tokens), or undefined when GitHub would not say.
   */
  whoAmI(): Promise<string | undefined>
  listComments(): Promise<IssueComment[]>
  create(body: string): Promise<IssueComment>
  update(id: number, body: string): Promise<IssueComment>
  remove(id: number): Promise<void>
}

export interface IssueComment {
  id: number
  body: string
  url: string
  user: { login: string; type: string } | null
}

export interface StickyOutcome {
  comment: IssueComment
  action: 'created' | 'updated' | 'recreated' | 'unchanged'
  /** Things the log should say (no identity, a duplicate that could not be deleted). */
  notes: string[]
}

/** The hidden line that identifies our comment for a tag. */
export function markerFor(tag: string): string {
  return `<!-- ges-job-waiter:${tag} -->`
}

const statusOf = (error: unknown): unknown => (error as { status?: unknown }).status

/**
 * Ours: begins with the marker (the line we put first; anywhere else it may be server text of
 * another report) AND was written by the token's login. Oldest first.
 */
function ours(comments: IssueComment[], marker: string, me: string): IssueComment[] {
  return comments
    .filter((c) => c.body.split(/\r?\n/, 1)[0] === marker && sameLogin(c.user?.login, me))
    .sort((a, b) => a.id - b.id)
}

/**
 * One comment per pull request and tag. Only a comment that carries the marker AND was written
 * by the token's own login is ever edited or deleted: a token with write access may edit anyone's
 * comment, so a person's comment quoting the marker must not be taken for ours. When GitHub will
 * not say who the token is, a new comment is posted and nothing else is touched.
 *
 * `sameContent` tells whether two bodies differ only in volatile parts (skip-unchanged).
 */
export async function upsertStickyComment(
  api: CommentsApi,
  tag: string,
  body: string,
  mode: CommentMode = 'update',
  sameContent: (a: string, b: string) => boolean = (a, b) => a === b
): Promise<StickyOutcome> {
  const marker = markerFor(tag)
  const text = `${marker}\n${body}`
  const me = await api.whoAmI()
  if (!me) {
    return {
      comment: await api.create(text),
      action: 'created',
      notes: [
        'GitHub would not say which login the token writes as (neither GET /user nor GraphQL viewer answered), so no earlier comment was edited or deleted: a new one was posted'
      ]
    }
  }
  const [existing] = ours(await api.listComments(), marker, me)
  if (existing && mode === 'skip-unchanged' && sameContent(existing.body, text)) {
    return { comment: existing, action: 'unchanged', notes: [] }
  }
  if (existing && mode !== 'recreate') {
    try {
      return { comment: await api.update(existing.id, text), action: 'updated', notes: [] }
    } catch (error) {
      // 404: deleted since we listed it; post a new one. Anything else (403: no write access) is reported.
      if (statusOf(error) !== 404) throw error
    }
  }
  const created = await api.create(text)
  return settle(api, created, marker, me, text, mode === 'recreate' ? 'newest' : 'oldest', existing !== undefined)
}

/**
 * After a creation, the list is read again so that runs racing each other end with one comment:
 * every run keeps the same one (the oldest in place for update, the newest for recreate) and
 * deletes the rest of ours; a run whose own comment lost writes its body into the kept one.
 */
async function settle(
  api: CommentsApi,
  created: IssueComment,
  marker: string,
  me: string,
  text: string,
  keep: 'oldest' | 'newest',
  replaced: boolean
): Promise<StickyOutcome> {
  const action = keep === 'newest' && replaced ? 'recreated' : 'created'
  const notes: string[] = []
  if (created.user && !sameLogin(created.user.login, me)) {
    // GitHub wrote our comment under another login than it told us: trust neither, delete nothing.
    notes.push(
      `the new comment is by ${created.user.login}, not ${me} as GitHub said: no other comment was edited or deleted`
    )
    return { comment: created, action: 'created', notes }
  }
  const listed = ours(await api.listComments(), marker, me)
  const all = listed.some((c) => c.id === created.id) ? listed : [...listed, created].sort((a, b) => a.id - b.id)
  const kept = keep === 'oldest' ? all[0] : all[all.length - 1]
  for (const other of all) {
    if (other.id === kept.id) continue
    try {
      await api.remove(other.id)
    } catch (error) {
      if (statusOf(error) === 404) continue // another run deleted it first
      notes.push(`an earlier report comment (${other.url}) could not be deleted: ${errorMessage(error)}`)
    }
  }
  if (kept.id === created.id) return { comment: created, action, notes }
  return { comment: await api.update(kept.id, text), action: 'updated', notes }
}
