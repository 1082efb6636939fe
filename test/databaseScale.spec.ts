import type { Payload } from 'payload'

import { createClient } from '@libsql/client'
import { execFileSync, spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import pg from 'pg'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REANALYZE_AFTER_WRITES, statisticsUpkeep } from '../src/db/analyze'
import { databaseKind } from '../src/db/databaseAdapter'
import { rssFeedEndpoint } from '../plugins/delivery/src/feeds/rss'
import { buildSitemap } from '../plugins/delivery/src/sitemap'
import { importDataset } from '../src/seed/bulk'
import { RUN_ID } from './helpers/factories'
import { bootPayload } from './helpers/payload'

// What keeps the database fast without an operator (src/db/lookupIndexes.ts, src/db/analyze.ts): the indexes the
// committed migrations create, the query plans SQLite picks with no statistics at all, and the statistics the app
// writes by itself after migrating, importing and as it writes.

const uri = process.env.DATABASE_URI!
const kind = databaseKind(uri)
const sqliteFile = (databaseUri: string) => path.resolve(databaseUri.replace(/^file:(\/\/)?/, ''))
const tmp = (name: string) => path.resolve('.tmp', `${name}-${RUN_ID}`)
const removeDb = (file: string) =>
  ['', '-wal', '-shm', '-journal'].forEach((suffix) =>
    fs.rmSync(`${file}${suffix}`, { force: true }),
  )

/** `npm run migrate` in a child process, exactly as an operator runs it (production mode: migrations, no push). */
const migrate = (databaseUri: string) => {
  const result = spawnSync('npm', ['run', '-s', 'migrate'], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URI: databaseUri, LOG_LEVEL: 'info', NODE_ENV: 'production' },
    timeout: 120_000,
  })
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0)
  return `${result.stdout}${result.stderr}`
}

/** Tables with a parent column (`_parent_id`, `parent_id`) and no index whose first column is it. */
const SQLITE_UNINDEXED_PARENTS = async (file: string): Promise<string[]> => {
  const client = createClient({ url: `file:${file}` })
  try {
    const missing: string[] = []
    const tables = (
      await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ).rows.map((row) => String(row.name))
    for (const table of tables) {
      const columns = (await client.execute(`PRAGMA table_info("${table}")`)).rows.map((row) =>
        String(row.name),
      )
      const parent = columns.find((column) => column === '_parent_id' || column === 'parent_id')
      if (!parent) continue
      const leading: string[] = []
      for (const index of (await client.execute(`PRAGMA index_list("${table}")`)).rows) {
        const first = (
          await client.execute(`PRAGMA index_info("${String(index.name)}")`)
        ).rows.find((row) => Number(row.seqno) === 0)
        if (first) leading.push(String(first.name))
      }
      if (!leading.includes(parent)) missing.push(`${table}.${parent}`)
    }
    return missing
  } finally {
    client.close()
  }
}

const PG_UNINDEXED_PARENTS = `
  SELECT t.relname || '.' || a.attname AS missing
  FROM pg_class t
  JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attname IN ('_parent_id', 'parent_id') AND NOT a.attisdropped
  WHERE t.relkind = 'r' AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = t.oid AND i.indkey[0] = a.attnum)`

describe.skipIf(kind !== 'sqlite' && kind !== 'postgres')('the committed migrations', () => {
  it('create an index led by every parent column, and the published-newest-first index; statistics follow', async () => {
    if (kind === 'sqlite') {
      const file = `${tmp('migrated')}.db`
      removeDb(file)
      try {
        const output = migrate(`file:${file}`)
        expect(output).toContain('statistics refreshed (ANALYZE; PRAGMA optimize)')
        expect(await SQLITE_UNINDEXED_PARENTS(file)).toEqual([])
        const client = createClient({ url: `file:${file}` })
        try {
          const sql = async (name: string) =>
            (
              await client.execute({
                args: [name],
                sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
              })
            ).rows[0]?.sql
          expect(await sql('articles_locales_parent_lookup_idx')).toMatch(
            /ON `articles_locales` \(`_parent_id`\)/,
          )
          expect(await sql('_articles_v_locales_parent_lookup_idx')).toMatch(
            /ON `_articles_v_locales` \(`_parent_id`\)/,
          )
          expect(await sql('articles_texts_parent_lookup_idx')).toMatch(
            /ON `articles_texts` \(`parent_id`\)/,
          )
          expect(await sql('articles_published_order_idx')).toMatch(
            /ON `articles` \(`_status`,`published_at`,`created_at`,`id`,`ethics_review_status`\)/,
          )
          expect(await sql('articles_public_filter_idx')).toMatch(
            /ON `articles` \(`_status`,`ethics_review_status`\)/,
          )
          // `npm run migrate` ends with ANALYZE: the planner statistics table exists and holds the migrated rows.
          const stats = await client.execute(
            "SELECT tbl FROM sqlite_stat1 WHERE tbl = 'payload_migrations'",
          )
          expect(stats.rows.length).toBeGreaterThan(0)
        } finally {
          client.close()
        }
      } finally {
        removeDb(file)
      }
    } else {
      const url = new URL(uri)
      const database = `${url.pathname.slice(1)}_migrated`
      url.pathname = '/postgres'
      const admin = new pg.Client({ connectionString: url.toString() })
      await admin.connect()
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      await admin.query(`CREATE DATABASE "${database}"`)
      url.pathname = `/${database}`
      try {
        expect(migrate(url.toString())).toContain('statistics refreshed (ANALYZE)')
        const client = new pg.Client({ connectionString: url.toString() })
        await client.connect()
        try {
          expect((await client.query(PG_UNINDEXED_PARENTS)).rows.map((row) => row.missing)).toEqual(
            [],
          )
          const { rows } = await client.query(
            "SELECT indexdef FROM pg_indexes WHERE indexname IN ('articles_locales_parent_lookup_idx', 'articles_published_order_idx', 'articles_public_filter_idx') ORDER BY indexname",
          )
          expect(rows.map((row) => row.indexdef)).toEqual([
            expect.stringMatching(/ON public\.articles_locales USING btree \(_parent_id\)/),
            expect.stringMatching(
              /ON public\.articles USING btree \(_status, ethics_review_status\)/,
            ),
            expect.stringMatching(
              /ON public\.articles USING btree \(_status, published_at, created_at, id, ethics_review_status\)/,
            ),
          ])
        } finally {
          await client.end()
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
        await admin.end()
      }
    }
  })
})

describe.skipIf(kind !== 'sqlite')('SQLite plans without statistics', () => {
  let payload: Payload
  type Statement = { args: unknown[]; sql: string }

  beforeAll(async () => {
    payload = await bootPayload()
    // A few published articles, so that every read below has rows to plan for.
    const dataset = `${tmp('plans')}.jsonl`
    execFileSync(
      process.execPath,
      ['src/seed/gen-dataset.mjs', '--posts', '3', '--seed', '8', '--out', dataset],
      { stdio: 'ignore' },
    )
    await importDataset(payload, dataset)
    fs.rmSync(dataset, { force: true })
  })

  /** Every statement Payload sends to SQLite while `work` runs. */
  const statementsOf = async (work: () => Promise<unknown>): Promise<Statement[]> => {
    const client = (
      payload.db as unknown as { client: { execute: (...args: unknown[]) => Promise<unknown> } }
    ).client
    const execute = client.execute
    const seen: Statement[] = []
    client.execute = (statement: unknown, args?: unknown) => {
      const { args: bound = args ?? [], sql } =
        typeof statement === 'string'
          ? { args: args as unknown[], sql: statement }
          : (statement as Statement)
      seen.push({ args: (bound as unknown[]) ?? [], sql })
      return execute.call(client, statement, args)
    }
    try {
      await work()
    } finally {
      client.execute = execute
    }
    return seen.filter(({ sql }) => /^\s*select/i.test(sql))
  }

  /**
   * EXPLAIN QUERY PLAN of each statement on a copy of the test database without any statistics (as a database
   * nobody ever ran ANALYZE on). Returns the plans as lines.
   */
  const plansWithoutStatistics = async (statements: Statement[]): Promise<string[][]> => {
    const copy = `${tmp('nostats')}.db`
    removeDb(copy)
    const source = createClient({ url: uri })
    await source.execute({ args: [copy], sql: 'VACUUM INTO ?' })
    source.close()
    const strip = createClient({ url: `file:${copy}` })
    await strip.execute('DROP TABLE IF EXISTS sqlite_stat1')
    await strip.execute('DROP TABLE IF EXISTS sqlite_stat4')
    strip.close()
    const client = createClient({ url: `file:${copy}` })
    try {
      expect(
        (
          await client.execute(
            "SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'sqlite_stat%'",
          )
        ).rows[0].n,
      ).toBe(0)
      const plans: string[][] = []
      for (const { args, sql } of statements) {
        const { rows } = await client.execute({
          args: args as never,
          sql: `EXPLAIN QUERY PLAN ${sql}`,
        })
        plans.push(rows.map((row) => `${row.parent === 0 ? '' : '  '}${String(row.detail)}`))
      }
      return plans
    } finally {
      client.close()
      removeDb(copy)
    }
  }

  /** Full scans of real tables or indexes (a `SCAN x` of a co-routine reads a subquery's own rows, not a table). */
  const tableScans = (plan: string[]) => {
    const coroutines = plan.map((line) => /CO-ROUTINE (\S+)/.exec(line)?.[1]).filter(Boolean)
    return plan
      .map((line) => line.trim())
      .filter(
        (line) =>
          /^SCAN (\S+)( USING (COVERING )?INDEX \S+)?$/.test(line) &&
          !coroutines.includes(line.slice(5)),
      )
  }

  it('an anonymous list, a read by slug, the sitemap and the feed read every child row through an index, newest first from an index, and count from an index alone', async () => {
    const anonymous = { overrideAccess: false } as const
    const [{ slug }] = (
      await payload.find({ collection: 'articles', depth: 0, limit: 1, ...anonymous })
    ).docs
    const statements = await statementsOf(async () => {
      await payload.find({
        collection: 'articles',
        depth: 1,
        limit: 20,
        locale: 'kk',
        page: 2,
        ...anonymous,
      })
      await payload.find({
        collection: 'articles',
        depth: 1,
        limit: 1,
        locale: 'ru',
        where: { slug: { equals: slug } },
        ...anonymous,
      })
      await buildSitemap(payload)
      const feed = await createLocalReq({}, payload)
      feed.query = { locale: 'kk' }
      await (rssFeedEndpoint.handler(feed) as Promise<Response>).then((response) => response.text())
    })
    expect(statements.length).toBeGreaterThan(5)
    const plans = await plansWithoutStatistics(statements)
    for (const [i, plan] of plans.entries()) {
      expect(tableScans(plan), `${statements[i].sql.slice(0, 200)}\n${plan.join('\n')}`).toEqual([])
    }
    const lists = plans.filter(
      (_, i) =>
        /order by "\w+"\."published_at" (asc|desc)/.test(statements[i].sql) &&
        !/"slug" = \?/.test(statements[i].sql),
    )
    expect(lists.length).toBeGreaterThan(6) // the list, the sitemap, the feed (five collections)
    for (const plan of lists) {
      // Rows come in order from the index: no sort of every published row (or of the rows before a page) first.
      expect(plan[0], plan.join('\n')).toMatch(
        /^SEARCH \w+ USING (COVERING )?INDEX \w+_published_order_idx \(_status=\?\)$/,
      )
      expect(plan.filter((line) => line.startsWith('USE TEMP B-TREE'))).toEqual([])
    }
    const counts = plans.filter((_, i) =>
      /^select count\(\*\) from "articles" where \("articles"\."_status" = \?/.test(
        statements[i].sql,
      ),
    )
    expect(counts.length).toBeGreaterThan(0)
    // Both columns are seeks: the count reads only the matching index entries and tests no row.
    for (const plan of counts)
      expect(plan).toEqual([
        'SEARCH articles USING COVERING INDEX articles_public_filter_idx (_status=? AND ethics_review_status=?)',
      ])
    const locales = plans.flat().filter((line) => /articles__locales/.test(line))
    expect(locales.length).toBeGreaterThan(0)
    for (const line of locales)
      expect(line.trim()).toMatch(
        /^SEARCH articles__locales USING INDEX articles_locales_parent_lookup_idx \(_parent_id=\?\)$/,
      )
  })
})

describe.skipIf(kind !== 'sqlite')('statistics the app keeps by itself', () => {
  let payload: Payload
  const dataset = `${tmp('dataset')}.jsonl`

  beforeAll(async () => {
    payload = await bootPayload()
    execFileSync(
      process.execPath,
      ['src/seed/gen-dataset.mjs', '--posts', '24', '--seed', '7', '--out', dataset],
      { stdio: 'ignore' },
    )
  })
  afterAll(() => fs.rmSync(dataset, { force: true }))

  const sqlite = () => createClient({ url: `file:${sqliteFile(uri)}` })

  it('a bulk import stores real publications (version, report fact, ethics status) and ends with statistics', async () => {
    const client = sqlite()
    try {
      await client.execute('DELETE FROM sqlite_stat1')
      const summary = await importDataset(payload, dataset, { batchSize: 10 })
      expect(summary.articles.created).toBe(24)
      expect(summary.statistics).toBe('ANALYZE; PRAGMA optimize')
      const stats = await client.execute(
        "SELECT idx FROM sqlite_stat1 WHERE idx IN ('articles_locales_parent_lookup_idx', 'articles_published_order_idx') ORDER BY idx",
      )
      expect(stats.rows.map((row) => row.idx)).toEqual([
        'articles_locales_parent_lookup_idx',
        'articles_published_order_idx',
      ])

      const posts = fs
        .readFileSync(dataset, 'utf8')
        .trim()
        .split('\n')
        .map(
          (line) =>
            JSON.parse(line) as { lang: 'kk' | 'ru'; slug: string; title: string; type: string },
        )
      const last = posts.filter((record) => record.type === 'post').at(-1)!
      const [article] = (
        await payload.find({
          collection: 'articles',
          depth: 0,
          locale: last.lang,
          where: { slug: { equals: last.slug } },
        })
      ).docs
      expect(article.title).toBe(last.title)
      expect(article).toMatchObject({
        _status: 'published',
        ethicsReview: { status: 'not_required' },
        workflowStatus: 'published',
      })
      expect(
        (
          await payload.countVersions({
            collection: 'articles',
            where: { parent: { equals: article.id } },
          })
        ).totalDocs,
      ).toBe(1)
      const facts = await payload.find({
        collection: 'contribution-facts',
        where: { itemKey: { equals: `articles:${article.id}` } },
      })
      expect(facts.docs).toMatchObject([{ counted: true, publishedAt: article.publishedAt }])

      // Run again: everything is found, nothing is written.
      const again = await importDataset(payload, dataset)
      expect(again.articles).toEqual({ created: 0, existing: 24 })
      expect(again.contributors.created + again.regions.created).toBe(0)
    } finally {
      client.close()
    }
  })

  it('runs in WAL mode: while another process holds the write lock, a write waits for it instead of failing, and reads go on', async () => {
    const client = (
      payload.db as unknown as {
        client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
      }
    ).client
    expect((await client.execute('PRAGMA journal_mode')).rows[0].journal_mode).toBe('wal')
    const other = sqlite()
    try {
      await other.execute('BEGIN IMMEDIATE')
      const started = Date.now()
      const write = payload.create({
        collection: 'regions',
        data: { kind: 'oblast', name: `Locked ${RUN_ID}`, slug: `locked-${RUN_ID}` },
      })
      const read = await payload.find({ collection: 'regions', limit: 1 })
      expect(read.docs.length, 'a read while the lock is held').toBe(1)
      expect(Date.now() - started, 'the read did not wait for the lock').toBeLessThan(400)
      await new Promise((resolve) => setTimeout(resolve, 500))
      await other.execute('COMMIT')
      const region = await write
      expect(region.slug).toBe(`locked-${RUN_ID}`)
      expect(Date.now() - started).toBeGreaterThanOrEqual(450)
    } finally {
      other.close()
    }
  })

  it('re-samples the statistics after every REANALYZE_AFTER_WRITES writes, beside the writes', async () => {
    const upkeep = statisticsUpkeep(payload) as {
      analyzing?: Promise<void>
      runs: number
      writes: number
    }
    expect(upkeep.runs).toBeGreaterThanOrEqual(1) // at start-up
    const client = sqlite()
    try {
      await client.execute('DELETE FROM sqlite_stat1')
      const before = upkeep.writes
      await payload.create({
        collection: 'regions',
        data: { kind: 'oblast', name: `Statistics ${RUN_ID}`, slug: `statistics-${RUN_ID}` },
      })
      expect(upkeep.writes).toBeGreaterThan(before)
      expect(upkeep.analyzing).toBeUndefined()
      expect((await client.execute('SELECT count(*) AS n FROM sqlite_stat1')).rows[0].n).toBe(0)

      const runs = upkeep.runs
      upkeep.writes = REANALYZE_AFTER_WRITES * 1000 - 1 // the next write crosses the threshold
      await payload.create({
        collection: 'regions',
        data: { kind: 'oblast', name: `Statistics 2 ${RUN_ID}`, slug: `statistics-2-${RUN_ID}` },
      })
      expect(upkeep.analyzing).toBeDefined()
      await upkeep.analyzing
      expect(upkeep.runs).toBe(runs + 1)
      expect(
        Number(
          (await client.execute("SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'regions'"))
            .rows[0].n,
        ),
      ).toBeGreaterThan(0)
    } finally {
      client.close()
    }
  })
})
