import type { Access, CollectionConfig, Config, Endpoint, Field, GraphQLExtension } from 'payload'

import type { WorkflowDesk, WorkflowPluginOptions } from './types'

import { editorialCommentsCollection } from './collections/editorialComments'
import { workflowEventsCollection } from './collections/workflowEvents'
import { resolveOptions, withWorkflowOptions } from './defaults'
import { decideOnLatestVersion, refuseEditsTheStateDoesNotAllow } from './editRules'
import { keepWorkflowStateOnEdit, recordReopenByEdit } from './editsKeepState'
import { workflowEndpoints } from './endpoints'
import { workflowFields } from './fields'
import { publishOnlyThroughWorkflow } from './guards'
import {
  restoreOnlyAsDraftRevision,
  restoreVersionEndpoint,
  restoreVersionsAsDrafts,
} from './restore'
import { publishScheduledTask } from './scheduling'

const ADMIN = '/plugins/workflow/src/admin'

/**
 * The hooks the plugin adds to each workflow collection, by kind, in the order they run. They go BEFORE the
 * collection's own hooks of that kind (the workflow decides first whether a write may happen at all and what state
 * it keeps), and so before those of plugins that run later and append theirs:
 * - beforeOperation: a write that would publish is refused or turned into a draft save; an update the item's state
 *   does not allow the user is refused; a restore is saved only as a draft revision.
 * - beforeChange: an edit or a restore keeps the item's workflow fields (an edit of a published item starts a
 *   revision, `reopen`).
 * - afterChange: that `reopen` is recorded in the audit trail.
 * test/architecture/hookOrder.spec.ts checks the built config against this list.
 */
export const WORKFLOW_HOOKS = {
  afterChange: [recordReopenByEdit],
  beforeChange: [keepWorkflowStateOnEdit],
  beforeOperation: [
    publishOnlyThroughWorkflow,
    refuseEditsTheStateDoesNotAllow,
    restoreOnlyAsDraftRevision,
  ],
} as const

/** The workflow fields go in the sidebar, after the edit view's leading tabs when it has them (the content tabs). */
const withWorkflowFields = (fields: Field[], desk: WorkflowDesk): Field[] => {
  const at = fields[0]?.type === 'tabs' ? 1 : 0
  return [...fields.slice(0, at), ...workflowFields(desk), ...fields.slice(at)]
}

const signedIn: Access = ({ req }) => Boolean(req.user)

const withWorkflow = (
  collection: CollectionConfig,
  endpoints: Endpoint[],
  desk: WorkflowDesk,
): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  const components = collection.admin?.components ?? {}
  return {
    ...collection,
    access: {
      ...collection.access,
      // Update access is decided on the item's latest version (./editRules.ts).
      update: decideOnLatestVersion(collection.slug, collection.access?.update ?? signedIn),
    },
    admin: {
      ...collection.admin,
      components: {
        ...components,
        // Filters by workflow state above the list.
        beforeListTable: [
          ...(components.beforeListTable ?? []),
          {
            clientProps: { collectionSlug: collection.slug },
            path: `${ADMIN}/WorkflowFilters#WorkflowFilters`,
          },
        ],
        // Publishing goes through the workflow panel (the state field's component), not Payload's button.
        edit: { ...components.edit, PublishButton: `${ADMIN}/HidePublishButton#HidePublishButton` },
      },
    },
    endpoints: [...(collection.endpoints || []), ...endpoints],
    fields: withWorkflowFields(collection.fields, desk),
    hooks: {
      ...hooks,
      afterChange: [...WORKFLOW_HOOKS.afterChange, ...(hooks.afterChange ?? [])],
      beforeChange: [...WORKFLOW_HOOKS.beforeChange, ...(hooks.beforeChange ?? [])],
      beforeOperation: [...WORKFLOW_HOOKS.beforeOperation, ...(hooks.beforeOperation ?? [])],
    },
  }
}

/** One `graphQL.mutations` from the config's own and the plugin's (later ones win on a name clash). */
const combine =
  (...extensions: (GraphQLExtension | undefined)[]): GraphQLExtension =>
  (graphQL, context) =>
    Object.assign({}, ...extensions.map((extend) => extend?.(graphQL, context)))

/**
 * The newsroom's desk workflow: draft → in review → approved → scheduled/published → archived, with who may make
 * each move (./states.ts), an append-only audit trail, editorial comments, scheduled publication, e-mails, and the
 * rule that content goes live only through the workflow (REST, GraphQL, the admin and restores of old versions).
 *
 * Adds to each collection named in `collections`: the workflow fields, the `/:id/workflow` endpoints and a
 * restore route that saves a draft revision, its hooks (see WORKFLOW_HOOKS for where they go), update access decided
 * on the latest version, and the admin's workflow panel and filters. Adds to the config: the `workflow-events` and
 * `editorial-comments` collections, the scheduled-publish task, and GraphQL restore mutations that restore as
 * drafts. Everything is appended to what the config already has.
 */
export const workflowPlugin =
  (input: WorkflowPluginOptions) =>
  (config: Config): Config => {
    const options = resolveOptions(input, config)
    const endpoints = [...workflowEndpoints(options), restoreVersionEndpoint]
    const named = (collection: CollectionConfig) =>
      options.collections.includes(collection.slug as never)
    const targets = (config.collections ?? []).filter(named)
    const collections = [
      ...(config.collections ?? []).map((collection) =>
        named(collection) ? withWorkflow(collection, endpoints, options.desk) : collection,
      ),
      options.overrideRecordCollection(workflowEventsCollection(targets, options.desk)),
      options.overrideRecordCollection(editorialCommentsCollection(targets, options.desk)),
    ]
    return {
      ...config,
      collections,
      custom: withWorkflowOptions(config.custom, options),
      graphQL: {
        ...config.graphQL,
        mutations: combine(config.graphQL?.mutations, restoreVersionsAsDrafts(options.collections)),
      },
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), publishScheduledTask(options)],
      },
    }
  }
