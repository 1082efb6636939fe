import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'fs'
import path from 'path'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { type DriverLog, extendAdapter } from './adapterExtensions'
import { lookupIndexes } from './lookupIndexes'
import { postgresDriver, postgresPoolOptions } from './postgresPool'
import { schemaPushAllowed } from './startupChecks'
import { failStartup, redactUri } from './startupError'

export const DEFAULT_DATABASE_URI = 'file:./data/newsroom.db'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const databaseKind = (uri: string): DatabaseKind | undefined => {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  return undefined
}

const migrationDir = (kind: 'postgres' | 'sqlite') =>
  path.resolve(process.cwd(), 'src/migrations', kind)

/**
 * Picks the database adapter from DATABASE_URI: embedded SQLite by default, PostgreSQL for postgres://,
 * MongoDB for mongodb:// (the production target). Application code only uses the Local API, so all three run the same code.
 */
export const databaseAdapter = (
  uri: string = process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
): DatabaseAdapterObj => {
  const kind = databaseKind(uri)
  const log: DriverLog = { warn: (msg) => console.warn(msg) }
  switch (kind) {
    case 'sqlite': {
      const file = uri.replace(/^file:(\/\/)?/, '')
      if (file && file !== ':memory:')
        fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      // No `busyTimeout` nor `wal`: the app's client (src/db/sqliteClient.ts, installed by ./adapterExtensions.ts)
      // sets up its connections itself, and waits for the write lock without blocking the process.
      return extendAdapter(
        sqliteAdapter({
          beforeSchemaInit: [lookupIndexes],
          client: { url: uri },
          migrationDir: migrationDir('sqlite'),
          prodMigrations: sqliteMigrations,
          push: schemaPushAllowed(),
        }),
        { kind, uri },
      )
    }
    case 'postgres':
      return extendAdapter(
        postgresAdapter({
          beforeSchemaInit: [lookupIndexes],
          migrationDir: migrationDir('postgres'),
          pg: postgresDriver((msg) => log.warn(msg)),
          pool: postgresPoolOptions(uri),
          prodMigrations: postgresMigrations,
          push: schemaPushAllowed(),
        }),
        { kind, log, uri },
      )
    case 'mongodb':
      return extendAdapter(mongooseAdapter({ url: uri }), { kind, uri })
    default:
      return failStartup({
        key: 'INVALID_SETTING.databaseUnsupported',
        params: { name: 'DATABASE_URI', value: redactUri(uri) },
      })
  }
}
