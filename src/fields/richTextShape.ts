import type { lexicalEditor, LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'

import { languageOf } from '../errors/language'
import { type MessageKey, type MessageParams, renderMessage } from '../errors/messages'

type LexicalRichTextAdapterProvider = ReturnType<typeof lexicalEditor>

/**
 * Deepest nesting of rich-text elements (a list inside a list item inside a list… counts one per element).
 * Editors never come near it; a document nested deeper is an attack on the recursive code that reads it.
 */
export const RICH_TEXT_MAX_DEPTH = 32

/** Node types Lexical itself registers, whatever the features. */
const CORE_NODE_TYPES = ['linebreak', 'paragraph', 'root', 'tab', 'text']

type Problem = { key: MessageKey; params?: MessageParams }

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** Every node type the editor's features register (a node class, or a replacement's class). */
const nodeTypesOf = (adapter: LexicalRichTextAdapter): Set<string> => {
  const types = new Set(CORE_NODE_TYPES)
  for (const entry of adapter.editorConfig?.features?.nodes ?? []) {
    const node = entry.node as { getType?: () => string; withKlass?: { getType?: () => string } }
    const type = typeof node.getType === 'function' ? node.getType() : node.withKlass?.getType?.()
    if (type) types.add(type)
  }
  return types
}

/**
 * Whether `value` has the shape of a Lexical editor state: `{ root: { type: 'root', children: [...] } }`, every
 * node an object of a registered type whose `children`, if any, is a list, nested at most RICH_TEXT_MAX_DEPTH
 * deep. Walked without recursion, so no document can overflow the stack here.
 */
export const lexicalShapeProblem = (
  value: unknown,
  nodeTypes: Set<string>,
): Problem | undefined => {
  if (value === null || value === undefined) return undefined // empty: the `required` check decides
  if (
    !isObject(value) ||
    !isObject(value.root) ||
    value.root.type !== 'root' ||
    !Array.isArray(value.root.children)
  ) {
    return { key: 'RICH_TEXT_INVALID.shape' }
  }
  const pending: { depth: number; node: unknown; path: string }[] = [
    { depth: 0, node: value.root, path: 'root' },
  ]
  while (pending.length > 0) {
    const { depth, node, path } = pending.pop()!
    if (depth > RICH_TEXT_MAX_DEPTH)
      return { key: 'RICH_TEXT_INVALID.tooDeep', params: { max: RICH_TEXT_MAX_DEPTH } }
    if (!isObject(node) || typeof node.type !== 'string') return { key: 'RICH_TEXT_INVALID.shape' }
    if (!nodeTypes.has(node.type))
      return {
        key: 'RICH_TEXT_INVALID.unknownNode',
        params: { at: path, type: node.type.slice(0, 40) },
      }
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return { key: 'RICH_TEXT_INVALID.shape' }
    node.children.forEach((child, index) =>
      pending.push({ depth: depth + 1, node: child, path: `${path}.children.${index}` }),
    )
  }
  return undefined
}

/**
 * The Lexical editor with a structural check in front of its own validation (which only runs the features'
 * node validations and would store `{ "root": "nope" }`). Applies to every rich-text field using this editor,
 * drafts included (the publishable collections validate drafts).
 */
export const withRichTextShapeCheck =
  (provider: LexicalRichTextAdapterProvider): LexicalRichTextAdapterProvider =>
  async (args) => {
    const adapter = await provider(args)
    const nodeTypes = nodeTypesOf(adapter)
    const validate = adapter.validate
    return {
      ...adapter,
      validate: async (value, options) => {
        const problem = lexicalShapeProblem(value, nodeTypes)
        if (problem) return renderMessage(problem.key, problem.params, languageOf(options.req))
        return validate(value, options)
      },
    }
  }
