import type { CollectionBeforeChangeHook, Field, FieldHook } from 'payload'

import { DeliveryError } from '../errors'
import { deliveryOptionsOf } from '../options'
import { label } from '../../../shared/labels'
import { usedByPublicDocuments } from './visibility'

const signedIn = ({ req }: { req: { user?: unknown } }) => Boolean(req.user)
const serverOnly = () => false

/** Marking an upload public is an editor's decision (`uploads.marksPublic`); anyone else is refused with a 403 naming the field. */
const onlyEditorsMarkPublic: FieldHook = ({ overrideAccess, previousValue, req, value }) => {
  if (overrideAccess || value === undefined || Boolean(value) === Boolean(previousValue))
    return value
  if (req.user && deliveryOptionsOf(req.payload.config).uploads.marksPublic(req.user)) return value
  throw new DeliveryError(403, 'FORBIDDEN.markPublic')
}

/**
 * Who may see an upload (collections/Media/access.ts):
 * - `isPublic` (server-kept): a public document uses it — an item that is published and cleared by the ethics
 *   review, a contributor profile, a rubric — or an editor set `markedPublic`. Anyone reads it then.
 * - `regions` (server-set from the uploader): until then, staff of these regions read it; none means every staff
 *   member (uploads of national editors).
 */
export const mediaVisibilityFields = (): Field[] => [
  {
    name: 'markedPublic',
    type: 'checkbox',
    defaultValue: false,
    label: label('Жария', 'Публичный', 'Public'),
    access: { read: signedIn },
    admin: {
      description: label(
        'Оқырмандар файлды онымен жарияланған материал болмаса да көре алады.',
        'Читатели видят файл, даже если он не используется в опубликованном материале.',
        'Readers may see this file even when no published item uses it.',
      ),
      position: 'sidebar',
    },
    hooks: { beforeValidate: [onlyEditorsMarkPublic] },
  },
  {
    name: 'isPublic',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    label: label('Оқырмандарға көрінеді', 'Виден читателям', 'Visible to readers'),
    access: { create: serverOnly, read: signedIn, update: serverOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'regions',
    type: 'relationship',
    relationTo: 'regions',
    hasMany: true,
    label: label('Өңірлері', 'Регионы', 'Regions'),
    access: { create: serverOnly, read: signedIn, update: serverOnly },
    admin: {
      description: label(
        'Жарияланғанға дейін файлды осы өңірлердің қызметкерлері көреді (бос болса — барлық қызметкерлер).',
        'До публикации файл видят сотрудники этих регионов (пусто — все сотрудники).',
        'Until it is public, staff of these regions see the file (empty: all staff).',
      ),
      position: 'sidebar',
      readOnly: true,
    },
  },
]

/** beforeChange: a new upload belongs to its uploader's regions; `isPublic` follows the mark and the documents using it. */
export const setMediaVisibility: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    if (req.user) data.regions = deliveryOptionsOf(req.payload.config).uploads.regionsOf(req.user)
    data.isPublic = Boolean(data.markedPublic)
    return data
  }
  const marked = data.markedPublic ?? originalDoc?.markedPublic
  data.isPublic =
    Boolean(marked) ||
    (originalDoc?.id !== undefined && (await usedByPublicDocuments(req, [originalDoc.id])).size > 0)
  return data
}
