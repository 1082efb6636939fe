// Prints the chatbot detector's precision and recall on the labelled corpus, per language, for the README:
//   npx tsx plugins/ai-ethics/test/corpusFigures.ts
import { chatbotBoilerplateDetector } from '../src/detectors/chatbotBoilerplate'
import { corpus, type CorpusEntry, evaluate, isHeldOut, LANGUAGES } from './corpus'

for (const language of LANGUAGES) {
  const all = corpus(language)
  const parts: [string, CorpusEntry[]][] = [
    ['all', all],
    ['held out', all.filter(isHeldOut)],
  ]
  for (const [name, entries] of parts) {
    const figures = await evaluate(chatbotBoilerplateDetector, language, entries)
    const missed = figures.missed.map((entry) => `#${entry.index}`).join(' ')
    const falseFlags = figures.falseFlags.map((entry) => `#${entry.index}`).join(' ')
    console.log(
      `${language} ${name.padEnd(8)} ${figures.chatbot} chatbot + ${figures.clean} clean: precision ${figures.precision.toFixed(2)}, recall ${figures.recall.toFixed(2)}` +
        (missed ? `; missed ${missed}` : '') +
        (falseFlags ? `; false flags ${falseFlags}` : ''),
    )
  }
}
