import { checkHeaderSafe } from './credential-inputs.js'
import { InputError } from './input-error.js'
import { getBoolean, splitList, type Input } from './input-parsers.js'
import type { PrCommentSettings } from './settings.js'

/** A tag goes into an HTML comment: keep it to characters that cannot close one. */
const TAG = /^[A-Za-z0-9._:,/+=@-]{1,100}$/

/** `pr-comment` and what it needs; undefined when no comment is wanted. */
export function getPrComment(input: Input): PrCommentSettings | undefined {
  if (!getBoolean(input, 'pr-comment', false)) return undefined
  const githubToken = input('github-token')
  if (!githubToken) {
    throw new InputError(
      'github-token',
      'is empty but pr-comment is true: GitHub needs a token to comment',
      '${{ github.token }}'
    )
  }
  checkHeaderSafe('github-token', githubToken)
  const given = input('comment-tag')
  if (given && !TAG.test(given)) {
    throw new InputError(
      'comment-tag',
      `("${given}") must be 1 to 100 letters, digits or . _ : , / + = @ -`,
      'movies-${{ matrix.env }}'
    )
  }
  return { githubToken, tag: given || defaultTag(input) }
}

/** One comment per set of graphs (or job ids) unless the workflow names its own tag. */
function defaultTag(input: Input): string {
  const items = (name: string): string[] => splitList(input(name)).sort()
  const graphs = items('graph-name')
  const ids = items('job-id')
  const tag = ids.length > 0 ? `job:${ids.join(',')}` : graphs.length > 0 ? `graph:${graphs.join(',')}` : 'default'
  const safe = tag.replace(/[^A-Za-z0-9._:,/+=@-]/g, '-')
  return safe.length <= 100 ? safe : `${safe.slice(0, 91)}~${hash(safe)}`
}

function hash(text: string): string {
  let h = 0
  for (const c of text) h = (Math.imul(h, 31) + c.codePointAt(0)!) >>> 0
  return h.toString(36).padStart(8, '0').slice(0, 8)
}
