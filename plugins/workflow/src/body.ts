import type { MessageParams } from '../../shared/messages'
import type { WorkflowMessageKey } from './messages'

import { WorkflowError } from './errors'
import { WORKFLOW_ACTIONS, type WorkflowAction } from './states'

export type TransitionRequest = {
  action: WorkflowAction
  assignee?: number | string
  comment?: string
  publishAt?: Date
}

const MAX_COMMENT = 5000
/** A schedule must be at least this far ahead, so the job cannot race the request that created it. */
const MIN_SCHEDULE_LEAD_MS = 30_000

const invalid = (key: WorkflowMessageKey & `INVALID_BODY.${string}`, params?: MessageParams) =>
  new WorkflowError(400, key, params)

/** Validates the JSON body of `POST /api/{collection}/{id}/workflow`; every problem is a 400 naming the field. */
export const parseTransitionRequest = (
  body: unknown,
  now: Date = new Date(),
): TransitionRequest => {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw invalid('INVALID_BODY.workflowObject')
  const { action, assignee, comment, publishAt, ...rest } = body as Record<string, unknown>
  const unknownKeys = Object.keys(rest)
  if (unknownKeys.length > 0) {
    throw invalid('INVALID_BODY.workflowUnknownFields', { fields: unknownKeys.join(', ') })
  }
  if (typeof action !== 'string' || !WORKFLOW_ACTIONS.includes(action as WorkflowAction)) {
    throw invalid('INVALID_BODY.workflowAction', { allowed: WORKFLOW_ACTIONS.join(', ') })
  }
  const parsed: TransitionRequest = { action: action as WorkflowAction }

  if (comment !== undefined && comment !== null) {
    if (typeof comment !== 'string') throw invalid('INVALID_BODY.commentType')
    if (comment.length > MAX_COMMENT)
      throw invalid('INVALID_BODY.commentLength', { max: MAX_COMMENT })
    if (comment.trim()) parsed.comment = comment.trim()
  }
  if (action === 'request_changes' && !parsed.comment) {
    throw invalid('INVALID_BODY.commentRequired')
  }

  if (publishAt !== undefined && publishAt !== null) {
    if (action !== 'schedule') throw invalid('INVALID_BODY.publishAtOnlySchedule')
    const date = typeof publishAt === 'string' ? new Date(publishAt) : undefined
    if (!date || Number.isNaN(date.getTime())) throw invalid('INVALID_BODY.publishAtDate')
    if (date.getTime() < now.getTime() + MIN_SCHEDULE_LEAD_MS) {
      throw invalid('INVALID_BODY.publishAtFuture', { seconds: MIN_SCHEDULE_LEAD_MS / 1000 })
    }
    parsed.publishAt = date
  } else if (action === 'schedule') {
    throw invalid('INVALID_BODY.publishAtRequired')
  }

  if (assignee !== undefined && assignee !== null) {
    if (action !== 'submit') throw invalid('INVALID_BODY.assigneeOnlySubmit')
    if (typeof assignee !== 'string' && typeof assignee !== 'number')
      throw invalid('INVALID_BODY.assigneeId')
    parsed.assignee = assignee
  }
  return parsed
}
