import type { CollectionConfig, Config, Field } from 'payload'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { collections } from '../collections'
import { aiEthics } from '../plugins/aiEthics'
import { BARE_COLLECTIONS_VALUE, bareCollectionsRequested, benchBareCollections, isBenchDatabase } from '../plugins/benchBareCollections'

const env = (values: Record<string, string>) => ({ ...values }) as NodeJS.ProcessEnv
const BENCH_SQLITE = 'file:/work/x/.tmp/bench-delivery/delivery-10000.db'

describe('BENCH_BARE_COLLECTIONS guard', () => {
  it('is off when unset or empty', () => {
    expect(bareCollectionsRequested(env({ DATABASE_URI: BENCH_SQLITE }))).toBe(false)
    expect(bareCollectionsRequested(env({ BENCH_BARE_COLLECTIONS: '', DATABASE_URI: BENCH_SQLITE }))).toBe(false)
  })

  it('refuses any value but the exact phrase, naming the variable and the phrase', () => {
    for (const value of ['1', 'true', 'on', `${BARE_COLLECTIONS_VALUE} `]) {
      expect(() => bareCollectionsRequested(env({ BENCH_BARE_COLLECTIONS: value, DATABASE_URI: BENCH_SQLITE }))).toThrow(
        /BENCH_BARE_COLLECTIONS: the only accepted value is "hooks-and-access-off"/,
      )
    }
  })

  it('refuses a database that is not a benchmark one', () => {
    for (const uri of ['file:./data/newsroom.db', 'file:/srv/bench-delivery.db', 'postgres://u:p@db:5432/newsroom', '', 'mongodb://db/bench']) {
      expect(() => bareCollectionsRequested(env({ BENCH_BARE_COLLECTIONS: BARE_COLLECTIONS_VALUE, DATABASE_URI: uri }))).toThrow(
        /DATABASE_URI is not a benchmark database/,
      )
    }
  })

  it('accepts the phrase with a benchmark database', () => {
    expect(isBenchDatabase(BENCH_SQLITE)).toBe(true)
    expect(isBenchDatabase('postgres://postgres:postgres@127.0.0.1:5432/newsroom_bench')).toBe(true)
    expect(bareCollectionsRequested(env({ BENCH_BARE_COLLECTIONS: BARE_COLLECTIONS_VALUE, DATABASE_URI: BENCH_SQLITE }))).toBe(true)
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
const articlesOf = (config: Config) => config.collections!.find((c) => c.slug === 'articles') as CollectionConfig

describe('benchBareCollections plugin', () => {
  afterEach(() => vi.unstubAllEnvs())

  const withPlugins = async () => benchBareCollections(await aiEthics({ collections } as Config))

  it('leaves the config alone when not requested', async () => {
    vi.stubEnv('BENCH_BARE_COLLECTIONS', '')
    const articles = articlesOf(await withPlugins())
    expect(articles.hooks?.beforeChange?.length).toBeGreaterThan(0)
    expect(articles.access?.create?.(anonymous)).toBe(false)
  })

  it('strips hooks and access, keeping staff-only fields hidden from anonymous readers', async () => {
    vi.stubEnv('BENCH_BARE_COLLECTIONS', BARE_COLLECTIONS_VALUE)
    vi.stubEnv('DATABASE_URI', BENCH_SQLITE)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const config = await withPlugins()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('hooks and access rules are OFF'))
    warn.mockRestore()

    for (const collection of config.collections!) {
      expect(collection.hooks, collection.slug).toEqual({})
      expect(collection.access?.read?.(anonymous), collection.slug).toBe(true)
      for (const operation of ['create', 'update', 'delete'] as const) expect(collection.access?.[operation]?.(anonymous), collection.slug).toBe(false)
    }
    const articles = articlesOf(config)
    // Staff-only before (workflow state, audit user, ethics review): still hidden; the reader's AI notice: still public.
    for (const name of ['workflowStatus', 'createdBy', 'ethicsReview']) {
      const f = field(articles.fields, name) as Field & { access?: { read?: (args: never) => unknown } }
      expect(f.access?.read?.(anonymous), name).toBe(false)
    }
    const notice = field(articles.fields, 'aiNotice') as Field & { access?: { read?: (args: never) => unknown }; fields: Field[] }
    expect(notice.access?.read?.(anonymous)).toBe(true)
    // Field hooks are gone too, nested ones included (the notice's virtual label).
    expect(notice.fields.every((f) => !('hooks' in f) || !f.hooks)).toBe(true)
    expect((field(articles.fields, 'slug') as Field & { hooks?: unknown }).hooks).toBeUndefined()
  })
})
