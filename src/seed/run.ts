/**
 * `npm run seed`: loads the demo newsroom into the database named by DATABASE_URI (idempotent: run it as often
 * as you like), prints progress and, at the end, the demo accounts. It applies the committed migrations first
 * (nothing to do after `npm run migrate`); a database set up by `npm run dev` keeps its development schema.
 *
 * `npm run seed -- --articles 100000` then adds that many generated articles (the benchmark dataset of
 * src/seed/gen-dataset.mjs, kk and ru, spread over three years) through the bulk importer
 * (src/seed/bulk.ts). Either way the database ends with fresh planner statistics: nothing to run by hand.
 */
import { execFileSync } from 'child_process'
import fs from 'fs'
import path from 'path'

const articlesArg = process.argv.indexOf('--articles')
const bulkArticles = articlesArg > 0 ? Number(process.argv[articlesArg + 1]) : 0
if (articlesArg > 0 && !(Number.isInteger(bulkArticles) && bulkArticles > 0)) {
  console.error('Seed failed: --articles: give a whole number of articles, e.g. --articles 10000.')
  process.exit(2)
}
// The bulk import writes in transactions of its own: no job runner may write in between.
if (bulkArticles) process.env.JOBS_AUTORUN = 'false'
// The schema comes from the committed migrations (applied below), never from a development push.
process.env.PAYLOAD_MIGRATING = 'true'

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { applyCommittedMigrations, configuredSchemaState } = await import('../db/migrations')
const { DEMO_USERS } = await import('./data/users')
const { refreshDatabaseStatistics } = await import('../db/analyze')
const { importDataset } = await import('./bulk')
const { seed } = await import('./seed')

/** The generated dataset of `count` posts (cached under .tmp/seed: the generator is deterministic). */
const dataset = (count: number): string => {
  const file = path.resolve('.tmp/seed', `dataset-${count}.jsonl`)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    execFileSync(
      process.execPath,
      ['src/seed/gen-dataset.mjs', '--posts', String(count), '--out', `${file}.part`],
      { stdio: 'inherit' },
    )
    fs.renameSync(`${file}.part`, file)
  }
  return file
}

/** One line describing a failure, with the fields a validation error names. */
const describe = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error)
  const details = (error as { data?: { errors?: { message?: string; path?: string }[] } }).data
    ?.errors
  const fields = Array.isArray(details)
    ? details.map((detail) => `${detail.path ?? '?'}: ${detail.message ?? ''}`.trim()).join('; ')
    : ''
  return `${error.message}${fields && !error.message.includes(fields) ? ` (${fields})` : ''}`.replace(
    /\s+/g,
    ' ',
  )
}

const started = Date.now()
try {
  // A database `npm run dev` set up keeps its pushed schema; any other is brought up to the committed migrations.
  const development = (await configuredSchemaState()) === 'development'
  const payload = await getPayload({ config })
  if (!development) await applyCommittedMigrations(payload)
  console.log(`Seeding demo data into ${payload.db.name} ...`)
  const summary = await seed(payload, { log: (line) => console.log(line) })
  if (bulkArticles) {
    console.log(`Importing ${bulkArticles} generated articles ...`)
    const bulk = await importDataset(payload, dataset(bulkArticles), {
      log: (line) => console.log(line),
    })
    console.log(
      `${'bulk articles'.padEnd(17)} ${bulk.articles.created} created, ${bulk.articles.existing} unchanged ` +
        `(${bulk.contributors.created} contributors, ${bulk.regions.created} regions added; ${bulk.seconds.toFixed(0)} s)`,
    )
    summary['bulk articles'] = {
      completed: 0,
      created: bulk.articles.created,
      total: bulkArticles,
      unchanged: bulk.articles.existing,
    }
  } else {
    // Fresh planner statistics after loading (the bulk import refreshes them itself).
    await refreshDatabaseStatistics(payload)
  }

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
    console.log(
      `  ${user.email.padEnd(width)}  ${user.password.padEnd(28)}  ${user.roles.join(', ')}${scope}`,
    )
  }
  process.exit(0)
} catch (error) {
  console.error(`Seed failed: ${describe(error)}`)
  process.exit(1)
}
