import type { SanitizedConfig } from 'payload'

import { deliveryOptionsIn } from './options'

type Config = Pick<SanitizedConfig, 'custom' | 'localization' | 'serverURL'>

/** This server's address (the `serverURL` option). */
export const serverUrlOf = (config: Config): string =>
  deliveryOptionsIn(config)?.serverURL() ?? config.serverURL ?? ''

/** The public website's address (the `website` option). */
export const websiteUrlOf = (config: Config): string =>
  deliveryOptionsIn(config)?.website.url() ?? serverUrlOf(config)

/** The website's name in a content locale (the `website` option), for the feed's title. */
export const siteNameOf = (config: Config, locale: string): string =>
  deliveryOptionsIn(config)?.website.name[locale] ?? ''

/** The content locales, as the config's localization lists them (without localization: English only). */
export const contentLocalesOf = (config: Config): string[] =>
  config.localization ? [...config.localization.localeCodes] : ['en']

/** The content locale a request without one reads (the localization's default). */
export const defaultLocaleOf = (config: Config): string =>
  config.localization ? config.localization.defaultLocale : 'en'

/** Where the website shows an item (the same scheme as the SEO plugin's canonical URL). */
export const itemUrl = (config: Config, collection: string, slug: string, locale: string): string =>
  `${websiteUrlOf(config)}/${encodeURIComponent(locale)}/${encodeURIComponent(collection)}/${encodeURIComponent(slug)}`
