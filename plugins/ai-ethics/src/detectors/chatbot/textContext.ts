// Where in a text a phrase stands: the same words are strong evidence as a chatbot's wrapper at the start or end of
// what was pasted, and none inside quotation marks or an interview turn, where a journalist reports what was said.

export type Span = [start: number, end: number]

/**
 * The matches of `regex` in `text` (at most `limit`), found with that RegExp object itself. `matchAll` and `split`
 * copy the RegExp on every call, and a copy is compiled again from its source whenever V8 has dropped its
 * compilation cache, which every major garbage collection does: for the detector's rules (case-insensitive, Unicode
 * letter classes) 0.15–0.75 s of one save, every other request of the server process waiting (`npm run
 * test:load`). The object keeps its compiled code while it is used. Matching is synchronous, so resetting
 * `lastIndex` around the loop is enough for a RegExp shared by every call.
 */
export const execAll = (regex: RegExp, text: string, limit = Infinity): RegExpExecArray[] => {
  if (!regex.global) {
    const match = regex.exec(text)
    return match ? [match] : []
  }
  const found: RegExpExecArray[] = []
  regex.lastIndex = 0
  try {
    for (let match = regex.exec(text); match && found.length < limit; match = regex.exec(text)) {
      found.push(match)
      if (match[0] === '') regex.lastIndex += 1
    }
  } finally {
    regex.lastIndex = 0
  }
  return found
}

const INTERVIEW_TURN = /^[ \t]*(?:[—–]|(?:Q|A|В|О|С|Ж)\s*:)[^\n]*/gmu
const SENTENCE_BREAK = /(?<=[.!?…])\s+/gu

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
  for (const turn of execAll(INTERVIEW_TURN, text))
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
  const rest = body.slice(at + length)
  const sentences: string[] = []
  let from = 0
  for (const gap of execAll(SENTENCE_BREAK, rest)) {
    sentences.push(rest.slice(from, gap.index))
    from = gap.index + gap[0].length
  }
  sentences.push(rest.slice(from))
  const after = sentences.filter((sentence) => sentence.trim())
  return after.length <= 1 ? 'end' : 'inside'
}
