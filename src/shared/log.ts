import * as core from '@actions/core'

/** The log calls the pipeline makes; tests pass a recorder, the action the runner's log. */
export interface Log {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

/** U+200B: not whitespace to .NET's TrimStart nor to JavaScript's trim, and invisible in the log. */
const ZERO_WIDTH_SPACE = '\u200b'

/**
 * A line the runner would read as a workflow command: `::name::` once leading whitespace is
 * trimmed (`ActionCommand.TryParseV2` trims with .NET's TrimStart, which also drops U+0085;
 * control characters are included here to be safe).
 */
const COMMAND_AT_START = /^([\p{White_Space}\p{Cc}]*):(?=:)/u

/** The old `##[name]` form is found ANYWHERE in a line (`ActionCommand.TryParse` uses IndexOf). */
const OLD_STYLE_COMMAND = /##\[/g

/**
 * Makes text safe to print as plain log lines: no line of it can be parsed by the runner as a
 * workflow command (`::error::`, `::add-mask::`, `::stop-commands::`, `##[error]`, …). Server
 * text (job and graph names, statuses, reasons, error messages) reaches the log, and a command
 * in it would forge annotations, mask or stop the log. The runner splits output into lines at
 * \r\n, \n and \r, so every such line is checked; a zero-width space inside the command marker
 * breaks the marker and leaves the text readable. Lines that are not commands are unchanged.
 */
export function neutraliseCommands(message: string): string {
  return message
    .split(/(\r\n|\n|\r)/)
    .map((part) =>
      part.replace(COMMAND_AT_START, `$1:${ZERO_WIDTH_SPACE}`).replace(OLD_STYLE_COMMAND, `#${ZERO_WIDTH_SPACE}#[`)
    )
    .join('')
}

/**
 * The one way text reaches stdout (eslint forbids core.info elsewhere). warning and debug go
 * through @actions/core's issueCommand, whose escapeData (lib/command.js, @actions/core 3.0.1)
 * turns % \r \n into %25 %0D %0A: the message stays on the one line that starts with our own
 * `::warning::`, where the runner reads it as that command's data. core.info writes the
 * message raw (`process.stdout.write(message + os.EOL)`, lib/core.js), hence neutraliseCommands.
 */
export const runnerLog: Log = {
  // Neutralised too, though escaped: the text stays readable and no runner version can differ.
  debug: (message) => core.debug(neutraliseCommands(message)),
  info: (message) => core.info(neutraliseCommands(message)),
  warning: (message) => core.warning(neutraliseCommands(message))
}
