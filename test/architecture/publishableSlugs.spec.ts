import configPromise from '@payload-config'
import { describe, expect, it } from 'vitest'

import { collections, PUBLISHABLE_COLLECTIONS } from '../../collections'
import { deliveryOptionsOf } from '../../plugins/delivery/src/options'

// The publishable slugs are derived from the collections built with `publishableCollection` (collections/index.ts).
// The plugins get it through their `collections` option; nothing keeps a written-out copy.
describe('publishable collections', () => {
  it('the derived list is the collections built with the factory, in config order', () => {
    expect(PUBLISHABLE_COLLECTIONS.length).toBeGreaterThan(0)
    expect(PUBLISHABLE_COLLECTIONS).toEqual(
      collections
        .filter((collection) => collection.custom?.publishable === true)
        .map((collection) => collection.slug),
    )
  })

  it('the delivery plugin works on exactly that list', async () => {
    expect([...deliveryOptionsOf(await configPromise).collections]).toEqual(PUBLISHABLE_COLLECTIONS)
  })

  it('exactly the collections of the built config that have the workflow', async () => {
    const config = await configPromise
    const withWorkflow = config.collections
      .filter((collection) => collection.flattenedFields.some((f) => f.name === 'workflowStatus'))
      .map((collection) => collection.slug)
    expect(withWorkflow).toEqual(PUBLISHABLE_COLLECTIONS)
  })
})
