import type {
  CollectionAfterOperationHook,
  FlattenedField,
  CollectionBeforeOperationHook,
  PaginatedDocs,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { matchesAtMostOne } from './uniqueLookup'
import {
  afterCursorWhere,
  cursorFieldsOf,
  decodeCursor,
  encodeCursor,
  invalidCursor,
  type ListOrder,
  listOrderOf,
  sortOf,
} from './cursor'

/**
 * Anonymous list reads past the first page in two steps, so a deep page costs about what the first page costs:
 *
 * 1. the page's ids: the same find with the same public rules (the collection's read access, run for an anonymous
 *    caller), filter, locale and order, selecting only the id and the sort key (and no joins): the database walks
 *    an index to the page and builds no documents. PostgreSQL would otherwise build every skipped document (its
 *    localized texts, relations and locales as JSON) before `OFFSET` drops it;
 * 2. the documents: the request's own find, limited to those ids (`id in [...]`), with its `select`, `depth`,
 *    `populate`, locale and fallback untouched; the page's order and counts come from step 1.
 *
 * The first page skips nothing, so it keeps Payload's single read (a slug lookup is a first page too). Every page
 * is ordered by the sort key and then the id, so pages never overlap or skip on equal keys, and gives the next
 * page's cursor (`nextCursor`); `?after=<cursor>` (REST) and `after: "<cursor>"` (GraphQL, ../graphql.ts) read
 * the page after a cursor as an indexed range (cursor.ts), without counting or skipping anything.
 *
 * Only top-level finds of anonymous callers on the collections the plugin gives this hook are rewritten; signed-in staff, server code
 * that overrides access, relationship population and drafts (signed previews) take Payload's path unchanged.
 */

/** Marks step 1's own find, which must take Payload's path. */
const IDS_STEP = 'publicListIdsStep'

type PageArgs = {
  collection: { config: SanitizedCollectionConfig }
  currentDepth?: number
  draft?: boolean
  id?: number | string
  limit?: number
  page?: number
  pagination?: boolean
  req: PayloadRequest
  select?: Record<string, unknown>
  sort?: string | string[]
  trash?: boolean
  where?: Where
}

/** What step 1 found for one find operation (or, on a first page, how to give its cursor), until its afterOperation. */
type PageMeta = Omit<PaginatedDocs, 'docs'> & { nextCursor: string | null }
type PagePlan =
  | { ids: (number | string)[]; kind: 'ids'; meta: PageMeta }
  | { kind: 'first'; order: ListOrder | undefined; unselect: string[] }
const plans = new WeakMap<object, PagePlan>()

const DEFAULT_LIMIT = 10

const and = (...wheres: (undefined | Where)[]): Where => {
  const present = wheres.filter((where): where is Where =>
    Boolean(where && Object.keys(where).length),
  )
  return present.length === 1 ? present[0] : { and: present }
}

/** Request context key by which a GraphQL list query passes its `after` argument (../graphql.ts). */
export const GRAPHQL_AFTER = 'publicListAfter'

/** `?after` of a REST list request, `after:` of a GraphQL list query (server code has no cursor). */
const afterParameter = (req: PayloadRequest): unknown =>
  req.payloadAPI === 'REST'
    ? (req.query as Record<string, unknown> | undefined)?.after
    : req.payloadAPI === 'GraphQL'
      ? req.context?.[GRAPHQL_AFTER]
      : undefined

const isPageRead = (args: PageArgs, req: PayloadRequest): boolean =>
  !req.user &&
  args.id === undefined &&
  !args.currentDepth &&
  !args.draft &&
  args.pagination !== false &&
  args.limit !== 0 &&
  !req.context?.[IDS_STEP]

/** Step 1: the ids (and sort keys) of the page, under the collection's read access for an anonymous caller. */
const readPageIds = async (args: PageArgs, order: ListOrder | undefined, after: unknown) => {
  const { req } = args
  const config = args.collection.config
  const limit = args.limit ?? DEFAULT_LIMIT
  const cursor =
    after === undefined
      ? undefined
      : decodeCursor(after, order, req.payload.db.defaultIDType === 'number' ? 'number' : 'text')
  if (cursor && args.page !== undefined && args.page !== 1)
    throw invalidCursor('INVALID_CURSOR.withPage')
  const keyField =
    order && order.key !== 'id'
      ? config.flattenedFields.find((field) => field.name === order.key)
      : undefined
  const found = await req.payload.find({
    collection: config.slug as never,
    context: { [IDS_STEP]: true },
    depth: 0,
    draft: false,
    fallbackLocale: req.fallbackLocale as never,
    joins: false,
    // A cursor page asks for one more document to know whether another page follows, and counts nothing.
    limit: cursor ? limit + 1 : limit,
    locale: req.locale as never,
    overrideAccess: false,
    page: cursor ? 1 : args.page,
    pagination: !cursor,
    select: {
      ...unselectedGroups(config.flattenedFields),
      ...Object.fromEntries([
        ['id', true],
        ...(order ? cursorFieldsOf(order) : []).map((name) => [name, true]),
      ]),
    } as never,
    sort: order ? sortOf(order) : args.sort,
    trash: args.trash,
    where:
      cursor && order ? and(args.where, afterCursorWhere(order, cursor, keyField)) : args.where,
  })
  const docs = found.docs.slice(0, limit) as Record<string, unknown>[]
  const hasNextPage = cursor ? found.docs.length > limit : found.hasNextPage
  const last = docs.at(-1)
  const nextCursor = hasNextPage && order && last ? encodeCursor(order, last) : null
  const meta: PageMeta = cursor
    ? // A cursor page has no page number, and counting what is left would read it all: the counts are left out.
      ({
        hasNextPage,
        hasPrevPage: true,
        limit,
        nextCursor,
        nextPage: null,
        prevPage: null,
      } as PageMeta)
    : { ...pick(found), nextCursor }
  return { ids: docs.map((doc) => doc.id as number | string), meta }
}

/**
 * Every group and named tab, as an empty selection (groups inside them too). Payload's SQL adapters read a group
 * that a `select` leaves out as if nothing were selected inside it, so the arrays and has-many fields in it
 * (`aiDisclosure.scope`, `ethicsReview.flags`) are still joined, one subquery per row the page skips: the walk to
 * a deep page then reads the table row by row instead of the published-order index alone. Naming each group with
 * nothing in it leaves them out.
 */
const unselectedGroups = (fields: FlattenedField[]): Record<string, unknown> =>
  Object.fromEntries(
    fields
      .filter((field) => field.type === 'group' || field.type === 'tab')
      .map((field) => [field.name, unselectedGroups(field.flattenedFields)]),
  )

const pick = ({ docs: _docs, ...meta }: PaginatedDocs): Omit<PaginatedDocs, 'docs'> => meta

/** beforeOperation (read): runs step 1 and narrows the request's own find to the page's ids (step 2). */
export const readPublicPageIdsFirst: CollectionBeforeOperationHook = async ({
  args: operationArgs,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'read') return operationArgs
  const args = operationArgs as unknown as PageArgs
  if (operationArgs.overrideAccess === true || !isPageRead(args, req)) return operationArgs
  const order = listOrderOf(collection, args.sort)
  const after = afterParameter(req)
  if (after === undefined && (args.page ?? 1) === 1) {
    plans.set(operationArgs, {
      kind: 'first',
      order,
      unselect: order ? selectCursorFields(args, order) : [],
    })
    if (order) args.sort = sortOf(order)
    // A lookup by slug or id: the count would only confirm what the read returns (Payload then answers
    // totalDocs = the documents found, one page, exactly as the count would).
    if (matchesAtMostOne(collection, args.where)) {
      args.limit = args.limit ?? DEFAULT_LIMIT
      args.pagination = false
    }
    return operationArgs
  }
  const { ids, meta } = await readPageIds(args, order, after)
  plans.set(operationArgs, { ids, kind: 'ids', meta })
  args.where = ids.length ? { id: { in: ids } } : { id: { exists: false } }
  args.page = 1
  args.limit = Math.max(ids.length, 1)
  // The counts are step 1's: step 2 counts nothing.
  args.pagination = false
  return operationArgs
}

/**
 * A first page's cursor is made from its last document's sort keys: a `select` that leaves them out gets them
 * added, and their names are returned, to be taken out of the documents again.
 */
const selectCursorFields = (args: PageArgs, order: ListOrder): string[] => {
  const select = args.select
  // No select, or an exclusion select (`{ body: false }`), keeps every field the cursor needs.
  if (
    !select ||
    !Object.values(select).some(
      (value) => value === true || (typeof value === 'object' && value !== null),
    )
  )
    return []
  const missing = cursorFieldsOf(order).filter((name) => select[name] === undefined)
  if (missing.length)
    args.select = { ...select, ...Object.fromEntries(missing.map((name) => [name, true])) }
  return missing
}

/** afterOperation (find): the documents in step 1's order, with step 1's page counts and the next cursor. */
export const restorePublicPage: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if (operation !== 'find') return result
  const plan = plans.get(args)
  if (!plan) return result
  plans.delete(args)
  if (plan.kind === 'first') {
    const page = result as PaginatedDocs
    const last = page.docs.at(-1) as Record<string, unknown> | undefined
    const nextCursor =
      page.hasNextPage && plan.order && last ? encodeCursor(plan.order, last) : null
    const docs = plan.unselect.length
      ? page.docs.map((doc) =>
          Object.fromEntries(Object.entries(doc).filter(([name]) => !plan.unselect.includes(name))),
        )
      : page.docs
    return { ...page, docs, nextCursor } as unknown as typeof result
  }
  const position = new Map(plan.ids.map((id, index) => [String(id), index]))
  const docs = [...(result as PaginatedDocs).docs]
    .filter((doc) => position.has(String(doc.id)))
    .sort((a, b) => position.get(String(a.id))! - position.get(String(b.id))!)
  return { docs, ...plan.meta } as unknown as typeof result
}
