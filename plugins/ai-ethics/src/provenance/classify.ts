import type { ProvenanceClass } from '../types'

export const IPTC_DST = 'http://cv.iptc.org/newscodes/digitalsourcetype/'

const GENERATIVE = ['trainedAlgorithmicMedia', 'compositeWithTrainedAlgorithmicMedia']
const SYNTHETIC = ['algorithmicMedia', 'compositeSynthetic']
const NOT_AI = [
  'digitalCapture',
  'computationalCapture',
  'negativeFilm',
  'positiveFilm',
  'print',
  'humanEdits',
  'algorithmicallyEnhanced',
  'composite',
  'screenCapture',
  'virtualRecording',
  'dataDrivenMedia',
  'minorHumanEdits',
  'compositeCapture',
  'digitalArt',
]

/** The term of an IPTC digital source type URI (or a bare term), e.g. `trainedAlgorithmicMedia`. */
export const sourceTypeTerm = (value: string): string => value.trim().replace(/^.*\//, '')

/** Generative AI, synthetic (algorithmic, not trained), not AI, or unknown. */
export const classifySourceType = (value: string | undefined): ProvenanceClass => {
  if (!value) return 'unknown'
  const term = sourceTypeTerm(value)
  if (GENERATIVE.includes(term)) return 'generative-ai'
  if (SYNTHETIC.includes(term)) return 'synthetic'
  if (NOT_AI.includes(term)) return 'not-ai'
  return 'unknown'
}

const RANK: Record<ProvenanceClass, number> = {
  'generative-ai': 3,
  synthetic: 2,
  'not-ai': 1,
  unknown: 0,
}

/** The most AI-like of several readings (an AI source anywhere makes the image AI). */
export const strongestClass = (classes: ProvenanceClass[]): ProvenanceClass =>
  classes.reduce<ProvenanceClass>(
    (best, current) => (RANK[current] > RANK[best] ? current : best),
    'unknown',
  )

export const isAIClass = (value: ProvenanceClass | string | undefined) =>
  value === 'generative-ai' || value === 'synthetic'

/** schema.org's DigitalSourceType member for an IPTC term, for JSON-LD. */
export const schemaOrgSourceType = (term: string): string =>
  `https://schema.org/${term.charAt(0).toUpperCase()}${term.slice(1)}DigitalSource`
