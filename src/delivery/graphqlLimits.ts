import type { ExecutionArgs, FragmentDefinitionNode, GraphQLNamedType, SelectionSetNode, ValidationRule } from 'graphql'
import type { PayloadRequest } from 'payload'

import { PUBLIC_READ_LIMITS } from './publicReads'

type GraphQLModule = typeof import('graphql')

let graphqlRealm: GraphQLModule | undefined

/**
 * Payload's `graphQL.queries`: adds no queries, but keeps the graphql module Payload builds its schema with.
 * Validation rules must use that module's classes (GraphQLError, type checks): a second copy of graphql (e.g. the
 * ESM build next to Payload's CommonJS one) is "another realm" and its instances are rejected.
 */
export const keepSchemaGraphQLModule = (GraphQL: GraphQLModule): Record<string, never> => {
  graphqlRealm = GraphQL
  return {}
}

/** Most complex query anyone may send (Payload's estimator: 1 per field, 10 per relationship or upload). */
export const GRAPHQL_MAX_COMPLEXITY = 600

/** A collection document type: what REST's `depth` counts when it populates relationships. */
const isDocumentType = (G: GraphQLModule, type: GraphQLNamedType): boolean => {
  if (G.isUnionType(type)) return true // polymorphic relationships
  if (!G.isObjectType(type)) return false
  const fields = type.getFields()
  return 'id' in fields && 'createdAt' in fields && 'updatedAt' in fields
}

type Found = { message: string; node: unknown }

/**
 * Walks the operation (through fragments) as the query will execute and reports the first bound it passes:
 * `limit` outside 1..100, `pagination: false`, or related documents nested deeper than `depth` 2 below the
 * documents asked for.
 */
const findViolation = (
  G: GraphQLModule,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  documentLevel: number,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> | undefined,
  schemaType: (name: string) => GraphQLNamedType | undefined,
  seen: Set<string>,
): Found | undefined => {
  for (const selection of selectionSet.selections) {
    if (selection.kind === G.Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(selection.name.value)
      if (!fragment || seen.has(fragment.name.value)) continue
      const type = schemaType(fragment.typeCondition.name.value) ?? parentType
      const found = findViolation(G, fragment.selectionSet, type, documentLevel, fragments, variables, schemaType, new Set([...seen, fragment.name.value]))
      if (found) return found
      continue
    }
    if (selection.kind === G.Kind.INLINE_FRAGMENT) {
      const type = (selection.typeCondition && schemaType(selection.typeCondition.name.value)) || parentType
      const found = findViolation(G, selection.selectionSet, type, documentLevel, fragments, variables, schemaType, seen)
      if (found) return found
      continue
    }
    for (const argument of selection.arguments ?? []) {
      if (argument.name.value === 'limit') {
        const limit = G.valueFromAST(argument.value, G.GraphQLInt, variables) as null | number | undefined
        if (typeof limit === 'number' && (limit < 1 || limit > PUBLIC_READ_LIMITS.maxLimit)) {
          return {
            message: `limit: must be from 1 to ${PUBLIC_READ_LIMITS.maxLimit} for anonymous callers (got ${limit}); sign in for more.`,
            node: argument,
          }
        }
      }
      if (argument.name.value === 'pagination' && G.valueFromAST(argument.value, G.GraphQLBoolean, variables) === false) {
        return { message: 'pagination: anonymous callers cannot turn pagination off; page with `page` and `limit`.', node: argument }
      }
    }
    if (!selection.selectionSet) continue
    const fieldType =
      G.isObjectType(parentType) || G.isInterfaceType(parentType) ? parentType.getFields()[selection.name.value]?.type : undefined
    if (!fieldType) continue
    const type = G.getNamedType(fieldType)
    const level = isDocumentType(G, type) ? documentLevel + 1 : documentLevel
    // Level 1 is the document asked for; REST depth N populates N levels below it.
    if (level - 1 > PUBLIC_READ_LIMITS.maxDepth) {
      return {
        message: `depth: related documents may be nested at most ${PUBLIC_READ_LIMITS.maxDepth} levels deep for anonymous callers (\`${selection.name.value}\` is level ${level - 1}); sign in for more.`,
        node: selection,
      }
    }
    const found = findViolation(G, selection.selectionSet, type, level, fragments, variables, schemaType, seen)
    if (found) return found
  }
  return undefined
}

/**
 * Payload's `graphQL.validationRules`: anonymous GraphQL reads get the same bounds as REST (limit ≤ 100, depth ≤ 2,
 * pagination on). A validation error means nothing runs; `withGraphQLRequestErrors` answers it with 400.
 */
export const publicGraphQLRules = (args: ExecutionArgs): ValidationRule[] => {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const G = graphqlRealm
  if (req?.user || !G) return []
  const variables = (args.variableValues ?? undefined) as Record<string, unknown> | undefined
  return [
    (context) => {
      const schema = context.getSchema()
      const fragments = new Map<string, FragmentDefinitionNode>()
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === G.Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
      }
      const schemaType = (name: string) => schema.getType(name) ?? undefined
      return {
        OperationDefinition(operation) {
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
          if (!root) return
          const found = findViolation(G, operation.selectionSet, root, 0, fragments, variables, schemaType, new Set())
          if (found) context.reportError(new G.GraphQLError(found.message, { extensions: { code: 'PUBLIC_LIMIT_EXCEEDED' }, nodes: found.node as never }))
        },
      }
    },
  ]
}

type Handler = (request: Request) => Promise<Response>

/**
 * Wraps the GraphQL POST route: a request error (nothing executed: unparsable, invalid, too complex, over a
 * public bound) is answered with 400, as the GraphQL-over-HTTP spec does for `application/graphql-response+json`,
 * also for clients that only accept `application/json` (where graphql-http answers 200); so is a result in which
 * every field was refused as a bad request (a 400 from Payload, e.g. a filter on a field the caller cannot read).
 * Anything else keeps its status, partial results included.
 */
export const withGraphQLRequestErrors =
  (handler: Handler): Handler =>
  async (request) => {
    const response = await handler(request)
    if (response.status !== 200 || !/json/.test(response.headers.get('content-type') ?? '')) return response
    const text = await response.text()
    let requestError = false
    try {
      const body = JSON.parse(text) as { data?: null | Record<string, unknown>; errors?: { extensions?: { statusCode?: number } }[] }
      const errors = Array.isArray(body.errors) ? body.errors : []
      const nothingRan = !('data' in body)
      // Every field refused as a bad request (e.g. filtering on a field the caller cannot read): nothing was answered.
      const allRefused =
        errors.length > 0 &&
        Object.values(body.data ?? {}).every((value) => value === null) &&
        errors.every((error) => error.extensions?.statusCode === 400)
      requestError = errors.length > 0 && (nothingRan || allRefused)
    } catch {
      // not JSON after all: pass it on unchanged
    }
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(text, { headers, status: requestError ? 400 : response.status })
  }
