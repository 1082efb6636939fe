import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'fs'
import path from 'path'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { withAfterCommit } from './afterCommit'
import { lookupIndexes } from './lookupIndexes'
import { postgresDriver } from './postgresPool'
import { databaseSettings, type DatabaseSettings } from './settings'
import { createSqliteClient } from './sqliteClient'
import { schemaPushAllowed, withStartupChecks } from './startupChecks'
import { failStartup, redactUri } from './startupError'
import { sqlTransactions } from './transactions'

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

/** Settings in force for this process; a bad value stops the start with one line naming the variable. */
const settingsOrStop = (): DatabaseSettings => {
  try {
    return databaseSettings()
  } catch (error) {
    return failStartup((error as Error).message)
  }
}

/** Where the drivers report lost connections: the console until Payload's logger is there. */
type DriverLog = { warn: (msg: string) => void }

/**
 * Connections of one PostgreSQL pool kept for statements outside transactions (a quarter, at least one), and
 * the one Payload's adapter keeps open to watch the server: transactions may hold the rest.
 */
const transactionsInPool = (poolMax: number) => poolMax - 1 - Math.max(1, Math.floor(poolMax / 4))

/**
 * Transactions that report a failed COMMIT, bounded per process (src/db/transactions.ts); for SQLite, the
 * client that queues writers (src/db/sqliteClient.ts). Installed when the adapter is created, before it connects.
 */
const withSqlTransactions = (
  adapter: DatabaseAdapterObj,
  kind: 'postgres' | 'sqlite',
  uri: string,
  log: DriverLog,
): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args) as ReturnType<DatabaseAdapterObj['init']> & {
      client?: unknown
    }
    const settings = settingsOrStop()
    const warn = (msg: string) => args.payload.logger.warn({ msg })
    log.warn = warn
    Object.assign(
      instance,
      sqlTransactions({
        maxOpen: kind === 'postgres' ? transactionsInPool(settings.poolMax) : undefined,
        waitMs: settings.poolTimeoutMs,
      }),
    )
    if (kind === 'sqlite') {
      instance.client = createSqliteClient(
        { url: uri },
        {
          idleTransactionMs: settings.idleTransactionTimeoutMs,
          waitMs: settings.poolTimeoutMs,
          warn,
        },
      )
    }
    return instance
  },
})

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
      // No `busyTimeout` nor `wal`: the app's client (src/db/sqliteClient.ts) sets up its connections itself, and
      // waits for the write lock without blocking the process.
      return withStartupChecks(
        withAfterCommit(
          withSqlTransactions(
            sqliteAdapter({
              beforeSchemaInit: [lookupIndexes],
              client: { url: uri },
              migrationDir: migrationDir('sqlite'),
              prodMigrations: sqliteMigrations,
              push: schemaPushAllowed(),
            }),
            kind,
            uri,
            log,
          ),
        ),
        kind,
        uri,
      )
    }
    case 'postgres':
      return withStartupChecks(
        withAfterCommit(
          withSqlTransactions(
            postgresAdapter({
              beforeSchemaInit: [lookupIndexes],
              migrationDir: migrationDir('postgres'),
              pg: postgresDriver((msg) => log.warn(msg)),
              // Size and time limits are added when the pool is created (src/db/postgresPool.ts).
              pool: { connectionString: uri },
              prodMigrations: postgresMigrations,
              push: schemaPushAllowed(),
            }),
            kind,
            uri,
            log,
          ),
        ),
        kind,
        uri,
      )
    case 'mongodb':
      return withStartupChecks(withAfterCommit(mongooseAdapter({ url: uri })), kind, uri)
    default:
      return failStartup(
        `DATABASE_URI: unsupported value "${redactUri(uri)}": use file:./path.db (SQLite), postgres://... or mongodb://...`,
      )
  }
}
