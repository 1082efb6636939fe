import { describe, expect, it } from 'vitest'

import { type CachedResponse, PublicReadStore } from '../../plugins/delivery/src/publicCache/store'

const entry = (bytes: number, storedAt = Date.now()): CachedResponse => ({
  body: new Uint8Array(bytes),
  bytes,
  headers: [],
  storedAt,
})

describe('the per-process store', () => {
  it('holds at most maxBytes, dropping the least recently used entries first', () => {
    const store = new PublicReadStore({ maxBytes: 1000, ttlMs: 60_000 })
    for (const key of ['a', 'b', 'c']) expect(store.set('v1', key, entry(250))).toBe(true)
    store.get('v1', 'a') // a is now the most recently used
    store.set('v1', 'd', entry(250))
    store.set('v1', 'e', entry(250)) // 1250 bytes: the least recently used (b) goes
    expect(store.usedBytes).toBe(1000)
    expect(store.get('v1', 'b')).toBeUndefined()
    for (const key of ['a', 'c', 'd', 'e']) expect(store.get('v1', key)).toBeDefined()
    // One entry may take at most a quarter of the budget.
    expect(store.set('v1', 'big', entry(251))).toBe(false)
  })

  it('serves an entry only under the version it was computed for; another version empties the store', () => {
    const store = new PublicReadStore({ maxBytes: 1000, ttlMs: 60_000 })
    store.set('v1', 'a', entry(10))
    expect(store.get('v2', 'a')).toBeUndefined()
    expect(store.size).toBe(0)
    // A response computed under v1 that finishes after the store saw v2 is not kept.
    expect(store.set('v1', 'a', entry(10))).toBe(false)
    expect(store.get('v2', 'a')).toBeUndefined()
  })

  it('an entry a sibling process computed (adopt) moves the store to its version, and is served only under it', () => {
    const store = new PublicReadStore({ maxBytes: 1000, ttlMs: 60_000 })
    store.set('v1', 'a', entry(10))
    expect(store.set('v2', 'b', entry(10), { adopt: true })).toBe(true)
    expect(store.size).toBe(1) // v1's entries are gone
    expect(store.get('v2', 'b')).toBeDefined()
    expect(store.get('v1', 'b')).toBeUndefined()
    expect(store.size).toBe(0)
  })

  it('never serves an entry older than the time limit', () => {
    const store = new PublicReadStore({ maxBytes: 1000, ttlMs: 1000 })
    store.set('v1', 'a', entry(10, Date.now() - 1001))
    expect(store.get('v1', 'a')).toBeUndefined()
    expect(store.usedBytes).toBe(0)
  })

  it('concurrent misses of one key share one computation', async () => {
    const store = new PublicReadStore({ maxBytes: 1000, ttlMs: 60_000 })
    const first = store.claim('v1', 'a')
    const second = store.claim('v1', 'a')
    expect(first.finish).toBeDefined()
    expect(second.wait).toBeDefined()
    expect(store.claim('v2', 'a').finish).toBeDefined() // another version computes its own
    const computed = entry(10)
    first.finish!(computed)
    expect(await second.wait).toBe(computed)
    expect(store.claim('v1', 'a').finish).toBeDefined() // done: the next miss computes again
  })
})
