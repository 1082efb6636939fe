/**
 * `npm run seed`: loads the demo newsroom into the database named by DATABASE_URI (idempotent: run it as often
 * as you like), prints progress and, at the end, the demo accounts.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { DEMO_USERS } from './data/users'
import { refreshDatabaseStatistics } from '../db/analyze'
import { seed } from './seed'

/** One line describing a failure, with the fields a validation error names. */
const describe = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error)
  const details = (error as { data?: { errors?: { message?: string; path?: string }[] } }).data?.errors
  const fields = Array.isArray(details)
    ? details.map((detail) => `${detail.path ?? '?'}: ${detail.message ?? ''}`.trim()).join('; ')
    : ''
  return `${error.message}${fields && !error.message.includes(fields) ? ` (${fields})` : ''}`.replace(/\s+/g, ' ')
}

const started = Date.now()
try {
  const payload = await getPayload({ config })
  console.log(`Seeding demo data into ${payload.db.name} ...`)
  const summary = await seed(payload, { log: (line) => console.log(line) })
  // Fresh planner statistics after a bulk load: without them SQLite picks very slow plans as data grows.
  await refreshDatabaseStatistics(payload)

  const totals = Object.values(summary).reduce(
    (sum, counts) => ({
      completed: sum.completed + counts.completed,
      created: sum.created + counts.created,
      unchanged: sum.unchanged + counts.unchanged,
    }),
    { completed: 0, created: 0, unchanged: 0 },
  )
  console.log(
    `Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${totals.created} created, ` +
      `${totals.completed} completed, ${totals.unchanged} unchanged.`,
  )

  console.log('\nDemo accounts (DEMO ONLY, never use these passwords in production):')
  const width = Math.max(...DEMO_USERS.map((user) => user.email.length))
  for (const user of DEMO_USERS) {
    const scope = user.regions.length > 0 ? ` [${user.regions.join(', ')}]` : ''
    console.log(`  ${user.email.padEnd(width)}  ${user.password.padEnd(28)}  ${user.roles.join(', ')}${scope}`)
  }
  process.exit(0)
} catch (error) {
  console.error(`Seed failed: ${describe(error)}`)
  process.exit(1)
}
