import type { Payload } from 'payload'

import type { DatabaseKind } from './databaseAdapter'
import { probeDatabase } from './probeDatabase'
import { developmentSchemaProblem, schemaStateOf } from './schemaState'
import { failStartup, redactUri } from './startupError'

/**
 * Payload's development schema push runs in `npm run dev` (Next sets NODE_ENV=development) and in the test
 * suite (vitest: NODE_ENV=test) only: scripts (`npm run seed`, the benchmarks) and production build the schema
 * with the committed migrations.
 */
export const schemaPushAllowed = () =>
  process.env.NODE_ENV === 'development' || process.env.NODE_ENV === 'test'

/**
 * Run before Payload connects (and pushes or migrates), from the adapter's `connect` (src/db/adapterExtensions.ts):
 * - the server must answer, so a wrong URI fails with one line naming the variable;
 * - a production start applies the committed migrations, which Payload would only do after asking on the keyboard
 *   if the schema was pushed by development mode: stop with one line saying what to do instead;
 * - no push into a database built by the migrations (it would be marked as pushed, and production would then
 *   refuse it), and none without a terminal into one pushed before (a change may need a confirmation that
 *   nobody could give).
 */
export const checkBeforeConnect = async ({
  instance,
  kind,
  logger,
  uri,
}: {
  /** The adapter instance; its `push` is turned off here when pushing must not happen. */
  instance: { push?: boolean }
  kind: DatabaseKind
  logger: Pick<Payload['logger'], 'info' | 'warn'>
  uri: string
}): Promise<void> => {
  const problem = await probeDatabase(kind, uri)
  if (problem)
    failStartup({
      key: 'INVALID_SETTING.databaseNoAnswer',
      params: { name: 'DATABASE_URI', reason: problem, value: redactUri(uri) },
    })
  if (kind !== 'sqlite' && kind !== 'postgres') return
  const state = await schemaStateOf(kind, uri)
  if (state === 'development' && process.env.NODE_ENV === 'production')
    failStartup(developmentSchemaProblem(uri))
  if (instance.push === false || process.env.PAYLOAD_MIGRATING === 'true') return
  if (state === 'migrated') {
    instance.push = false
    logger.info(
      'The database is built by the committed migrations: no development schema push (after changing collections, create a migration and run npm run migrate).',
    )
  } else if (state === 'development' && !process.stdin.isTTY) {
    instance.push = false
    logger.warn(
      'No terminal: the development schema push is skipped (a change may need a confirmation). Run npm run dev in a terminal to apply schema changes.',
    )
  }
}
