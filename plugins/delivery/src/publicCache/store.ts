/** One stored anonymous response: the exact bytes and headers a 200 was sent with. */
export type CachedResponse = {
  body: Uint8Array
  /** Response headers as sent (Cache-Control, ETag, Vary, Content-Type, CORS…), without per-request ones. */
  headers: [string, string][]
  /** What the entry counts against the byte budget: body plus headers plus the key. */
  bytes: number
  storedAt: number
}

export type StoreLimits = {
  /** Most bytes held at once (bodies, headers and keys); the least recently used entries go first. */
  maxBytes: number
  /** Entries older than this are never served (a safety net: invalidation is what keeps the cache fresh). */
  ttlMs: number
}

/**
 * The anonymous-read cache of one process: a least-recently-used map bounded by bytes, whose entries all belong to
 * one content version. Seeing another version empties it, so an entry is only ever served under the version it
 * was computed for.
 */
export class PublicReadStore {
  private bytes = 0
  private readonly entries = new Map<string, CachedResponse>()
  private readonly inflight = new Map<string, Promise<CachedResponse | undefined>>()
  private version: string | undefined

  constructor(private readonly limits: StoreLimits) {}

  get size(): number {
    return this.entries.size
  }

  get usedBytes(): number {
    return this.bytes
  }

  /** Moves the store to `version`, dropping every entry of another version. */
  private adopt(version: string): void {
    if (this.version === version) return
    this.clear()
    this.version = version
  }

  /** The entry for `key` under `version`, freshest first in the eviction order; undefined when absent or expired. */
  get(version: string, key: string, now = Date.now()): CachedResponse | undefined {
    this.adopt(version)
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (now - entry.storedAt > this.limits.ttlMs) {
      this.bytes -= entry.bytes
      return undefined
    }
    this.entries.set(key, entry)
    return entry
  }

  /**
   * Stores an entry computed under `version`. Refused (false) when the store has meanwhile seen another version —
   * the entry may predate a change — or when the entry alone would take more than a quarter of the budget.
   * `adopt: true` (an entry a sibling process computed, ./siblings.ts) moves the store to the entry's version
   * instead: the sibling may have seen a change this process has not served a request since. Either way an entry
   * is only served under the version it was computed for: the next request's version decides.
   */
  set(version: string, key: string, entry: CachedResponse, { adopt = false } = {}): boolean {
    if (!adopt && this.version !== undefined && this.version !== version) return false
    this.adopt(version)
    if (entry.bytes > this.limits.maxBytes / 4) return false
    const previous = this.entries.get(key)
    if (previous) {
      this.entries.delete(key)
      this.bytes -= previous.bytes
    }
    this.entries.set(key, entry)
    this.bytes += entry.bytes
    for (const [oldest, evicted] of this.entries) {
      if (this.bytes <= this.limits.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= evicted.bytes
    }
    return true
  }

  /**
   * Concurrent misses of one key under one version share a single computation: the first caller gets `finish`
   * (call it with the stored entry, or undefined when the response could not be stored, also on failure), the
   * others get `wait`, which settles with that entry (undefined: compute your own).
   */
  claim(
    version: string,
    key: string,
  ):
    | { finish: (entry: CachedResponse | undefined) => void; wait?: undefined }
    | { finish?: undefined; wait: Promise<CachedResponse | undefined> } {
    const slot = `${version}\n${key}`
    const running = this.inflight.get(slot)
    if (running) return { wait: running }
    let settle!: (entry: CachedResponse | undefined) => void
    this.inflight.set(slot, new Promise((resolve) => (settle = resolve)))
    return {
      finish: (entry) => {
        this.inflight.delete(slot)
        settle(entry)
      },
    }
  }

  clear(): void {
    this.entries.clear()
    this.bytes = 0
  }
}

const STORE = Symbol.for('newsroom.publicCache.store')
type Holder = { [STORE]?: { maxBytes: number; store: PublicReadStore; ttlMs: number } }

/** One store per process, shared by every route bundle Next loads (the module may exist once per bundle). */
export const processStore = (maxBytes: number, ttlMs: number): PublicReadStore => {
  const holder = globalThis as Holder
  const current = holder[STORE]
  if (current && current.maxBytes === maxBytes && current.ttlMs === ttlMs) return current.store
  const store = new PublicReadStore({ maxBytes, ttlMs })
  holder[STORE] = { maxBytes, store, ttlMs }
  return store
}

/** Empties this process's store. */
export const clearProcessStore = (): void => {
  ;(globalThis as Holder)[STORE]?.store.clear()
}
