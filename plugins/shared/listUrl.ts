import type { Where } from 'payload'

/**
 * A `where` as query-string pairs the way Payload's list view and REST API read them (qs brackets):
 * `{ and: [{ region: { in: [3] } }] }` → `where[and][0][region][in][0]=3`. Field paths with dots
 * (`ethicsReview.status`) stay one key: Payload parses the query without `allowDots`.
 */
export const whereToQuery = (where: Where, prefix = 'where'): string =>
  pairs(where, prefix).join('&')

const pairs = (value: unknown, prefix: string): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) =>
        pairs(inner, `${prefix}[${encodeURIComponent(key)}]`),
      )
    : [`${prefix}=${encodeURIComponent(String(value))}`]

/** The admin list view of a collection showing exactly the documents that match `where`. */
export const listUrl = (adminRoute: string, collection: string, where: Where): string =>
  `${adminRoute}/collections/${collection}?${whereToQuery(where)}`
