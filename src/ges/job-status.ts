import type { JobStatus } from './model.js'

/**
 * Job statuses as GES sends them. A status is read through ASCII letter case and ASCII spacing
 * only: `Success` from one endpoint must meet `success` from the other as a named disagreement,
 * not as an unknown status waited on until the deadline. Anything else that merely looks like a
 * status (`succ\u200bess`, a Cyrillic `с`, U+00A0 around it) is not it: see lookAlikeStatus.
 */

/** `partiallyFailed`, the longest documented status, has 15 characters: a longer answer is not a status. */
export const MAX_STATUS_CHARS = 64

/** Only ASCII spacing: String.prototype.trim also drops U+00A0, U+3000 and U+FEFF, which GES would not send. */
const ASCII_SPACING = /^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g

/** The list filter's `waiting` is the job's `pending` (docs/ges-api.md#the-job-list). */
export function jobStatus(raw: string): JobStatus {
  if (raw.length > MAX_STATUS_CHARS) return 'unknown'
  switch (raw.replace(ASCII_SPACING, '').replace(/[A-Z]/g, (c) => c.toLowerCase())) {
    case 'pending':
    case 'waiting':
      return 'pending'
    case 'running':
      return 'running'
    case 'success':
      return 'success'
    case 'failed':
      return 'failed'
    case 'partiallyfailed':
    case 'partfailed':
      return 'partFailed'
    default:
      return 'unknown'
  }
}

/** Why a status cannot be read at all (too long to be one), else undefined. */
export function unreadableStatus(raw: string): string | undefined {
  if (raw.length <= MAX_STATUS_CHARS) return undefined
  return `its status is ${raw.length} characters long, longer than any GES status (at most ${MAX_STATUS_CHARS} are read)`
}

/** What is kept of a status for messages and the report: an unreadable one is cut. */
export function keptStatus(raw: string): string {
  return raw.length > MAX_STATUS_CHARS ? `${raw.slice(0, MAX_STATUS_CHARS)}...` : raw
}

/**
 * The job statuses as docs/ges-api.md#job-statuses spells them, each with the status it means: the job's
 * `pending` is the list filter's `waiting`; `partiallyFailed` (newer docs) is the file status's
 * `partFailed`, our name for it. Two documented spellings of one status are synonyms, not a
 * spelling conflict.
 */
const DOCUMENTED_JOB_STATUS: ReadonlyMap<string, JobStatus> = new Map([
  ['pending', 'pending'],
  ['waiting', 'pending'],
  ['running', 'running'],
  ['success', 'success'],
  ['failed', 'failed'],
  ['partiallyFailed', 'partFailed'],
  ['partFailed', 'partFailed']
])

/** Whether GES spelled a job status exactly as documented. */
export function isDocumentedSpelling(raw: string): boolean {
  return DOCUMENTED_JOB_STATUS.has(raw)
}

/** Two raw statuses that are documented spellings of the same status (`partiallyFailed`, `partFailed`). */
export function areSynonyms(a: string, b: string): boolean {
  const status = DOCUMENTED_JOB_STATUS.get(a)
  return status !== undefined && status === DOCUMENTED_JOB_STATUS.get(b)
}

/** Letters of other scripts drawn like Latin ones, with the letter they pass for: Cyrillic, Greek, Armenian, dotless i. */
const CONFUSABLE = new Map(
  (
    'аa сc еe ԁd һh іi јj ӏl оo рp ԛq ѕs тt уy ԝw хx Аa Вb Сc Еe Нh Іi Јj Кk Мm Оo Рp Ѕs Тt Хx Уy ' +
    'αa εe ιi κk νv οo ρp τt υu Αa Βb Εe Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx սu ոn ıi'
  )
    .split(' ')
    .map((pair) => [pair[0], pair[1]] as const)
)

/** Invisible and spacing characters, controls (NUL too) and combining marks: none belongs in a status. */
const NOT_IN_A_STATUS = /[\p{Cc}\p{Cf}\p{Mn}\p{Z}\s]/gu

/**
 * The status `raw` only looks like, or undefined when it reads as one (jobStatus) or looks like
 * none: zero-width characters, controls or NUL inside it, spacing other than ASCII, Cyrillic or
 * Greek letters that look Latin, full-width forms. Such an answer is never read as its
 * look-alike, but it is what that endpoint meant to say or hides: the other endpoint's answer
 * must be compared with it at once.
 */
export function lookAlikeStatus(raw: string): JobStatus | undefined {
  if (raw.length > MAX_STATUS_CHARS || jobStatus(raw) !== 'unknown') return undefined
  const skeleton = [...raw.normalize('NFKD').replace(NOT_IN_A_STATUS, '')].map((c) => CONFUSABLE.get(c) ?? c).join('')
  const status = jobStatus(skeleton)
  return status === 'unknown' ? undefined : status
}

/**
 * A status as messages show it: quoted, every character outside printable ASCII as a `\u`
 * escape, so that `succ\u200bess` or a Cyrillic `\u0441` can be seen in a log, summary or
 * comment instead of passing for `success`.
 */
export function quoteStatus(raw: string): string {
  return JSON.stringify(raw).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The same without the quotes: a status GES does not document, as the report shows it. */
export function showStatus(raw: string): string {
  return quoteStatus(raw).slice(1, -1)
}
