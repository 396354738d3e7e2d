import * as core from '@actions/core'
import { checkHeaderSafe } from './credential-inputs.js'
import { InputError } from './input-error.js'
import { getBoolean, splitList, type Input } from './input-parsers.js'
import { COMMENT_MODES, type CommentMode, type PrCommentSettings } from './settings.js'

/** A tag goes into an HTML comment: keep it to characters that cannot close one. */
const TAG = /^[A-Za-z0-9._:,/+=@-]{1,100}$/

/**
 * `pr-comment` and what it needs; undefined when no comment is wanted. `pr-number` and
 * `comment-mode` are checked even then: a typo is reported, not silently ignored.
 */
export function getPrComment(input: Input): PrCommentSettings | undefined {
  const prNumber = getPrNumber(input('pr-number'))
  const mode = getCommentMode(input('comment-mode'))
  if (!getBoolean(input, 'pr-comment', false)) {
    if (prNumber !== undefined)
      core.warning(
        `pr-number (${prNumber}) is set but pr-comment is false, so no comment is posted: set pr-comment: true`
      )
    return undefined
  }
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
  return { githubToken, tag: given || defaultTag(input), mode, ...(prNumber === undefined ? {} : { prNumber }) }
}

/** '' (the default, or an expression that found no number) means "from the event". */
function getPrNumber(value: string): number | undefined {
  if (value === '') return undefined
  const digits = value.replace(/^#/, '')
  const number = Number(digits)
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(number) || number < 1) {
    throw new InputError(
      'pr-number',
      `("${value}") must be a pull request number, a whole number from 1 up; leave it empty to take the pull request from the event`,
      '${{ github.event.pull_request.number }} or 42'
    )
  }
  return number
}

function getCommentMode(value: string): CommentMode {
  const normalised = value.toLowerCase().replace(/_/g, '-')
  if (normalised === '') return 'update'
  const mode = COMMENT_MODES.find((m) => m === normalised)
  if (mode) return mode
  const closest = [...COMMENT_MODES].sort((a, b) => distance(a, normalised) - distance(b, normalised))[0]
  throw new InputError(
    'comment-mode',
    `("${value}") must be one of ${COMMENT_MODES.join(', ')}${distance(closest, normalised) <= 4 ? `; did you mean "${closest}"?` : ''}`,
    'update'
  )
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
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
