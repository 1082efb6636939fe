export { WORKFLOW_CONTEXT } from './context'
export { workflowOptionsOf } from './defaults'
export { WorkflowError } from './errors'
export { WORKFLOW_MESSAGES, type WorkflowMessageKey } from './messages'
export { WORKFLOW_HOOKS, workflowPlugin } from './plugin'
export { firstSubmissionOf, recordsOf } from './records'
export { repairWorkflowCounters } from './repair'
export {
  ACTION_LABELS,
  AUTHOR_EDITABLE_STATES,
  STATE_LABELS,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATES,
  type WorkflowAction,
  type WorkflowState,
} from './states'
export type {
  PrePublishCheck,
  PrePublishRefusal,
  ResolvedWorkflowOptions,
  WorkflowDesk,
  WorkflowPluginOptions,
  WorkflowUser,
} from './types'
