import type { CollectionConfig, SanitizedConfig } from 'payload'

import { build } from 'esbuild'
import path from 'path'
import { afterEach, describe, expect, it, vi } from 'vitest'

/**
 * The production config (payload.config.ts) carries no benchmark code. The benchmarks' variant of the app with every
 * hook and access rule off lives in bench/payload.config.ts, a separate build; nothing in the environment of a
 * production server may turn it on.
 */

// What switched the bare collections on while they were part of the production plugin list: the variable, its
// phrase, and a database that looks like a benchmark one.
const BENCH_ENVIRONMENT = {
  BENCH_BARE_COLLECTIONS: 'hooks-and-access-off',
  DATABASE_URI: `file:${path.resolve('.tmp/bench-delivery/delivery-10.db')}`,
}

const anonymous = {
  req: { context: {}, headers: new Headers(), payloadAPI: 'REST', user: null },
} as never

const freshAppConfig = async (): Promise<SanitizedConfig> => {
  vi.resetModules()
  return (await import('../payload.config')).default
}

/** Per collection, how many hooks of each kind it has. */
const hookCounts = (collections: CollectionConfig[]) =>
  Object.fromEntries(
    collections.map((c) => [
      c.slug,
      Object.fromEntries(
        Object.entries(c.hooks ?? {}).map(([kind, list]) => [kind, (list as unknown[]).length]),
      ),
    ]),
  )

describe('the production config', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('is the same with the benchmark switch set: hooks kept, staff data closed to anonymous readers', async () => {
    const plain = await freshAppConfig()
    for (const [name, value] of Object.entries(BENCH_ENVIRONMENT)) vi.stubEnv(name, value)
    const switched = await freshAppConfig()

    expect(switched.collections.map((c) => c.slug)).toEqual(plain.collections.map((c) => c.slug))
    expect(hookCounts(switched.collections)).toEqual(hookCounts(plain.collections))
    const users = switched.collections.find((c) => c.slug === 'users')!
    expect(await users.access.read(anonymous)).toBe(false)
    const articles = switched.collections.find((c) => c.slug === 'articles')!
    expect(articles.hooks.beforeChange.length).toBeGreaterThan(0)
    expect(await articles.access.create(anonymous)).toBe(false)
  })

  it('bundles no benchmark module and reads no benchmark variable', async () => {
    // What a production build compiles from payload.config.ts (the app's own modules; packages stay outside).
    const result = await build({
      bundle: true,
      entryPoints: [path.resolve('payload.config.ts')],
      format: 'esm',
      logLevel: 'silent',
      metafile: true,
      packages: 'external',
      platform: 'node',
      plugins: [
        {
          name: 'no-stylesheets',
          setup(bundler) {
            bundler.onResolve({ filter: /\.s?css$/ }, (args) => ({
              namespace: 'stylesheet',
              path: args.path,
            }))
            bundler.onLoad({ filter: /.*/, namespace: 'stylesheet' }, () => ({
              contents: '',
              loader: 'js',
            }))
          },
        },
      ],
      write: false,
    })
    const modules = Object.keys(result.metafile.inputs)
    expect(modules.length).toBeGreaterThan(50)
    expect(modules.filter((file) => /(^|\/)bench(\/|[A-Z])/.test(file))).toEqual([])
    const code = result.outputFiles.map((file) => file.text).join('\n')
    expect(code.match(/\bBENCH_[A-Z_]+/g) ?? []).toEqual([])
    // The one switch of the benchmark build is read by next.config.mjs, never by the app's config.
    expect(code).not.toContain('NEXT_BUILD_VARIANT')
  })
})
