import { describe, expect, it } from '@jest/globals'
import { ACTION_DEFAULTS, TOKEN_AUTH, core, inputError, settingsOf } from './support.js'

/** The runner passes action.yml's defaults for every input a workflow leaves out. */
const withDefaults = (inputs: Record<string, string>): Record<string, string> => ({
  ...ACTION_DEFAULTS,
  ...TOKEN_AUTH,
  'graph-name': 'movies',
  ...inputs
})

describe('import inputs', () => {
  it('leaves startImport unset when no import input is given', () => {
    expect(settingsOf(withDefaults({})).startImport).toBeUndefined()
  })

  it('builds the v1 body in camelCase, paths first, import-options merged', () => {
    const settings = settingsOf(
      withDefaults({
        'import-edges': 'my-bucket/movies/edges/',
        'import-vertices': 'my-bucket/movies/vertices/user.csv',
        'import-schema': 'my-bucket/movies/schema.xml',
        'import-log-dir': 'my-bucket/movies/logs/',
        'import-options':
          '{"delimiter": ";", "parallelEdge": {"action": "override", "ignoreLabel": false}, "offline": true}'
      })
    )
    expect(settings.startImport).toEqual({
      graphName: 'movies',
      body: {
        edgesetPath: 'my-bucket/movies/edges/',
        vertexsetPath: 'my-bucket/movies/vertices/user.csv',
        schemaPath: 'my-bucket/movies/schema.xml',
        logDir: 'my-bucket/movies/logs/',
        delimiter: ';',
        parallelEdge: { action: 'override', ignoreLabel: false },
        offline: true
      },
      paths: {
        edgesetPath: 'my-bucket/movies/edges/',
        vertexsetPath: 'my-bucket/movies/vertices/user.csv',
        schemaPath: 'my-bucket/movies/schema.xml',
        logDir: 'my-bucket/movies/logs/'
      }
    })
    expect(settings.graphNames).toEqual(['movies'])
    expect(settings.jobIds).toEqual([])
    expect(core.warning).not.toHaveBeenCalled()
  })

  it('builds the v2 body in snake_case', () => {
    const settings = settingsOf(
      withDefaults({
        'api-version': 'v2',
        'import-schema': 'bk1/s.xml',
        'import-log-dir': 'bk1/logs/',
        'import-options': '{"trim_quote": "\'", "parallel_edge": {"ignore_label": true}}'
      })
    )
    expect(settings.startImport?.body).toEqual({
      schema_path: 'bk1/s.xml',
      log_dir: 'bk1/logs/',
      trim_quote: "'",
      parallel_edge: { ignore_label: true }
    })
  })

  it('sends an undocumented option with a warning', () => {
    const settings = settingsOf(withDefaults({ 'import-edges': 'bk1/e/', 'import-options': '{"newField": 1}' }))
    expect(settings.startImport?.body).toEqual({ edgesetPath: 'bk1/e/', newField: 1 })
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('"newField" is not an ImportGraph field'))
  })

  it.each([
    ['job-id', { 'job-id': 'ff8080' }],
    ['since', { since: '1h' }],
    ['since', { since: 'run' }],
    ['until', { until: '2026-11-28' }],
    ['job-name', { 'job-name': 'ExportGraph' }],
    ['job-name', { 'job-name': '*' }],
    ['select', { select: 'all' }]
  ])('refuses %s next to an import, naming both inputs', (name, extra) => {
    const message = inputError(name, withDefaults({ 'import-vertices': 'bk1/v/', ...extra }))
    expect(message).toContain('"import-vertices"')
  })

  it('accepts job-name ImportGraph and select latest (the defaults) in any case', () => {
    const settings = settingsOf(withDefaults({ 'import-edges': 'bk1/e/', 'job-name': 'importgraph', select: 'LATEST' }))
    expect(settings.startImport?.graphName).toBe('movies')
  })

  it('needs exactly one graph-name', () => {
    expect(inputError('graph-name', withDefaults({ 'import-edges': 'bk1/e/', 'graph-name': '' }))).toContain(
      'is required with "import-edges"'
    )
    expect(inputError('graph-name', withDefaults({ 'import-edges': 'bk1/e/', 'graph-name': 'a, b' }))).toContain(
      'lists 2 graphs'
    )
  })

  it.each([['import-log-dir'], ['import-options']])('refuses %s without a path to import', (name) => {
    const value = name === 'import-options' ? '{"delimiter": ","}' : 'bk1/logs/'
    expect(inputError(name, withDefaults({ [name]: value }))).toContain('none of "import-edges"')
  })

  it.each([
    ['obs://bk1/e.csv', 'starts with obs://'],
    ['https://bk1.obs.cn-north-4.myhuaweicloud.com/e.csv', 'is a URL'],
    ['/bk1/e.csv', 'is not an OBS path'],
    ['e.csv', 'is not an OBS path'],
    ['BK1/e.csv', 'is not an OBS path'],
    ['bk1/e\nx.csv', 'is not an OBS path'],
    // A list, as graph-name and job-id take: GES would look for one path with a comma in it.
    ['bk1/e1/,bk1/e2/', 'lists 2 paths'],
    ['bk1/e1/, bk1/e2/\nbk1/e3.csv', 'lists 3 paths']
  ])('refuses the path %j', (path, problem) => {
    expect(inputError('import-edges', withDefaults({ 'import-edges': path }))).toContain(problem)
  })

  it('keeps a comma that is part of an OBS key', () => {
    const settings = settingsOf(withDefaults({ 'import-edges': 'bk1/rates,2026.csv' }))
    expect(settings.startImport?.paths).toEqual({ edgesetPath: 'bk1/rates,2026.csv' })
  })

  it.each([
    ['not json', 'is not JSON'],
    ['[1]', 'must be a JSON object, not an array'],
    ['"x"', 'must be a JSON object, not a string'],
    ['null', 'must be a JSON object, not null']
  ])('refuses import-options %j', (options, problem) => {
    expect(
      inputError('import-options', withDefaults({ 'import-edges': 'bk1/e/', 'import-options': options }))
    ).toContain(problem)
  })

  it.each([
    ['v1', 'edgesetPath', 'import-edges'],
    ['v1', 'logDir', 'import-log-dir'],
    ['v2', 'schema_path', 'import-schema'],
    ['v1', 'vertexset_path', 'import-vertices'],
    ['v2', 'edgesetPath', 'import-edges']
  ])('with api-version %s, refuses the path key %s in import-options, naming %s', (apiVersion, key, input) => {
    const message = inputError(
      'import-options',
      withDefaults({ 'api-version': apiVersion, 'import-schema': 'bk1/s.xml', 'import-options': `{"${key}": "bk1/x"}` })
    )
    expect(message).toContain(`"${input}"`)
  })

  it.each([
    ['v1', '{"trim_quote": "x"}', 'write "trimQuote"'],
    ['v2', '{"trimQuote": "x"}', 'write "trim_quote"'],
    ['v1', '{"parallelEdge": {"ignore_label": true}}', 'write "ignoreLabel"'],
    ['v2', '{"parallel_edge": {"sortKeyColumn": "a"}}', 'write "sort_key_column"']
  ])('with api-version %s, refuses the other naming in %s', (apiVersion, options, fix) => {
    const message = inputError(
      'import-options',
      withDefaults({ 'api-version': apiVersion, 'import-edges': 'bk1/e/', 'import-options': options })
    )
    expect(message).toContain(fix)
    expect(message).toContain('api-version')
  })
})
