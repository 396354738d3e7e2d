// A step's output as the GitHub Actions log shows it to a person: workflow commands interpreted,
// not printed. Masked values read `***` everywhere after their ::add-mask::, ::group:: folds the
// lines up to ::endgroup:: under its title, ::error:: / ::warning:: / ::notice:: read as
// "Error: …" (their %0A escapes as line breaks), and ::debug:: lines are hidden unless step debug
// logging is on (then "##[debug]…", as GitHub prints them).

const LABELS = { error: 'Error', warning: 'Warning', notice: 'Notice' }

/** The data of a workflow command, unescaped as the runner does (`%0A` is a line break). */
export function unescapeData(text) {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

/**
 * @param {string} output the step's stdout (and stderr), as written
 * @param {{ debug?: boolean }} [options] debug: show ::debug:: lines, as ACTIONS_STEP_DEBUG does
 * @returns {string}
 */
export function renderActionsLog(output, { debug = false } = {}) {
  const secrets = []
  const mask = (text) => {
    let masked = text
    for (const secret of secrets) masked = masked.split(secret).join('***')
    return masked
  }
  const lines = []
  let indent = ''
  const push = (text) => {
    for (const line of mask(text).split(/\r?\n/)) lines.push(`${indent}${line}`)
  }
  for (const raw of output.split('\n')) {
    const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(raw)
    if (!command) {
      push(raw)
      continue
    }
    const [, name, data] = command
    const value = unescapeData(data)
    if (name === 'add-mask') {
      // Longest first, so that a secret containing another is masked whole.
      if (value.trim()) secrets.push(value, ...value.split(/\r?\n/).filter((part) => part.trim() && part !== value))
      secrets.sort((a, b) => b.length - a.length)
    } else if (name === 'debug') {
      if (debug) push(`##[debug]${value}`)
    } else if (name === 'group') {
      indent = ''
      push(`▼ ${value}`)
      indent = '  '
    } else if (name === 'endgroup') {
      indent = ''
    } else if (name in LABELS) {
      push(`${LABELS[name]}: ${value}`)
    } else {
      push(raw) // a command the runner does not know is printed as it is
    }
  }
  return lines.join('\n')
}
