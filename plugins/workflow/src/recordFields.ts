import type { Field } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../../../collections/shared/publishableCollection'
import { contentTypeOptions } from '../../../src/i18n/catalogue'
import { label } from '../../../src/i18n/locales'

/** Which item a workflow event or editorial comment is about. */
export const itemReferenceFields = (): Field[] => [
  {
    name: 'targetCollection',
    type: 'select',
    required: true,
    index: true,
    label: label('Бөлім', 'Раздел', 'Collection'),
    options: contentTypeOptions(PUBLISHABLE_COLLECTIONS),
  },
  {
    name: 'docId',
    type: 'text',
    required: true,
    index: true,
    label: label('Құжат', 'Документ', 'Item id'),
  },
]

/** Copied from the item when the record is written, so read access can filter records without a join. */
export const accessScopeFields = (): Field[] => [
  {
    name: 'region',
    type: 'relationship',
    relationTo: 'regions',
    index: true,
    admin: { hidden: true },
  },
  {
    name: 'docOwner',
    type: 'relationship',
    relationTo: 'users',
    index: true,
    admin: { hidden: true },
  },
]
