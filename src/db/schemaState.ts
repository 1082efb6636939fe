import { redactUri, type StartupProblem } from './startupError'

/**
 * How a SQL database's schema was made, from Payload's `payload_migrations` table:
 * - `empty`: no table yet (a new database);
 * - `migrated`: built by the committed migrations (`npm run migrate`, a production start);
 * - `development`: pushed by Payload's development mode (`npm run dev`), which records a `dev` row (batch -1).
 *
 * The two must not be mixed: migrations cannot be applied on top of a pushed schema (Payload asks on the
 * keyboard whether to go on, and a server without one waits for ever), and a push into a migrated database
 * marks it as pushed. Read directly, before Payload connects (and pushes or migrates).
 */
export type SchemaState = 'development' | 'empty' | 'migrated'

const stateOf = (batches: number[]): SchemaState =>
  batches.some((batch) => batch === -1)
    ? 'development'
    : batches.some((batch) => batch > 0)
      ? 'migrated'
      : 'empty'

const isMissing = (error: unknown) =>
  /no such table|does not exist|3D000|42P01/i.test(
    `${(error as { code?: string }).code} ${(error as Error).message}`,
  )

export const schemaStateOf = async (
  kind: 'postgres' | 'sqlite',
  uri: string,
): Promise<SchemaState> => {
  try {
    if (kind === 'sqlite') {
      const { createClient } = await import('@libsql/client')
      const client = createClient({ url: uri })
      try {
        const { rows } = await client.execute('SELECT batch FROM payload_migrations')
        return stateOf(rows.map((row) => Number(row.batch)))
      } finally {
        client.close()
      }
    }
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 5000 })
    try {
      await client.connect()
      const { rows } = await client.query<{ batch: number | string }>(
        'SELECT batch FROM payload_migrations',
      )
      return stateOf(rows.map((row) => Number(row.batch)))
    } finally {
      await client.end().catch(() => undefined)
    }
  } catch (error) {
    if (isMissing(error)) return 'empty'
    throw error
  }
}

/** The one line a production start or a migration prints, instead of Payload's keyboard question, for a pushed schema. */
export const developmentSchemaProblem = (uri: string): StartupProblem => ({
  key: 'INVALID_SETTING.developmentSchema',
  params: { name: 'DATABASE_URI', value: redactUri(uri) },
})
