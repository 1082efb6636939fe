#!/usr/bin/env node
// Fails unless the database behind the given URI has every table the app needs and a recorded migration.
import { createRequire } from 'node:module'

const uri = process.argv[2]
const expected = [
  'articles',
  'articles_locales',
  '_articles_v',
  'ethno_events',
  'podcast_episodes',
  'tv_segments',
  'videos',
  'contributors',
  'rubrics',
  'regions',
  'media',
  'users',
  'auth_throttles',
  'payload_migrations',
]
const require = createRequire(import.meta.url)
let tables
let migrations
if (uri.startsWith('file:')) {
  const { createClient } = require('@libsql/client')
  const client = createClient({ url: uri })
  tables = (await client.execute("select name from sqlite_master where type = 'table'")).rows.map(
    (row) => row.name,
  )
  migrations = tables.includes('payload_migrations')
    ? (await client.execute('select name from payload_migrations where batch > 0')).rows.length
    : 0
  client.close()
} else {
  const pg = require('pg')
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  tables = (
    await client.query("select tablename as name from pg_tables where schemaname = 'public'")
  ).rows.map((row) => row.name)
  migrations = tables.includes('payload_migrations')
    ? (await client.query('select name from payload_migrations where batch > 0')).rows.length
    : 0
  await client.end()
}
const missing = expected.filter((table) => !tables.includes(table))
if (missing.length > 0 || migrations === 0) {
  console.error(
    `schema check failed for ${uri.replace(/:[^:@/]*@/, ':***@')}: missing tables [${missing.join(', ')}], applied migrations ${migrations}`,
  )
  process.exit(1)
}
console.log(`schema OK: ${tables.length} tables, ${migrations} migration(s) applied`)
