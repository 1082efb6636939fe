import type { CollectionConfig, Field } from 'payload'

import {
  canCreateContent,
  canDeleteContent,
  canUpdateContent,
  readPublishedOrStaff,
} from '../../src/access/publishable'
import { editorialCoreFields, type RubricFormat } from '../../src/fields/editorialCore'
import { ensureRelationsExist } from '../../src/hooks/ensureRelationsExist'
import { setPublishedAt } from '../../src/hooks/setPublishedAt'

type PublishableOptions = {
  slug: CollectionConfig['slug']
  labels: CollectionConfig['labels']
  /** Fields of this content type, placed after the editorial core. */
  fields: Field[]
  rubric?: { formats?: RubricFormat[]; label?: Record<string, string>; required?: boolean }
  admin?: CollectionConfig['admin']
}

/** Slugs of every collection built with `publishableCollection`: the SEO plugin and later the workflow use them. */
export const PUBLISHABLE_COLLECTIONS = ['articles', 'ethno-events', 'podcast-episodes', 'tv-segments', 'videos'] as const
export type PublishableCollectionSlug = (typeof PUBLISHABLE_COLLECTIONS)[number]

/** A content type that journalists write and editors publish, sharing one editorial core. */
export const publishableCollection = ({ admin, fields, labels, rubric, slug }: PublishableOptions): CollectionConfig => ({
  slug,
  labels,
  access: {
    create: canCreateContent,
    delete: canDeleteContent,
    read: readPublishedOrStaff,
    update: canUpdateContent,
  },
  admin: {
    defaultColumns: ['title', 'region', 'rubric', '_status', 'publishedAt'],
    group: { en: 'Content', kk: 'Мазмұн', ru: 'Контент' },
    listSearchableFields: ['title', 'slug'],
    useAsTitle: 'title',
    ...admin,
  },
  defaultSort: '-publishedAt',
  fields: [...editorialCoreFields({ rubric }), ...fields],
  hooks: {
    beforeChange: [setPublishedAt, ensureRelationsExist],
  },
  versions: {
    drafts: { validate: true },
    maxPerDoc: 50,
  },
})
