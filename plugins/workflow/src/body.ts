import { WORKFLOW_ACTIONS, type WorkflowAction } from './states'
import { WorkflowError } from './errors'

export type TransitionRequest = {
  action: WorkflowAction
  assignee?: number | string
  comment?: string
  publishAt?: Date
}

const MAX_COMMENT = 5000
/** A schedule must be at least this far ahead, so the job cannot race the request that created it. */
const MIN_SCHEDULE_LEAD_MS = 30_000

const invalid = (message: string) => new WorkflowError(400, 'INVALID_BODY', message)

/** Validates the JSON body of `POST /api/{collection}/{id}/workflow`; every problem is a 400 naming the field. */
export const parseTransitionRequest = (
  body: unknown,
  now: Date = new Date(),
): TransitionRequest => {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw invalid('The body must be a JSON object.')
  const { action, assignee, comment, publishAt, ...rest } = body as Record<string, unknown>
  const unknownKeys = Object.keys(rest)
  if (unknownKeys.length > 0) {
    throw invalid(
      `Unknown field(s): ${unknownKeys.join(', ')}. Allowed: action, comment, publishAt, assignee.`,
    )
  }
  if (typeof action !== 'string' || !WORKFLOW_ACTIONS.includes(action as WorkflowAction)) {
    throw invalid(`action: must be one of ${WORKFLOW_ACTIONS.join(', ')}.`)
  }
  const parsed: TransitionRequest = { action: action as WorkflowAction }

  if (comment !== undefined && comment !== null) {
    if (typeof comment !== 'string') throw invalid('comment: must be a string.')
    if (comment.length > MAX_COMMENT) throw invalid(`comment: at most ${MAX_COMMENT} characters.`)
    if (comment.trim()) parsed.comment = comment.trim()
  }
  if (action === 'request_changes' && !parsed.comment) {
    throw invalid('comment: required when requesting changes — tell the author what to fix.')
  }

  if (publishAt !== undefined && publishAt !== null) {
    if (action !== 'schedule') throw invalid('publishAt: only used with action "schedule".')
    const date = typeof publishAt === 'string' ? new Date(publishAt) : undefined
    if (!date || Number.isNaN(date.getTime()))
      throw invalid('publishAt: must be an ISO 8601 date-time.')
    if (date.getTime() < now.getTime() + MIN_SCHEDULE_LEAD_MS) {
      throw invalid('publishAt: must be in the future (at least 30 seconds from now).')
    }
    parsed.publishAt = date
  } else if (action === 'schedule') {
    throw invalid('publishAt: required to schedule publication.')
  }

  if (assignee !== undefined && assignee !== null) {
    if (action !== 'submit') throw invalid('assignee: can only be set when submitting.')
    if (typeof assignee !== 'string' && typeof assignee !== 'number')
      throw invalid('assignee: must be a user id.')
    parsed.assignee = assignee
  }
  return parsed
}
