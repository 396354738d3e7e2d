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

function ours(comments: IssueComment[], marker: string, me: string | undefined): IssueComment[] {
  const tagged = comments.filter((c) => c.body.includes(marker))
  if (me) return tagged.filter((c) => c.user?.login === me)
  const bots = tagged.filter((c) => c.user?.type === 'Bot')
  const actions = bots.filter((c) => c.user?.login === ACTIONS_BOT)
  return actions.length > 0 ? actions : bots
}

/**
 * One comment per pull request and tag: updated in place when it exists, created when not.
 * After a creation the list is read again, so that two runs racing to create end with one
 * comment: the oldest is kept and the others deleted.
 */
export async function upsertStickyComment(api: CommentsApi, tag: string, body: string): Promise<IssueComment> {
  const marker = markerFor(tag)
  const text = body.includes(marker) ? body : `${marker}\n${body}`
  const me = await api.whoAmI()
  const existing = ours(await api.listComments(), marker, me).sort((a, b) => a.id - b.id)
  if (existing.length > 0) return api.update(existing[0].id, text)
  const created = await api.create(text)
  const after = ours(await api.listComments(), marker, me ?? created.user?.login).sort((a, b) => a.id - b.id)
  if (after.length > 1) {
    const [keep, ...rest] = after
    for (const duplicate of rest) await api.remove(duplicate.id)
    return keep.id === created.id ? created : api.update(keep.id, text)
  }
  return created
}
