import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'
import type { PayloadRequest, SanitizedConfig } from 'payload'

import { GraphQLError, Kind, parse } from 'graphql'
import { getPayload, headersWithCors } from 'payload'

import { codeOfKey, type MessageParams } from '../../shared/messages'
import { languageOfRequest } from './errors'
import { GRAPHQL_MAX_COMPLEXITY } from './graphqlLimits'
import { syntaxMessage } from './graphqlMessages'
import { type DeliveryMessageKey, deliveryMessage } from './messages'

/**
 * How large a GraphQL document anyone may send, checked before Payload sees the request: before authentication,
 * validation, the complexity estimate and execution. Validation and the estimators walk a query as it would run —
 * a fragment once per spread — so a few hundred bytes whose spreads double at every level would cost seconds of
 * the only thread. Sizes are counted the same way here, in time linear in the document's length.
 */
export const GRAPHQL_DOCUMENT_LIMITS = {
  /** Lexical tokens in the document (graphql-js stops parsing past it). A website's page query has ~150. */
  maxTokens: 2_000,
  /** Fields nested in fields, through fragments. A website's page query reaches 6, GraphQL's introspection 15. */
  maxDepth: 20,
  /** Field selections as the query runs: a fragment counts once per spread. Every field costs at least 1 in the
   * complexity estimate, so a query past this could never run anyway (`__typename` excepted). */
  maxFields: GRAPHQL_MAX_COMPLEXITY,
  /** Aliased selections as the query runs: enough for a page's sections (`latest: Articles(...)`). */
  maxAliases: 100,
} as const

type Size = { aliases: number; depth: number; fields: number }
/** A document past a bound: its catalogue message (the key gives the `code`), said in the caller's language. */
type Refusal = { key: DeliveryMessageKey; params?: MessageParams }

const refusalFor = (size: Size): Refusal | undefined => {
  const { maxAliases, maxDepth, maxFields } = GRAPHQL_DOCUMENT_LIMITS
  if (size.depth > maxDepth) {
    return { key: 'GRAPHQL_TOO_DEEP', params: { depth: size.depth, max: maxDepth } }
  }
  if (size.fields > maxFields) {
    return Number.isFinite(size.fields)
      ? { key: 'GRAPHQL_TOO_MANY_FIELDS', params: { count: size.fields, max: maxFields } }
      : { key: 'GRAPHQL_TOO_MANY_FIELDS.uncounted', params: { max: maxFields } }
  }
  if (size.aliases > maxAliases) {
    return { key: 'GRAPHQL_TOO_MANY_ALIASES', params: { count: size.aliases, max: maxAliases } }
  }
  return undefined
}

class FragmentCycle extends Error {}

/**
 * The size of each operation as it would run. Each fragment is sized once (memoized), so spreading one fragment
 * twice at each of 20 levels is measured in 20 steps, not a million. A fragment that spreads itself is a cycle.
 */
export const measureOperations = (document: DocumentNode): Size => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  const sized = new Map<string, Size>()
  const sizing = new Set<string>()

  const measure = (selectionSet: SelectionSetNode): Size => {
    const total: Size = { aliases: 0, depth: 0, fields: 0 }
    const add = (part: Size, levels: number) => {
      total.aliases += part.aliases
      total.fields += part.fields
      total.depth = Math.max(total.depth, part.depth + levels)
    }
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet
          ? measure(selection.selectionSet)
          : { aliases: 0, depth: 0, fields: 0 }
        add(
          {
            ...inner,
            aliases: inner.aliases + (selection.alias ? 1 : 0),
            fields: inner.fields + 1,
          },
          1,
        )
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(measure(selection.selectionSet), 0)
      } else {
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (!fragment) continue // unknown fragment: validation refuses it
        if (sizing.has(name)) throw new FragmentCycle(name)
        let size = sized.get(name)
        if (!size) {
          sizing.add(name)
          size = measure(fragment.selectionSet)
          sizing.delete(name)
          sized.set(name, size)
        }
        add(size, 0)
      }
    }
    return total
  }

  const total: Size = { aliases: 0, depth: 0, fields: 0 }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const size = measure(definition.selectionSet)
    total.aliases += size.aliases
    total.fields += size.fields
    total.depth = Math.max(total.depth, size.depth)
  }
  return total
}

/** The refusal for a query text, or undefined when it is within every bound (or is not GraphQL this can read). */
export const checkDocument = (query: string): Refusal | undefined => {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: GRAPHQL_DOCUMENT_LIMITS.maxTokens, noLocation: true })
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    // graphql-js: "Document contains more that N tokens. Parsing aborted."
    if (/contains more tha[nt] \d+ tokens/i.test(error.message)) {
      return { key: 'GRAPHQL_TOO_MANY_TOKENS', params: { max: GRAPHQL_DOCUMENT_LIMITS.maxTokens } }
    }
    // graphql-js says where the query stops being GraphQL ("Syntax Error: Expected Name, found <EOF>."): the same,
    // from the catalogue, in the caller's language.
    return syntaxMessage(error.message, error.locations?.[0])
  }
  try {
    return refusalFor(measureOperations(document))
  } catch (error) {
    if (!(error instanceof FragmentCycle)) throw error
    return { key: 'GRAPHQL_FRAGMENT_CYCLE', params: { fragment: error.message } }
  }
}

/** The `query` of a GraphQL-over-HTTP JSON body; anything else is left to Payload (and the body checks before it). */
const queryOf = async (request: Request): Promise<string | undefined> => {
  if (request.method !== 'POST' || !/json/i.test(request.headers.get('content-type') ?? ''))
    return undefined
  try {
    const body = (await request.clone().json()) as { query?: unknown }
    return typeof body?.query === 'string' ? body.query : undefined
  } catch {
    return undefined
  }
}

type Handler = (request: Request) => Promise<Response>
type Config = Promise<SanitizedConfig> | SanitizedConfig

/**
 * Wraps the GraphQL POST route: a document past a bound (tokens, depth, fields or aliases as it runs, fragment
 * cycles) or one that does not parse is answered with 400 and a `code` before Payload authenticates, validates or
 * runs anything. The same bounds hold for every caller; the public bounds (limit, depth, pagination) and the
 * complexity estimate follow in Payload's validation (graphqlLimits.ts).
 */
export const withGraphQLDocumentLimits =
  (handler: Handler, config: Config): Handler =>
  async (request) => {
    const query = await queryOf(request)
    const refusal = query === undefined ? undefined : checkDocument(query)
    if (!refusal) return handler(request)
    const payload = await getPayload({ config, cron: true })
    const headers = headersWithCors({
      headers: new Headers({ 'Cache-Control': 'no-store' }),
      req: { headers: request.headers, payload } as PayloadRequest,
    })
    const message = deliveryMessage(
      refusal.key,
      refusal.params,
      languageOfRequest(request, payload.config),
    )
    return Response.json(
      { errors: [{ extensions: { code: codeOfKey(refusal.key) }, message }] },
      { headers, status: 400 },
    )
  }
