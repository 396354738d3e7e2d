// The documentation is tested like code: every relative link and heading anchor resolves, every
// YAML example parses and gives the action only inputs that action.yml declares (durations with
// a unit), the JSON report example matches the published schema, and no code comment sends a
// reader to a file that is not in the repository or to an issue number they cannot open.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { parse, parseAllDocuments } from 'yaml'
import { schemaErrors } from '../schema/validate-report.js'

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

/** Files under `dir` (relative to the root), recursively, skipping generated and installed trees. */
function filesUnder(dir: string): string[] {
  const out: string[] = []
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(ROOT, rel))) {
      if (['node_modules', 'dist', '.cache', 'coverage', 'tmp', '.git'].includes(name)) continue
      const path = rel === '' ? name : `${rel}/${name}`
      if (statSync(join(ROOT, path)).isDirectory()) walk(path)
      else out.push(path)
    }
  }
  walk(dir)
  return out
}

const MARKDOWN = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'emulator/README.md',
  ...filesUnder('docs').filter((f) => f.endsWith('.md'))
]

// ---------------------------------------------------------------------------------------------
// Markdown: headings, links, code blocks
// ---------------------------------------------------------------------------------------------

interface Fence {
  lang: string
  body: string
  line: number
}

/** Fenced code blocks (``` or ~~~, any length), with their info string and first line number. */
export function fences(markdown: string): Fence[] {
  const out: Fence[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i])
    if (!open) continue
    const marker = open[1]
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[j])
      if (close && close[1][0] === marker[0] && close[1].length >= marker.length) break
      body.push(lines[j])
    }
    // An indented fence (inside a list item) is indented as a whole.
    const indent = /^\s*/.exec(lines[i])?.[0].length ?? 0
    out.push({
      lang: open[2],
      body: body.map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)?.[0].length ?? 0))).join('\n'),
      line: i + 1
    })
    i = j
  }
  return out
}

/** The markdown with fenced blocks and code spans blanked, line numbers kept. */
function prose(markdown: string): string {
  const lines = markdown.split('\n')
  let fence: string | undefined
  return lines
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
      if (fence === undefined && marker) {
        fence = marker
        return ''
      }
      if (fence !== undefined) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^\s*[`~]+\s*$/.test(line))
          fence = undefined
        return ''
      }
      return line.replace(/(`+)(?:(?!\1).)+?\1/g, '')
    })
    .join('\n')
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_~]/g, '')
    .trim()
    .toLowerCase()
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-')
}

/** The anchors a markdown file defines (duplicates numbered as GitHub does). */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  for (const line of prose(markdown).split('\n')) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (!heading) continue
    const base = slug(heading[1])
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.add(n === 0 ? base : `${base}-${n}`)
  }
  return out
}

interface Link {
  target: string
  line: number
}

/** Inline links and images, and reference definitions, outside code. */
export function links(markdown: string): Link[] {
  const out: Link[] = []
  prose(markdown)
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
        out.push({ target: m[1], line: i + 1 })
      const definition = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/.exec(line)
      if (definition) out.push({ target: definition[1], line: i + 1 })
    })
  return out
}

/** Why a link from `from` does not resolve, or undefined when it does. External links are not fetched. */
function brokenLink(from: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined // https:, mailto:
  const [pathPart, anchor] = target.split('#', 2)
  const path = pathPart === '' ? from : relative(ROOT, resolve(ROOT, dirname(from), decodeURIComponent(pathPart)))
  if (path.startsWith('..')) return `${target}: outside the repository`
  if (!existsSync(join(ROOT, path))) return `${target}: no file ${path}`
  if (anchor === undefined || anchor === '') return undefined
  if (!path.endsWith('.md'))
    return /^L\d+(-L\d+)?$/.test(anchor) ? undefined : `${target}: anchor in a non-markdown file`
  return anchors(read(path)).has(anchor) ? undefined : `${target}: ${path} has no heading #${anchor}`
}

describe('links and anchors', () => {
  it.each(MARKDOWN)('%s: every relative link and anchor resolves', (file) => {
    const broken = links(read(file)).flatMap(({ target, line }) => {
      const why = brokenLink(file, target)
      return why ? [`${file}:${line} ${why}`] : []
    })
    expect(broken).toEqual([])
  })

  it('the checker finds broken links and anchors (it can fail)', () => {
    expect(brokenLink('README.md', 'docs/nowhere.md')).toContain('no file docs/nowhere.md')
    expect(brokenLink('README.md', '#no-such-heading')).toContain('has no heading')
    expect(brokenLink('docs/security.md', '../README.md#versioning')).toBeUndefined()
    expect(brokenLink('docs/security.md', 'troubleshooting.md#where-to-look-first')).toBeUndefined()
    expect(slug('Stale imports and `since: run`')).toBe('stale-imports-and-since-run')
    expect(slug('Permissions (least privilege)')).toBe('permissions-least-privilege')
    expect([...anchors('# A\n## A\n```\n# not a heading\n```\n')]).toEqual(['a', 'a-1'])
    expect(links('[x](a.md) `[y](b.md)`\n```\n[z](c.md)\n```\n[ref]: d.md')).toEqual([
      { target: 'a.md', line: 1 },
      { target: 'd.md', line: 5 }
    ])
  })
})

// ---------------------------------------------------------------------------------------------
// YAML examples
// ---------------------------------------------------------------------------------------------

interface ActionYml {
  inputs: Record<string, unknown>
}
const declared = new Set(Object.keys((parse(read('action.yml')) as ActionYml).inputs))
const DURATION_INPUTS = ['timeout', 'appear-timeout', 'poll-interval', 'max-poll-interval', 'request-timeout']

/** Every step of ours in a parsed YAML document: objects whose `uses` names this action. */
function ourSteps(node: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(node)) return node.flatMap(ourSteps)
  if (node === null || typeof node !== 'object') return []
  const object = node as Record<string, unknown>
  const mine = typeof object.uses === 'string' && /ges-job-waiter@/.test(object.uses) ? [object] : []
  return [...mine, ...Object.values(object).flatMap(ourSteps)]
}

/** What is wrong with one step's `with:`: undeclared inputs, durations without a unit. */
export function stepProblems(step: Record<string, unknown>): string[] {
  const given = (step.with ?? {}) as Record<string, unknown>
  const problems: string[] = []
  for (const [name, value] of Object.entries(given)) {
    if (!declared.has(name)) problems.push(`input "${name}" is not declared in action.yml`)
    const text = String(value)
    if (DURATION_INPUTS.includes(name) && !/^\$\{\{/.test(text) && !/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(text))
      problems.push(`${name}: ${JSON.stringify(value)} has no unit`)
    if ((name === 'since' || name === 'until') && /^\d+$/.test(text)) problems.push(`${name}: ${text} has no unit`)
  }
  return problems
}

const yamlBlocks = MARKDOWN.flatMap((file) =>
  fences(read(file))
    .filter((f) => f.lang === 'yaml' || f.lang === 'yml')
    .map((f) => ({ file, ...f }))
)

describe('YAML examples', () => {
  it('there are examples of this action to check', () => {
    const steps = yamlBlocks.flatMap((block) => parseAllDocuments(block.body).flatMap((d) => ourSteps(d.toJS())))
    expect(steps.length).toBeGreaterThanOrEqual(10)
  })

  it.each(yamlBlocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s parses and uses only declared inputs, durations with a unit',
    (_where, block) => {
      const documents = parseAllDocuments(block.body)
      expect(documents.flatMap((d) => d.errors.map((e) => e.message))).toEqual([])
      const problems = documents.flatMap((d) => ourSteps(d.toJS()).flatMap(stepProblems))
      expect(problems).toEqual([])
    }
  )

  it('the checker refuses unknown inputs and bare durations (it can fail)', () => {
    const step = { uses: 'your-org/ges-job-waiter@v1', with: { 'graph-nmae': 'movies', timeout: 30, since: '90' } }
    expect(stepProblems(step)).toEqual([
      'input "graph-nmae" is not declared in action.yml',
      'timeout: 30 has no unit',
      'since: 90 has no unit'
    ])
    expect(stepProblems({ uses: 'x', with: { timeout: '1h30m', 'poll-interval': '500ms' } })).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// The JSON report example, and the README's size
// ---------------------------------------------------------------------------------------------

describe('the documented report', () => {
  it("advanced-usage.md's JSON report example matches docs/report.schema.json", () => {
    const markdown = read('docs/advanced-usage.md')
    const section = markdown.slice(markdown.indexOf('## The JSON report'))
    const example = fences(section).find((f) => f.lang === 'json')
    expect(example).toBeDefined()
    expect(schemaErrors(JSON.parse(example?.body ?? 'null'))).toEqual([])
  })

  it('README.md stays short: at most 400 lines, the depth is in docs/', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(400)
  })
})

// ---------------------------------------------------------------------------------------------
// Code comments cite what a reader can open
// ---------------------------------------------------------------------------------------------

const CODE = ['src', '__tests__', 'emulator', 'script'].flatMap(filesUnder).filter((f) => /\.(ts|mts|mjs|js)$/.test(f))

/** Every comment of a TypeScript or JavaScript file, with its line. */
export function comments(path: string, text: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const seen = new Set<number>()
  const out: Array<{ line: number; text: string }> = []
  const collect = (ranges: readonly ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue
      seen.add(range.pos)
      out.push({
        line: source.getLineAndCharacterOfPosition(range.pos).line + 1,
        text: text.slice(range.pos, range.end)
      })
    }
  }
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()))
    collect(ts.getTrailingCommentRanges(text, node.getEnd()))
    ts.forEachChild(node, visit)
  }
  visit(source)
  collect(ts.getLeadingCommentRanges(text, source.endOfFileToken.getFullStart()))
  return out.sort((a, b) => a.line - b.line)
}

/** The repository's files: what git tracks (dist/ included) and what is new but not ignored. */
const REPO_FILES = new Set(
  (() => {
    try {
      return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
        cwd: ROOT,
        encoding: 'utf8'
      })
        .split('\n')
        .filter(Boolean)
    } catch {
      return [...filesUnder(''), ...filesUnder('dist')]
    }
  })()
)

/** The file's directory and each directory above it, up to the root ('' last). */
function ancestors(file: string): string[] {
  const out: string[] = []
  for (let dir = dirname(file); dir !== '.' && dir !== ''; dir = dirname(dir)) out.push(dir)
  return [...out, '']
}

/** Whether `name`, as a comment in `file` writes it, is a file a reader can open. */
function resolvable(file: string, comment: string, name: string): boolean {
  if (name.startsWith('path/to/')) return true // a placeholder in a usage line
  const bare = name.replace(/^\.\//, '')
  // In this repository, from the file's folder or any folder above it: a comment in src/ges/
  // may name src/shared/time.ts by its path below src/.
  const bases = name.startsWith('.') ? [dirname(file)] : ancestors(file)
  if (bases.some((base) => REPO_FILES.has(relative(ROOT, resolve(ROOT, base, bare))))) return true
  // In a dependency the comment names (`lib/command.js` of @actions/core).
  const packages = [...comment.matchAll(/(@[\w-]+\/[\w.-]+|[\w.-]+)/g)].map((m) => m[1])
  return packages.some(
    (pkg) =>
      existsSync(join(ROOT, 'node_modules', pkg, 'package.json')) &&
      (existsSync(join(ROOT, 'node_modules', pkg, bare)) || existsSync(join(ROOT, 'node_modules', pkg, 'lib', bare)))
  )
}

/** What a comment cites that a reader of the repository cannot open. */
export function citationProblems(file: string, comment: string): string[] {
  const problems: string[] = []
  for (const m of comment.matchAll(/\bissues?\s+#?\d+/gi)) problems.push(`cites "${m[0]}": name the docs/ file instead`)
  if (/§/.test(comment) && /\.md\b/.test(comment))
    problems.push('cites a numbered section: link a docs/ heading instead')
  if (/\.\.\/shared|\/work\//.test(comment)) problems.push('cites a path outside the repository')
  for (const m of comment.matchAll(
    /(?<![\w@/.-])((?:\.{1,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:md|json|ts|mts|mjs|js|yml|yaml))\b/g
  )) {
    if (!resolvable(file, comment, m[1])) problems.push(`names ${m[1]}, which is not in the repository`)
  }
  // A heading of docs/ges-api.md that a comment points at must exist.
  for (const m of comment.matchAll(/ges-api\.md#([\w-]+)/g)) {
    if (!anchors(read('docs/ges-api.md')).has(m[1])) problems.push(`docs/ges-api.md has no heading #${m[1]}`)
  }
  return problems
}

describe('code comments', () => {
  it('no comment in src/, __tests__/, emulator/ or script/ cites a missing file or an issue number', () => {
    const offenders = CODE.flatMap((file) =>
      comments(file, read(file)).flatMap((c) => citationProblems(file, c.text).map((p) => `${file}:${c.line} ${p}`))
    )
    expect(offenders).toEqual([])
  })

  it('shell scripts follow the same rule', () => {
    const offenders = filesUnder('script')
      .filter((f) => !/\.(ts|mts|mjs|js)$/.test(f))
      .flatMap((file) =>
        read(file)
          .split('\n')
          .flatMap((line, i) =>
            /^\s*#/.test(line) ? citationProblems(file, line).map((p) => `${file}:${i + 1} ${p}`) : []
          )
      )
    expect(offenders).toEqual([])
  })

  it('the checker finds comments, and what they must not cite (it can fail)', () => {
    const found = comments('x.ts', "const a = 'http://x' // one\n/** two (issue 12) */\nconst re = /\\/\\//\n")
    expect(found.map((c) => c.text)).toEqual(['// one', '/** two (issue 12) */'])
    expect(citationProblems('src/x.ts', '// see ges-api.md §3')).toEqual([
      'cites a numbered section: link a docs/ heading instead',
      'names ges-api.md, which is not in the repository'
    ])
    expect(citationProblems('src/ges/x.ts', '// see shared/time.ts, and lib/command.js of @actions/core')).toEqual([])
    expect(citationProblems('src/ges/x.ts', '// see lib/command.js')).toEqual([
      'names lib/command.js, which is not in the repository'
    ])
    expect(citationProblems('src/x.ts', '// issue 18: windows')).toEqual([
      'cites "issue 18": name the docs/ file instead'
    ])
    expect(citationProblems('src/x.ts', '// see docs/nowhere.md')).toEqual([
      'names docs/nowhere.md, which is not in the repository'
    ])
    expect(citationProblems('src/x.ts', '// see docs/ges-api.md#errors and src/report/judge.ts')).toEqual([])
    expect(citationProblems('src/x.ts', '// see docs/ges-api.md#no-such-section')).toEqual([
      'docs/ges-api.md has no heading #no-such-section'
    ])
  })
})
