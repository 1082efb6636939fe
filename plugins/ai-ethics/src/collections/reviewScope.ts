import type { CollectionConfig, Field } from 'payload'

/** A field that stores data, found at the top level of a document (through rows, collapsibles and unnamed tabs). */
const topLevelField = (fields: Field[], name: string): Field | undefined => {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'row' || field.type === 'collapsible') {
      const found = topLevelField(field.fields, name)
      if (found) return found
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) continue
        const found = topLevelField(tab.fields, name)
        if (found) return found
      }
    }
  }
  return undefined
}

/** What a copy keeps: the data shape (type, relation, options, hasMany), none of the behaviour or the admin UI. */
const shapeOf = (field: Field): Field => {
  const { access, admin, defaultValue, hooks, label, required, unique, validate, ...shape } =
    field as Field & Record<string, unknown>
  delete (shape as Record<string, unknown>).filterOptions
  delete (shape as Record<string, unknown>).localized
  return { ...shape, index: true } as Field
}

/**
 * The `scope.*` fields of the review records: copies of the named fields of the guarded documents, checked to exist
 * with the same shape in every guarded collection, so one record field can hold the value of any of them.
 */
export const reviewScopeFields = (names: string[], guarded: CollectionConfig[]): Field[] =>
  names.map((name) => {
    const shapes = guarded.map((collection) => {
      const field = topLevelField(collection.fields, name)
      if (!field)
        throw new Error(
          `aiEthicsPlugin: reviewAccess.scopeFields names "${name}", which "${collection.slug}" has no top-level field for.`,
        )
      return shapeOf(field)
    })
    if (shapes.some((shape) => JSON.stringify(shape) !== JSON.stringify(shapes[0]))) {
      throw new Error(
        `aiEthicsPlugin: reviewAccess.scopeFields names "${name}", which differs between the guarded collections.`,
      )
    }
    // The copy is shown in the admin under the original field's label.
    const original = topLevelField(guarded[0].fields, name) as Field & { label?: unknown }
    return (
      original.label === undefined ? shapes[0] : { ...shapes[0], label: original.label }
    ) as Field
  })

/** The scope values of one reviewed document, as stored on its records (relationships as ids). */
export const scopeOf = (doc: Record<string, unknown>, names: string[]): Record<string, unknown> =>
  Object.fromEntries(
    names.map((name) => {
      const value = doc[name]
      const id = (entry: unknown) =>
        entry && typeof entry === 'object' && 'id' in entry ? (entry as { id: unknown }).id : entry
      return [name, Array.isArray(value) ? value.map(id) : (id(value) ?? null)]
    }),
  )
