import type { Config } from 'payload'

import {
  GRAPHQL_MAX_COMPLEXITY,
  keepSchemaGraphQLModule,
  publicGraphQLRules,
} from './graphqlLimits'

type GraphQLConfig = NonNullable<Config['graphQL']>

/**
 * The plugin's part of `graphQL`: the complexity limit (unless the app sets one), the public bounds as validation
 * rules — each added to what the app configures, never replacing it.
 */
export const withPublicGraphQL = (
  graphQL: Config['graphQL'],
  _listCollections: readonly string[],
): GraphQLConfig => ({
  ...graphQL,
  maxComplexity: graphQL?.maxComplexity ?? GRAPHQL_MAX_COMPLEXITY,
  queries: (G, context) => {
    keepSchemaGraphQLModule(G)
    return graphQL?.queries?.(G, context) ?? {}
  },
  validationRules: (args) => [
    ...(graphQL?.validationRules?.(args) ?? []),
    ...publicGraphQLRules(args),
  ],
})
