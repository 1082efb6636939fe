/** Marks writes made by the workflow itself (request context), which the workflow's guards let through. */
export const WORKFLOW_CONTEXT = 'workflowTransition'
