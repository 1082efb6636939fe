import type { DetectionResult, DetectionSignal, TextDetector } from '../types'

import {
  CLOSERS,
  MARKDOWN,
  OPENERS,
  PLACEHOLDERS,
  type Rule,
  SELF_REFERENCES,
  TITLE_LINE,
} from './chatbot/patterns'
import {
  execAll,
  isInside,
  type Position,
  positionOf,
  quotedSpans,
  type Span,
} from './chatbot/textContext'

/**
 * The weight of each kind of evidence, by where it stands. Independent pieces add up as 1 − Π(1 − w); the plugin
 * flags at its `threshold` (0.5 by default), so one strong piece is enough and weak ones need company.
 * Inside quotation marks or an interview turn, wrapper phrases and self-references weigh nothing: that is a
 * journalist reporting what a chatbot (or a minister) said.
 */
export const WEIGHTS = {
  /** "Certainly! Here's a news article about…:" opening the text; in the middle of it (a pasted passage). */
  opener: { end: 0.6, inside: 0.6, start: 0.9 },
  /** A first line ending in a colon that names what follows: "Here's a possible lead paragraph:". */
  titleLine: 0.7,
  /** "I hope this helps!", "Let me know if you'd like me to shorten it": in the last paragraph; anywhere else. */
  closer: { end: 0.8, inside: 0.3, start: 0.3 },
  /** A model speaking of itself ("As an AI language model, I…", «Мен жасанды интеллектпін») or refusing. */
  boilerplate: 0.9,
  /** An unfilled template placeholder: "[insert company name]", «[вставьте имя]». */
  placeholder: 0.8,
} as const

/** Occurrences of one rule looked at in one text. */
const MATCHES_PER_RULE = 8

const PLACE: Record<Position, string> = {
  end: 'end of text',
  inside: 'inside the text',
  start: 'start of text',
}
const quote = (text: string) => `“${text.trim().replace(/\s+/gu, ' ').slice(0, 160)}”`

const sentenceAround = (text: string, at: number, length: number) => {
  const start = Math.max(
    text.lastIndexOf('\n', at),
    ...['.', '!', '?'].map((mark) => text.lastIndexOf(`${mark} `, at - 1) + 1),
  )
  const ends = ['\n', '. ', '! ', '? ']
    .map((mark) => text.indexOf(mark, at + length))
    .filter((index) => index >= 0)
  return text.slice(Math.max(0, start), ends.length ? Math.min(...ends) + 1 : text.length)
}

/** A non-global copy of each `also` pattern, made once (a copy per test was compiled anew: see `execAll`). */
const nonGlobal = new WeakMap<RegExp, RegExp>()
const testOnce = (regex: RegExp, text: string): boolean => {
  let single = nonGlobal.get(regex)
  if (!single) {
    single = new RegExp(regex.source, regex.flags.replace('g', ''))
    nonGlobal.set(regex, single)
  }
  return single.test(text)
}

/**
 * Texts that run every rule on a one-byte (Latin-1) string and on a two-byte one (Cyrillic). V8 compiles each
 * regular expression separately for the two, first to bytecode and, on its next use, to machine code: for these
 * rules (case-insensitive, Unicode letter classes) that took 0.1–0.15 s per step, about half a second in all, and a
 * server paid it in the middle of its first saves, with every request of the process waiting (`npm run test:load`).
 */
const WARM_UP_TEXTS = [
  'Certainly! Here is the article:\n\nText.\n\nI hope this helps!',
  'Әрине! Міне, мақала: Конечно, вот статья:\n\nМәтін.\n\nНадеюсь, это поможет!',
]

/**
 * Flags chatbot output pasted without editing, in kk/ru/en: the conversational wrapper around an answer (openers such
 * as "Certainly! Here's an article about…", closers such as "Let me know if you'd like me to shorten it", markdown
 * such as `**Title:**`), the model speaking of itself and unfilled placeholders. Each signal quotes what matched,
 * says where it stands and carries its weight; the score is their combination (see `WEIGHTS`).
 */
export const chatbotBoilerplateDetector: TextDetector = {
  key: 'chatbot-boilerplate',
  detect: (text: string): DetectionResult => {
    const quoted = quotedSpans(text)
    const signals: (DetectionSignal & { weight: number })[] = []
    const seen: Span[] = []
    const add = (signal: string, at: number, match: string, weight: number, where?: string) => {
      // One trace is one piece of evidence, even when two rules recognise it.
      if (seen.some(([start, end]) => at < end && at + match.length > start)) return
      seen.push([at, at + match.length])
      signals.push({ detail: where ? `${quote(match)} (${where})` : quote(match), signal, weight })
    }
    const matches = function* (rules: Rule[], skipQuoted: boolean) {
      for (const rule of rules) {
        let looked = 0
        for (const match of execAll(rule.regex, text, MATCHES_PER_RULE + 1)) {
          // A few occurrences of one trace are all the evidence there is; looking at each of thousands (a pasted
          // text repeating a phrase) would cost a pass over the text per occurrence.
          if (++looked > MATCHES_PER_RULE) break
          if (skipQuoted && isInside(quoted, match.index)) continue
          const sentence = sentenceAround(text, match.index, match[0].length)
          if (rule.also?.some((regex) => !testOnce(regex, sentence))) continue
          yield { at: match.index, match: match[0], rule }
        }
      }
    }

    for (const { at, match } of matches(SELF_REFERENCES, true))
      add('boilerplate', at, match, WEIGHTS.boilerplate)
    for (const { at, match } of matches(PLACEHOLDERS, false))
      add('placeholder', at, match, WEIGHTS.placeholder)
    for (const { at, match } of matches(OPENERS, true)) {
      const position = positionOf(text, at, match.length)
      add('opener', at, match, WEIGHTS.opener[position], PLACE[position])
    }
    const title = TITLE_LINE.exec(text)
    if (title && !isInside(quoted, title.index))
      add('opener', title.index, title[0], WEIGHTS.titleLine, 'first line')
    for (const { at, match } of matches(CLOSERS, true)) {
      const position = positionOf(text, at, match.length)
      add('closer', at, match, WEIGHTS.closer[position], PLACE[position])
    }
    // Each kind of markdown counts once: a heading per section is still one sign.
    for (const rule of MARKDOWN) {
      const match = rule.regex.exec(text)
      rule.regex.lastIndex = 0
      if (match)
        add('markdown', match.index, match[0], rule.weight, rule.name.replace('markdown: ', ''))
    }

    const score = signals.reduce((combined, { weight }) => 1 - (1 - combined) * (1 - weight), 0)
    return { score: Math.round(score * 1000) / 1000, signals }
  },
  warmUp: () => {
    // Twice: the first use compiles to bytecode, the second to machine code.
    for (let pass = 0; pass < 2; pass++)
      for (const text of WARM_UP_TEXTS) void chatbotBoilerplateDetector.detect(text, 'en')
  },
}
