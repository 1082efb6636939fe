import type { CollectionAfterChangeHook, CollectionConfig, Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { reportsOptionsOf, reportsPlugin, type ReportsPluginOptions } from '../src'

// Wrong options fail when the config is built, with a message that says what to fix; the plugin appends its hooks.
// Nothing here boots Payload: building the config is where the plugin runs.

const own: CollectionAfterChangeHook = ({ doc }) => doc
const collection = (slug: string, hooks?: CollectionConfig['hooks']): CollectionConfig => ({
  slug,
  fields: [],
  hooks,
})
const base = (): Config =>
  ({
    collections: [
      collection('posts', { afterChange: [own] }),
      collection('events'),
      collection('regions'),
      collection('contributors'),
      collection('rubrics'),
    ],
  }) as Config

const build = (options: Partial<ReportsPluginOptions>) =>
  reportsPlugin({ collections: ['posts' as never], ...options } as ReportsPluginOptions)(base())

describe('option checking', () => {
  it('an empty `collections` list', () => {
    expect(() => build({ collections: [] })).toThrow(
      'reportsPlugin: `collections` must list at least one collection slug whose published items are counted.',
    )
  })

  it('a collection the app does not have, and a missing regions collection', () => {
    expect(() => build({ collections: ['posts', 'articles'] as never })).toThrow(
      'reportsPlugin: no collection with slug "articles"; add it before the plugin or fix the option.',
    )
    expect(() => build({ regionsCollection: 'areas' as never })).toThrow(
      /no collection with slug "areas"/,
    )
  })

  it('a time zone that is not an IANA zone', () => {
    expect(() => build({ timeZone: 'Kazakhstan' })).toThrow(
      'reportsPlugin: timeZone "Kazakhstan" is not an IANA time zone (e.g. "Asia/Almaty").',
    )
  })

  it('participants of a collection that is not counted', () => {
    expect(() => build({ participants: { events: 'participantsCount' } as never })).toThrow(
      'reportsPlugin: participants names "events", which is not in `collections`.',
    )
  })

  it('readers naming no role', () => {
    expect(() => build({ readers: { national: [], regional: [] } })).toThrow(
      'reportsPlugin: `readers` names no role: nobody could read the reports.',
    )
  })

  it('two collections with the same column key', () => {
    const config = {
      collections: [
        ...(base().collections ?? []),
        collection('ethno-events'),
        collection('ethno_events'),
      ],
    } as Config
    expect(() =>
      reportsPlugin({ collections: ['ethno-events', 'ethno_events'] as never })(config),
    ).toThrow(/same column key "ethnoEvents"/)
  })
})

describe('what it adds', () => {
  it('appends its hooks to the counted collections after their own, and leaves the others alone', () => {
    const config = build({})
    const posts = config.collections!.find((c) => c.slug === 'posts')!
    expect(posts.hooks?.afterChange?.[0]).toBe(own)
    expect(posts.hooks?.afterChange).toHaveLength(2)
    expect(posts.hooks?.afterDelete).toHaveLength(1)
    expect(config.collections!.find((c) => c.slug === 'events')!.hooks).toBeUndefined()
    expect(config.collections!.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['contribution-facts', 'contribution-days']),
    )
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toEqual(['/reports/contributions'])
    expect(reportsOptionsOf(config as never)).toMatchObject({
      collections: ['posts'],
      readers: { national: ['admin'], regional: [] },
      typeKeys: { posts: 'posts' },
    })
  })

  it('disabled: keeps its collections (a stable schema) but adds no hooks, endpoint or view', () => {
    const config = build({ enabled: false })
    expect(config.collections!.find((c) => c.slug === 'posts')!.hooks?.afterChange).toEqual([own])
    expect(config.collections!.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['contribution-facts', 'contribution-days']),
    )
    expect(config.endpoints ?? []).toHaveLength(0)
    expect(config.admin?.components?.views?.reports).toBeUndefined()
  })
})
