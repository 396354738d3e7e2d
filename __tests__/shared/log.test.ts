import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.js'
import { commandOf, outputLines } from '../../__fixtures__/workflow-commands.js'

jest.unstable_mockModule('@actions/core', () => core)
const { neutraliseCommands, runnerLog } = await import('../../src/shared/log.js')

const HOSTILE = [
  '::error::x',
  '::warning::w',
  '::notice::n',
  '::add-mask::secret',
  '::stop-commands::token',
  '::error file=a.ts,line=1::x',
  '::set-output name=status::success',
  '##[error]x',
  '##[warning]x',
  'before ##[error]inside the line',
  '  ::error::leading spaces',
  '\t::error::leading tab',
  '\u0085::error::after NEL (.NET whitespace)',
  '\u00a0\u3000::error::after unicode spaces',
  '::',
  '::::',
  '####[error]x'
]

const commandsIn = (text: string): string[] =>
  outputLines(text)
    .map(commandOf)
    .filter((c): c is string => c !== undefined)

describe('neutraliseCommands', () => {
  it.each(HOSTILE)('leaves no workflow command in %j', (line) => {
    expect(commandsIn(line)).not.toEqual([]) // the test's parser sees the command...
    expect(commandsIn(neutraliseCommands(line))).toEqual([]) // ...and no longer after
  })

  it.each(['\n', '\r\n', '\r'])('checks every line of a multi-line message split at %j', (eol) => {
    const text = ['Job x: failed', ...HOSTILE, 'end'].join(eol)
    expect(commandsIn(text).length).toBeGreaterThan(0)
    expect(commandsIn(neutraliseCommands(text))).toEqual([])
  })

  it('catches a command after a bare \\r, which the runner ends a line at', () => {
    const text = 'Job x failed: reason\r::error::forged'
    expect(commandsIn(neutraliseCommands(text))).toEqual([])
  })

  it('keeps the text readable: only an invisible zero-width space is added', () => {
    for (const line of HOSTILE) {
      expect(neutraliseCommands(line).replace(/\u200b/g, '')).toBe(line)
    }
  })

  it('leaves ordinary lines, line breaks and colons elsewhere untouched', () => {
    const text = 'Found ImportGraph ff01 of graph "movies": running\r\nhttp://[::1]:8080/ a::b\n# heading [x]\r'
    expect(neutraliseCommands(text)).toBe(text)
  })
})

describe('runnerLog', () => {
  beforeEach(() => {
    jest.clearAllMocks()
  })

  it('writes info lines neutralised, through core.info', () => {
    runnerLog.info('Found job ::error::x\n  ::warning::y')
    expect(core.info).toHaveBeenCalledTimes(1)
    const [written] = core.info.mock.calls[0]
    expect(commandsIn(written)).toEqual([])
  })

  it('keeps warning and debug on the core calls that escape line breaks', () => {
    runnerLog.warning('::error::x')
    runnerLog.debug('##[error]y')
    expect(core.warning).toHaveBeenCalledTimes(1)
    expect(core.debug).toHaveBeenCalledTimes(1)
    expect(commandsIn(core.debug.mock.calls[0][0])).toEqual([])
  })
})
