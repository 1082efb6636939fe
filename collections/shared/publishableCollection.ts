import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import {
  canCreateContent,
  canDeleteContent,
  canUpdateContent,
  readPublishable,
  readPublishableVersions,
} from '../../src/access/publishable'
import { editorialCoreFields, type RubricFormat } from '../../src/fields/editorialCore'
import { ensureRelationsExist } from '../../src/hooks/ensureRelationsExist'
import { setPublishedAt } from '../../src/hooks/setPublishedAt'
import { autosaveKeepsWorkflowFields } from '../../src/editing/autosave'
import { readOnlyNoticeField } from '../../src/editing/fields'
import { refuseStaleSaves, rememberStatedBase } from '../../src/editing/staleSaves'

type PublishableOptions = {
  slug: CollectionConfig['slug']
  labels: { plural: Record<string, string>; singular: Record<string, string> }
  /** Fields of this content type, placed after the editorial core. */
  fields: Field[]
  rubric?: { formats?: RubricFormat[]; label?: Record<string, string>; required?: boolean }
  admin?: CollectionConfig['admin']
}

/** Marks, in `custom`, a collection built with `publishableCollection`: collections/index.ts derives the list from it. */
export const PUBLISHABLE = 'publishable'

/** Whether a collection was built with `publishableCollection`. */
export const isPublishableCollection = (collection: Pick<CollectionConfig, 'custom'>): boolean =>
  collection.custom?.[PUBLISHABLE] === true

/** A publishable collection's slug (collections/index.ts derives the list: `PUBLISHABLE_COLLECTIONS`). */
export type PublishableCollectionSlug = CollectionSlug

const inSidebar = (field: Field) => 'admin' in field && field.admin?.position === 'sidebar'

/**
 * The edit view: content in a first tab (the SEO plugin adds its tab beside it), metadata in the sidebar (the
 * workflow plugin adds its fields there). Unnamed tabs do not change the data shape.
 */
const layout = (tabLabel: Record<string, string>, fields: Field[]): Field[] => [
  {
    type: 'tabs',
    tabs: [{ fields: fields.filter((field) => !inSidebar(field)), label: tabLabel }],
  },
  ...fields.filter(inSidebar),
]

/** A content type that journalists write and editors publish, sharing one editorial core. */
export const publishableCollection = ({
  admin,
  fields,
  labels,
  rubric,
  slug,
}: PublishableOptions): CollectionConfig => ({
  slug,
  labels,
  access: {
    create: canCreateContent,
    delete: canDeleteContent,
    read: readPublishable,
    readVersions: readPublishableVersions,
    // The workflow plugin decides this on the item's latest version.
    update: canUpdateContent,
  },
  admin: {
    components: {
      edit: {
        // Stale-save dialog and the warning on every way out of unsaved changes (src/editing/admin).
        beforeDocumentControls: ['/src/editing/admin/EditSafety#EditSafety'],
      },
    },
    defaultColumns: ['title', 'region', 'rubric', 'workflowStatus', 'publishedAt'],
    group: { en: 'Content', kk: 'Мазмұн', ru: 'Контент' },
    listSearchableFields: ['title', 'slug'],
    useAsTitle: 'title',
    ...admin,
  },
  custom: { [PUBLISHABLE]: true },
  defaultSort: '-publishedAt',
  fields: layout(labels.singular, [
    readOnlyNoticeField(),
    ...editorialCoreFields({ rubric }),
    ...fields,
  ]),
  hooks: {
    // A save based on an older version than the current one is refused (src/editing/staleSaves.ts).
    // The desk workflow (plugins/workflow) puts its hooks before these; delivery (plugins/delivery) appends its own
    // after them (plugins/index.ts).
    beforeChange: [refuseStaleSaves, setPublishedAt, ensureRelationsExist],
    beforeOperation: [rememberStatedBase, autosaveKeepsWorkflowFields],
  },
  versions: {
    // Autosave while someone types (a pause of 2 s): Payload updates the latest autosave version in place, so
    // typing makes one version, not one per keystroke; an autosave saves content only (src/editing/autosave.ts).
    drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, validate: true },
    maxPerDoc: 50,
  },
})
