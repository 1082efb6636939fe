import type { CollectionBeforeChangeHook, CollectionConfig, CollectionSlug } from 'payload'

import type { WorkflowDesk } from '../types'

import { label } from '../../../shared/labels'
import { nobody, readEditorialRecords } from '../access'
import { recordRefusal } from '../errors'
import { accessScopeFields, itemReferenceFields } from '../recordFields'

/**
 * A comment is written by the signed-in user about an item they work on (the desk's `worksOn`; in the app its
 * author, the editors of its region, national editors, ethics reviewers): the discussion is part of the work in
 * progress, so staff who can only read the public item do not join it. Who and where are set here.
 */
const attachToItem =
  (desk: WorkflowDesk): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') return data
    if (!req.user) throw recordRefusal(401, 'UNAUTHORIZED.comment')
    const { docId, targetCollection } = data as { docId?: unknown; targetCollection?: unknown }
    // An incomplete or malformed reference is left to field validation, which runs next and names the field.
    const complete =
      typeof targetCollection === 'string' &&
      targetCollection in req.payload.collections &&
      (typeof docId === 'number' || (typeof docId === 'string' && docId !== ''))
    if (!complete) return data
    const item = (await req.payload.findByID({
      collection: data.targetCollection as CollectionSlug,
      depth: 0,
      disableErrors: true,
      draft: true,
      id: data.docId,
      overrideAccess: true,
      req,
    })) as null | Record<string, unknown>
    if (!item || !desk.worksOn(req.user, item)) {
      throw recordRefusal(404, 'NOT_FOUND.commentItem', {
        collection: String(data.targetCollection),
        id: String(data.docId),
      })
    }
    return {
      ...data,
      author: req.user.id,
      docOwner: item.createdBy ?? null,
      region: item.region ?? null,
    }
  }

/** Editorial comments on an item of `targets` (the workflow's collections): staff-only discussion, never public. */
export const editorialCommentsCollection = (
  targets: readonly CollectionConfig[],
  desk: WorkflowDesk,
): CollectionConfig => ({
  slug: 'editorial-comments',
  labels: {
    plural: label('Редакция пікірлері', 'Комментарии редакции', 'Editorial comments'),
    singular: label('Редакция пікірі', 'Комментарий редакции', 'Editorial comment'),
  },
  access: {
    create: ({ req }) => Boolean(req.user),
    delete: ({ req }) => Boolean(req.user && desk.deletesComments(req.user)),
    read: readEditorialRecords(desk, 'author'),
    update: nobody,
  },
  admin: {
    defaultColumns: ['createdAt', 'targetCollection', 'docId', 'author', 'body'],
    group: label('Редакция', 'Редакция', 'Newsroom'),
  },
  defaultSort: '-createdAt',
  fields: [
    ...itemReferenceFields(targets),
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: label('Пікір', 'Комментарий', 'Comment'),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true },
      label: label('Авторы', 'Автор', 'Author'),
    },
    ...accessScopeFields(),
  ],
  hooks: { beforeChange: [attachToItem(desk)] },
})
