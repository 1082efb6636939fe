import type { CollectionConfig, Config, Field, SanitizedConfig } from 'payload'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { collections } from '../collections'
import { aiEthics } from '../plugins/aiEthics'
import { workflow } from '../plugins/workflow'
import { assertBenchDatabase, bareCollections, isBenchDatabase } from './bareCollections'

const env = (values: Record<string, string>) => ({ ...values }) as NodeJS.ProcessEnv
const BENCH_SQLITE = 'file:/work/x/.tmp/bench-delivery/delivery-10000.db'

describe('the benchmark database guard', () => {
  it('refuses a database that is not a benchmark one', () => {
    for (const uri of [
      'file:./data/newsroom.db',
      'file:/srv/bench-delivery.db',
      'postgres://u:p@db:5432/newsroom',
      '',
      'mongodb://db/bench',
    ]) {
      expect(() => assertBenchDatabase(env({ DATABASE_URI: uri }))).toThrow(
        /DATABASE_URI is not a benchmark database/,
      )
    }
    expect(() => assertBenchDatabase(env({}))).toThrow(/DATABASE_URI is not a benchmark database/)
  })

  it('accepts a benchmark database', () => {
    expect(isBenchDatabase(BENCH_SQLITE)).toBe(true)
    expect(isBenchDatabase('postgres://postgres:postgres@127.0.0.1:5432/newsroom_bench')).toBe(true)
    expect(() => assertBenchDatabase(env({ DATABASE_URI: BENCH_SQLITE }))).not.toThrow()
  })
})

const field = (fields: Field[], name: string): Field => {
  for (const candidate of fields) {
    if ('name' in candidate && candidate.name === name) return candidate
    if (candidate.type === 'tabs') {
      for (const tab of candidate.tabs) {
        const found = tab.fields.find((f) => 'name' in f && f.name === name)
        if (found) return found
      }
    }
  }
  throw new Error(`no field ${name}`)
}
const anonymous = { req: { context: {}, user: null } } as never
const articlesOf = (config: Config) =>
  config.collections!.find((c) => c.slug === 'articles') as CollectionConfig

describe('bareCollections plugin', () => {
  afterEach(() => vi.unstubAllEnvs())

  // The workflow's fields come from its plugin, the review's from the AI-ethics plugin.
  const withPlugins = async () =>
    bareCollections(await aiEthics(await workflow({ collections } as Config)))

  it('refuses to strip anything on a database that is not a benchmark one', async () => {
    vi.stubEnv('DATABASE_URI', 'file:./data/newsroom.db')
    await expect(withPlugins()).rejects.toThrow(/DATABASE_URI is not a benchmark database/)
  })

  it('strips hooks and access, keeping staff-only fields hidden from anonymous readers', async () => {
    vi.stubEnv('DATABASE_URI', BENCH_SQLITE)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const config = await withPlugins()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('hooks and access rules are OFF'))
    warn.mockRestore()

    for (const collection of config.collections!) {
      expect(collection.hooks, collection.slug).toEqual({})
      expect(collection.access?.read?.(anonymous), collection.slug).toBe(true)
      for (const operation of ['create', 'update', 'delete'] as const)
        expect(collection.access?.[operation]?.(anonymous), collection.slug).toBe(false)
    }
    const articles = articlesOf(config)
    // Staff-only before (workflow state, audit user, ethics review): still hidden; the reader's AI notice: still public.
    for (const name of ['workflowStatus', 'createdBy', 'ethicsReview']) {
      const f = field(articles.fields, name) as Field & {
        access?: { read?: (args: never) => unknown }
      }
      expect(f.access?.read?.(anonymous), name).toBe(false)
    }
    const notice = field(articles.fields, 'aiNotice') as Field & {
      access?: { read?: (args: never) => unknown }
      fields: Field[]
    }
    expect(notice.access?.read?.(anonymous)).toBe(true)
    // Field hooks are gone too, nested ones included (the notice's virtual label).
    expect(notice.fields.every((f) => !('hooks' in f) || !f.hooks)).toBe(true)
    expect((field(articles.fields, 'slug') as Field & { hooks?: unknown }).hooks).toBeUndefined()
  })
})

describe('bench/payload.config.ts', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('is the app with the bare collections, and building it leaves the app config as it was', async () => {
    vi.stubEnv('DATABASE_URI', BENCH_SQLITE)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.resetModules()
    const app: SanitizedConfig = await (await import('../payload.config')).default
    const bench: SanitizedConfig = await (await import('./payload.config')).default
    warn.mockRestore()

    const appArticles = app.collections.find((c) => c.slug === 'articles')!
    const benchArticles = bench.collections.find((c) => c.slug === 'articles')!
    expect(bench.collections.map((c) => c.slug)).toEqual(app.collections.map((c) => c.slug))
    expect(benchArticles.hooks.beforeChange).toEqual([])
    expect(await benchArticles.access.read(anonymous)).toBe(true)
    // The app's config, built from the same collection objects, keeps its rules.
    expect(appArticles.hooks.beforeChange.length).toBeGreaterThan(0)
    expect(await appArticles.access.create(anonymous)).toBe(false)
    expect(await app.collections.find((c) => c.slug === 'users')!.access.read(anonymous)).toBe(
      false,
    )
    // Fields are not doubled by the second build (Payload's sanitizer adds id and timestamps to each).
    const names = (config: SanitizedConfig) =>
      config.collections.find((c) => c.slug === 'articles')!.flattenedFields.map((f) => f.name)
    expect(names(bench)).toEqual(names(app))
    expect(names(bench).filter((name) => name === 'updatedAt')).toHaveLength(1)
  })
})
