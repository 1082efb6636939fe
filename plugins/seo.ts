import type { Plugin } from 'payload'

import { seoPlugin } from '@payloadcms/plugin-seo'

import { PUBLISHABLE_COLLECTIONS } from '../collections'
import { websiteUrl } from '../src/env'

const SITE_NAME = 'ҚХА журналистер клубы'

/** Meta title, description and image on every publishable collection, with sensible generated defaults. */
export const seo: Plugin = seoPlugin({
  collections: [...PUBLISHABLE_COLLECTIONS],
  generateDescription: ({ doc }) => (typeof doc?.excerpt === 'string' ? doc.excerpt.slice(0, 160) : ''),
  generateTitle: ({ doc }) => (doc?.title ? `${doc.title} — ${SITE_NAME}` : SITE_NAME),
  generateURL: ({ collectionConfig, doc, locale }) =>
    `${websiteUrl()}/${locale ?? 'kk'}/${collectionConfig?.slug ?? ''}/${doc?.slug ?? ''}`,
  tabbedUI: true,
  uploadsCollection: 'media',
})
