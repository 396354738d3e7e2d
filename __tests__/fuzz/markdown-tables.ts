// Shape checks for rendered GitHub markdown, shared by the fuzz properties and the fault matrix.

/**
 * Cells of one table line: `| a | b |` has 2. Cloud text escapes its pipes (`\\|`) and doubles a
 * backslash before one (`\\\\`), so a `|` after an even number of backslashes is a border.
 */
export function cellCount(line: string): number {
  return line.split(/(?<!\\)(?:\\\\)*\|/).length - 2
}

/** A `<` that no backslash escapes: raw HTML could open there. */
export function hasRawAngle(markdown: string): boolean {
  return /(?<!\\)(?:\\\\)*</.test(markdown)
}

/**
 * Every problem with the tables of a rendering: a row whose cell count is not its header's, a
 * row that does not end with a border, a header without its `| --- |` delimiter line.
 */
export function tableProblems(markdown: string): string[] {
  const problems: string[] = []
  const lines = markdown.split('\n')
  let header: number | undefined
  let row = 0
  lines.forEach((line, i) => {
    if (!line.startsWith('|')) {
      header = undefined
      return
    }
    const where = `line ${i + 1} (${JSON.stringify(line.slice(0, 120))})`
    if (!line.endsWith(' |')) problems.push(`${where} does not end with a cell border`)
    const cells = cellCount(line)
    if (header === undefined) {
      header = cells
      row = 0
      return
    }
    row += 1
    if (row === 1 && !/^\|( :?---:? \|)+$/.test(line)) problems.push(`${where} should be the header's delimiter line`)
    if (cells !== header) problems.push(`${where} has ${cells} cells, its header ${header}`)
  })
  return problems
}
