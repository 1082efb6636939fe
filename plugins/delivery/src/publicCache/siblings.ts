import type { CachedResponse, PublicReadStore } from './store'

/**
 * Entries shared between the server processes of one machine. `npm start` (server.mjs) runs several cluster
 * workers, each with its own store: without sharing, every key is computed once per worker, and under news-reader
 * traffic (a hot head and a long tail) most misses are a key's first read, so each extra worker adds as many misses
 * again. A worker that computes and stores a response sends it to its siblings (server.mjs relays it through the
 * primary process), which store it as if they had computed it themselves.
 *
 * The invalidation guarantee is unchanged: a shared entry carries the version it was computed under, a sibling
 * stores it only under that version (a store holds the entries of one version), and every request still reads the
 * current version from the database before serving anything: an entry of another version is never served.
 */
export const SIBLINGS = Symbol.for('newsroom.publicCache.siblings')

/** What server.mjs puts on `globalThis[SIBLINGS]` in each cluster worker (tests may set their own). */
export type SiblingChannel = {
  send: (message: unknown) => void
  subscribe: (listener: (message: unknown) => void) => void
}

export const ENTRY_MESSAGE = 'newsroom:public-cache-entry'

type EntryMessage = {
  entry: CachedResponse
  key: string
  type: typeof ENTRY_MESSAGE
  version: string
}

const JOINED = Symbol.for('newsroom.publicCache.siblingsJoined')
type Holder = { [JOINED]?: boolean; [SIBLINGS]?: SiblingChannel }

const channel = (): SiblingChannel | undefined => (globalThis as Holder)[SIBLINGS]

/** Sends a stored entry to the sibling processes, if there are any. Never throws: sharing only saves work. */
export const shareEntry = (version: string, key: string, entry: CachedResponse): void => {
  const siblings = channel()
  if (!siblings) return
  try {
    siblings.send({ entry, key, type: ENTRY_MESSAGE, version } satisfies EntryMessage)
  } catch {
    // A sibling channel that is closing (shutdown) loses the entry; the sibling computes it itself.
  }
}

const isHeaderList = (value: unknown): value is [string, string][] =>
  Array.isArray(value) &&
  value.every(
    (pair) =>
      Array.isArray(pair) &&
      pair.length === 2 &&
      typeof pair[0] === 'string' &&
      typeof pair[1] === 'string',
  )

/** The entry a message carries, when it is a well-formed entry message. */
const entryMessageOf = (message: unknown): EntryMessage | undefined => {
  const candidate = message as Partial<EntryMessage> | null
  if (candidate?.type !== ENTRY_MESSAGE) return undefined
  const entry = candidate.entry as Partial<CachedResponse> | undefined
  if (
    typeof candidate.version !== 'string' ||
    typeof candidate.key !== 'string' ||
    !(entry?.body instanceof Uint8Array) ||
    !isHeaderList(entry.headers) ||
    typeof entry.bytes !== 'number' ||
    typeof entry.storedAt !== 'number'
  )
    return undefined
  return candidate as EntryMessage
}

/**
 * Starts storing the entries sibling processes send (once per process; without a sibling channel, nothing).
 * `store` gives the process's current store, or undefined when the cache is off.
 */
export const joinSiblings = (store: () => PublicReadStore | undefined): void => {
  const holder = globalThis as Holder
  const siblings = holder[SIBLINGS]
  if (!siblings || holder[JOINED]) return
  holder[JOINED] = true
  siblings.subscribe((message) => {
    const shared = entryMessageOf(message)
    if (!shared) return
    try {
      const { body, bytes, headers, storedAt } = shared.entry
      store()?.set(shared.version, shared.key, { body, bytes, headers, storedAt }, { adopt: true })
    } catch {
      // A bad cache setting is reported by the request path; a shared entry is only ever an optimisation.
    }
  })
}
