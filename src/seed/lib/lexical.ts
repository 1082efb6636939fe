/**
 * A tiny builder for the Lexical editor state that `@payloadcms/richtext-lexical` stores for richText fields:
 * `{ root: { type: 'root', children: [paragraph | heading | list | quote ...] } }`, each element holding text nodes.
 * Enough for seed bodies written as plain paragraphs, headings and bullet lists.
 */

/** One block of a seed text: a string is a paragraph. */
export type TextBlock =
  | string
  | { h2: string }
  | { h3: string }
  | { ol: string[] }
  | { p: string }
  | { quote: string }
  | { ul: string[] }

type LexicalNode = { [key: string]: unknown; type: string; version: number }

export type LexicalState = {
  [key: string]: unknown
  root: {
    children: LexicalNode[]
    direction: 'ltr' | 'rtl' | null
    format: '' | 'center' | 'end' | 'justify' | 'left' | 'right' | 'start'
    indent: number
    type: string
    version: number
  }
}

const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const paragraph = (text: string): LexicalNode => ({
  ...element,
  type: 'paragraph',
  children: [textNode(text)],
  textFormat: 0,
  textStyle: '',
})

const heading = (tag: 'h2' | 'h3', text: string): LexicalNode => ({
  ...element,
  type: 'heading',
  children: [textNode(text)],
  tag,
})

const list = (listType: 'bullet' | 'number', items: string[]): LexicalNode => ({
  ...element,
  type: 'list',
  children: items.map((text, index) => ({
    ...element,
    type: 'listitem',
    checked: undefined,
    children: [textNode(text)],
    value: index + 1,
  })),
  listType,
  start: 1,
  tag: listType === 'bullet' ? 'ul' : 'ol',
})

const blockNode = (block: TextBlock): LexicalNode => {
  if (typeof block === 'string') return paragraph(block)
  if ('p' in block) return paragraph(block.p)
  if ('h2' in block) return heading('h2', block.h2)
  if ('h3' in block) return heading('h3', block.h3)
  if ('ul' in block) return list('bullet', block.ul)
  if ('ol' in block) return list('number', block.ol)
  return { ...element, type: 'quote', children: [textNode(block.quote)] }
}

/** Turns paragraphs (and a few other blocks) into a Lexical editor state. */
export const richText = (blocks: TextBlock[]): LexicalState => ({
  root: {
    ...element,
    type: 'root',
    children: blocks
      .filter((block) => typeof block !== 'string' || block.trim() !== '')
      .map(blockNode),
  },
})
