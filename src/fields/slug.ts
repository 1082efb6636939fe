import type { FieldHook, TextField } from 'payload'

import { languageOf } from '../errors/language'
import { renderMessage } from '../errors/messages'
import { label } from '../i18n/locales'
import { SLUG_PATTERN, slugify } from '../utilities/slugify'

type SlugOptions = {
  /** Field whose value the slug is made from when none is given. @default 'title' */
  from?: string
  overrides?: Partial<TextField>
}

/** `base`, or `base-2`, `base-3`… : the first slug no document of the collection has. */
const freeSlug = async (
  req: Parameters<FieldHook>[0]['req'],
  collection: string,
  base: string,
): Promise<string> => {
  for (let attempt = 1; attempt < 50; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`
    const { totalDocs } = await req.payload.count({
      collection: collection as never,
      overrideAccess: true,
      req,
      where: { slug: { equals: candidate } },
    })
    if (totalDocs === 0) return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}

/** Fills an empty slug from the source field and, for generated slugs only, adds -2, -3... until it is free. */
const generateSlug =
  (from: string): FieldHook =>
  async ({ collection, data, originalDoc, req, value }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[from] ?? originalDoc?.[from]
    const text =
      typeof source === 'string'
        ? source
        : source && typeof source === 'object'
          ? Object.values(source)[0]
          : ''
    const base = slugify(String(text ?? ''))
    if (!base || !collection) return value
    return freeSlug(req, collection.slug, base)
  }

/** A duplicate gets `<slug>-copy` (then -copy-2, …), not Payload's " - Copy", which is no valid slug. */
const slugOfCopy: FieldHook = async ({ collection, req, value }) =>
  typeof value === 'string' && value && collection
    ? freeSlug(req, collection.slug, `${value}-copy`)
    : value

export const slugField = ({ from = 'title', overrides = {} }: SlugOptions = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    required: true,
    label: label('Слаг (URL)', 'Слаг (URL)', 'Slug (URL)'),
    admin: {
      position: 'sidebar',
      description: label(
        'Бос қалса, атауынан жасалады. Тек латын әріптері, сандар және сызықша.',
        'Если пусто, создаётся из заголовка. Только латиница, цифры и дефис.',
        'Generated from the title when empty. Lowercase latin letters, digits and hyphens only.',
      ),
    },
    hooks: { beforeDuplicate: [slugOfCopy], beforeValidate: [generateSlug(from)] },
    validate: (
      value: null | string | undefined,
      { req }: { req?: Parameters<typeof languageOf>[0] },
    ) => {
      if (!value) return renderMessage('VALIDATION_FAILED.slugRequired', {}, languageOf(req))
      return (
        SLUG_PATTERN.test(value) ||
        renderMessage('VALIDATION_FAILED.slugPattern', { value }, languageOf(req))
      )
    },
    ...overrides,
  }) as TextField
