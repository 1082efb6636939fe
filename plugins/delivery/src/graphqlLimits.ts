import type {
  ExecutionArgs,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  SelectionSetNode,
  ValidationRule,
} from 'graphql'
import type { PayloadRequest, SanitizedConfig } from 'payload'

import { codeOfKey, type MessageParams } from '../../shared/messages'
import { languageOf, languageOfRequest } from './errors'
import { graphQLErrorMessage, renderGraphQLMessage } from './graphqlMessages'
import { type DeliveryMessageKey, deliveryMessage } from './messages'
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

/**
 * Most documents one anonymous GraphQL request may list: the sum over its list queries of their `limit` (Payload's
 * default 10 when unset), lists inside listed documents multiplied. Aliases would otherwise turn one request into
 * many pages (100 aliased lists of 100). A website page with a few sections asks for tens.
 */
export const GRAPHQL_PUBLIC_MAX_DOCUMENTS = 300
const DEFAULT_LIMIT = 10

/** A bound a query breaks: its catalogue message, said in the caller's language when it is reported. */
type Found = { key: DeliveryMessageKey; node: unknown; params?: MessageParams }
/** What a selection set asks for: the first bound it passes, or how many documents its lists request. */
type Walked = { documents: number; found?: Found }

/** What one operation's walk needs: the schema's types, the fragments, and the variables with their defaults. */
type Walk = {
  G: GraphQLModule
  fragments: Map<string, FragmentDefinitionNode>
  schemaType: (name: string) => GraphQLNamedType | undefined
  variables: Record<string, unknown>
  /** Each fragment's result per document level: a fragment spread twice at every level is walked once per level. */
  walked: Map<string, Walked>
}

/** The bounds one field's arguments pass: literals, variables and their defaults, and the schema's own defaults alike. */
const argumentViolation = (
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  args: Record<string, unknown>,
): Found | undefined => {
  const { limit, pagination } = args
  if (typeof limit === 'number' && (limit < 1 || limit > PUBLIC_READ_LIMITS.maxLimit)) {
    const argument = node.arguments?.find((candidate) => candidate.name.value === 'limit') ?? node
    return {
      key: 'PUBLIC_LIMIT_EXCEEDED.range',
      node: argument,
      params: { got: limit, max: PUBLIC_READ_LIMITS.maxLimit, min: 1, parameter: 'limit' },
    }
  }
  if (pagination === false) {
    const argument =
      node.arguments?.find((candidate) => candidate.name.value === 'pagination') ?? node
    return { key: 'PUBLIC_LIMIT_EXCEEDED.pagination', node: argument }
  }
  return undefined
}

/**
 * Walks a selection set (through fragments) as the query will execute: reports the first bound it passes —
 * `limit` outside 1..100, `pagination: false`, related documents nested deeper than `depth` 2 below the documents
 * asked for — and counts the documents its lists ask for.
 */
const walkSelections = (
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  documentLevel: number,
  seen: Set<string>,
): Walked => {
  const { G } = walk
  let documents = 0
  for (const selection of selectionSet.selections) {
    let inner: Walked
    if (selection.kind === G.Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = walk.fragments.get(name)
      if (!fragment || seen.has(name)) continue
      const key = `${name}@${documentLevel}`
      if (!walk.walked.has(key)) {
        const type = walk.schemaType(fragment.typeCondition.name.value) ?? parentType
        walk.walked.set(
          key,
          walkSelections(
            walk,
            fragment.selectionSet,
            type,
            documentLevel,
            new Set([...seen, name]),
          ),
        )
      }
      inner = walk.walked.get(key)!
    } else if (selection.kind === G.Kind.INLINE_FRAGMENT) {
      const type =
        (selection.typeCondition && walk.schemaType(selection.typeCondition.name.value)) ||
        parentType
      inner = walkSelections(walk, selection.selectionSet, type, documentLevel, seen)
    } else {
      const field =
        G.isObjectType(parentType) || G.isInterfaceType(parentType)
          ? parentType.getFields()[selection.name.value]
          : undefined
      if (!field) continue
      let args: Record<string, unknown>
      try {
        args = G.getArgumentValues(field, selection, walk.variables)
      } catch {
        continue // an invalid argument: validation or execution refuses it
      }
      const badArgument = argumentViolation(field, selection, args)
      if (badArgument) return { documents, found: badArgument }
      const type = G.getNamedType(field.type)
      const level = isDocumentType(G, type) ? documentLevel + 1 : documentLevel
      // Level 1 is the document asked for; REST depth N populates N levels below it.
      if (selection.selectionSet && level - 1 > PUBLIC_READ_LIMITS.maxDepth) {
        const params = {
          field: selection.name.value,
          level: level - 1,
          max: PUBLIC_READ_LIMITS.maxDepth,
        }
        return {
          documents,
          found: { key: 'PUBLIC_LIMIT_EXCEEDED.graphqlDepth', node: selection, params },
        }
      }
      const below = selection.selectionSet
        ? walkSelections(walk, selection.selectionSet, type, level, seen)
        : { documents: 0 }
      // A list query: its page of documents, and for each of them the lists inside.
      const listed = field.args.some((arg) => arg.name === 'limit')
        ? typeof args.limit === 'number'
          ? args.limit
          : DEFAULT_LIMIT
        : 0
      inner = {
        documents: listed ? listed + listed * below.documents : below.documents,
        found: below.found,
      }
    }
    if (inner.found) return { documents, found: inner.found }
    documents += inner.documents
  }
  return { documents }
}

/**
 * Payload's `graphQL.validationRules`: anonymous GraphQL reads get the same bounds as REST (limit ≤ 100, depth ≤ 2,
 * pagination on), whether a value is written in the query, passed as a variable or taken from a variable's or the
 * schema's default, and all the lists of one request together ask for at most GRAPHQL_PUBLIC_MAX_DOCUMENTS. A validation error means nothing runs; `withGraphQLRequestErrors` answers it with 400.
 */
export const publicGraphQLRules = (args: ExecutionArgs): ValidationRule[] => {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const G = graphqlRealm
  if (req?.user || !G) return []
  const passed = (args.variableValues ?? {}) as Record<string, unknown>
  const language = languageOf(req)
  return [
    (context) => {
      const schema = context.getSchema()
      const fragments = new Map<string, FragmentDefinitionNode>()
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === G.Kind.FRAGMENT_DEFINITION)
          fragments.set(definition.name.value, definition)
      }
      const schemaType = (name: string) => schema.getType(name) ?? undefined
      return {
        OperationDefinition(operation) {
          const root =
            operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
          if (!root) return
          // Passed values with the operation's defaults filled in, as execution will see them.
          const coerced = G.getVariableValues(schema, operation.variableDefinitions ?? [], passed)
          if (coerced.errors) return // bad variables: execution refuses them before anything runs
          const walk: Walk = {
            fragments,
            G,
            schemaType,
            variables: coerced.coerced,
            walked: new Map(),
          }
          const { documents, found } = walkSelections(
            walk,
            operation.selectionSet,
            root,
            0,
            new Set(),
          )
          const refusal =
            found ??
            (documents > GRAPHQL_PUBLIC_MAX_DOCUMENTS
              ? ({
                  key: 'PUBLIC_LIMIT_EXCEEDED.graphqlDocuments',
                  node: operation,
                  params: { got: documents, max: GRAPHQL_PUBLIC_MAX_DOCUMENTS },
                } satisfies Found)
              : undefined)
          if (refusal)
            context.reportError(
              new G.GraphQLError(deliveryMessage(refusal.key, refusal.params, language), {
                extensions: { code: 'PUBLIC_LIMIT_EXCEEDED' },
                nodes: refusal.node as never,
              }),
            )
        },
      }
    },
  ]
}

type Handler = (request: Request) => Promise<Response>

type ResultError = {
  extensions?: { code?: string; statusCode?: number }
  locations?: { column: number; line: number }[]
  message?: string
}

/**
 * The code and message, in the caller's language, of an error that has no code: graphql-js and Payload's
 * complexity rule give only English text. A known kind of error gets its own code (graphqlMessages.ts); another
 * one that kept the query from running is GRAPHQL_VALIDATION_FAILED, quoting graphql-js.
 */
const answerFor = (
  error: ResultError,
  nothingRan: boolean,
  language: string,
): { code: string; message: string } => {
  const text = error.message ?? ''
  const known = graphQLErrorMessage(text, error.locations?.[0])
  if (known) return { code: codeOfKey(known.key), message: renderGraphQLMessage(known, language) }
  const key = nothingRan ? 'GRAPHQL_VALIDATION_FAILED' : 'GRAPHQL_BAD_REQUEST'
  return { code: key, message: deliveryMessage(key, { detail: text }, language) }
}

/**
 * Wraps the GraphQL POST route: a request error (nothing executed: unparsable, invalid, too complex, over a
 * public bound) is answered with 400, as the GraphQL-over-HTTP spec does for `application/graphql-response+json`,
 * also for clients that only accept `application/json` (where graphql-http answers 200); so is a result in which
 * every field was refused as a bad request (a 400 from Payload, e.g. a filter on a field the caller cannot read).
 * Each error of such an answer carries `extensions.code`. Anything else keeps its status, partial results included.
 */
export const withGraphQLRequestErrors =
  (handler: Handler, config: Promise<SanitizedConfig> | SanitizedConfig): Handler =>
  async (request) => {
    const response = await handler(request)
    if (
      ![200, 400].includes(response.status) ||
      !/json/.test(response.headers.get('content-type') ?? '')
    )
      return response
    const text = await response.text()
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    let body: { data?: null | Record<string, unknown>; errors?: ResultError[] }
    try {
      body = JSON.parse(text)
    } catch {
      return new Response(text, { headers, status: response.status }) // not JSON after all: pass it on unchanged
    }
    const errors = Array.isArray(body?.errors) ? body.errors : []
    const nothingRan = !('data' in body) || body.data === null
    // Every field refused as a bad request (e.g. filtering on a field the caller cannot read): nothing was answered.
    const allRefused =
      errors.length > 0 &&
      Object.values(body.data ?? {}).every((value) => value === null) &&
      errors.every((error) => error.extensions?.statusCode === 400)
    const requestError = errors.length > 0 && (response.status === 400 || nothingRan || allRefused)
    if (!requestError) return new Response(text, { headers, status: response.status })
    const language = languageOfRequest(request, await config)
    body.errors = errors.map((error) => {
      if (error.extensions?.code) return error
      const { code, message } = answerFor(error, nothingRan, language)
      return { ...error, extensions: { ...error.extensions, code }, message }
    })
    return new Response(JSON.stringify(body), { headers, status: 400 })
  }
