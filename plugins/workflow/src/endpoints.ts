import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { NotFound, ValidationError } from 'payload'

import { parseTransitionRequest } from './body'
import { WorkflowError, workflowErrorResponse } from './errors'
import { withRecordedState } from './recordedState'
import { recordsOf } from './records'
import { availableActions, performTransition } from './transition'
import type { ResolvedWorkflowOptions } from './types'

const collectionOf = (req: PayloadRequest) => req.routeParams?.collection as CollectionSlug
const idOf = (req: PayloadRequest) => String(req.routeParams?.id ?? '')

const handleErrors = async (
  { errorResponse, languageOf }: Pick<ResolvedWorkflowOptions, 'errorResponse' | 'languageOf'>,
  req: PayloadRequest,
  run: () => Promise<Response>,
): Promise<Response> => {
  try {
    return await run()
  } catch (error) {
    if (error instanceof WorkflowError) return workflowErrorResponse(error, languageOf(req))
    // e.g. publishing an item whose content is not complete: say which fields (VALIDATION_FAILED, as every save).
    if (error instanceof ValidationError) return errorResponse(error, languageOf(req))
    throw error
  }
}

/** Re-read as the user sees it, so the response never shows more than their read access allows. */
const asSeenBy = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) => {
  try {
    return await req.payload.findByID({
      collection,
      depth: 0,
      draft: true,
      id,
      overrideAccess: false,
      req,
      user: req.user,
    })
  } catch (error) {
    if (error instanceof NotFound) return { id }
    throw error
  }
}

/** `POST /api/{collection}/{id}/workflow` takes an action; `GET` tells the state, the actions on offer and the timeline. */
export const workflowEndpoints = (options: ResolvedWorkflowOptions): Endpoint[] => [
  {
    method: 'post',
    path: '/:id/workflow',
    handler: (req) =>
      handleErrors(options, req, async () => {
        if (!req.user) throw new WorkflowError(401, 'AUTHENTICATION_REQUIRED')
        let body: unknown
        try {
          body = await req.json?.()
        } catch {
          throw new WorkflowError(400, 'INVALID_BODY.workflowJson')
        }
        const collection = collectionOf(req)
        const { doc, event } = await performTransition({
          collection,
          id: idOf(req),
          options,
          req,
          request: parseTransitionRequest(body),
        })
        return Response.json({ doc: await asSeenBy(req, collection, doc.id), event })
      }),
  },
  {
    method: 'get',
    path: '/:id/workflow',
    handler: (req) =>
      handleErrors(options, req, async () => {
        if (!req.user) throw new WorkflowError(401, 'AUTHENTICATION_REQUIRED.timeline')
        const collection = collectionOf(req)
        const id = idOf(req)
        // Only people who may read the item see its workflow.
        const readable = await req.payload
          .findByID({
            collection,
            depth: 0,
            draft: true,
            id,
            overrideAccess: false,
            req,
            user: req.user,
          })
          .catch((error) => {
            if (error instanceof NotFound)
              throw new WorkflowError(404, 'NOT_FOUND.item', { collection, id })
            throw error
          })
        const latest = await withRecordedState(req, collection, readable as { id: number | string })
        const live = (await req.payload.findByID({
          collection,
          depth: 0,
          draft: false,
          id,
          overrideAccess: true,
          req,
        })) as Record<string, any>
        const [events, comments] = await Promise.all([
          req.payload.find({
            collection: 'workflow-events',
            depth: 1,
            limit: 200,
            overrideAccess: false,
            req,
            sort: 'createdAt',
            user: req.user,
            where: recordsOf(collection, latest as { createdAt?: string; id: number | string }),
          }),
          req.payload.find({
            collection: 'editorial-comments',
            depth: 1,
            limit: 200,
            overrideAccess: false,
            req,
            sort: 'createdAt',
            user: req.user,
            where: recordsOf(collection, latest as { createdAt?: string; id: number | string }),
          }),
        ])
        return Response.json({
          actions: availableActions(options.desk, req.user, latest as never, live as never),
          comments: comments.docs,
          events: events.docs,
          live: live._status === 'published',
          state: (latest as Record<string, any>).workflowStatus ?? 'draft',
        })
      }),
  },
]
