import fs from 'fs'
import path from 'path'
import { fileURLToPath } from 'url'

import type { TextDetector } from '../src/types'

// The labelled corpus of short news texts (fixtures/chatbot-corpus/{kk,ru,en}.json): chatbot answers pasted with
// their wrapper, and clean newsroom texts, many of them written to look like one (quotes that start with "Certainly",
// news about chatbots, bracketed insertions, interviews, letters). See the README there.

export const LANGUAGES = ['kk', 'ru', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export type CorpusEntry = { index: number; kind: string; label: 'chatbot' | 'clean'; text: string }

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'chatbot-corpus')

export const corpus = (language: Language): CorpusEntry[] =>
  (
    JSON.parse(fs.readFileSync(path.join(DIR, `${language}.json`), 'utf8')) as Omit<
      CorpusEntry,
      'index'
    >[]
  ).map((entry, index) => ({ ...entry, index }))

/** The held-out part (30 %): entries whose position ends in 1, 4 or 7. The detector was not tuned on them. */
export const isHeldOut = (entry: CorpusEntry) => [1, 4, 7].includes(entry.index % 10)

export type Figures = {
  falseFlags: CorpusEntry[]
  missed: CorpusEntry[]
  precision: number
  recall: number
  chatbot: number
  clean: number
}

/** Precision and recall of `detector` at `threshold` over the given entries (flagged = score ≥ threshold). */
export const evaluate = async (
  detector: TextDetector,
  language: Language,
  entries: CorpusEntry[],
  threshold = 0.5,
): Promise<Figures> => {
  const flagged = new Set<CorpusEntry>()
  for (const entry of entries)
    if ((await detector.detect(entry.text, language)).score >= threshold) flagged.add(entry)
  const chatbot = entries.filter((entry) => entry.label === 'chatbot')
  const truePositives = chatbot.filter((entry) => flagged.has(entry)).length
  return {
    chatbot: chatbot.length,
    clean: entries.length - chatbot.length,
    falseFlags: entries.filter((entry) => entry.label === 'clean' && flagged.has(entry)),
    missed: chatbot.filter((entry) => !flagged.has(entry)),
    precision: flagged.size === 0 ? 1 : truePositives / flagged.size,
    recall: chatbot.length === 0 ? 1 : truePositives / chatbot.length,
  }
}
