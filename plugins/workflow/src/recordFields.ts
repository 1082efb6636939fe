import type { CollectionConfig, Field } from 'payload'

import { label } from '../../shared/labels'

/** A select option per workflow collection, labelled with the collection's singular name (never its slug). */
const collectionOptions = (targets: readonly CollectionConfig[]) =>
  targets.map((collection) => ({
    label: collection.labels?.singular ?? collection.slug,
    value: collection.slug,
  }))

/** Which item of the workflow's collections (`targets`) a workflow event or editorial comment is about. */
export const itemReferenceFields = (targets: readonly CollectionConfig[]): Field[] => [
  {
    name: 'targetCollection',
    type: 'select',
    required: true,
    index: true,
    label: label('Бөлім', 'Раздел', 'Collection'),
    options: collectionOptions(targets),
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
