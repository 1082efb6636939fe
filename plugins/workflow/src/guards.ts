import type { CollectionBeforeOperationHook } from 'payload'

import { WorkflowError } from './errors'
import { WORKFLOW_CONTEXT } from './context'

/**
 * Outside the workflow, clients can only save drafts: a write that would publish is refused, and every edit
 * is saved as a new draft version, so an already published item stays public, unchanged, until the
 * revision is published through the workflow. Trusted server code (overrideAccess) is not affected.
 */
export const publishOnlyThroughWorkflow: CollectionBeforeOperationHook = ({
  args,
  collection,
  context,
  operation,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Only the Local API passes overrideAccess: true; REST and GraphQL leave it undefined, which means enforced access.
  if (args.overrideAccess === true || context?.[WORKFLOW_CONTEXT]) return args
  if ((args.data as { _status?: string } | undefined)?._status === 'published') {
    throw new WorkflowError(403, 'PUBLISH_THROUGH_WORKFLOW', { collection: collection.slug })
  }
  if (operation === 'update') args.draft = true
  return args
}
