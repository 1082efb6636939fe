import type { DetectionResult, DetectionSignal, TextDetector } from '../types'

type Pattern = { weight: number; kind: 'boilerplate' | 'placeholder'; regex: RegExp }

// Tell-tale traces of chatbot output pasted without editing, in English, Russian and Kazakh.
// Each is strong evidence on its own; a human text almost never contains them.
const PATTERNS: Pattern[] = [
  // English
  { kind: 'boilerplate', weight: 0.9, regex: /\bas an ai(?: language)? model\b/giu },
  { kind: 'boilerplate', weight: 0.9, regex: /\bas a large language model\b/giu },
  { kind: 'boilerplate', weight: 0.8, regex: /\bas of my (?:last )?knowledge (?:cutoff|update)\b/giu },
  { kind: 'boilerplate', weight: 0.7, regex: /\bI(?:'m| am) sorry, but I (?:can(?:'|no)t|am unable to)\b/giu },
  { kind: 'boilerplate', weight: 0.6, regex: /\bregenerate response\b/giu },
  { kind: 'placeholder', weight: 0.8, regex: /\[(?:insert|your|add|name of|enter)\b[^\]]{0,60}\]/giu },
  // Russian
  { kind: 'boilerplate', weight: 0.9, regex: /как (?:языковая модель|модель искусственного интеллекта|ии[- ]модель|искусственный интеллект)[, ]/giu },
  { kind: 'boilerplate', weight: 0.8, regex: /на момент (?:моего )?последнего обновления (?:моих )?данных/giu },
  { kind: 'boilerplate', weight: 0.7, regex: /извините, (?:но )?я не могу (?:выполнить|помочь)/giu },
  { kind: 'placeholder', weight: 0.8, regex: /\[(?:вставьте|укажите|введите|добавьте|ваше имя|имя|название)[^\]]{0,60}\]/giu },
  // Kazakh
  { kind: 'boilerplate', weight: 0.9, regex: /(?:жасанды интеллект|тілдік модель|ЖИ моделі|AI моделі) ретінде(?:,)? мен/giu },
  { kind: 'boilerplate', weight: 0.7, regex: /кешіріңіз, (?:бірақ )?мен (?:бұл сұраққа жауап бере алмаймын|көмектесе алмаймын|орындай алмаймын)/giu },
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
    let score = 0
    for (const { kind, regex, weight } of PATTERNS) {
      for (const match of text.matchAll(regex)) {
        signals.push({ detail: `“${match[0].trim()}”`, signal: kind })
        // Independent pieces of evidence: 1 − Π(1 − w).
        score = 1 - (1 - score) * (1 - weight)
      }
    }
    return { score: Math.round(score * 1000) / 1000, signals }
  },
}
