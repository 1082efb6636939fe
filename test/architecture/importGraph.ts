import fs from 'fs'
import path from 'path'
import ts from 'typescript'
import { fileURLToPath } from 'url'

/** The repository's root, where the walk starts and the paths it reports are relative to. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '')

/** Not the app: uploads, the development database, benchmarks, scripts and every test folder. */
const SKIP_AT_ROOT = new Set(['bench', 'data', 'media', 'scripts'])
const skipped = (dir: string, name: string) =>
  name === 'node_modules' ||
  name === 'test' ||
  name.startsWith('.') ||
  (dir === ROOT && SKIP_AT_ROOT.has(name))
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx']

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return skipped(dir, entry.name) ? [] : sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.(spec|d)\.tsx?$/.test(entry.name) ? [full] : []
  })

const resolve = (from: string, specifier: string): string | undefined => {
  const base = specifier.startsWith('@/')
    ? path.join(ROOT, 'src', specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined
  if (!base) return undefined
  if (/\.tsx?$/.test(base) && fs.existsSync(base)) return base
  return EXTENSIONS.map((ext) => base + ext).find((candidate) => fs.existsSync(candidate))
}

/** Whether a statement is erased by TypeScript: `import type`, `export type`, or only `type` specifiers. */
const typeOnly = (node: ts.ExportDeclaration | ts.ImportDeclaration): boolean => {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause
    if (!clause) return false // a side-effect import
    if (clause.isTypeOnly) return true
    const bindings = clause.namedBindings
    return (
      !clause.name &&
      Boolean(bindings) &&
      ts.isNamedImports(bindings!) &&
      bindings.elements.length > 0 &&
      bindings.elements.every((element) => element.isTypeOnly)
    )
  }
  if (node.isTypeOnly) return true
  const clause = node.exportClause
  return Boolean(
    clause &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((e) => e.isTypeOnly),
  )
}

/**
 * The modules each source file loads when it is evaluated: static `import` and `export … from` statements that
 * survive compilation (type-only ones are erased; dynamic `import()` runs later, not at load).
 */
export const runtimeImportGraph = (): Map<string, string[]> => {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(ROOT)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
    const targets: string[] = []
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue
      const specifier = statement.moduleSpecifier
      if (!specifier || !ts.isStringLiteral(specifier) || typeOnly(statement)) continue
      const target = resolve(file, specifier.text)
      if (target) targets.push(target)
    }
    graph.set(file, targets)
  }
  return graph
}

/** Every import cycle, each once, as the chain of files relative to the root (Tarjan's strongly connected components). */
export const importCycles = (graph: Map<string, string[]>): string[][] => {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  const visit = (node: string) => {
    indices.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!))
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component)
    }
  }
  for (const node of graph.keys()) if (!indices.has(node)) visit(node)
  return components.map((component) => component.map((file) => path.relative(ROOT, file)).sort())
}
