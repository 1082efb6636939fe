import type { Payload } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { databaseKind, DEFAULT_DATABASE_URI } from './databaseAdapter'
import { developmentSchemaProblem, schemaStateOf, type SchemaState } from './schemaState'
import { failStartup } from './startupError'

const sqlKindOf = (uri: string) => {
  const kind = databaseKind(uri)
  return kind === 'sqlite' || kind === 'postgres' ? kind : undefined
}

const configuredUri = () => process.env.DATABASE_URI || DEFAULT_DATABASE_URI

/** How the configured SQL database's schema was made (see ./schemaState.ts); undefined for MongoDB. */
export const configuredSchemaState = async (): Promise<SchemaState | undefined> => {
  const uri = configuredUri()
  const kind = sqlKindOf(uri)
  return kind ? schemaStateOf(kind, uri) : undefined
}

/**
 * Applies the committed migrations of the configured SQL database (what `npm run migrate` and a production start
 * do); returns the adapter kind, or undefined for MongoDB, which needs none. A schema pushed by development mode
 * stops the script with one line saying what to do, instead of Payload's keyboard question.
 */
export const applyCommittedMigrations = async (
  payload: Payload,
): Promise<'postgres' | 'sqlite' | undefined> => {
  const uri = configuredUri()
  const kind = sqlKindOf(uri)
  if (!kind) return undefined
  if ((await schemaStateOf(kind, uri)) === 'development') failStartup(developmentSchemaProblem(uri))
  await payload.db.migrate({
    migrations: (kind === 'sqlite' ? sqliteMigrations : postgresMigrations) as never,
  })
  return kind
}
