import type { CollectionConfig } from 'payload'

import type { WorkflowDesk } from '../types'

import { label } from '../../../shared/labels'
import { nobody, readEditorialRecords } from '../access'
import { recordRefusal } from '../errors'
import { accessScopeFields, itemReferenceFields } from '../recordFields'
import { ACTION_LABELS, STATE_LABELS, WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../states'

const stateOptions = WORKFLOW_STATES.map((value) => ({ label: STATE_LABELS[value], value }))

/**
 * The audit trail: one record per transition of an item of `targets` (the workflow's collections), written by the
 * workflow only and never changed afterwards.
 */
export const workflowEventsCollection = (
  targets: readonly CollectionConfig[],
  desk: WorkflowDesk,
): CollectionConfig => ({
  slug: 'workflow-events',
  labels: {
    plural: label('Редакциялық оқиғалар', 'Журнал редакции', 'Workflow events'),
    singular: label('Редакциялық оқиға', 'Событие редакции', 'Workflow event'),
  },
  access: {
    create: nobody,
    delete: nobody,
    read: readEditorialRecords(desk, 'actor'),
    update: nobody,
  },
  admin: {
    defaultColumns: ['createdAt', 'targetCollection', 'docId', 'action', 'from', 'to', 'actor'],
    group: label('Редакция', 'Редакция', 'Newsroom'),
  },
  defaultSort: '-createdAt',
  fields: [
    ...itemReferenceFields(targets),
    {
      name: 'action',
      type: 'select',
      required: true,
      label: label('Әрекет', 'Действие', 'Action'),
      options: WORKFLOW_ACTIONS.map((value) => ({ label: ACTION_LABELS[value], value })),
    },
    {
      name: 'from',
      type: 'select',
      required: true,
      label: label('Бұрынғы күйі', 'Из', 'From'),
      options: stateOptions,
    },
    {
      name: 'to',
      type: 'select',
      required: true,
      label: label('Жаңа күйі', 'В', 'To'),
      options: stateOptions,
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      label: label('Орындаған', 'Кто', 'Actor'),
    },
    { name: 'comment', type: 'textarea', label: label('Түсініктеме', 'Комментарий', 'Comment') },
    {
      name: 'publishAt',
      type: 'date',
      label: label('Жариялану уақыты', 'Время публикации', 'Publish at'),
    },
    ...accessScopeFields(),
    // (collection, id, revision): two transitions from the same state cannot both be recorded.
    { name: 'eventKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
  ],
  hooks: {
    beforeChange: [
      ({ operation }) => {
        if (operation === 'update') throw recordRefusal(403, 'FORBIDDEN.workflowEventsChange')
      },
    ],
    beforeDelete: [
      ({ context }) => {
        if (!context?.revertFailedTransition) {
          throw recordRefusal(403, 'FORBIDDEN.workflowEventsDelete')
        }
      },
    ],
  },
})
