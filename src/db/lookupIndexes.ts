import { REVIEW_STATUS_COLUMN } from '../../plugins/ai-ethics/src'

/**
 * Indexes Payload's SQL schema lacks for the lookups its own queries make (SQLite and PostgreSQL share the raw
 * schema this hook edits, so both get them, through the committed migrations like any other index).
 *
 * Payload reads a document's child rows by parent: `*_locales` rows by `_parent_id` alone (all locales at once),
 * `*_texts` / `*_numbers` rows by `parent_id`. It indexes those tables on (`_locale`, `_parent_id`) and
 * (`order`, `parent_id`), whose first column is not the parent, so each lookup scans the whole child table
 * (with the article bodies), once per document read and on every insert (the foreign-key check). SQLite only
 * finds a way round it (a skip-scan) after `ANALYZE`; without statistics a 10k-article list took minutes.
 *
 * Rule 1: every parent column (`_parent_id`, `parent_id`) gets an index that starts with it, unless one
 * already does: `<table>_parent_lookup_idx`.
 *
 * Rule 2: a table with `_status`, `published_at`, `created_at` and the review status column (the publishable
 * collections) gets (`_status`, `published_at`, `created_at`, `id`, `ethics_review_status`):
 * `<table>_published_order_idx`. The public reads ask for `_status = 'published'` newest first (`-publishedAt`,
 * then Payload's `-createdAt`, then the id: the total order of public lists, plugins/delivery/src/publicLists);
 * with only the single-column indexes SQLite without statistics picks `_status`, reads and sorts every published
 * row (and runs the per-row subqueries for each) before it can apply `LIMIT`. This index gives the rows in order,
 * so a page reads about as many rows as it returns; and it holds every column the first step of a deep public
 * page reads (the sort keys, the id, the public filter), so that step reads the index alone (PostgreSQL's
 * index-only scan, SQLite's covering index) instead of fetching each skipped row from the table. The review
 * status comes last: it is an `IN` list, which in front of the sort keys would cost the order. (Payload's
 * collection `indexes` option would name it after the columns only, shared by five collections and numbered in
 * config order.)
 *
 * Rule 3: a table with `_status` and the AI-ethics review's status column (the public filter, src/access/publishable.ts;
 * the column is the plugin's `REVIEW_STATUS_COLUMN`, `ethics_review_status`) gets (`_status`, `ethics_review_status`): `<table>_public_filter_idx`. Every paginated public list also counts its
 * matches; with this index the count reads the index alone (12 ms instead of 31 at 100k articles).
 *
 * Names are shortened like Payload's own past 60 characters.
 */

/** Payload's raw table shape (`@payloadcms/drizzle` RawTable), as far as this hook reads it. */
type RawTable = {
  columns: Record<string, { name: string }>
  indexes?: Record<string, { name: string; on: string | string[]; unique?: boolean }>
  name: string
}
type RawSchemaAdapter = { indexes: Set<string>; rawTables: Record<string, RawTable> }

export const PARENT_COLUMNS = ['_parent_id', 'parent_id'] as const
export const LOOKUP_INDEX_SUFFIX = '_parent_lookup_idx'
export const PUBLISHED_ORDER_COLUMNS = [
  '_status',
  'published_at',
  'created_at',
  'id',
  REVIEW_STATUS_COLUMN,
] as const
export const PUBLISHED_ORDER_SUFFIX = '_published_order_idx'
export const PUBLIC_FILTER_COLUMNS = ['_status', REVIEW_STATUS_COLUMN] as const
export const PUBLIC_FILTER_SUFFIX = '_public_filter_idx'
/** Payload's cap for generated identifiers (PostgreSQL allows 63; three are left for suffixes). */
const MAX_IDENTIFIER = 60

const firstColumn = (on: string | string[]): string | undefined => (Array.isArray(on) ? on[0] : on)

const uniqueName = (adapter: RawSchemaAdapter, table: string, ending: string): string => {
  for (let n = 0; ; n += 1) {
    const suffix = `${n ? `_${n}` : ''}${ending}`
    const name = `${table.slice(0, MAX_IDENTIFIER - suffix.length)}${suffix}`
    if (!adapter.indexes.has(name) && !(name in adapter.rawTables)) return name
  }
}

const columnKey = (table: RawTable, name: string): string | undefined =>
  Object.entries(table.columns).find(([, column]) => column.name === name)?.[0]

/** Adds the rules' indexes to Payload's raw schema. Returns the names it added. */
export const addLookupIndexes = (adapter: RawSchemaAdapter): string[] => {
  const added: string[] = []
  const add = (table: RawTable, key: string, ending: string, on: string | string[]) => {
    const name = uniqueName(adapter, table.name, ending)
    adapter.indexes.add(name)
    table.indexes = { ...table.indexes, [key]: { name, on } }
    added.push(name)
  }
  for (const table of Object.values(adapter.rawTables)) {
    const parent = PARENT_COLUMNS.map((name) => columnKey(table, name)).find(Boolean)
    if (
      parent &&
      !Object.values(table.indexes ?? {}).some((index) => firstColumn(index.on) === parent)
    ) {
      add(table, 'parentLookup', LOOKUP_INDEX_SUFFIX, parent)
    }
    const order = PUBLISHED_ORDER_COLUMNS.map((name) => columnKey(table, name))
    if (order.every(Boolean))
      add(table, 'publishedOrder', PUBLISHED_ORDER_SUFFIX, order as string[])
    const filter = PUBLIC_FILTER_COLUMNS.map((name) => columnKey(table, name))
    if (filter.every(Boolean)) add(table, 'publicFilter', PUBLIC_FILTER_SUFFIX, filter as string[])
  }
  return added
}

/** The `beforeSchemaInit` hook of both SQL adapters (it runs after Payload built its raw schema, before the tables). */
export const lookupIndexes = <Schema>({
  adapter,
  schema,
}: {
  adapter?: unknown
  schema: Schema
}): Schema => {
  addLookupIndexes(adapter as RawSchemaAdapter)
  return schema
}
