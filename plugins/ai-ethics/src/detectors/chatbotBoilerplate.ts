import type { DetectionResult, DetectionSignal, TextDetector } from '../types'

type Pattern = { weight: number; kind: 'boilerplate' | 'placeholder'; regex: RegExp }

// Tell-tale traces of chatbot output pasted without editing, in English, Russian and Kazakh.
// Each is strong evidence on its own; a human text almost never contains them. So a model's self-reference needs
// the first person that follows it ("As an AI model, I"), as news about AI says "as an AI model" too; and a refusal
// needs a chatbot's object ("assist with"), as officials quoted in the news say "I'm sorry, but I can't comment".
const PATTERNS: Pattern[] = [
  // English
  { kind: 'boilerplate', weight: 0.9, regex: /\bas an ai(?: language)? model\b(?=[^.!?\n]{0,60}?,\s*I\b)/giu },
  { kind: 'boilerplate', weight: 0.9, regex: /\bas a large language model\b(?=[^.!?\n]{0,60}?,\s*I\b)/giu },
  { kind: 'boilerplate', weight: 0.8, regex: /\bas of my (?:last )?knowledge (?:cutoff|update)\b/giu },
  { kind: 'boilerplate', weight: 0.7, regex: /\bI(?:'m| am) sorry, but I (?:can(?:'|no)t|am unable to) (?:assist|help|fulfil|fulfill|comply)\b/giu },
  { kind: 'boilerplate', weight: 0.6, regex: /\bregenerate response\b/giu },
  // A bracketed word alone ("[your] savings") is an editor's change inside a quote, not a placeholder.
  { kind: 'placeholder', weight: 0.8, regex: /\[(?:insert|your|add|name of|enter)\s[^\]]{1,60}\]/giu },
  // Russian
  {
    kind: 'boilerplate',
    weight: 0.9,
    regex: /как (?:языковая модель|модель искусственного интеллекта|ии[- ]модель|искусственный интеллект)(?=[^.!?\n]{0,60}?,\s*я(?=[\s,.!?]|$))/giu,
  },
  { kind: 'boilerplate', weight: 0.8, regex: /на момент (?:моего )?последнего обновления (?:моих )?данных/giu },
  { kind: 'boilerplate', weight: 0.7, regex: /извините, (?:но )?я не могу (?:выполнить|помочь)/giu },
  { kind: 'placeholder', weight: 0.8, regex: /\[(?:вставьте|укажите|введите|добавьте|ваше имя|имя|название)[^\]]{0,60}\]/giu },
  // Kazakh
  { kind: 'boilerplate', weight: 0.9, regex: /(?:жасанды интеллект|тілдік модель|ЖИ моделі|AI моделі) ретінде(?:,)? мен/giu },
  { kind: 'boilerplate', weight: 0.7, regex: /кешіріңіз, (?:бірақ )?мен (?:көмектесе алмаймын|орындай алмаймын)/giu },
  { kind: 'placeholder', weight: 0.8, regex: /\[(?:енгізіңіз|көрсетіңіз|қосыңыз|атыңыз|аты-жөніңіз|атауы|мұнда)[^\]]{0,60}\]/giu },
  { kind: 'placeholder', weight: 0.8, regex: /\[[^\]]{0,60}(?:енгізіңіз|жазыңыз|көрсетіңіз|қойыңыз)\]/giu },
]

/**
 * Flags unedited chatbot output: model self-references ("As an AI language model", «Как языковая модель»,
 * «Жасанды интеллект ретінде мен») and unfilled template placeholders ("[insert …]", «[вставьте …]»,
 * «[енгізіңіз …]»). Each signal quotes what matched.
 */
export const chatbotBoilerplateDetector: TextDetector = {
  key: 'chatbot-boilerplate',
  detect: (text: string): DetectionResult => {
    const signals: DetectionSignal[] = []
    const seen = new Set<string>()
    let score = 0
    for (const { kind, regex, weight } of PATTERNS) {
      for (const match of text.matchAll(regex)) {
        // One trace is one piece of evidence, even when two patterns recognise it.
        const span = `${match.index}:${match[0].length}`
        if (seen.has(span)) continue
        seen.add(span)
        signals.push({ detail: `“${match[0].trim()}”`, signal: kind })
        // Independent pieces of evidence: 1 − Π(1 − w).
        score = 1 - (1 - score) * (1 - weight)
      }
    }
    return { score: Math.round(score * 1000) / 1000, signals }
  },
}
