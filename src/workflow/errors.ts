import { APIError } from 'payload'

export type WorkflowErrorCode =
  | 'AUTHENTICATION_REQUIRED'
  | 'CONCURRENT_TRANSITION'
  | 'FORBIDDEN_ACTION'
  | 'FORBIDDEN_REGION'
  | 'INVALID_BODY'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'WORKFLOW_STATE_READ_ONLY'
  | (string & {})

/** A refused workflow request: an HTTP status, a machine-readable `code` and a message a person can act on. */
export class WorkflowError extends APIError {
  code: WorkflowErrorCode

  constructor(status: number, code: WorkflowErrorCode, message: string) {
    super(message, status, { code }, true)
    this.code = code
  }
}

/** JSON body for a refused request: Payload's `errors` shape plus `code`. */
export const workflowErrorResponse = (error: WorkflowError): Response =>
  Response.json(
    { code: error.code, errors: [{ code: error.code, message: error.message }], message: error.message },
    { status: error.status },
  )
