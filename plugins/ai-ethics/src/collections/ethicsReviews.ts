import type { CollectionConfig, Field } from 'payload'

import { AIEthicsError } from '../errors'

import type { ResolvedAIEthicsOptions } from '../types'

import { REVIEWS_COLLECTION } from '../constants'
import { DECISION_LABELS, FIELD_LABELS as L, optionsOf } from '../labels'

/**
 * Every clearance and rejection, append-only: who decided what about which document, and why. Read as
 * `reviewAccess.records` allows; `scope` holds the copies of the document's fields that rule filters on.
 */
export const ethicsReviewsCollection = (
  options: ResolvedAIEthicsOptions,
  usersSlug: string,
  scopeFields: Field[],
): CollectionConfig => ({
  slug: REVIEWS_COLLECTION,
  labels: {
    plural: { en: 'Ethics reviews', kk: 'Этикалық тексерулер', ru: 'Этические проверки' },
    singular: { en: 'Ethics review', kk: 'Этикалық тексеру', ru: 'Этическая проверка' },
  },
  access: {
    create: () => false,
    delete: () => false,
    read: options.reviewAccess.records,
    update: () => false,
  },
  admin: {
    defaultColumns: ['createdAt', 'targetCollection', 'docId', 'decision', 'reviewer'],
    group: { en: 'AI ethics', kk: 'ЖИ этикасы', ru: 'Этика ИИ' },
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'targetCollection',
      type: 'text',
      // Shown as the collection's name in the admin's language, not its slug.
      admin: { components: { Cell: '/plugins/ai-ethics/src/exports/client#TargetCollectionCell' } },
      index: true,
      label: L.targetCollection,
      required: true,
    },
    { name: 'docId', type: 'text', index: true, label: L.docId, required: true },
    {
      name: 'decision',
      type: 'select',
      label: L.decision,
      options: optionsOf(['clear', 'reject'], DECISION_LABELS),
      required: true,
    },
    { name: 'note', type: 'textarea', label: L.note, required: true },
    // When the document entered the queue this decision ends: decision time (createdAt) − queuedAt is its wait.
    { name: 'queuedAt', type: 'date', index: true, label: L.queuedAt },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: usersSlug as never,
      label: L.reviewer,
      required: true,
    },
    { name: 'flags', type: 'json', label: L.flags },
    ...(scopeFields.length > 0
      ? [
          {
            name: 'scope',
            type: 'group',
            admin: { readOnly: true },
            fields: scopeFields,
            label: L.scope,
          } satisfies Field,
        ]
      : []),
  ],
  hooks: {
    beforeChange: [
      ({ operation }) => {
        if (operation === 'update')
          throw new AIEthicsError(403, 'FORBIDDEN.ethicsReviewsAppendOnly')
      },
    ],
    beforeDelete: [
      () => {
        throw new AIEthicsError(403, 'FORBIDDEN.ethicsReviewsAppendOnly')
      },
    ],
  },
})
