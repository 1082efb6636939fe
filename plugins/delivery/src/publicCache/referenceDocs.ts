import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { AsyncLocalStorage } from 'async_hooks'

import { deliveryOptionsOf } from '../options'
import { publicCacheSettings } from './settings'

/**
 * The reference documents (regions, bylines, rubrics, images: the plugin's `referenceCollections`) that anonymous
 * reads populate at `depth` ≥ 1, kept per process under the public content version (./version.ts).
 *
 * Every article names one of 20 regions and one of a few dozen contributors, so under traffic that misses the
 * response cache (a crawler, an archive reader: every article once) two of the three finds of a single read by
 * slug at depth 1 read the same few rows again and again, each with Payload's whole find (access, query building,
 * the statement, afterRead). Here the populated document of a key is remembered after its first read and given
 * again, as a copy, to later anonymous reads under the same version:
 * - the key is Payload's own population key (collection, id, depth, locale, fallback locale, select, populate,
 *   draft, overrideAccess, showHiddenFields), so what is given is what that very find answered for an anonymous
 *   caller: the collection's read access and field access (staff-only fields are absent) already applied;
 * - only while the anonymous-read cache is on and the request is one of its misses (`withPublicReadCache` read the
 *   version and runs the request in `withPublicVersion`): any write to a reference collection, and every change of
 *   what the public sees, writes a new version, and seeing another version empties this store, exactly as it
 *   empties the response cache; entries also expire with the cache's time limit;
 * - signed-in callers, drafts (signed previews), `overrideAccess` and `showHiddenFields` are never served from it.
 * With `PUBLIC_CACHE=off` nothing is kept: every read goes to the database.
 */

type Entry = { doc: unknown; storedAt: number }
type State = { entries: Map<string, Entry>; version: string | undefined }

/** Most populated documents kept per process (the least recently used go first). */
const MAX_ENTRIES = 5000

const STATE = Symbol.for('newsroom.publicCache.referenceDocs')
const SCOPE = Symbol.for('newsroom.publicCache.versionScope')
const holder = globalThis as { [SCOPE]?: AsyncLocalStorage<string>; [STATE]?: State }
// One per process, whichever bundle (route handlers, instrumentation) loaded this module.
const state = (holder[STATE] ??= { entries: new Map(), version: undefined })
const scope = (holder[SCOPE] ??= new AsyncLocalStorage<string>())

/** Runs an anonymous read that the response cache missed, under the public content version it read. */
export const withPublicVersion = <T>(version: string, read: () => Promise<T>): Promise<T> =>
  scope.run(version, read)

/** Empties this process's store (tests). */
export const clearReferenceDocs = (): void => {
  state.entries.clear()
  state.version = undefined
}

/** Population keys: `[transactionID, collection, id, depth, currentDepth, locale, fallbackLocale, overrideAccess, showHiddenFields, draft, select, populate]`. */
const keyOf = (loaderKey: unknown, references: Set<string>): string | undefined => {
  if (typeof loaderKey !== 'string') return undefined
  let parts: unknown[]
  try {
    parts = JSON.parse(loaderKey) as unknown[]
  } catch {
    return undefined
  }
  if (!Array.isArray(parts) || parts.length < 12) return undefined
  const [, collection, , , , , , overrideAccess, showHiddenFields, draft] = parts
  if (typeof collection !== 'string' || !references.has(collection)) return undefined
  if (overrideAccess || showHiddenFields || draft) return undefined
  // Without the transaction id: an anonymous read joins no transaction, and the document is the same in any.
  return JSON.stringify(parts.slice(1))
}

const lookup = (version: string, key: string, ttlMs: number): { doc: unknown } | undefined => {
  if (state.version !== version) {
    state.entries.clear()
    state.version = version
    return undefined
  }
  const entry = state.entries.get(key)
  if (!entry) return undefined
  state.entries.delete(key)
  if (Date.now() - entry.storedAt > ttlMs) return undefined
  state.entries.set(key, entry)
  return { doc: structuredClone(entry.doc) }
}

const remember = (version: string, key: string, doc: unknown) => {
  if (state.version !== version) return
  let copy: unknown
  try {
    copy = structuredClone(doc)
  } catch {
    // Not plain data (a hook put something else in it): not kept, the next read populates it again.
    return
  }
  state.entries.delete(key)
  state.entries.set(key, { doc: copy, storedAt: Date.now() })
  if (state.entries.size > MAX_ENTRIES) {
    const oldest = state.entries.keys().next().value
    if (oldest !== undefined) state.entries.delete(oldest)
  }
}

const referenceSets = new WeakMap<object, Set<string>>()
/** The plugin's `referenceCollections`, once per config. */
const referencesOf = (config: PayloadRequest['payload']['config']): Set<string> => {
  let references = referenceSets.get(config)
  if (!references) {
    references = new Set(deliveryOptionsOf(config).referenceCollections)
    referenceSets.set(config, references)
  }
  return references
}

const WRAPPED = Symbol('referenceDocsWrapped')
type Loader = { [WRAPPED]?: true; load: (key: string) => Promise<unknown> }

/** Gives this request's population of reference documents the kept copies (once per request). */
const reuseReferenceDocs = (req: PayloadRequest, version: string) => {
  const loader = req.payloadDataLoader as unknown as Loader | undefined
  if (!loader || loader[WRAPPED]) return
  loader[WRAPPED] = true
  const references = referencesOf(req.payload.config)
  const { ttlMs } = publicCacheSettings()
  const load = loader.load.bind(loader)
  loader.load = (loaderKey) => {
    const key = req.user ? undefined : keyOf(loaderKey, references)
    if (!key) return load(loaderKey)
    const hit = lookup(version, key, ttlMs)
    if (hit) return Promise.resolve(hit.doc)
    return load(loaderKey).then((doc) => {
      remember(version, key, doc)
      return doc
    })
  }
}

/**
 * beforeOperation (read), on every collection: an anonymous REST read that missed the response cache populates
 * reference documents from this store.
 */
export const readReferencesOnce: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.user || args.overrideAccess === true) return args
  const version = scope.getStore()
  if (version === undefined || req.payloadAPI !== 'REST' || !publicCacheSettings().enabled)
    return args
  reuseReferenceDocs(req, version)
  return args
}
