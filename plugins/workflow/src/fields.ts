import type { Field, FieldAccess, FieldHook } from 'payload'

import type { WorkflowDesk } from './types'

import { label } from '../../shared/labels'
import { WorkflowError } from './errors'
import { STATE_LABELS, WORKFLOW_STATES } from './states'
import { WORKFLOW_CONTEXT } from './context'

const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user)
const serverOnly: FieldAccess = () => false

/**
 * The workflow state changes only through the workflow (POST /api/{collection}/{id}/workflow). A client that
 * sends another value through PATCH, GraphQL or the admin form is refused, not silently ignored.
 */
const workflowStatusIsReadOnly: FieldHook = ({
  collection,
  context,
  operation,
  originalDoc,
  overrideAccess,
  value,
}) => {
  const current = operation === 'create' ? 'draft' : (originalDoc?.workflowStatus ?? 'draft')
  if (context?.[WORKFLOW_CONTEXT]) return value ?? current
  // A restored version carries the state it had then; the item keeps the one it has now (./editsKeepState.ts).
  if (context?.isRestoringVersion) return current
  if (overrideAccess) return value ?? current
  if (value !== undefined && value !== null && value !== current) {
    throw new WorkflowError(403, 'WORKFLOW_STATE_READ_ONLY', {
      collection: String(collection?.slug),
      id: operation === 'create' ? '<id>' : String(originalDoc?.id),
      state: current,
    })
  }
  return current
}

/**
 * Fields the desk workflow adds to every publishable collection. Staff-only: never in the public API. A duplicate
 * starts as a new draft: none of them is copied.
 */
export const workflowFields = (desk: WorkflowDesk): Field[] => {
  // Editors (national, or of some region) assign; the field says which user may be chosen.
  const editorsOnly: FieldAccess = ({ req: { user } }) =>
    Boolean(user && (desk.isNationalEditor(user) || desk.isRegionalEditor(user)))
  return [
    {
      name: 'workflowStatus',
      disableDuplicate: true,
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: label('Редакциялық күйі', 'Статус в редакции', 'Workflow state'),
      options: WORKFLOW_STATES.map((value) => ({ label: STATE_LABELS[value], value })),
      access: { read: staffOnly },
      admin: {
        components: { Field: '/plugins/workflow/src/admin/WorkflowPanel#WorkflowPanel' },
        position: 'sidebar',
      },
      hooks: { beforeValidate: [workflowStatusIsReadOnly] },
    },
    {
      name: 'assignee',
      disableDuplicate: true,
      type: 'relationship',
      relationTo: 'users',
      label: label('Жауапты редактор', 'Ответственный редактор', 'Assigned editor'),
      filterOptions: desk.users.editors,
      access: { create: editorsOnly, read: staffOnly, update: editorsOnly },
      admin: { position: 'sidebar' },
    },
    {
      name: 'scheduledFor',
      disableDuplicate: true,
      type: 'date',
      label: label('Жариялану уақыты', 'Время публикации', 'Scheduled for'),
      access: { create: serverOnly, read: staffOnly, update: serverOnly },
      admin: {
        condition: (data) => data?.workflowStatus === 'scheduled',
        date: { pickerAppearance: 'dayAndTime' },
        position: 'sidebar',
        readOnly: true,
      },
    },
    {
      name: 'workflowRevision',
      disableDuplicate: true,
      type: 'number',
      defaultValue: 0,
      access: { create: serverOnly, read: staffOnly, update: serverOnly },
      admin: { hidden: true },
    },
  ]
}
