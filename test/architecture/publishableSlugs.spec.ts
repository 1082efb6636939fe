import configPromise from '@payload-config'
import { describe, expect, it } from 'vitest'

import { collections, PUBLISHABLE_COLLECTIONS } from '../../collections'
import { PUBLISHABLE_COLLECTIONS as DELIVERY_LIST } from '../../collections/shared/publishableCollection'

// The publishable slugs are derived from the collections built with `publishableCollection` (collections/index.ts).
// src/delivery still reads a written-out copy (see its comment): it must say the same until delivery takes the
// derived list through a plugin option.
describe('publishable collections', () => {
  it('the derived list is the collections built with the factory, in config order', () => {
    expect(PUBLISHABLE_COLLECTIONS.length).toBeGreaterThan(0)
    expect(PUBLISHABLE_COLLECTIONS).toEqual(
      collections
        .filter((collection) => collection.custom?.publishable === true)
        .map((collection) => collection.slug),
    )
  })

  it("delivery's written-out copy says the same", () => {
    expect([...DELIVERY_LIST]).toEqual(PUBLISHABLE_COLLECTIONS)
  })

  it('exactly the collections of the built config that have the workflow', async () => {
    const config = await configPromise
    const withWorkflow = config.collections
      .filter((collection) => collection.flattenedFields.some((f) => f.name === 'workflowStatus'))
      .map((collection) => collection.slug)
    expect(withWorkflow).toEqual(PUBLISHABLE_COLLECTIONS)
  })
})
