// The README's Inputs and Outputs tables document action.yml: same names (none missing, none
// extra, none twice), and the defaults the README shows are the ones the runner applies.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

interface ActionYml {
  inputs: Record<string, { default?: string | number | boolean | null }>
  outputs: Record<string, unknown>
}

const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as ActionYml
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** action.yml's default as the runner passes it: a string, '' when there is none. */
const actionDefault = (name: string): string => {
  const value = action.inputs[name]?.default
  return value === undefined || value === null ? '' : String(value)
}

/** Splits a markdown table row into trimmed cells; `|` inside backticks or escaped as `\|` stays in its cell. */
function cells(row: string): string[] {
  const out: string[] = []
  let cell = ''
  let inCode = false
  const body = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\\' && body[i + 1] === '|') {
      cell += '|'
      i++
    } else if (c === '`') {
      inCode = !inCode
      cell += c
    } else if (c === '|' && !inCode) {
      out.push(cell.trim())
      cell = ''
    } else cell += c
  }
  out.push(cell.trim())
  return out
}

interface Table {
  header: string[]
  rows: string[][]
}

/** The first table under the `## heading` section of the README (before the next `## `). */
function tableUnder(heading: string): Table {
  const lines = readme.split('\n')
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`)
  if (start < 0) throw new Error(`README has no "## ${heading}" section`)
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line))
  const section = lines.slice(start + 1, end < 0 ? undefined : end)
  const first = section.findIndex((line) => line.trim().startsWith('|'))
  if (first < 0) throw new Error(`README's "## ${heading}" section has no table`)
  const block: string[] = []
  for (const line of section.slice(first)) {
    if (!line.trim().startsWith('|')) break
    block.push(line)
  }
  const [headerRow, separator, ...rows] = block
  if (headerRow === undefined || separator === undefined || !/^\|?\s*:?-{3,}/.test(separator.trim())) {
    throw new Error(`README's "## ${heading}" table has no header row and separator`)
  }
  return { header: cells(headerRow).map((h) => h.toLowerCase()), rows: rows.map(cells) }
}

/** The backticked values of a cell, in order: "`a`, `b`" → ['a', 'b']. */
const codeSpans = (cell: string): string[] => [...cell.matchAll(/`([^`]*)`/g)].map((m) => m[1] ?? '')

/** True when the cell is only backticked values separated by commas: a literal default. */
const isLiteralList = (cell: string): boolean => /^`[^`]*`(\s*,\s*`[^`]*`)*$/.test(cell)

interface Row {
  names: string[]
  defaultCell: string | undefined
}

function rowsOf(table: Table, nameColumn: string): Row[] {
  const nameAt = table.header.indexOf(nameColumn)
  const defaultAt = table.header.indexOf('default')
  if (nameAt < 0) throw new Error(`no "${nameColumn}" column in ${JSON.stringify(table.header)}`)
  return table.rows.map((row) => ({
    names: codeSpans(row[nameAt] ?? ''),
    defaultCell: defaultAt < 0 ? undefined : (row[defaultAt] ?? '')
  }))
}

const sorted = (names: string[]): string[] => [...names].sort()
const duplicates = (names: string[]): string[] => sorted(names.filter((name, i) => names.indexOf(name) !== i))

describe('README Inputs table', () => {
  const rows = rowsOf(tableUnder('Inputs'), 'input')
  const names = rows.flatMap((row) => row.names)

  it('names each row', () => {
    expect(rows.filter((row) => row.names.length === 0)).toEqual([])
  })

  it("lists exactly action.yml's inputs, each once", () => {
    const documented = new Set(names)
    const declared = Object.keys(action.inputs)
    expect({
      missing: declared.filter((n) => !documented.has(n)),
      extra: names.filter((n) => !(n in action.inputs))
    }).toEqual({ missing: [], extra: [] })
    expect(duplicates(names)).toEqual([])
    expect(sorted([...documented])).toEqual(sorted(declared))
  })

  it("shows action.yml's default wherever it gives a literal one", () => {
    const disagreements: string[] = []
    for (const { names: group, defaultCell = '' } of rows) {
      if (!isLiteralList(defaultCell)) continue
      const values = codeSpans(defaultCell)
      // One value per name, or one value for the whole group.
      if (values.length !== group.length && values.length !== 1) {
        disagreements.push(`${group.join(', ')}: ${values.length} defaults for ${group.length} inputs`)
        continue
      }
      group.forEach((name, i) => {
        const shown = values.length === 1 ? values[0] : values[i]
        if (name in action.inputs && shown !== actionDefault(name)) {
          disagreements.push(
            `${name}: README says ${JSON.stringify(shown)}, action.yml says ${JSON.stringify(actionDefault(name))}`
          )
        }
      })
    }
    expect(disagreements).toEqual([])
  })

  it('leaves the default empty or describes it (e.g. "from `region`") only where action.yml has none', () => {
    const disagreements: string[] = []
    for (const { names: group, defaultCell = '' } of rows) {
      if (isLiteralList(defaultCell)) continue
      for (const name of group) {
        if (name in action.inputs && actionDefault(name) !== '') {
          const shown = defaultCell === '' ? 'no default' : JSON.stringify(defaultCell)
          disagreements.push(
            `${name}: README shows ${shown}, action.yml's default is ${JSON.stringify(actionDefault(name))}`
          )
        }
      }
    }
    expect(disagreements).toEqual([])
  })
})

describe('README Outputs table', () => {
  const rows = rowsOf(tableUnder('Outputs'), 'output')
  const names = rows.flatMap((row) => row.names)

  it('names each row', () => {
    expect(rows.filter((row) => row.names.length === 0)).toEqual([])
  })

  it("lists exactly action.yml's outputs, each once", () => {
    const documented = new Set(names)
    const declared = Object.keys(action.outputs)
    expect({
      missing: declared.filter((n) => !documented.has(n)),
      extra: names.filter((n) => !(n in action.outputs))
    }).toEqual({ missing: [], extra: [] })
    expect(duplicates(names)).toEqual([])
    expect(sorted([...documented])).toEqual(sorted(declared))
  })
})

describe('the table reader', () => {
  it('keeps pipes inside backticks and escaped pipes in their cell', () => {
    expect(cells('| `a|b` | c \\| d | `e` |')).toEqual(['`a|b`', 'c | d', '`e`'])
  })

  it('tells literal defaults from descriptions', () => {
    expect(isLiteralList('`5s`, `60s`')).toBe(true)
    expect(isLiteralList('`${{ github.token }}`')).toBe(true)
    expect(isLiteralList('from `region`')).toBe(false)
    expect(isLiteralList('')).toBe(false)
  })
})
