import type { Payload } from 'payload'

/**
 * The SQL statements a SQL adapter runs while `run` runs, with their parameters: drizzle's query logger is put on
 * the adapter's session for that time (the SQLite and PostgreSQL adapters both keep it there).
 */
export const statementsDuring = async (
  payload: Payload,
  run: () => Promise<unknown>,
): Promise<{ params: unknown[]; sql: string }[]> => {
  const session = (
    payload.db as unknown as {
      drizzle: { session: { logger: unknown; options?: { logger?: unknown } } }
    }
  ).drizzle.session
  const seen: { params: unknown[]; sql: string }[] = []
  const logger = { logQuery: (sql: string, params: unknown[]) => seen.push({ params, sql }) }
  const before = { logger: session.logger, options: session.options?.logger }
  session.logger = logger
  if (session.options) session.options.logger = logger
  try {
    await run()
  } finally {
    session.logger = before.logger
    if (session.options) session.options.logger = before.options
  }
  return seen
}
