import configPromise from '@payload-config'
import { describe, expect, it } from 'vitest'

import { PUBLISHABLE_COLLECTIONS } from '../../collections'
import { WORKFLOW_HOOKS } from '../../plugins/workflow/src'
import { restoreVersionEndpoint } from '../../plugins/workflow/src/restore'
import { rememberLiveState } from '../../plugins/delivery/src/webhooks/events'
import { autosaveKeepsWorkflowFields } from '../../src/editing/autosave'
import { refuseStaleSaves, rememberStatedBase } from '../../src/editing/staleSaves'
import { ensureRelationsExist } from '../../src/hooks/ensureRelationsExist'
import { setPublishedAt } from '../../src/hooks/setPublishedAt'

// The hooks of a publishable collection come from the editorial core (collections/shared/publishableCollection.ts)
// and from the plugins (plugins/index.ts). Their order decides which refusal a write gets and what state a save
// keeps; this is the documented order (plugins/workflow/src/plugin.ts WORKFLOW_HOOKS: the workflow's go first),
// read from the config as Payload built it. Hooks not named here (other plugins') may come between or after.
const [publishOnly, refuseEdits, restoreOnlyAsDraft] = WORKFLOW_HOOKS.beforeOperation
const [keepWorkflowState] = WORKFLOW_HOOKS.beforeChange
const [recordReopen] = WORKFLOW_HOOKS.afterChange

const DOCUMENTED = {
  afterChange: [recordReopen],
  beforeChange: [
    keepWorkflowState,
    refuseStaleSaves,
    setPublishedAt,
    ensureRelationsExist,
    rememberLiveState,
  ],
  beforeOperation: [
    publishOnly,
    refuseEdits,
    restoreOnlyAsDraft,
    rememberStatedBase,
    autosaveKeepsWorkflowFields,
  ],
} as const
type Kind = keyof typeof DOCUMENTED

const WORKFLOW_ONLY = new Set<unknown>(Object.values(WORKFLOW_HOOKS).flat())

const hooksOf = async (slug: string, kind: Kind): Promise<unknown[]> => {
  const config = await configPromise
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  if (!collection) throw new Error(`no collection ${slug} in the built config`)
  return [...((collection.hooks as Record<Kind, unknown[] | undefined>)[kind] ?? [])]
}

describe('hook order of the publishable collections (built config)', () => {
  it('the derived list names the five content types', () => {
    expect(PUBLISHABLE_COLLECTIONS).toEqual([
      'articles',
      'ethno-events',
      'podcast-episodes',
      'tv-segments',
      'videos',
    ])
  })

  for (const slug of PUBLISHABLE_COLLECTIONS) {
    for (const kind of Object.keys(DOCUMENTED) as Kind[]) {
      it(`${slug} ${kind}: the documented hooks, in order, the workflow's first and each once`, async () => {
        const hooks = await hooksOf(slug, kind)
        const documented = DOCUMENTED[kind] as readonly unknown[]
        expect(hooks.filter((hook) => documented.includes(hook))).toEqual(documented)
        for (const hook of WORKFLOW_HOOKS[kind]) {
          expect(hooks.filter((candidate) => candidate === hook)).toHaveLength(1)
        }
        expect(hooks.slice(0, WORKFLOW_HOOKS[kind].length)).toEqual(WORKFLOW_HOOKS[kind])
      })
    }
  }

  it('no other collection gets the workflow hooks', async () => {
    const config = await configPromise
    const others = config.collections.filter(
      (collection) => !(PUBLISHABLE_COLLECTIONS as string[]).includes(collection.slug),
    )
    expect(others.length).toBeGreaterThan(5)
    for (const collection of others) {
      const all = Object.values(collection.hooks ?? {}).flat()
      expect(
        all.filter((hook) => WORKFLOW_ONLY.has(hook)),
        collection.slug,
      ).toEqual([])
    }
  })

  it('the workflow adds its fields, endpoints and task once', async () => {
    const config = await configPromise
    for (const slug of PUBLISHABLE_COLLECTIONS) {
      const collection = config.collections.find((candidate) => candidate.slug === slug)!
      const names = collection.flattenedFields.map((field) => field.name)
      for (const name of ['workflowStatus', 'assignee', 'scheduledFor', 'workflowRevision']) {
        expect(
          names.filter((candidate) => candidate === name),
          `${slug}.${name}`,
        ).toHaveLength(1)
      }
      const routes = (collection.endpoints || []).map(
        (endpoint) => `${endpoint.method} ${endpoint.path}`,
      )
      expect(routes.filter((route) => route === 'post /:id/workflow')).toHaveLength(1)
      expect(routes.filter((route) => route === 'get /:id/workflow')).toHaveLength(1)
      // Payload's own restore route stays in the sanitized list, after the custom ones: the workflow's answers.
      const restores = (collection.endpoints || []).filter(
        (endpoint) => `${endpoint.method} ${endpoint.path}` === 'post /versions/:id',
      )
      expect(restores[0]?.handler).toBe(restoreVersionEndpoint.handler)
      expect(restores.filter((e) => e.handler === restoreVersionEndpoint.handler)).toHaveLength(1)
    }
    const tasks = (config.jobs?.tasks ?? []).map((task) => task.slug)
    expect(tasks.filter((task) => task === 'publishScheduled')).toHaveLength(1)
    const slugs = config.collections.map((collection) => collection.slug)
    expect(slugs.filter((slug) => slug === 'workflow-events')).toHaveLength(1)
    expect(slugs.filter((slug) => slug === 'editorial-comments')).toHaveLength(1)
  })
})
