import { otherSpaceIn } from '../shared/invisible.js'
import { InputError } from './input-error.js'
import { splitList, type Input } from './input-parsers.js'
import type { ApiVersion, StartImportSettings } from './settings.js'

/** The path inputs and the ImportGraph body fields they set, v1 (camelCase) and v2 (snake_case), docs/ges-api.md#starting-an-import-importgraph. */
const PATH_INPUTS = [
  { input: 'import-edges', v1: 'edgesetPath', v2: 'edgeset_path' },
  { input: 'import-vertices', v1: 'vertexsetPath', v2: 'vertexset_path' },
  { input: 'import-schema', v1: 'schemaPath', v2: 'schema_path' },
  { input: 'import-log-dir', v1: 'logDir', v2: 'log_dir' }
] as const

/** The documented ImportGraph body fields besides the paths, in both namings (docs/ges-api.md#starting-an-import-importgraph). */
const OPTION_FIELDS: { v1: string; v2: string }[] = [
  { v1: 'edgesetFormat', v2: 'edgeset_format' },
  { v1: 'vertexsetFormat', v2: 'vertexset_format' },
  { v1: 'parallelEdge', v2: 'parallel_edge' },
  { v1: 'delimiter', v2: 'delimiter' },
  { v1: 'trimQuote', v2: 'trim_quote' },
  { v1: 'offline', v2: 'offline' }
]
const PARALLEL_EDGE_FIELDS: { v1: string; v2: string }[] = [
  { v1: 'action', v2: 'action' },
  { v1: 'ignoreLabel', v2: 'ignore_label' },
  { v1: 'sortKeyColumn', v2: 'sort_key_column' }
]

const OPTIONS_EXAMPLE = '{"delimiter": ",", "parallelEdge": {"action": "override"}} (v1 names; v2: parallel_edge)'
/** `bucket/dir/` or `bucket/dir/file.csv`: a bucket name, a slash, then a key (docs/ges-api.md#starting-an-import-importgraph). */
const OBS_PATH = /^[a-z0-9][a-z0-9.-]{2,62}\/(?:\S.*)?$/

/** What decides whether the action starts an import, read before anything else is validated. */
export function wantsImport(input: Input): boolean {
  return PATH_INPUTS.slice(0, 3).some(({ input: name }) => input(name) !== '')
}

/**
 * `import-edges`, `import-vertices`, `import-schema`, `import-log-dir` and `import-options`:
 * the ImportGraph body, in the naming of `api-version`, and the one graph it goes to. Undefined
 * when no import is to be started. Inputs that only make sense for finding a job someone else
 * started (job-id, since, until, job-name, select) are errors next to it, before any request:
 * the step waits for exactly the job id GES returns.
 */
export function getStartImport(
  input: Input,
  apiVersion: ApiVersion,
  warn: (message: string) => void
): StartImportSettings | undefined {
  if (!wantsImport(input)) {
    const stray = ['import-log-dir', 'import-options'].find((name) => input(name) !== '')
    if (stray) {
      throw new InputError(
        stray,
        'is set, but none of "import-edges", "import-vertices" or "import-schema" is: it only goes with an import that this step starts. Give the data to import, or remove it',
        'import-edges: my-bucket/movies/edges/'
      )
    }
    return undefined
  }
  const starting = PATH_INPUTS.slice(0, 3).find(({ input: name }) => input(name) !== '')?.input ?? 'import-edges'
  checkConflicts(input, starting)
  const graphs = splitList(input('graph-name'))
  if (graphs.length !== 1) {
    throw new InputError(
      'graph-name',
      graphs.length === 0
        ? `is required with "${starting}": the import is started on exactly one graph`
        : `lists ${graphs.length} graphs, but "${starting}" starts an import on exactly one graph: use one step per graph (a matrix)`,
      'movies'
    )
  }
  const paths: Record<string, string> = {}
  for (const field of PATH_INPUTS) {
    const value = input(field.input)
    if (!value) continue
    paths[field[apiVersion]] = checkObsPath(field.input, value)
  }
  const body = { ...paths, ...getOptions(input('import-options'), apiVersion, warn) }
  return { graphName: graphs[0], body, paths }
}

/** job-id, since, until, job-name and select choose a job someone else started: not ours. */
function checkConflicts(input: Input, starting: string): void {
  const conflict = (name: string, why: string, example: string): never => {
    throw new InputError(name, `cannot be combined with "${starting}": ${why}`, example)
  }
  if (input('job-id'))
    conflict(
      'job-id',
      'the step starts the import and waits for the job id GES returns; remove job-id',
      `${starting} only`
    )
  for (const name of ['since', 'until']) {
    if (input(name))
      conflict(
        name,
        'the step waits for the job it starts, not for jobs in a time window; remove it',
        `${starting} only`
      )
  }
  const jobName = input('job-name')
  if (jobName && jobName.toLowerCase() !== 'importgraph')
    conflict(
      'job-name',
      `the step starts an ImportGraph job, not "${jobName}"; remove job-name`,
      'job-name: ImportGraph'
    )
  const select = input('select')
  if (select && select.toLowerCase() !== 'latest')
    conflict('select', 'the step waits for exactly the one job it starts; remove select', 'select: latest')
}

/** An OBS path as GES takes it: no `obs://` scheme, no line breaks or control characters. */
function checkObsPath(name: string, value: string): string {
  const example = 'my-bucket/movies/edges/ or my-bucket/movies/edges/rate.csv'
  if (/^obs:\/\//i.test(value)) {
    throw new InputError(name, `("${value}") starts with obs://: GES takes bucket/path without the scheme`, example)
  }
  if (/^(?:https?:|s3:)/i.test(value)) {
    throw new InputError(name, `("${value}") is a URL: GES takes an OBS path, bucket/path`, example)
  }
  // graph-name and job-id take lists; these do not. A comma is legal in an OBS key, so only a
  // value whose every part is a bucket path reads as a list.
  const parts = value.split(/\s*[,\n]\s*/).filter((part) => part !== '')
  if (parts.length > 1 && parts.every((part) => OBS_PATH.test(part))) {
    throw new InputError(
      name,
      `lists ${parts.length} paths: GES imports one file or one directory per input; put the files in one directory and give that`,
      'my-bucket/movies/edges/'
    )
  }
  // eslint-disable-next-line no-control-regex -- a control character in a path is a pasting mistake
  if (/[\x00-\x1f\x7f]/.test(value) || !OBS_PATH.test(value)) {
    throw new InputError(
      name,
      `("${value.replace(/[\r\n]+/g, ' ')}") is not an OBS path: a bucket name (lower case), a slash, then a directory or file`,
      example
    )
  }
  return value
}

/**
 * `import-options`: a JSON object merged into the body. Keys the path inputs set, in either
 * naming, and keys of the other api-version's naming are errors (GES would ignore or reject
 * them, and the import would run without the option); keys not documented are sent with a warning.
 */
function getOptions(text: string, apiVersion: ApiVersion, warn: (message: string) => void): Record<string, unknown> {
  if (!text) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const space = otherSpaceIn(text)
    const why = space ? `; it holds a space JSON does not take (${space}), as text pasted from a page may` : ''
    throw new InputError('import-options', `is not JSON (${(error as Error).message}${why})`, OPTIONS_EXAMPLE)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError('import-options', `must be a JSON object, not ${describeJson(parsed)}`, OPTIONS_EXAMPLE)
  }
  const options = parsed as Record<string, unknown>
  const other: ApiVersion = apiVersion === 'v1' ? 'v2' : 'v1'
  for (const key of Object.keys(options)) {
    const path = PATH_INPUTS.find((field) => field.v1 === key || field.v2 === key)
    if (path) {
      throw new InputError(
        'import-options',
        `sets "${key}", which the input "${path.input}" sets: give the path as ${path.input} only`,
        `${path.input}: my-bucket/movies/ and import-options without "${key}"`
      )
    }
    checkNaming(key, OPTION_FIELDS, apiVersion, other, '')
    if (!OPTION_FIELDS.some((field) => field[apiVersion] === key)) {
      warn(
        `import-options: "${key}" is not an ImportGraph field documented for api-version ${apiVersion}; it is sent as given`
      )
    }
  }
  const parallel = options[apiVersion === 'v1' ? 'parallelEdge' : 'parallel_edge']
  if (parallel !== null && typeof parallel === 'object' && !Array.isArray(parallel)) {
    for (const key of Object.keys(parallel)) checkNaming(key, PARALLEL_EDGE_FIELDS, apiVersion, other, 'parallel edge ')
  }
  return options
}

/** A key spelled in the other api-version's naming: name the right spelling. */
function checkNaming(
  key: string,
  fields: { v1: string; v2: string }[],
  apiVersion: ApiVersion,
  other: ApiVersion,
  what: string
): void {
  const field = fields.find((f) => f[other] === key && f[apiVersion] !== key)
  if (!field) return
  throw new InputError(
    'import-options',
    `has the ${what}field "${key}", the ${other} spelling, but "api-version" is ${apiVersion}: write "${field[apiVersion]}", or set api-version: ${other}`,
    `{"${field[apiVersion]}": …}`
  )
}

function describeJson(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}
