import type { FlattenedField } from 'payload'

import { relationId } from '../../../shared/relations'

export const MEDIA = 'media'

type Ref = number | string
type Data = Record<string, unknown>

const isRecord = (value: unknown): value is Data =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Upload, relationship and link nodes inside a rich-text value (Lexical JSON): `{ relationTo: 'media', value }`. */
const richTextRefs = (value: unknown, add: (ref: unknown) => void): void => {
  if (Array.isArray(value)) {
    for (const entry of value) richTextRefs(entry, add)
    return
  }
  if (!isRecord(value)) return
  if (value.relationTo === MEDIA && 'value' in value) add(value.value)
  for (const child of Object.values(value))
    if (child && typeof child === 'object') richTextRefs(child, add)
}

const pointsAtMedia = (field: FlattenedField) =>
  (field.type === 'upload' || field.type === 'relationship') &&
  (field.relationTo === MEDIA ||
    (Array.isArray(field.relationTo) && field.relationTo.includes(MEDIA as never)))

/**
 * The media ids one field's value holds (a single or has-many relation, polymorphic or not, or rich text).
 * `withLocales` is the stored value of the same field with every locale, for a group's localized subfields.
 */
const fieldRefs = (
  field: FlattenedField,
  value: unknown,
  add: (ref: unknown) => void,
  withLocales?: unknown,
  locale?: string,
): void => {
  if (value === null || value === undefined) return
  if (pointsAtMedia(field)) {
    for (const entry of Array.isArray(value) ? value : [value]) {
      if (isRecord(entry) && 'relationTo' in entry) {
        if (entry.relationTo === MEDIA) add(entry.value)
      } else add(entry)
    }
    return
  }
  if (field.type === 'richText') return richTextRefs(value, add)
  if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field) {
    if (isRecord(value))
      walk(
        field.flattenedFields,
        value,
        isRecord(withLocales) ? withLocales : undefined,
        locale,
        add,
      )
    return
  }
  if (field.type === 'array' && Array.isArray(value)) {
    for (const row of value)
      if (isRecord(row)) walk(field.flattenedFields, row, undefined, locale, add)
    return
  }
  if (field.type === 'blocks' && Array.isArray(value)) {
    for (const row of value) {
      const block = isRecord(row)
        ? field.blocks.find((candidate) => candidate.slug === row.blockType)
        : undefined
      if (block && isRecord(row)) walk(block.flattenedFields, row, undefined, locale, add)
    }
  }
}

const walk = (
  fields: FlattenedField[],
  data: Data,
  withLocales: Data | undefined,
  locale: string | undefined,
  add: (ref: unknown) => void,
) => {
  for (const field of fields) {
    if (!('name' in field)) continue
    const stored = withLocales?.[field.name]
    if ('localized' in field && field.localized) {
      const value = data[field.name]
      if (locale === undefined || locale === 'all') {
        // A stored document (or a write of every locale): the value is keyed by locale.
        if (isRecord(value))
          for (const [code, perLocale] of Object.entries(value))
            fieldRefs(field, perLocale, add, undefined, code)
        continue
      }
      // A localized value in `data` is the one of the locale being written; the others are in `withLocales`.
      fieldRefs(field, value, add, undefined, locale)
      if (isRecord(stored))
        for (const [other, perLocale] of Object.entries(stored))
          if (other !== locale) fieldRefs(field, perLocale, add, undefined, other)
    } else {
      fieldRefs(field, data[field.name], add, stored, locale)
    }
  }
}

/**
 * Every media file a document uses, in any field and any locale: upload and relationship fields (also inside
 * groups, tabs, arrays and blocks, and plugin fields such as the SEO image), and upload, relationship and link
 * nodes inside rich text. `data` is the document in the locale being written; `withLocales`, when given, holds every
 * locale of its localized fields (what is stored), so the other locales' media are counted too. Without a `locale`
 * (or with `all`), `data` is a document read with every locale.
 */
export const mediaRefsOf = (
  fields: FlattenedField[],
  data: Data,
  withLocales?: Data,
  locale?: string,
): Ref[] => {
  const refs = new Map<string, Ref>()
  walk(fields, data, withLocales, locale, (ref) => {
    const id = relationId(ref)
    if (id !== undefined) refs.set(String(id), id)
  })
  return [...refs.values()]
}
