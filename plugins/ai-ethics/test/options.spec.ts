import { describe, expect, it } from 'vitest'

import { buildTestConfig, POSTS } from './config'

// Wrong options fail at start-up (when the config is built), with a message that says what to fix.
// Nothing here boots Payload: building the config is where the plugin runs.

const build = (plugin: Parameters<typeof buildTestConfig>[0]['plugin']) =>
  buildTestConfig({ name: 'options', plugin })

describe('option validation', () => {
  it('an empty `collections` list', async () => {
    await expect(build({ collections: [] })).rejects.toThrow(
      'aiEthicsPlugin: `collections` must list at least one collection slug to guard.',
    )
  })

  it('a collection the app does not have: named, with the two ways out', async () => {
    await expect(build({ collections: [POSTS, 'articles' as never] })).rejects.toThrow(
      'aiEthicsPlugin: no collection with slug "articles"; add it before the plugin or fix the option.',
    )
  })

  it('an unknown media collection', async () => {
    await expect(build({ mediaCollection: 'images' as never })).rejects.toThrow(
      /no collection with slug "images"/,
    )
  })

  it.each([0, -0.2, 1.5, Number.NaN])('a threshold of %s', async (threshold) => {
    await expect(build({ threshold })).rejects.toThrow(
      'aiEthicsPlugin: `threshold` must be in (0, 1].',
    )
  })

  it('an external detector URL that is not absolute', async () => {
    await expect(build({ externalDetector: { url: '/detect' } })).rejects.toThrow(
      'aiEthicsPlugin: externalDetector.url "/detect" is not an absolute URL.',
    )
  })

  it('valid options build', async () => {
    const config = await build({ threshold: 1 })
    expect(config.collections.map((collection) => collection.slug)).toContain('ethics-reviews')
  })
})
