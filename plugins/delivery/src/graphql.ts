import type { GraphQLFieldConfig, GraphQLFieldConfigMap, GraphQLObjectType } from 'graphql'
import type { Config, PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

import {
  GRAPHQL_MAX_COMPLEXITY,
  keepSchemaGraphQLModule,
  publicGraphQLRules,
} from './graphqlLimits'
import { GRAPHQL_AFTER } from './publicLists/pageIdsFirst'

type GraphQLModule = typeof import('graphql')
type GraphQLConfig = NonNullable<Config['graphQL']>
type Queries = NonNullable<GraphQLConfig['queries']>
type SchemaContext = Parameters<Queries>[1]
type ListField = GraphQLFieldConfig<unknown, { req: PayloadRequest }, Record<string, unknown>>

/**
 * Counts a cursor page does not have (it has no page number, and counting what is left would read it all): on the
 * list types of the public list collections they may be null, as they are absent from REST's cursor pages.
 */
const COUNTS = ['page', 'pagingCounter', 'totalDocs', 'totalPages']

/**
 * The list query of each public list collection gets `after: String` (REST's `?after=`) and its list type
 * `nextCursor: String`: a cursor walk over GraphQL, with the same cursors, rules and errors as REST
 * (publicLists/). The query's own resolver runs unchanged; the cursor reaches the ids-first hook through the
 * request context of that one query (siblings in the same request get their own, or none).
 */
const addListCursors = (G: GraphQLModule, context: SchemaContext, slugs: readonly string[]) => {
  const fields = context.Query.fields as GraphQLFieldConfigMap<unknown, { req: PayloadRequest }>
  for (const slug of slugs) {
    const whereType = (
      context.collections[slug]?.graphQL as { whereInputType?: unknown } | undefined
    )?.whereInputType
    if (!whereType) continue
    const found = Object.entries(fields).find(
      ([, field]) =>
        field.args?.where?.type === whereType &&
        field.args.page &&
        field.args.limit &&
        field.resolve,
    )
    if (!found) continue
    const [name, field] = found as [string, ListField]
    const listType = field.type as GraphQLObjectType
    const listFields = listType.toConfig().fields
    const resolve = field.resolve!
    fields[name] = {
      ...field,
      args: {
        ...field.args,
        after: {
          description:
            'The `nextCursor` of the previous page: the page after it, in the same sort (not with `page`).',
          type: G.GraphQLString,
        },
      },
      resolve: (source, { after, ...args }, ctx, info) => {
        // Every list query sets its own cursor (or none), so a sibling query never reads another's.
        ctx.req = isolateObjectProperty(ctx.req, 'context')
        ctx.req.context = { ...ctx.req.context, [GRAPHQL_AFTER]: after ?? undefined }
        return resolve(source, args, ctx, info)
      },
      type: new G.GraphQLObjectType({
        name: listType.name,
        fields: {
          ...Object.fromEntries(
            Object.entries(listFields).map(([key, config]) => [
              key,
              COUNTS.includes(key) ? { ...config, type: G.getNullableType(config.type) } : config,
            ]),
          ),
          nextCursor: {
            description:
              'Pass as `after` to read the next page; null on the last page and when the sort cannot be paged by cursor.',
            type: G.GraphQLString,
          },
        },
      }),
    }
  }
}

/**
 * The plugin's part of `graphQL`: the complexity limit (unless the app sets one), the public bounds as validation
 * rules, and cursors on the public list queries — each added to what the app configures, never replacing it.
 */
export const withPublicGraphQL = (
  graphQL: Config['graphQL'],
  listCollections: readonly string[],
): GraphQLConfig => ({
  ...graphQL,
  maxComplexity: graphQL?.maxComplexity ?? GRAPHQL_MAX_COMPLEXITY,
  queries: (G, context) => {
    keepSchemaGraphQLModule(G)
    addListCursors(G, context, listCollections)
    return graphQL?.queries?.(G, context) ?? {}
  },
  validationRules: (args) => [
    ...(graphQL?.validationRules?.(args) ?? []),
    ...publicGraphQLRules(args),
  ],
})
