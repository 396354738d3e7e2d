// The shape of src/: no import cycle, and stages meet through their entry modules and the model
// types, never through each other's internals. Reads the import statements of every module.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

const SRC = join(import.meta.dirname, '..', 'src')

/** The stage folders, and the modules another folder may import values from. */
const STAGE_ENTRIES: Record<string, string[]> = {
  'since-run': ['since-run.ts'],
  start: ['start-stage.ts', 'starting.ts'],
  waiter: ['wait-stage.ts'],
  evidence: ['gather-evidence.ts'],
  compare: ['previous-import.ts'],
  obs: ['import-logs.ts'],
  sinks: ['publish.ts', 'verdict.ts', 'no-report.ts']
}
/** Model modules of a stage folder: the types and keys the stages and the report meet through. */
const MODEL = ['obs/log-targets.ts', 'waiter/targets.ts']

interface Edge {
  from: string
  to: string
  typeOnly: boolean
}

function modules(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return modules(path)
    return name.endsWith('.ts') ? [relative(SRC, path)] : []
  })
}

/** Every relative import, export…from and import() of a module. */
export function importsOf(file: string, text: string): Edge[] {
  const edges: Edge[] = []
  const pattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/gm
  for (const m of text.matchAll(pattern)) {
    const spec = m[2] ?? m[3]
    const to = normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts')
    // Outside src/ (a package loaded by path) is not part of the graph.
    if (!to.startsWith('..')) edges.push({ from: file, to, typeOnly: m[1] !== undefined })
  }
  return edges
}

/** The first cycle found, as a path of modules, or undefined. */
export function findCycle(edges: Edge[]): string[] | undefined {
  const next = new Map<string, string[]>()
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to])
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node]
    state.set(node, 'open')
    stack.push(node)
    for (const to of next.get(node) ?? []) {
      const cycle = visit(to)
      if (cycle) return cycle
    }
    stack.pop()
    state.set(node, 'done')
    return undefined
  }
  for (const node of next.keys()) {
    const cycle = visit(node)
    if (cycle) return cycle
  }
  return undefined
}

/** Value imports of another stage's internals (type imports are the model, and allowed). */
export function internalsBorrowed(edges: Edge[]): string[] {
  return edges
    .filter((e) => !e.typeOnly)
    .filter((e) => {
      const [fromFolder] = e.from.split('/')
      const [toFolder, ...rest] = e.to.split('/')
      const entries = STAGE_ENTRIES[toFolder]
      if (!entries || fromFolder === toFolder || MODEL.includes(e.to)) return false
      return !entries.includes(rest.join('/'))
    })
    .map((e) => `${e.from} → ${e.to}`)
}

const edges = modules().flatMap((file) => importsOf(file, readFileSync(join(SRC, file), 'utf8')))

describe('the module graph of src/', () => {
  it('is read: every module is found and imports resolve to modules', () => {
    const all = new Set(modules())
    expect(all.has('main.ts')).toBe(true)
    expect(edges.length).toBeGreaterThan(100)
    expect(edges.filter((e) => !all.has(e.to)).map((e) => `${e.from} → ${e.to}`)).toEqual([])
  })

  it('has no import cycle, type imports included', () => {
    expect(findCycle(edges)).toBeUndefined()
  })

  it('no stage imports another stage’s internals', () => {
    expect(internalsBorrowed(edges)).toEqual([])
  })

  it('index.ts only runs run(), and main.ts stays a short pipeline', () => {
    expect(edges.filter((e) => e.from === 'index.ts').map((e) => e.to)).toEqual(['main.ts'])
    expect(readFileSync(join(SRC, 'main.ts'), 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(60)
  })
})

describe('the checks themselves', () => {
  it('find a cycle, and none in a tree', () => {
    const e = (from: string, to: string): Edge => ({ from, to, typeOnly: false })
    expect(findCycle([e('a.ts', 'b.ts'), e('b.ts', 'c.ts'), e('c.ts', 'a.ts')])).toEqual([
      'a.ts',
      'b.ts',
      'c.ts',
      'a.ts'
    ])
    expect(findCycle([e('a.ts', 'b.ts'), e('a.ts', 'c.ts'), e('b.ts', 'c.ts')])).toBeUndefined()
  })

  it('read imports of every form', () => {
    const text = [
      "import { a } from './a.js'",
      "import type { B } from '../b/b.js'",
      "export { c } from './c.js'",
      'import {',
      '  d,',
      '  e',
      "} from './de.js'",
      "const f = await import('./f.js')",
      "import './side-effect.js'"
    ].join('\n')
    expect(importsOf('x/y.ts', text)).toEqual([
      { from: 'x/y.ts', to: 'x/a.ts', typeOnly: false },
      { from: 'x/y.ts', to: 'b/b.ts', typeOnly: true },
      { from: 'x/y.ts', to: 'x/c.ts', typeOnly: false },
      { from: 'x/y.ts', to: 'x/de.ts', typeOnly: false },
      { from: 'x/y.ts', to: 'x/f.ts', typeOnly: false },
      { from: 'x/y.ts', to: 'x/side-effect.ts', typeOnly: false }
    ])
  })

  it('flag a value import of a stage internal, not of its entry nor a type', () => {
    const flagged = internalsBorrowed([
      { from: 'start/start-import.ts', to: 'compare/find-previous.ts', typeOnly: false },
      { from: 'start/start-import.ts', to: 'compare/previous-import.ts', typeOnly: false },
      { from: 'start/start-import.ts', to: 'compare/compare-imports.ts', typeOnly: true },
      { from: 'compare/previous-import.ts', to: 'compare/find-previous.ts', typeOnly: false }
    ])
    expect(flagged).toEqual(['start/start-import.ts → compare/find-previous.ts'])
  })
})
