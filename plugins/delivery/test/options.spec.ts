import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  Config,
  Endpoint,
  TextField,
} from 'payload'

import { describe, expect, it } from 'vitest'

import {
  DELIVERY_HOOKS,
  deliveryOptionsOf,
  deliveryPlugin,
  type DeliveryPluginOptions,
} from '../src'

// Wrong options fail when the config is built, with a message that says what to fix; the plugin appends to the
// config and never replaces what the app (or an earlier plugin) put there. Nothing here boots Payload.

const own: CollectionBeforeChangeHook = ({ data }) => data
const collection = (slug: string, more: Partial<CollectionConfig> = {}): CollectionConfig => ({
  slug,
  fields: [],
  ...more,
})
const appEndpoint: Endpoint = { handler: () => Response.json({}), method: 'get', path: '/mine' }
const base = (more: Partial<Config> = {}): Config =>
  ({
    collections: [
      collection('posts', { hooks: { beforeChange: [own] }, versions: { drafts: true } }),
      collection('events', { versions: { drafts: true } }),
      collection('authors'),
      collection('users'),
    ],
    endpoints: [appEndpoint],
    ...more,
  }) as Config

const build = (options: Partial<DeliveryPluginOptions>, config = base()) =>
  deliveryPlugin({ collections: ['posts' as never], ...options } as DeliveryPluginOptions)(config)

describe('option checking', () => {
  it('an empty `collections` list', () => {
    expect(() => build({ collections: [] })).toThrow(
      'deliveryPlugin: `collections` must list at least one collection slug whose published items the public reads.',
    )
  })

  it('a collection the app does not have', () => {
    expect(() => build({ collections: ['posts', 'articles'] as never })).toThrow(
      'deliveryPlugin: no collection with slug "articles"; add it before the plugin or fix the option.',
    )
    expect(() => build({ referenceCollections: ['tags'] as never })).toThrow(
      /no collection with slug "tags"/,
    )
  })

  it('a publishable collection without drafts', () => {
    expect(() => build({ collections: ['posts', 'authors'] as never })).toThrow(
      /^deliveryPlugin: "authors" has no drafts \(`versions.drafts`\)/,
    )
  })

  it('a collection listed twice, or as both kinds', () => {
    expect(() =>
      build({ collections: ['posts'] as never, referenceCollections: ['posts'] as never }),
    ).toThrow(/^deliveryPlugin: "posts" is listed twice/)
  })
})

describe('what the plugin adds', () => {
  it('appends its hooks after the collection’s own, and keeps the app’s endpoints, jobs, GraphQL and onInit', async () => {
    const appRule = () => ({})
    const config = build(
      { referenceCollections: ['authors'] as never },
      base({
        graphQL: { maxComplexity: 50, validationRules: () => [appRule as never] },
        jobs: { autoRun: async () => [{ cron: '* * * * *', queue: 'mine' }], tasks: [] },
        onInit: async () => {},
      }),
    )
    const posts = config.collections!.find((c) => c.slug === 'posts')!
    expect(posts.hooks?.beforeChange).toEqual([own, ...DELIVERY_HOOKS.publishable.beforeChange])
    expect(posts.hooks?.afterChange).toEqual([...DELIVERY_HOOKS.publishable.afterChange])
    const authors = config.collections!.find((c) => c.slug === 'authors')!
    expect(authors.hooks?.afterChange).toEqual([...DELIVERY_HOOKS.reference.afterChange])
    expect(authors.hooks?.beforeChange).toBeUndefined()
    const users = config.collections!.find((c) => c.slug === 'users')!
    expect(users.hooks?.beforeOperation).toEqual([...DELIVERY_HOOKS.every.beforeOperation])
    expect(users.hooks?.afterOperation).toBeUndefined()

    expect(config.endpoints?.[0]).toBe(appEndpoint)
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toEqual([
      '/mine',
      '/feeds/rss',
      '/preview/:collection/:id',
      '/preview-link/:collection/:id',
    ])
    expect(config.graphQL?.maxComplexity).toBe(50)
    expect(config.graphQL?.validationRules?.({} as never)).toContain(appRule)
    const autoRun = config.jobs?.autoRun as (payload: unknown) => Promise<{ queue?: string }[]>
    expect((await autoRun({})).map((cron) => cron.queue)).toEqual(['mine', 'webhooks'])
    expect(config.jobs?.tasks?.map((task) => task.slug)).toEqual(['deliverWebhook'])
    expect(deliveryOptionsOf(config as never)).toEqual({
      collections: ['posts'],
      errorResponse: expect.any(Function),
      languageOfRequest: expect.any(Function),
      manageWebhooks: expect.any(Function),
      referenceCollections: ['authors'],
      serverURL: expect.any(Function),
      uploads: { marksPublic: expect.any(Function), regionsOf: expect.any(Function) },
      website: { name: {}, url: expect.any(Function) },
    })
    expect(typeof config.onInit).toBe('function')
  })

  it("adds its webhook collections after the app's, with `manageWebhooks` as their access", async () => {
    const req = (user: unknown) => ({ req: { user } }) as never
    const slugs = (config: Config) => config.collections!.map((c) => c.slug)
    const byDefault = await build({})
    expect(slugs(byDefault)).toEqual([
      'posts',
      'events',
      'authors',
      'users',
      'webhooks',
      'webhook-deliveries',
    ])
    const webhooks = (config: Config) => config.collections!.find((c) => c.slug === 'webhooks')!
    const deliveries = (config: Config) =>
      config.collections!.find((c) => c.slug === 'webhook-deliveries')!
    // Payload's default: any signed-in user.
    expect(webhooks(byDefault).access?.read?.(req({ id: 1 }))).toBe(true)
    expect(webhooks(byDefault).access?.read?.(req(null))).toBe(false)
    // Anonymous reads of them are bounded like every collection's.
    expect(webhooks(byDefault).hooks?.beforeOperation).toEqual([
      ...DELIVERY_HOOKS.every.beforeOperation,
    ])

    const admins = ({ req: { user } }: { req: { user: unknown } }) =>
      (user as { admin?: boolean } | null)?.admin === true
    const config = await build({ manageWebhooks: admins as never })
    for (const operation of ['create', 'read', 'update', 'delete'] as const) {
      expect(webhooks(config).access?.[operation]?.(req({ admin: true }))).toBe(true)
      expect(webhooks(config).access?.[operation]?.(req({ admin: false }))).toBe(false)
    }
    const secret = webhooks(config).fields.find(
      (f) => 'name' in f && f.name === 'secret',
    ) as TextField
    expect(secret.access?.read?.(req({ admin: false }))).toBe(false)
    expect(deliveries(config).access?.read?.(req({ admin: true }))).toBe(true)
    expect(deliveries(config).access?.read?.(req({ admin: false }))).toBe(false)
    for (const operation of ['create', 'update', 'delete'] as const)
      expect(deliveries(config).access?.[operation]?.(req({ admin: true }))).toBe(false)
  })
})
