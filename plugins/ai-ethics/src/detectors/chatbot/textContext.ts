// Where in a text a phrase stands: the same words are strong evidence as a chatbot's wrapper at the start or end of
// what was pasted, and none inside quotation marks or an interview turn, where a journalist reports what was said.

export type Span = [start: number, end: number]

const CLOSERS: Record<string, string> = { '«': '»', '“': '”', '„': '“' }

/** Ranges inside quotation marks («…», “…”, „…“, "…", nested too), and interview turns (lines opened by a dash, Q:/A:). */
export const quotedSpans = (text: string): Span[] => {
  const spans: Span[] = []
  const stack: { char: string; at: number }[] = []
  const close = (at: number) => {
    const open = stack.pop()!
    if (stack.length === 0) spans.push([open.at, at + 1])
  }
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    const top = stack[stack.length - 1]
    if (top && (CLOSERS[top.char] === char || (top.char === '"' && char === '"'))) close(at)
    else if (char in CLOSERS || char === '"') stack.push({ at, char })
    else if (char === '\n' && text[at + 1] === '\n' && stack.length > 0) {
      // A quotation left open does not run past its paragraph.
      spans.push([stack[0].at, at])
      stack.length = 0
    }
  }
  if (stack.length > 0) spans.push([stack[0].at, text.length])
  for (const turn of text.matchAll(/^[ \t]*(?:[—–]|(?:Q|A|В|О|С|Ж)\s*:)[^\n]*/gmu))
    spans.push([turn.index, turn.index + turn[0].length])
  return spans
}

export const isInside = (spans: Span[], at: number) =>
  spans.some(([start, end]) => at >= start && at < end)

export type Position = 'start' | 'end' | 'inside'

// A chatbot's opener may follow a short exclamation on the first line ("Of course, I'd be happy to help! Here's…").
const START_SLACK = 60

/**
 * Where the phrase at `[at, at + length)` stands: `start` when it opens the text (on the first line, at most a short
 * exclamation before it), `end` when it lies in the last paragraph (or, in a text of one paragraph, when at most one
 * sentence follows it), otherwise `inside`.
 */
export const positionOf = (text: string, at: number, length: number): Position => {
  const before = text.slice(0, at).trimStart()
  if (!before.includes('\n') && before.length <= START_SLACK) return 'start'
  const body = text.trimEnd()
  const lastBreak = body.lastIndexOf('\n\n')
  if (lastBreak >= 0) return at > lastBreak ? 'end' : 'inside'
  const after = body
    .slice(at + length)
    .split(/(?<=[.!?…])\s+/u)
    .filter((sentence) => sentence.trim())
  return after.length <= 1 ? 'end' : 'inside'
}
