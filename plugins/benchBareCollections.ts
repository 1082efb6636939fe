import type { Access, CollectionConfig, Config, Field, FieldAccess, Plugin } from 'payload'

/**
 * For `npm run bench:delivery` only: measures what this project's own hooks and access rules cost on reads by
 * serving the same collections without them. With BENCH_BARE_COLLECTIONS=hooks-and-access-off the config is
 * rewritten after every other plugin:
 * - collection hooks (ours and the plugins') are removed;
 * - collection access becomes: anyone reads, nobody writes;
 * - field hooks are removed, and field access becomes constant: a field hidden from anonymous readers stays
 *   hidden (so responses keep their shape and size), every other field is open.
 *
 * That would expose staff-only data, so it cannot be switched on by accident: the value must be that exact phrase,
 * DATABASE_URI must name a benchmark database (a SQLite file in a `bench-delivery` folder, or a PostgreSQL database
 * whose name contains "bench"), and the server prints a warning when it starts. Any other value refuses to start.
 */
export const BARE_COLLECTIONS_ENV = 'BENCH_BARE_COLLECTIONS'
export const BARE_COLLECTIONS_VALUE = 'hooks-and-access-off'

export const isBenchDatabase = (uri: string | undefined): boolean => {
  if (!uri) return false
  if (uri.startsWith('file:')) return /(^|\/)bench-delivery\/[^/]+\.db$/.test(uri.replace(/^file:(\/\/)?/, ''))
  if (/^postgres(ql)?:\/\//.test(uri)) {
    try {
      return /bench/.test(decodeURIComponent(new URL(uri).pathname.slice(1)))
    } catch {
      return false
    }
  }
  return false
}

/** Whether the bare collections are requested; throws if the request is malformed or the database is not a benchmark one. */
export const bareCollectionsRequested = (env: NodeJS.ProcessEnv = process.env): boolean => {
  const value = env[BARE_COLLECTIONS_ENV]
  if (value === undefined || value === '') return false
  if (value !== BARE_COLLECTIONS_VALUE) {
    throw new Error(`${BARE_COLLECTIONS_ENV}: the only accepted value is "${BARE_COLLECTIONS_VALUE}" (benchmarks only); unset it to run normally.`)
  }
  if (!isBenchDatabase(env.DATABASE_URI)) {
    throw new Error(
      `${BARE_COLLECTIONS_ENV}: refused, DATABASE_URI is not a benchmark database (a .db file in a bench-delivery folder, or a PostgreSQL database named *bench*). It switches access rules off; never set it on a real server.`,
    )
  }
  return true
}

const anyone: Access = () => true
const nobody: Access = () => false
const hidden: FieldAccess = () => false
const visible: FieldAccess = () => true

/** An anonymous request, to learn what each field access rule decides for the public (the rules are synchronous checks on req.user). */
const anonymousReq = { context: {}, headers: new Headers(), payloadAPI: 'REST', user: null } as never

const publicReadOf = (access: FieldAccess): boolean => {
  try {
    const decision = access({ req: anonymousReq } as never)
    return decision === true
  } catch {
    return false
  }
}

const bareField = (field: Field): Field => {
  const next = { ...field } as Field & Record<string, unknown>
  if ('hooks' in next) delete next.hooks
  if ('access' in next && next.access) {
    const read = (next.access as { read?: FieldAccess }).read
    next.access = { create: hidden, read: !read || publicReadOf(read) ? visible : hidden, update: hidden }
  }
  if ('fields' in next && Array.isArray(next.fields)) next.fields = next.fields.map(bareField)
  if (next.type === 'tabs') next.tabs = next.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(bareField) }))
  if (next.type === 'blocks' && next.blocks) next.blocks = next.blocks.map((block) => ({ ...block, fields: block.fields.map(bareField) }))
  return next
}

const bareCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { create: nobody, delete: nobody, read: anyone, readVersions: nobody, unlock: nobody, update: nobody },
  fields: collection.fields.map(bareField),
  hooks: {},
})

const WARNING = [
  '',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  `!!! ${BARE_COLLECTIONS_ENV}: hooks and access rules are OFF on every collection.`,
  '!!! Anyone can read everything, staff-only fields excepted; nobody can write. Benchmark use only.',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '',
].join('\n')

/** Last in the plugin list, so it sees the hooks the other plugins added. Does nothing unless requested (see above). */
export const benchBareCollections: Plugin = (config: Config): Config => {
  if (!bareCollectionsRequested()) return config
  console.warn(WARNING)
  return { ...config, collections: (config.collections ?? []).map(bareCollection) }
}
