import { afterEach, expect, it } from 'vitest'

import { chatbotBoilerplateDetector } from '../src/detectors/chatbotBoilerplate'

// The built-in detector alone, no Payload: a save must not compile its rules again. It looked for matches with
// `String.prototype.matchAll`, which copies the RegExp on every call (and tested each `also` pattern through a new
// RegExp). A copy is compiled from its source once V8 has dropped its compilation cache, which every major garbage
// collection does: for these rules 0.15–0.75 s per save, the whole server process waiting (`npm run test:load`,
// reader p99 above 1 s). The rules' own RegExp objects keep their compiled code.
//
// Not timed: every RegExp made while detecting is counted — with `new RegExp` and by copying (the species
// constructor `matchAll` uses).

const OriginalRegExp = globalThis.RegExp
const species = Object.getOwnPropertyDescriptor(OriginalRegExp, Symbol.species)!

afterEach(() => {
  globalThis.RegExp = OriginalRegExp
  Object.defineProperty(OriginalRegExp, Symbol.species, species)
})

const countRegExpsMadeDuring = (run: () => void): number => {
  let made = 0
  const Counting: RegExpConstructor = new Proxy(OriginalRegExp, {
    construct: (target, args, newTarget): object => {
      made += 1
      return Reflect.construct(target, args, newTarget === Counting ? target : newTarget)
    },
  })
  globalThis.RegExp = Counting
  Object.defineProperty(OriginalRegExp, Symbol.species, { configurable: true, get: () => Counting })
  try {
    run()
  } finally {
    globalThis.RegExp = OriginalRegExp
    Object.defineProperty(OriginalRegExp, Symbol.species, species)
  }
  return made
}

const TEXTS: [string, string][] = [
  ['kk', 'Маслихат облыстық бюджетті бекітті.\n\nСессияда 40 депутат болды.'],
  ['en', 'The council approved the budget. Please let me know if you would like me to shorten it.'],
  ['ru', 'Конечно! Вот статья о бюджете:\n\nМаслихат утвердил бюджет.'],
]

it('detecting again compiles no regular expression: the rules are matched with their own objects', () => {
  // The first pass may make what is made once (a non-global copy of an `also` pattern).
  const results = TEXTS.map(([locale, text]) => chatbotBoilerplateDetector.detect(text, locale))
  expect(results.map((result) => (result as { score: number }).score > 0)).toEqual([
    false,
    true,
    true,
  ])
  const made = countRegExpsMadeDuring(() => {
    for (const [locale, text] of TEXTS) chatbotBoilerplateDetector.detect(text, locale)
  })
  expect(made, 'RegExp objects made while detecting').toBe(0)
  // And the answers are the same.
  expect(TEXTS.map(([locale, text]) => chatbotBoilerplateDetector.detect(text, locale))).toEqual(
    results,
  )
})
