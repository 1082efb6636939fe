import type { CollectionConfig, CollectionSlug, Config, Endpoint } from 'payload'

import { describe, expect, it } from 'vitest'

import { WORKFLOW_HOOKS, workflowPlugin, type WorkflowPluginOptions } from '../src'

// Wrong options stop the config build with a message that says what to fix, and the plugin appends to what the
// config has, never replacing it. Nothing here boots Payload: the plugin runs when the config is built.

const POSTS = 'posts' as CollectionSlug
const ownHook = () => undefined
const ownEndpoint: Endpoint = { handler: () => Response.json({}), method: 'get', path: '/own' }
const ownTask = { slug: 'ownTask', handler: () => ({ output: {} }) }
const ownMutations = () => ({ ownMutation: { type: 'x' } })

const posts = (extra: Partial<CollectionConfig> = {}): CollectionConfig => ({
  slug: POSTS,
  access: { update: () => true },
  admin: { components: { beforeListTable: ['/own#Own'] } },
  endpoints: [ownEndpoint],
  fields: [
    { type: 'tabs', tabs: [{ fields: [{ name: 'title', type: 'text' }], label: 'Content' }] },
    { name: 'note', type: 'text', admin: { position: 'sidebar' } },
  ],
  hooks: { afterChange: [ownHook], beforeChange: [ownHook], beforeOperation: [ownHook] },
  versions: { drafts: true },
  ...extra,
})

const baseConfig = (collection = posts()): Config =>
  ({
    collections: [collection, { slug: 'users', auth: true, fields: [] }],
    graphQL: { mutations: ownMutations },
    jobs: { tasks: [ownTask] },
  }) as unknown as Config

const run = (options: Partial<WorkflowPluginOptions>, config = baseConfig()) =>
  workflowPlugin({ collections: [POSTS], ...options } as WorkflowPluginOptions)(config)

describe('option validation', () => {
  it('a collection the config does not have: named, with the two ways out', () => {
    expect(() => run({ collections: [POSTS, 'articles' as CollectionSlug] })).toThrow(
      'workflowPlugin: no collection with slug "articles"; add it before the plugin or fix the option.',
    )
  })

  it('an empty `collections` list', () => {
    expect(() => run({ collections: [] })).toThrow(
      'workflowPlugin: `collections` must name at least one collection.',
    )
  })

  it('a collection without drafts', () => {
    expect(() => run({}, baseConfig(posts({ versions: { maxPerDoc: 5 } })))).toThrow(
      'workflowPlugin: collection "posts" has no drafts (versions.drafts); the workflow publishes through them.',
    )
  })

  it('an option the plugin does not know (a typo is not silently ignored)', () => {
    expect(() => run({ notification: false } as never)).toThrow(
      /workflowPlugin: unknown option\(s\) notification; the options are collections, desk, errorResponse, languageOf, notifications/,
    )
  })
})

describe('appends to the config, never replaces', () => {
  const config = run({})
  const collection = config.collections!.find((candidate) => candidate.slug === POSTS)!

  it("the collection's own endpoints, components, fields and hooks stay; the workflow's are added", () => {
    expect(collection.endpoints && collection.endpoints[0]).toBe(ownEndpoint)
    expect((collection.endpoints || []).map((e) => `${e.method} ${e.path}`)).toEqual([
      'get /own',
      'post /:id/workflow',
      'get /:id/workflow',
      'post /versions/:id',
    ])
    expect(collection.admin?.components?.beforeListTable?.[0]).toBe('/own#Own')
    expect(collection.admin?.components?.beforeListTable).toHaveLength(2)
    // After the leading tabs, before the collection's own sidebar fields.
    expect(collection.fields.map((field) => ('name' in field ? field.name : field.type))).toEqual([
      'tabs',
      'workflowStatus',
      'assignee',
      'scheduledFor',
      'workflowRevision',
      'note',
    ])
    expect(collection.hooks?.beforeOperation).toEqual([...WORKFLOW_HOOKS.beforeOperation, ownHook])
    expect(collection.hooks?.beforeChange).toEqual([...WORKFLOW_HOOKS.beforeChange, ownHook])
    expect(collection.hooks?.afterChange).toEqual([...WORKFLOW_HOOKS.afterChange, ownHook])
  })

  it('adds its collections, task and GraphQL mutations after the config’s own', async () => {
    expect(config.collections!.map((c) => c.slug)).toEqual([
      'posts',
      'users',
      'workflow-events',
      'editorial-comments',
    ])
    expect(config.jobs!.tasks!.map((task) => task.slug)).toEqual(['ownTask', 'publishScheduled'])
    const mutations = config.graphQL!.mutations!(
      {} as never,
      {
        collections: {},
        Mutation: { fields: {} },
      } as never,
    )
    expect(Object.keys(mutations)).toEqual(['ownMutation'])
  })

  it('the record collections name the workflow collections by their label', () => {
    const events = config.collections!.find((c) => c.slug === 'workflow-events')!
    const target = events.fields.find((f) => 'name' in f && f.name === 'targetCollection')
    expect(target && 'options' in target && target.options).toEqual([
      { label: 'posts', value: 'posts' },
    ])
  })

  it('`recordCollections.overrides` gets each record collection', () => {
    const seen: string[] = []
    run({
      recordCollections: {
        overrides: (c) => {
          seen.push(c.slug)
          return c
        },
      },
    })
    expect(seen).toEqual(['workflow-events', 'editorial-comments'])
  })

  it('a collection the plugin does not name is left as it was', () => {
    const input = baseConfig()
    const users = input.collections![1]
    expect(run({}, input).collections![1]).toBe(users)
  })
})
