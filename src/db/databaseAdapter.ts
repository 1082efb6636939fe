import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'fs'
import path from 'path'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { lookupIndexes } from './lookupIndexes'
import { probeDatabase } from './probeDatabase'
import { failStartup, redactUri } from './startupError'

export const DEFAULT_DATABASE_URI = 'file:./data/newsroom.db'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const databaseKind = (uri: string): DatabaseKind | undefined => {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  return undefined
}

const migrationDir = (kind: 'postgres' | 'sqlite') => path.resolve(process.cwd(), 'src/migrations', kind)

/** Before Payload connects, check the server answers, so a wrong URI fails with one line naming the variable. */
const withStartupProbe = (adapter: DatabaseAdapterObj, kind: DatabaseKind, uri: string): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const connect = instance.connect?.bind(instance)
    if (connect) {
      instance.connect = async (options) => {
        const problem = await probeDatabase(kind, uri)
        if (problem) failStartup(`DATABASE_URI: cannot use ${redactUri(uri)}: ${problem}`)
        return connect(options)
      }
    }
    return instance
  },
})

/**
 * Picks the database adapter from DATABASE_URI: embedded SQLite by default, PostgreSQL for postgres://,
 * MongoDB for mongodb:// (the production target). Application code only uses the Local API, so all three run the same code.
 */
export const databaseAdapter = (uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI): DatabaseAdapterObj => {
  const kind = databaseKind(uri)
  switch (kind) {
    case 'sqlite': {
      const file = uri.replace(/^file:(\/\/)?/, '')
      if (file && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      return withStartupProbe(
        sqliteAdapter({
          beforeSchemaInit: [lookupIndexes],
          busyTimeout: 5000,
          client: { url: uri },
          migrationDir: migrationDir('sqlite'),
          prodMigrations: sqliteMigrations,
          wal: true,
        }),
        kind,
        uri,
      )
    }
    case 'postgres':
      return withStartupProbe(
        postgresAdapter({
          beforeSchemaInit: [lookupIndexes],
          migrationDir: migrationDir('postgres'),
          pool: { connectionString: uri },
          prodMigrations: postgresMigrations,
        }),
        kind,
        uri,
      )
    case 'mongodb':
      return withStartupProbe(mongooseAdapter({ url: uri }), kind, uri)
    default:
      return failStartup(
        `DATABASE_URI: unsupported value "${redactUri(uri)}": use file:./path.db (SQLite), postgres://... or mongodb://...`,
      )
  }
}
