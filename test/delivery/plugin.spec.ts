import config from '@payload-config'
import type { CollectionConfig, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { collections as ownCollections, PUBLISHABLE_COLLECTIONS } from '../../collections'
import { WORKFLOW_HOOKS } from '../../plugins/workflow/src'
import { DELIVERY_HOOKS } from '../../plugins/delivery/src'
import { PUBLIC_REFERENCE_COLLECTIONS } from '../../plugins/delivery/src/publicCache/invalidation'

// The delivery plugin (plugins/delivery) in the app's built config: every publishable collection carries the
// delivery hooks once, right after the collection's own hooks, in the order plugins/delivery/src/plugin.ts
// documents (DELIVERY_HOOKS); the reference collections carry theirs; other collections only the read bounds.
// Nothing here boots Payload: building the config is where the plugin runs.

let sanitized: SanitizedConfig
beforeAll(async () => {
  sanitized = await config
})

type HookName = keyof NonNullable<CollectionConfig['hooks']>
const built = (slug: string): SanitizedCollectionConfig =>
  sanitized.collections.find((collection) => collection.slug === slug)!
const own = (slug: string): CollectionConfig =>
  ownCollections.find((collection) => collection.slug === slug)!
const hooksOf = (collection: CollectionConfig | SanitizedCollectionConfig, name: HookName) =>
  ((collection.hooks as Record<string, unknown[] | undefined> | undefined)?.[name] ??
    []) as unknown[]

/** What the plugin appends to each kind of collection, hook list by hook list, in order. */
const expectedFor = (kind: 'other' | 'publishable' | 'reference'): Record<string, unknown[]> => {
  const listed = kind !== 'other'
  return {
    afterChange:
      kind === 'publishable'
        ? [...DELIVERY_HOOKS.publishable.afterChange]
        : kind === 'reference'
          ? [...DELIVERY_HOOKS.reference.afterChange]
          : [],
    afterDelete:
      kind === 'publishable'
        ? [...DELIVERY_HOOKS.publishable.afterDelete]
        : kind === 'reference'
          ? [...DELIVERY_HOOKS.reference.afterDelete]
          : [],
    afterOperation: listed ? [...DELIVERY_HOOKS.listed.afterOperation] : [],
    beforeChange: kind === 'publishable' ? [...DELIVERY_HOOKS.publishable.beforeChange] : [],
    beforeOperation: [
      ...DELIVERY_HOOKS.every.beforeOperation,
      ...(listed ? DELIVERY_HOOKS.listed.beforeOperation : []),
    ],
  }
}
const ALL_DELIVERY_HOOKS = new Set(
  Object.values(DELIVERY_HOOKS).flatMap((lists) => Object.values(lists).flat()) as unknown[],
)

const WORKFLOW_HOOK_SET = new Set<unknown>(Object.values(WORKFLOW_HOOKS).flat())

describe('the delivery plugin in the built config', () => {
  it('every publishable collection carries each delivery hook once, right after its own hooks, in the documented order', () => {
    expect(PUBLISHABLE_COLLECTIONS.length).toBeGreaterThan(0)
    for (const slug of PUBLISHABLE_COLLECTIONS) {
      for (const [name, added] of Object.entries(expectedFor('publishable'))) {
        const hooks = hooksOf(built(slug), name as HookName)
        const mine = hooksOf(own(slug), name as HookName)
        for (const hook of added)
          expect(
            hooks.filter((candidate) => candidate === hook),
            `${slug} ${name}`,
          ).toHaveLength(1)
        // The workflow plugin, which runs before this one, puts its hooks before the collection's own.
        const afterWorkflow = hooks.filter((hook) => !WORKFLOW_HOOK_SET.has(hook))
        expect(afterWorkflow.slice(0, mine.length + added.length), `${slug} ${name}`).toEqual([
          ...mine,
          ...added,
        ])
      }
      // The collection itself no longer names them: the plugin is their one source.
      for (const name of Object.keys(expectedFor('publishable')))
        for (const hook of hooksOf(own(slug), name as HookName))
          expect(ALL_DELIVERY_HOOKS.has(hook), `${slug} ${name}`).toBe(false)
      expect(built(slug).admin.livePreview?.url).toBeTypeOf('function')
    }
  })

  it('the reference collections carry the cache invalidation and the ids-first lists once; other collections only the read bounds', () => {
    const others = sanitized.collections
      .map((collection) => collection.slug)
      .filter(
        (slug) =>
          ownCollections.some((collection) => collection.slug === slug) &&
          !PUBLISHABLE_COLLECTIONS.includes(slug as never) &&
          !PUBLIC_REFERENCE_COLLECTIONS.includes(slug as never),
      )
    expect(others).toEqual(expect.arrayContaining(['users']))
    // The plugin's own collections (the webhooks and their delivery log) are bounded like the app's.
    const webhookCollections = ['webhooks', 'webhook-deliveries']
    for (const slug of webhookCollections)
      expect(sanitized.collections.map((collection) => collection.slug)).toContain(slug)
    for (const [kind, slugs] of [
      ['reference', PUBLIC_REFERENCE_COLLECTIONS],
      ['other', [...others, ...webhookCollections]],
    ] as const) {
      for (const slug of slugs) {
        const expected = expectedFor(kind)
        for (const name of Object.keys(expected)) {
          const delivered = hooksOf(built(slug), name as HookName).filter((hook) =>
            ALL_DELIVERY_HOOKS.has(hook),
          )
          expect(delivered, `${slug} ${name}`).toEqual(expected[name])
        }
      }
    }
  })

  it('the feed and preview endpoints, the webhook task and its queue are added once', () => {
    const paths = sanitized.endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`)
    for (const path of [
      'get /feeds/rss',
      'get /preview/:collection/:id',
      'get /preview-link/:collection/:id',
    ])
      expect(
        paths.filter((candidate) => candidate === path),
        path,
      ).toHaveLength(1)
    const tasks = (sanitized.jobs.tasks ?? []).map((task) => task.slug)
    expect(tasks.filter((slug) => slug === 'deliverWebhook')).toHaveLength(1)
    // The app's own tasks stay.
    expect(tasks).toEqual(expect.arrayContaining(['publishScheduled', 'sendPasswordReset']))
  })
})
