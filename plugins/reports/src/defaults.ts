import type { Config } from 'payload'

import type { ReportsPluginOptions, ResolvedReportsOptions } from './types'

import { FALLBACK_LANGUAGE } from '../../shared/messages'

import { reportTimeZone } from './timeZone'

export const DEFAULT_TIME_ZONE = 'Asia/Almaty'

/** `ethno-events` → `ethnoEvents`: the key of a collection's column in JSON and CSV. */
export const typeKeyOf = (slug: string): string =>
  slug.replace(/[-_]+([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())

/** Each counted collection's plural label (in every language when it has one text), by its column key. */
const typeLabelsOf = (
  slugs: string[],
  typeKeys: Record<string, string>,
  config: Pick<Config, 'collections'>,
): Record<string, Record<string, string>> => {
  const labels: Record<string, Record<string, string>> = {}
  for (const slug of slugs) {
    const plural = config.collections?.find((collection) => collection.slug === slug)?.labels
      ?.plural
    if (typeof plural === 'string') labels[typeKeys[slug]] = { en: plural, kk: plural, ru: plural }
    else if (plural && typeof plural === 'object') labels[typeKeys[slug]] = { ...plural }
  }
  return labels
}

const fail = (message: string): never => {
  throw new Error(`reportsPlugin: ${message}`)
}

/** Fills every option's default in one place and checks the options, with errors that say what to fix. */
export const resolveOptions = (
  options: ReportsPluginOptions,
  config: Pick<Config, 'collections'> = {},
): ResolvedReportsOptions => {
  if (!options || !Array.isArray(options.collections) || options.collections.length === 0) {
    fail('`collections` must list at least one collection slug whose published items are counted.')
  }
  const typeKeys = Object.fromEntries(options.collections.map((slug) => [slug, typeKeyOf(slug)]))
  const clash = Object.values(typeKeys).find((key, index, keys) => keys.indexOf(key) !== index)
  if (clash) fail(`two collections have the same column key "${clash}"; rename one of them.`)
  for (const [slug, field] of Object.entries(options.participants ?? {})) {
    if (!options.collections.includes(slug as never))
      fail(`participants names "${slug}", which is not in \`collections\`.`)
    if (typeof field !== 'string' || !field)
      fail(`participants["${slug}"] must be the name of a number field.`)
  }
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  let zone
  try {
    zone = reportTimeZone(timeZone)
  } catch {
    return fail(`timeZone "${timeZone}" is not an IANA time zone (e.g. "Asia/Almaty").`)
  }
  const national = options.readers?.national ?? ['admin']
  const regional = options.readers?.regional ?? []
  if (national.length + regional.length === 0)
    fail('`readers` names no role: nobody could read the reports.')
  return {
    aiUse: options.aiUse,
    collections: options.collections,
    contributorsCollection: options.contributorsCollection ?? 'contributors',
    counts: options.counts,
    enabled: options.enabled ?? true,
    firstSubmission: options.firstSubmission,
    languageOf: options.languageOf ?? ((req) => req.i18n?.language ?? FALLBACK_LANGUAGE),
    participants: options.participants ?? {},
    readers: { national, regional },
    regionsCollection: options.regionsCollection ?? 'regions',
    reviews: options.reviews,
    rubricsCollection: options.rubricsCollection ?? 'rubrics',
    typeKeys,
    typeLabels: typeLabelsOf(options.collections, typeKeys, config),
    zone,
  }
}
