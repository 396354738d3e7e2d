// How the Actions runner finds workflow commands in a step's output (actions/runner,
// src/Runner.Common/ActionCommand.cs): the output is split into lines at \r\n, \n and \r;
// `TryParseV2` trims leading whitespace (.NET TrimStart, which includes U+0085) and wants
// `::`, `TryParse` looks for the old `##[` ANYWHERE in the line. A line is counted here as a
// command when it could be one of either form, whatever the command name: stricter than the
// runner, which also needs a registered name.

/** Lines as the runner reads them. */
export function outputLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/)
}

/** The command a line would start, or undefined: `::name…::` (after whitespace) or `##[name…]`. */
export function commandOf(line: string): string | undefined {
  const trimmed = line.replace(/^[\s\u0085]+/, '')
  if (trimmed.startsWith('::')) return trimmed.slice(2).split(/::| /)[0] || '(empty)'
  const old = line.indexOf('##[')
  if (old >= 0) return `##[${line.slice(old + 3).split(/[\] ]/)[0]}`
  return undefined
}
