import type { Field, Plugin } from 'payload'

/**
 * A field hidden from the edit form (`admin.hidden`) is internal (revision counters, access copies, job ids):
 * Payload would still offer it as a list filter and column under its raw name, so it is taken out of both.
 * Runs after the plugins that add fields; Payload's own hidden fields (timestamps, upload data) are added later,
 * with their own labels, and stay available.
 */
const internal = (fields: Field[]): Field[] =>
  fields.map((field) => {
    let next = field
    if ('admin' in field && field.admin && 'hidden' in field.admin && field.admin.hidden) {
      next = {
        ...field,
        admin: { ...field.admin, disableListColumn: true, disableListFilter: true },
      } as Field
    }
    if ('fields' in next && Array.isArray(next.fields))
      next = { ...next, fields: internal(next.fields) } as Field
    if (next.type === 'tabs')
      next = { ...next, tabs: next.tabs.map((tab) => ({ ...tab, fields: internal(tab.fields) })) }
    if (next.type === 'blocks')
      next = {
        ...next,
        blocks: (next.blocks ?? []).map((block) => ({ ...block, fields: internal(block.fields) })),
      }
    return next
  })

export const internalFields: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: internal(collection.fields),
  })),
  globals: config.globals?.map((global) => ({ ...global, fields: internal(global.fields) })),
})
