import type { CollectionSlug, PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction, NotFound } from 'payload'

import type { TransitionRequest } from './body'
import { WORKFLOW_CONTEXT } from './context'
import { WorkflowError } from './errors'
import { notifyTransition } from './notifications'
import { isEditorFor, mayAct, refusalReason } from './permissions'
import { isEventKeyClash, workflowEventData } from './records'
import { withRecordedState } from './recordedState'
import { queueScheduledPublish } from './scheduleQueue'
import type { ResolvedWorkflowOptions, WorkflowDesk } from './types'
import {
  ACTION_LABELS,
  actionName,
  actionsFrom,
  NONE,
  stateName,
  TRANSITIONS,
  type WorkflowAction,
  type WorkflowState,
} from './states'

type Doc = Record<string, any> & { id: number | string }

export type TransitionResult = { doc: Doc; event: Doc }

const loadItem = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) => {
  try {
    // Existence is checked with full access so a refusal can say *why* (403) instead of hiding the item (404).
    const latest = (await req.payload.findByID({
      collection,
      depth: 0,
      draft: true,
      id,
      overrideAccess: true,
      req,
    })) as Doc
    const live = (await req.payload.findByID({
      collection,
      depth: 0,
      draft: false,
      id,
      overrideAccess: true,
      req,
    })) as Doc
    // The state and revision the audit trail records: a transition never starts from a stale counter.
    return { latest: await withRecordedState(req, collection, latest), live }
  } catch (error) {
    if (error instanceof NotFound)
      throw new WorkflowError(404, 'NOT_FOUND.item', { collection, id: String(id) })
    throw error
  }
}

/** The state an action starts from: unpublishing concerns the live version even while a revision is in progress. */
const currentState = (action: WorkflowAction, latest: Doc, live: Doc): WorkflowState =>
  action === 'unpublish' && live._status === 'published'
    ? 'published'
    : ((latest.workflowStatus ?? 'draft') as WorkflowState)

const assertAssigneeIsEditor = async (
  desk: WorkflowDesk,
  req: PayloadRequest,
  assigneeId: number | string,
  item: Doc,
) => {
  const assignee = await req.payload.findByID({
    collection: 'users',
    depth: 0,
    disableErrors: true,
    id: assigneeId,
    overrideAccess: true,
    req,
  })
  if (!assignee || !isEditorFor(desk, assignee as never, item)) {
    throw new WorkflowError(400, 'INVALID_BODY.assigneeNotEditor', { id: String(assigneeId) })
  }
}

/**
 * Moves an item through the desk workflow. Every entry point (REST endpoint, admin, jobs) comes through here:
 * it checks the user, the state, the body and the pre-publish checks, then writes the item and one
 * append-only event. The event's unique key (collection, id, revision) makes concurrent transitions race
 * on one database constraint: exactly one wins, the other gets 409.
 */
export const performTransition = async ({
  collection,
  id,
  options,
  req,
  request,
}: {
  collection: CollectionSlug
  id: number | string
  /** The plugin's options: the desk, its pre-publish checks, notifications and scheduling queue. */
  options: Pick<
    ResolvedWorkflowOptions,
    'desk' | 'notifications' | 'prePublishChecks' | 'schedulingQueue' | 'serverURL'
  >
  req: PayloadRequest
  request: TransitionRequest
}): Promise<TransitionResult> => {
  const user = req.user
  if (!user) throw new WorkflowError(401, 'AUTHENTICATION_REQUIRED')
  const { action } = request
  const transition = TRANSITIONS[action]
  const { latest, live } = await loadItem(req, collection, id)

  const { desk } = options
  if (!mayAct(desk, user, latest, transition.who)) {
    const key = refusalReason(desk, user, latest, transition.who)
    throw new WorkflowError(403, key, { action: actionName(action) })
  }
  const from = currentState(action, latest, live)
  if (!transition.from.includes(from)) {
    const allowed = actionsFrom(from).filter((candidate) =>
      mayAct(desk, user, latest, TRANSITIONS[candidate].who),
    )
    const allowedNames = (language: 'en' | 'kk' | 'ru') =>
      allowed.length
        ? allowed
            .map((candidate) =>
              language === 'en' ? candidate : `«${ACTION_LABELS[candidate][language]}»`,
            )
            .join(', ')
        : NONE[language]
    throw new WorkflowError(409, 'INVALID_TRANSITION', {
      action: actionName(action),
      allowed: { en: allowedNames('en'), kk: allowedNames('kk'), ru: allowedNames('ru') },
      from: stateName(from),
    })
  }
  if (request.assignee !== undefined)
    await assertAssigneeIsEditor(desk, req, request.assignee, latest)
  if (action === 'publish' || action === 'schedule') {
    for (const check of options.prePublishChecks) {
      const refusal = await check({ action, collection, doc: latest, req })
      if (refusal) throw new WorkflowError(refusal.status ?? 409, refusal)
    }
  }

  const revision = Number(latest.workflowRevision ?? 0) + 1
  const context = { [WORKFLOW_CONTEXT]: true }
  const shouldCommit = await initTransaction(req)
  let event: Doc | undefined
  try {
    event = (await req.payload.create({
      collection: 'workflow-events',
      context,
      data: workflowEventData({
        action,
        actor: user.id,
        collection,
        comment: request.comment,
        from,
        item: { ...latest, id },
        publishAt: request.publishAt?.toISOString(),
        revision,
        to: transition.to,
      }) as never,
      // Returned to the caller as is: ids only, no populated accounts (which carry e-mails and sessions).
      depth: 0,
      overrideAccess: true,
      req,
    })) as Doc

    const data: Record<string, unknown> = {
      workflowRevision: revision,
      workflowStatus: transition.to,
      ...(request.assignee !== undefined ? { assignee: request.assignee } : {}),
      ...(action === 'schedule' ? { scheduledFor: request.publishAt?.toISOString() } : {}),
      ...(action === 'unschedule' || action === 'publish' ? { scheduledFor: null } : {}),
    }
    // Only `publish` makes a version public; `unpublish` takes the live version down; everything else
    // is saved as a draft version, so a published item stays public while its revision is reviewed.
    const goesLive = transition.to === 'published'
    if (goesLive) data._status = 'published'
    if (action === 'unpublish') data._status = 'draft'
    const doc = (await req.payload.update({
      collection,
      context,
      data,
      depth: 0,
      draft: !goesLive && action !== 'unpublish',
      id,
      overrideAccess: true,
      req,
      user,
    })) as Doc

    if (action === 'schedule' && request.publishAt) {
      await queueScheduledPublish({
        collection,
        id,
        publishAt: request.publishAt,
        queue: options.schedulingQueue,
        req,
        revision,
      })
    }
    if (shouldCommit) await commitTransaction(req)
    if (options.notifications)
      notifyTransition({ action, collection, desk, doc, event, req, serverURL: options.serverURL })
    return { doc, event }
  } catch (error) {
    await killTransaction(req)
    if (isEventKeyClash(error)) {
      throw new WorkflowError(409, 'CONCURRENT_TRANSITION')
    }
    // Without a transaction of its own (MongoDB without a replica set has none; a caller's transaction may still
    // commit) the event was already written: take it back, or the item's next transition would clash with it.
    if (event && !shouldCommit) {
      await req.payload
        .delete({
          collection: 'workflow-events',
          context: { ...context, revertFailedTransition: true },
          id: event.id,
          overrideAccess: true,
          req,
        })
        .catch((err) =>
          req.payload.logger.error({
            err,
            msg: 'Could not revert workflow event of a failed transition',
          }),
        )
    }
    throw error
  }
}

/** What the user may do with the item now: the actions the edit view offers. */
export const availableActions = (
  desk: WorkflowDesk,
  user: PayloadRequest['user'],
  latest: Doc,
  live: Doc,
): WorkflowAction[] => {
  if (!user) return []
  return (Object.keys(TRANSITIONS) as WorkflowAction[]).filter((action) => {
    const transition = TRANSITIONS[action]
    return (
      transition.from.includes(currentState(action, latest, live)) &&
      mayAct(desk, user, latest, transition.who)
    )
  })
}
