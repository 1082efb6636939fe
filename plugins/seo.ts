import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { seoPlugin } from '@payloadcms/plugin-seo'

import { PUBLISHABLE_COLLECTIONS } from '../collections'
import { SEO_LABELS } from '../src/i18n/catalogue'
import { websiteUrl } from '../src/env'

const SITE_NAME = 'ҚХА журналистер клубы'

const FIELD_LABELS: Record<
  string,
  { description?: Record<string, string>; label: Record<string, string> }
> = {
  description: { label: SEO_LABELS.description },
  image: { description: SEO_LABELS.imageDescription, label: SEO_LABELS.image },
  title: { label: SEO_LABELS.title },
}

/** The plugin's fields with labels in kk, ru and en (it gives them in English only). */
const labelled = (field: Field): Field => {
  // The checks overview and the search preview are panels of the form, not columns of the list.
  if (field.type === 'ui') return { ...field, admin: { ...field.admin, disableListColumn: true } }
  const texts = 'name' in field ? FIELD_LABELS[field.name] : undefined
  if (!texts) return field
  return {
    ...field,
    label: texts.label,
    ...(texts.description ? { admin: { ...field.admin, description: texts.description } } : {}),
  } as Field
}

/** The plugin names its tab and its group "SEO" in every language: give them the newsroom's labels. */
const relabelTab = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map((field) =>
    field.type !== 'tabs'
      ? field
      : {
          ...field,
          tabs: field.tabs.map((tab) => {
            const meta = tab.fields.find(
              (inner) => inner.type === 'group' && 'name' in inner && inner.name === 'meta',
            )
            if (!meta) return tab
            return {
              ...tab,
              fields: tab.fields.map((inner) =>
                inner === meta ? ({ ...inner, label: SEO_LABELS.group } as Field) : inner,
              ),
              label: SEO_LABELS.tab,
            }
          }),
        },
  ),
})

const seoFields: Plugin = seoPlugin({
  collections: [...PUBLISHABLE_COLLECTIONS],
  fields: ({ defaultFields }) => defaultFields.map(labelled),
  generateDescription: ({ doc }) =>
    typeof doc?.excerpt === 'string' ? doc.excerpt.slice(0, 160) : '',
  generateTitle: ({ doc }) => (doc?.title ? `${doc.title} — ${SITE_NAME}` : SITE_NAME),
  generateURL: ({ collectionConfig, doc, locale }) =>
    `${websiteUrl()}/${locale ?? 'kk'}/${collectionConfig?.slug ?? ''}/${doc?.slug ?? ''}`,
  tabbedUI: true,
  uploadsCollection: 'media',
})

/** Meta title, description and image on every publishable collection, with sensible generated defaults. */
export const seo: Plugin = async (incoming: Config) => {
  const config = await seoFields(incoming)
  const guarded = new Set<string>(PUBLISHABLE_COLLECTIONS)
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      guarded.has(collection.slug) ? relabelTab(collection) : collection,
    ),
  }
}
