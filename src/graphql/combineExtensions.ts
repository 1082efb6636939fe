import type { GraphQLExtension } from 'payload'

/**
 * One `graphQL.queries`/`mutations` function from several: Payload takes a single function per kind, and several
 * modules of the app add or replace fields. Later ones win on a name clash.
 */
export const combineGraphQLExtensions =
  (...extensions: GraphQLExtension[]): GraphQLExtension =>
  (graphQL, context) =>
    Object.assign({}, ...extensions.map((extend) => extend(graphQL, context)))
