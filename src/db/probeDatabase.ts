import type { DatabaseKind } from './databaseAdapter'

const TIMEOUT_MS = 5000

const reason = (error: unknown): string => {
  const err = error as { code?: string; message?: string }
  return [err.code, err.message].filter(Boolean).join(' ') || String(error)
}

/** Returns why the database does not answer (the driver's own words), or undefined when it answers. */
export const probeDatabase = async (
  kind: DatabaseKind,
  uri: string,
): Promise<string | undefined> => {
  try {
    if (kind === 'postgres') {
      const { default: pg } = await import('pg')
      const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: TIMEOUT_MS })
      try {
        await client.connect()
      } finally {
        await client.end().catch(() => undefined)
      }
    } else if (kind === 'mongodb') {
      const { MongoClient } = await import('mongodb')
      const client = new MongoClient(uri, { serverSelectionTimeoutMS: TIMEOUT_MS })
      try {
        await client.connect()
        await client.db().command({ ping: 1 })
      } finally {
        await client.close().catch(() => undefined)
      }
    }
    return undefined
  } catch (error) {
    // The Postgres adapter creates a missing database itself.
    if (kind === 'postgres' && /database .* does not exist/i.test(reason(error))) return undefined
    return reason(error)
  }
}
