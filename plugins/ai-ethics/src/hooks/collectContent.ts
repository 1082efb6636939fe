import type { Field } from 'payload'

export type LocalizedText = { path: string; text: string }

type Node = {
  children?: Node[]
  relationTo?: string
  text?: string
  type?: string
  value?: unknown
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: number | string }).id
    : (value as number | string)

/** Plain text of a Lexical document, paragraph by paragraph. */
const lexicalText = (node: Node | undefined): string => {
  if (!node) return ''
  if (typeof node.text === 'string') return node.text
  const inner = (node.children ?? []).map(lexicalText).join(node.type === 'root' ? '\n' : '')
  return node.type === 'paragraph' ||
    node.type === 'heading' ||
    node.type === 'quote' ||
    node.type === 'listitem'
    ? `${inner}\n`
    : inner
}

/** Upload nodes inside a Lexical document that point at the given collection. */
const lexicalUploads = (node: Node | undefined, media: string): (number | string)[] => {
  if (!node) return []
  const own =
    node.type === 'upload' && node.relationTo === media && node.value ? [idOf(node.value)] : []
  return [...own, ...(node.children ?? []).flatMap((child) => lexicalUploads(child, media))]
}

type Walk = {
  localized: boolean
  media?: string
  texts: LocalizedText[]
  uploads: (number | string)[]
}

const walk = (
  fields: Field[],
  data: Record<string, unknown> | undefined,
  path: string,
  state: Walk,
) => {
  if (!data || typeof data !== 'object') return
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name)
          walk(tab.fields, data[tab.name] as Record<string, unknown>, `${path}${tab.name}.`, state)
        else walk(tab.fields, data, path, state)
      }
      continue
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      walk(field.fields, data, path, state)
      continue
    }
    if (!('name' in field) || !field.name) continue
    const value = data[field.name]
    const localized = state.localized || Boolean('localized' in field && field.localized)
    const here = `${path}${field.name}`
    if (
      (field.type === 'text' || field.type === 'textarea') &&
      localized &&
      typeof value === 'string' &&
      value.trim()
    ) {
      state.texts.push({ path: here, text: value })
    } else if (field.type === 'richText' && value && typeof value === 'object') {
      const root = (value as { root?: Node }).root
      if (localized) {
        const text = lexicalText(root).trim()
        if (text) state.texts.push({ path: here, text })
      }
      if (state.media) state.uploads.push(...lexicalUploads(root, state.media))
    } else if (field.type === 'upload' && field.relationTo === state.media && value) {
      state.uploads.push(...(Array.isArray(value) ? value : [value]).map(idOf))
    } else if (field.type === 'group' && value && typeof value === 'object') {
      walk(field.fields, value as Record<string, unknown>, `${here}.`, {
        ...state,
        localized,
        texts: state.texts,
        uploads: state.uploads,
      })
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) =>
        walk(field.fields, row as Record<string, unknown>, `${here}.${index}.`, {
          ...state,
          localized,
          texts: state.texts,
          uploads: state.uploads,
        }),
      )
    }
  }
}

/**
 * The localized texts (text, textarea, rich text) of a document in the locale being saved, and the ids of the
 * media it shows (upload fields and uploads inside rich text).
 */
export const collectContent = (
  fields: Field[],
  data: Record<string, unknown>,
  mediaCollection?: string,
) => {
  const state: Walk = { localized: false, media: mediaCollection, texts: [], uploads: [] }
  walk(fields, data, '', state)
  return {
    texts: state.texts,
    uploads: [...new Set(state.uploads.filter((id) => id !== undefined && id !== null))],
  }
}
