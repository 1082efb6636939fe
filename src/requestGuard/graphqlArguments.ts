import type { FieldNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql'
import type { Collection, Payload } from 'payload'

import { Kind, parse, valueFromASTUntyped } from 'graphql'
import { formatNames, toWords } from 'payload'

import { checkQuery, queryTargetOf } from './queryRules'

type ListQuery = { collection: Collection['config']; versions: boolean }

const listQueriesCache = new WeakMap<Payload, Map<string, ListQuery>>()

/**
 * The root query fields that list a collection (`Articles`, `countArticles`, `versionsArticles`), named as
 * @payloadcms/graphql names them (from the slug or `graphQL.pluralName`). Built once per Payload instance.
 */
const listQueriesOf = (payload: Payload): Map<string, ListQuery> => {
  let queries = listQueriesCache.get(payload)
  if (queries) return queries
  queries = new Map()
  for (const { config } of Object.values(payload.collections as Record<string, Collection>)) {
    if (config.graphQL === false) continue
    const names: { pluralName?: string; singularName?: string } = config.graphQL || {}
    const fromSlug = formatNames(config.slug)
    const singular = names.singularName ? toWords(names.singularName, true) : fromSlug.singular
    let plural = names.pluralName ? toWords(names.pluralName, true) : fromSlug.plural
    if (plural === singular) plural = `all${singular}`
    queries.set(plural, { collection: config, versions: false })
    queries.set(`count${plural}`, { collection: config, versions: false })
    if (config.versions) queries.set(`versions${plural}`, { collection: config, versions: true })
  }
  listQueriesCache.set(payload, queries)
  return queries
}

/** The root fields an operation selects, through fragments at the root. */
const rootFields = (
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] =>
  selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection]
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return rootFields(selection.selectionSet, fragments, seen)
    const fragment = fragments.get(selection.name.value)
    if (!fragment || seen.has(fragment.name.value)) return []
    return rootFields(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]))
  })

/**
 * The GraphQL counterpart of the REST list checks: every list query's `page`, `limit`, `sort` and `where` (values
 * resolved from variables) go through the same `checkQuery`, before anything runs, for every collection in the
 * schema. GraphQL's types already refuse a string page or an unknown `where` field; they leave open what this
 * checks: a page of -1, a sort on a field that does not exist, a free-form JSON relationship filter ("abc").
 * A query that does not parse is left to the GraphQL handler, which reports it.
 */
export const checkGraphQLListArguments = (
  payload: Payload,
  query: string,
  variables: Record<string, unknown> | null | undefined,
): void => {
  let document
  try {
    document = parse(query, { noLocation: true })
  } catch {
    return
  }
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  const listQueries = listQueriesOf(payload)
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query') continue
    for (const field of rootFields(definition.selectionSet, fragments)) {
      const list = listQueries.get(field.name.value)
      if (!list || !field.arguments?.length) continue
      const args: Record<string, unknown> = {}
      for (const argument of field.arguments) {
        if (!['limit', 'page', 'sort', 'where'].includes(argument.name.value)) continue
        const value = valueFromASTUntyped(argument.value, variables ?? undefined)
        if (value !== undefined && value !== null) args[argument.name.value] = value
      }
      checkQuery(args, queryTargetOf(payload, list.collection, list.versions))
    }
  }
}
