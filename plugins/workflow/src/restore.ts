import type { CollectionBeforeOperationHook, CollectionSlug, Endpoint } from 'payload'

import { headersWithCors, parseParams, restoreVersionOperation } from 'payload'

import { WORKFLOW_CONTEXT } from './context'
import { assertMayEdit } from './editRules'
import { WorkflowError } from './errors'

/*
 * Restoring a version goes through the workflow: it saves the version's content as a new draft revision of the
 * item, keeping the item's workflow state and revision (./editsKeepState.ts; restoring over a published item starts
 * a revision, `reopen`, as an edit does). The live version changes only by `publish`. Who may restore is who may
 * edit the item in its current state.
 *
 * Payload restores a draft version by writing it over the live row unless the call asks for `draft` (and its admin
 * asks for it only when the version restored was published), so the REST route and the GraphQL mutation below
 * always restore as a draft, and any other call that does not is refused.
 */

/** Refuses a restore that would write the live version, and one by someone who may not edit the item now. */
export const restoreOnlyAsDraftRevision: CollectionBeforeOperationHook = async ({
  args,
  collection,
  context,
  operation,
  req,
}) => {
  if (operation !== 'restoreVersion' || context?.[WORKFLOW_CONTEXT]) return args
  if (args.draft !== true) {
    throw new WorkflowError(403, 'RESTORE_AS_DRAFT', { collection: collection.slug })
  }
  if (args.overrideAccess !== true) {
    const { docs } = await req.payload.db.findVersions({
      collection: collection.slug,
      limit: 1,
      pagination: false,
      req,
      where: { id: { equals: args.id } },
    })
    if (docs[0]) await assertMayEdit(req, collection, docs[0].parent as number | string)
  }
  return args
}

/** `POST /api/{collection}/versions/{versionId}`, in place of Payload's own route: always restores as a draft. */
export const restoreVersionEndpoint: Endpoint = {
  method: 'post',
  path: '/versions/:id',
  handler: async (req) => {
    const collection = req.payload.collections[req.routeParams?.collection as CollectionSlug]
    const { depth, populate } = parseParams(req.query as never)
    const doc = await restoreVersionOperation({
      collection,
      depth,
      draft: true,
      id: String(req.routeParams?.id),
      populate,
      req,
    })
    return Response.json(
      { ...doc, message: req.t('version:restoredSuccessfully') },
      { headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}

type MutationField = {
  resolve?: (
    source: unknown,
    args: Record<string, unknown>,
    context: unknown,
    info: unknown,
  ) => unknown
  type?: unknown
}
/** What Payload hands `graphQL.mutations` (its GraphQLInfo, not exported): the schema built so far. */
type SchemaSoFar = {
  collections: Record<string, { graphQL?: { type?: unknown } }>
  Mutation: { fields: Record<string, MutationField> }
}

/**
 * Payload's `graphQL.mutations`: the `restoreVersion…` mutations of the workflow's collections, restoring as a
 * draft whatever `draft` says (custom mutations replace the generated ones of the same name).
 */
export const restoreVersionsAsDrafts =
  (slugs: readonly string[]) =>
  (
    _graphQL: unknown,
    { collections, Mutation: { fields } }: SchemaSoFar,
  ): Record<string, MutationField> => {
    const types = new Set(slugs.map((slug) => collections[slug]?.graphQL?.type).filter(Boolean))
    return Object.fromEntries(
      Object.entries(fields)
        .filter(
          ([name, field]) => name.startsWith('restoreVersion') && types.has(field.type as never),
        )
        .map(([name, field]) => [
          name,
          {
            ...field,
            resolve: (source, args, context, info) =>
              field.resolve!(source, { ...args, draft: true }, context, info),
          },
        ]),
    )
  }
