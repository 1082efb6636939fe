import fs from 'fs'
import path from 'path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

import { ROOT } from './importGraph'

// The newsroom's plugins (plugins/<name>/src) are reusable Payload plugins: what they know of this app (who is an
// editor, a user's regions, the app's labels, its error answer) comes in through their typed options, set in the
// wiring files (plugins/<name>.ts), which may import the app. Inside a plugin, a file may import:
// - its own plugin's files;
// - the helpers the plugins share (plugins/shared);
// - another plugin only through that plugin's public index (plugins/<other>/src/index.ts): the contracts below;
// - packages (payload, react, ...).
// Not the app (src/, collections/, payload.config.ts, the wiring files) and not another plugin's internals. Every
// import counts: type-only ones, `export … from` and dynamic `import()` too (a type is a dependency as well).
const PLUGINS_DIR = path.join(ROOT, 'plugins')
const SHARED = path.join(PLUGINS_DIR, 'shared')

/** Which plugin may use which other plugin's public index (its exported values and types). */
const CONTRACTS: Record<string, string[]> = {
  // The public sees what the AI-ethics review lets through (`publiclyVisible`, `PUBLIC_REVIEW_STATUSES`).
  delivery: ['ai-ethics'],
  // The ethics section of the report reads the review queue's entries (`ReviewQueueEntry`).
  reports: ['ai-ethics'],
}

const pluginNames = (): string[] =>
  fs
    .readdirSync(PLUGINS_DIR, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && fs.existsSync(path.join(PLUGINS_DIR, entry.name, 'src')),
    )
    .map((entry) => entry.name)

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(full)
    return /\.(tsx?|mts|mjs|js)$/.test(entry.name) ? [full] : []
  })

/** Every module specifier a file names: imports and re-exports (type-only too), `import()` and `require()`. */
export const specifiersOf = (file: string, text: string): { line: number; specifier: string }[] => {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: { line: number; specifier: string }[] = []
  const add = (node: ts.Node, literal: ts.Expression | undefined) => {
    if (literal && ts.isStringLiteralLike(literal))
      found.push({
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        specifier: literal.text,
      })
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node))
      add(node, node.moduleSpecifier)
    else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    )
      add(node, node.moduleReference.expression)
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    )
      add(node, node.arguments[0])
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      add(node, node.argument.literal as ts.Expression)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const isIndex = (target: string, plugin: string) =>
  /^index(\.tsx?)?$/.test(path.relative(path.join(PLUGINS_DIR, plugin, 'src'), target)) ||
  path.relative(path.join(PLUGINS_DIR, plugin, 'src'), target) === ''

/** Why an import of `specifier` from `file` (in plugin `plugin`) crosses the plugin's boundary, or undefined. */
export const boundaryProblem = (
  plugin: string,
  file: string,
  specifier: string,
): string | undefined => {
  if (specifier.startsWith('@/') || specifier === '@payload-config') return 'imports the app'
  if (!specifier.startsWith('.')) return undefined // a package
  const target = path.resolve(path.dirname(file), specifier)
  const own = path.join(PLUGINS_DIR, plugin)
  if (target === own || target.startsWith(own + path.sep)) return undefined
  if (target === SHARED || target.startsWith(SHARED + path.sep)) return undefined
  const relative = path.relative(PLUGINS_DIR, target)
  if (relative.startsWith('..')) return 'imports the app'
  const other = relative.split(path.sep)[0]
  if (!pluginNames().includes(other)) return 'imports the app' // a wiring file (plugins/*.ts)
  if (!isIndex(target, other)) return `reaches into the ${other} plugin's internals`
  if (!(CONTRACTS[plugin] ?? []).includes(other))
    return `uses the ${other} plugin without a contract (CONTRACTS)`
  return undefined
}

/** Every import from a plugin's (or the shared helpers') files, as [plugin, file, line, specifier]. */
const importsOfPlugins = (): [string, string, number, string][] => {
  const found: [string, string, number, string][] = []
  const dirs = [
    ...pluginNames().map((plugin) => ({ dir: path.join(PLUGINS_DIR, plugin, 'src'), plugin })),
    ...(fs.existsSync(SHARED) ? [{ dir: SHARED, plugin: 'shared' }] : []),
  ]
  for (const { dir, plugin } of dirs)
    for (const file of filesUnder(dir))
      for (const { line, specifier } of specifiersOf(file, fs.readFileSync(file, 'utf8')))
        found.push([plugin, file, line, specifier])
  return found
}

const violations = (): string[] => {
  const found: string[] = []
  for (const [plugin, file, line, specifier] of importsOfPlugins()) {
    const problem = boundaryProblem(plugin, file, specifier)
    if (problem) found.push(`${path.relative(ROOT, file)}:${line} ${problem}: '${specifier}'`)
  }
  return found
}

describe('plugin boundaries', () => {
  it('the walk sees every plugin (a walk that found nothing would pass anything)', () => {
    expect(pluginNames().sort()).toEqual(['ai-ethics', 'delivery', 'reports', 'workflow'])
    const files = pluginNames().flatMap((plugin) =>
      filesUnder(path.join(PLUGINS_DIR, plugin, 'src')),
    )
    expect(files.length).toBeGreaterThan(100)
  })

  it('tells each kind of crossing (the checker itself)', () => {
    const at = (plugin: string, file: string) => path.join(PLUGINS_DIR, plugin, 'src', file)
    const cases: [string, string, string, string | undefined][] = [
      ['workflow', 'access.ts', '../../../src/access/roles', 'imports the app'],
      ['workflow', 'a/b.ts', '../../../../collections', 'imports the app'],
      ['workflow', 'a.ts', '@/access/roles', 'imports the app'],
      ['workflow', 'a.ts', '../../workflow.ts', 'imports the app'],
      [
        'delivery',
        'a.ts',
        '../../ai-ethics/src/visibility',
        "reaches into the ai-ethics plugin's internals",
      ],
      [
        'workflow',
        'a.ts',
        '../../ai-ethics/src',
        'uses the ai-ethics plugin without a contract (CONTRACTS)',
      ],
      ['delivery', 'a/b.ts', '../../../ai-ethics/src', undefined],
      ['delivery', 'a/b.ts', '../../../ai-ethics/src/index', undefined],
      ['delivery', 'a/b.ts', '../../../shared/relations', undefined],
      ['delivery', 'a/b.ts', '../c', undefined],
      ['delivery', 'a.ts', 'payload', undefined],
    ]
    for (const [plugin, file, specifier, problem] of cases)
      expect(boundaryProblem(plugin, at(plugin, file), specifier), specifier).toBe(problem)
    const text = [
      "import type { A } from './a'",
      "export { b } from './b'",
      "const c = await import('./c')",
      "type D = typeof import('./d')",
    ].join('\n')
    expect(specifiersOf('x.ts', text).map((found) => found.specifier)).toEqual([
      './a',
      './b',
      './c',
      './d',
    ])
  })

  it('no plugin imports the app, or another plugin but through its public index and a contract', () => {
    expect(violations()).toEqual([])
  })

  it('every contract is used (the list says what the plugins depend on, no more)', () => {
    const used = new Set(
      importsOfPlugins().flatMap(([plugin, file, , specifier]) => {
        if (!specifier.startsWith('.')) return []
        const other = path
          .relative(PLUGINS_DIR, path.resolve(path.dirname(file), specifier))
          .split(path.sep)[0]
        return other !== plugin && pluginNames().includes(other) ? [`${plugin} → ${other}`] : []
      }),
    )
    const contracts = Object.entries(CONTRACTS).flatMap(([plugin, others]) =>
      others.map((other) => `${plugin} → ${other}`),
    )
    expect([...used].sort()).toEqual(contracts.sort())
  })
})
