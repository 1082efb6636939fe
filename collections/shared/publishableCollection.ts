import type { CollectionConfig, Field } from 'payload'

import {
  canCreateContent,
  canDeleteContent,
  canUpdateContent,
  readPublishable,
  readPublishableVersions,
} from '../../src/access/publishable'
import {
  announcePublicChange,
  announcePublicDeletion,
  rememberLiveState,
} from '../../src/delivery/webhooks/events'
import { editorialCoreFields, type RubricFormat } from '../../src/fields/editorialCore'
import { ensureRelationsExist } from '../../src/hooks/ensureRelationsExist'
import { setPublishedAt } from '../../src/hooks/setPublishedAt'
import { autosaveKeepsWorkflowFields } from '../../src/editing/autosave'
import { readOnlyNoticeField } from '../../src/editing/fields'
import { refuseStaleSaves, rememberStatedBase } from '../../src/editing/staleSaves'
import {
  decideOnLatestVersion,
  refuseEditsTheStateDoesNotAllow,
} from '../../plugins/workflow/src/editRules'
import {
  keepWorkflowStateOnEdit,
  recordReopenByEdit,
} from '../../plugins/workflow/src/editsKeepState'
import { workflowEndpoints } from '../../plugins/workflow/src/endpoints'
import { workflowFields } from '../../plugins/workflow/src/fields'
import { publishOnlyThroughWorkflow } from '../../plugins/workflow/src/guards'
import {
  restoreOnlyAsDraftRevision,
  restoreVersionEndpoint,
} from '../../plugins/workflow/src/restore'

type PublishableOptions = {
  slug: CollectionConfig['slug']
  labels: { plural: Record<string, string>; singular: Record<string, string> }
  /** Fields of this content type, placed after the editorial core. */
  fields: Field[]
  rubric?: { formats?: RubricFormat[]; label?: Record<string, string>; required?: boolean }
  admin?: CollectionConfig['admin']
}

/** Slugs of every collection built with `publishableCollection`: the SEO plugin and later the workflow use them. */
export const PUBLISHABLE_COLLECTIONS = [
  'articles',
  'ethno-events',
  'podcast-episodes',
  'tv-segments',
  'videos',
] as const
export type PublishableCollectionSlug = (typeof PUBLISHABLE_COLLECTIONS)[number]

const inSidebar = (field: Field) => 'admin' in field && field.admin?.position === 'sidebar'

/**
 * The edit view: content in a first tab (the SEO plugin adds its tab beside it), workflow and metadata in the
 * sidebar. Unnamed tabs do not change the data shape.
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
    update: decideOnLatestVersion(slug, canUpdateContent),
  },
  admin: {
    components: {
      beforeListTable: [
        {
          clientProps: { collectionSlug: slug },
          path: '/plugins/workflow/src/admin/WorkflowFilters#WorkflowFilters',
        },
      ],
      edit: {
        // Stale-save dialog and the warning on every way out of unsaved changes (src/editing/admin).
        beforeDocumentControls: ['/src/editing/admin/EditSafety#EditSafety'],
        PublishButton: '/plugins/workflow/src/admin/HidePublishButton#HidePublishButton',
      },
    },
    defaultColumns: ['title', 'region', 'rubric', 'workflowStatus', 'publishedAt'],
    group: { en: 'Content', kk: 'Мазмұн', ru: 'Контент' },
    listSearchableFields: ['title', 'slug'],
    useAsTitle: 'title',
    ...admin,
  },
  defaultSort: '-publishedAt',
  endpoints: [...workflowEndpoints, restoreVersionEndpoint],
  fields: layout(labels.singular, [
    readOnlyNoticeField(),
    ...workflowFields(),
    ...editorialCoreFields({ rubric }),
    ...fields,
  ]),
  hooks: {
    // When what the public sees changes (src/delivery/webhooks/events.ts): invalidates the public read cache and
    // queues webhooks; `context.disableWebhooks` skips the webhooks only.
    // The desk workflow (src/workflow): edits and restores keep the item's workflow state, are refused when the
    // state does not allow them, and restores are saved as draft revisions.
    // A save based on an older version than the current one is refused (src/editing/staleSaves.ts).
    afterChange: [recordReopenByEdit, announcePublicChange],
    afterDelete: [announcePublicDeletion],
    beforeChange: [
      refuseStaleSaves,
      keepWorkflowStateOnEdit,
      setPublishedAt,
      ensureRelationsExist,
      rememberLiveState,
    ],
    beforeOperation: [
      publishOnlyThroughWorkflow,
      refuseEditsTheStateDoesNotAllow,
      restoreOnlyAsDraftRevision,
      rememberStatedBase,
      autosaveKeepsWorkflowFields,
    ],
  },
  versions: {
    // Autosave while someone types (a pause of 2 s): Payload updates the latest autosave version in place, so
    // typing makes one version, not one per keystroke; an autosave saves content only (src/editing/autosave.ts).
    drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, validate: true },
    maxPerDoc: 50,
  },
})
