import type { Access, CollectionConfig, Config, Field, FieldAccess, Plugin } from 'payload'

/**
 * For `npm run bench:delivery` only (bench/payload.config.ts, its own build): measures what this project's own hooks
 * and access rules cost on reads by serving the same collections without them. Applied after every other plugin:
 * - collection hooks (ours and the plugins') are removed;
 * - collection access becomes: anyone reads, nobody writes;
 * - field hooks are removed, and field access becomes constant: a field hidden from anonymous readers stays
 *   hidden (so responses keep their shape and size), every other field is open.
 *
 * That would expose staff-only data, so the config refuses to build unless DATABASE_URI names a benchmark database
 * (a SQLite file in a `bench-delivery` folder, or a PostgreSQL database whose name contains "bench"), and the
 * server prints a warning when it starts. The production config never includes it (test/productionConfig.spec.ts).
 */
export const isBenchDatabase = (uri: string | undefined): boolean => {
  if (!uri) return false
  if (uri.startsWith('file:'))
    return /(^|\/)bench-delivery\/[^/]+\.db$/.test(uri.replace(/^file:(\/\/)?/, ''))
  if (/^postgres(ql)?:\/\//.test(uri)) {
    try {
      return /bench/.test(decodeURIComponent(new URL(uri).pathname.slice(1)))
    } catch {
      return false
    }
  }
  return false
}

/** Throws unless DATABASE_URI names a benchmark database. */
export const assertBenchDatabase = (env: NodeJS.ProcessEnv = process.env): void => {
  if (isBenchDatabase(env.DATABASE_URI)) return
  throw new Error(
    'bench/payload.config.ts: refused, DATABASE_URI is not a benchmark database (a .db file in a bench-delivery folder, or a PostgreSQL database named *bench*). This build switches access rules off; never start it on a real database.',
  )
}

const anyone: Access = () => true
const nobody: Access = () => false
const hidden: FieldAccess = () => false
const visible: FieldAccess = () => true

/** An anonymous request, to learn what each field access rule decides for the public (the rules are synchronous checks on req.user). */
const anonymousReq = {
  context: {},
  headers: new Headers(),
  payloadAPI: 'REST',
  user: null,
} as never

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
    next.access = {
      create: hidden,
      read: !read || publicReadOf(read) ? visible : hidden,
      update: hidden,
    }
  }
  if ('fields' in next && Array.isArray(next.fields)) next.fields = next.fields.map(bareField)
  if (next.type === 'tabs')
    next.tabs = next.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(bareField) }))
  if (next.type === 'blocks' && next.blocks)
    next.blocks = next.blocks.map((block) => ({ ...block, fields: block.fields.map(bareField) }))
  return next
}

const bareCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: {
    create: nobody,
    delete: nobody,
    read: anyone,
    readVersions: nobody,
    unlock: nobody,
    update: nobody,
  },
  fields: collection.fields.map(bareField),
  hooks: {},
})

const WARNING = [
  '',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!!! bench/payload.config.ts: hooks and access rules are OFF on every collection.',
  '!!! Anyone can read everything, staff-only fields excepted; nobody can write. Benchmark use only.',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '',
].join('\n')

/** Last in the plugin list, so it sees the hooks the other plugins added. */
export const bareCollections: Plugin = (config: Config): Config => {
  assertBenchDatabase()
  console.warn(WARNING)
  return { ...config, collections: (config.collections ?? []).map(bareCollection) }
}
