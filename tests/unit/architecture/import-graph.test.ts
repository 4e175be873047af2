import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The renderer's shape, read from its imports: which folder imports which. A folder is a
 * feature (`features/<x>`) or a layer (`app`, `db`, `domain`, `ui`, `platform`).
 */
const root = resolve(__dirname, '../../../renderer/src')
const lowerLayers = ['db', 'domain', 'ui', 'platform']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

function folderOf(file: string): string {
  const parts = relative(root, file).split(/[\\/]/)
  if (parts[0] === 'features') return `features/${parts[1]}`
  return parts.length === 1 ? 'main' : (parts[0] as string)
}

const files = sourceFiles(root)
const known = new Set(files)

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (known.has(candidate)) return candidate
  }
  return null
}

interface Edge {
  from: string
  to: string
  file: string
  target: string
  dynamic: boolean
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8')
  return ts.preProcessFile(text, true, true).importedFiles.flatMap((imported) => {
    const target = resolveImport(file, imported.fileName)
    if (!target) return []
    // `import(...)`: the specifier (its quote at pos) follows an opening parenthesis.
    const before = text.slice(Math.max(0, imported.pos - 20), imported.pos)
    const dynamic = /import\(\s*$/.test(before)
    return [{ from: folderOf(file), to: folderOf(target), file, target, dynamic }]
  })
}

const edges = files.flatMap(importsOf).filter((edge) => edge.from !== edge.to)

/** Every cycle in the folder graph, each as a path `a -> b -> a` (Tarjan's components). */
export function folderCycles(list: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, Set<string>>()
  for (const { from, to } of list) {
    if (!next.has(from)) next.set(from, new Set())
    next.get(from)?.add(to)
  }
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  let counter = 0
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter)
    counter += 1
    stack.push(node)
    onStack.add(node)
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to)
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0))
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string | undefined
      do {
        member = stack.pop()
        if (member === undefined) break
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) components.push(component.sort())
    }
  }
  for (const node of next.keys()) if (!index.has(node)) visit(node)
  return components
}

const describeEdge = (edge: Edge) =>
  `${relative(root, edge.file)} imports ${relative(root, edge.target)}`

describe('the import graph between folders', () => {
  it('has no cycle between features, or between a feature and a layer', () => {
    expect(folderCycles(edges)).toEqual([])
  })

  it('finds a cycle when there is one (the check itself can fail)', () => {
    const cyclic = [
      { from: 'features/plan', to: 'features/log' },
      { from: 'features/log', to: 'db' },
      { from: 'db', to: 'features/plan' },
      { from: 'features/plan', to: 'ui' },
    ]
    expect(folderCycles(cyclic)).toEqual([['db', 'features/log', 'features/plan']])
  })

  it('keeps db, domain, ui and platform free of features and of the app shell', () => {
    const upward = edges.filter(
      (edge) =>
        lowerLayers.includes(edge.from) && (edge.to.startsWith('features/') || edge.to === 'app'),
    )
    expect(upward.map(describeEdge)).toEqual([])
  })

  it('enters another feature only through its door, index.ts', () => {
    const deep = edges.filter(
      (edge) =>
        edge.to.startsWith('features/') &&
        // The router loads each page file lazily, so that every page stays its own chunk.
        !(edge.dynamic && edge.file === join(root, 'app/router.tsx')) &&
        edge.target !== join(root, edge.to, 'index.ts'),
    )
    expect(deep.map(describeEdge)).toEqual([])
  })

  it('gives every feature a door', () => {
    const features = readdirSync(join(root, 'features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(features.filter((name) => !known.has(join(root, 'features', name, 'index.ts')))).toEqual(
      [],
    )
  })
})
