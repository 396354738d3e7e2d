/** The GitHub calls a sticky comment needs; implemented over Octokit, faked in tests. */
export interface CommentsApi {
  /** The login the token acts as, or undefined when the API does not say (GITHUB_TOKEN). */
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

/** The hidden line that identifies our comment for a tag. */
export function markerFor(tag: string): string {
  return `<!-- ges-job-waiter:${tag} -->`
}

/** The token behind GITHUB_TOKEN writes as this bot; /user does not say so, hence the guess. */
const ACTIONS_BOT = 'github-actions[bot]'

/**
 * Our comments for a tag, best guess first. With an identity (a personal token can read
 * /user), exactly that login's. Without one (GITHUB_TOKEN cannot), the Actions bot's, then any
 * bot's, then anyone's: GitHub refuses to let us edit a comment that is not ours, and then we
 * create our own.
 */
function candidates(comments: IssueComment[], marker: string, me: string | undefined): IssueComment[] {
  const tagged = comments.filter((c) => c.body.includes(marker)).sort((a, b) => a.id - b.id)
  if (me) return tagged.filter((c) => c.user?.login === me)
  const rank = (c: IssueComment): number => (c.user?.login === ACTIONS_BOT ? 0 : c.user?.type === 'Bot' ? 1 : 2)
  return tagged.sort((a, b) => rank(a) - rank(b) || a.id - b.id)
}

/** 403/404 on an edit: the comment is someone else's (or gone). */
function notOurs(error: unknown): boolean {
  const status = (error as { status?: unknown }).status
  return status === 403 || status === 404
}

/**
 * One comment per pull request and tag: updated in place when it exists, created when not.
 * After a creation the list is read again, so that two runs racing to create end with one
 * comment: the oldest of ours is kept and the others deleted.
 */
export async function upsertStickyComment(api: CommentsApi, tag: string, body: string): Promise<IssueComment> {
  const marker = markerFor(tag)
  const text = body.includes(marker) ? body : `${marker}\n${body}`
  const me = await api.whoAmI()
  const [existing] = candidates(await api.listComments(), marker, me)
  if (existing) {
    try {
      return await api.update(existing.id, text)
    } catch (error) {
      if (!notOurs(error)) throw error
    }
  }
  const created = await api.create(text)
  const author = me ?? created.user?.login
  if (!author) return created // without knowing who we are, never delete anything
  const after = candidates(await api.listComments(), marker, author)
  if (after.length > 1) {
    const [keep, ...rest] = after
    for (const duplicate of rest) await api.remove(duplicate.id)
    return keep.id === created.id ? created : api.update(keep.id, text)
  }
  return created
}
