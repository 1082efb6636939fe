import type { Field, Plugin } from 'payload'

const JSON_FIELD = '/src/admin/fields/JsonField#JsonField'

/**
 * Every JSON field without an editor of its own gets the app's (src/admin/fields/JsonField.tsx): Payload's default
 * loads the Monaco editor from a public CDN, so the admin would depend on a third party and stay blank offline.
 */
const withLocalEditor = (fields: Field[]): Field[] =>
  fields.map((field) => {
    let next = field
    if (field.type === 'json' && !field.admin?.components?.Field) {
      next = {
        ...field,
        admin: { ...field.admin, components: { ...field.admin?.components, Field: JSON_FIELD } },
      }
    }
    if ('fields' in next && Array.isArray(next.fields))
      next = { ...next, fields: withLocalEditor(next.fields) } as Field
    if (next.type === 'tabs')
      next = {
        ...next,
        tabs: next.tabs.map((tab) => ({ ...tab, fields: withLocalEditor(tab.fields) })),
      }
    if (next.type === 'blocks')
      next = {
        ...next,
        blocks: (next.blocks ?? []).map((block) => ({
          ...block,
          fields: withLocalEditor(block.fields),
        })),
      }
    return next
  })

export const jsonFields: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: withLocalEditor(collection.fields),
  })),
  globals: config.globals?.map((global) => ({ ...global, fields: withLocalEditor(global.fields) })),
})
