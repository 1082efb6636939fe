/**
 * Admin texts used in more than one place, in the three interface languages (kk, ru, en). Texts used once stay
 * next to their field as `label(kk, ru, en)`; test/i18n/configWalk.spec.ts checks that every text of the config
 * has all three.
 */
import { label } from './locales'

type Labels = Record<string, string>

/** The content types (publishable collections): collection labels, and how records that point at an item name its type. */
export const CONTENT_TYPE_LABELS = {
  articles: {
    plural: label('Мақалалар', 'Статьи', 'Articles'),
    singular: label('Мақала', 'Статья', 'Article'),
  },
  'ethno-events': {
    plural: label('Этно-іс-шаралар', 'Этнособытия', 'Ethno-events'),
    singular: label('Этно-іс-шара', 'Этнособытие', 'Ethno-event'),
  },
  'podcast-episodes': {
    plural: label('Подкаст шығарылымдары', 'Выпуски подкастов', 'Podcast episodes'),
    singular: label('Подкаст шығарылымы', 'Выпуск подкаста', 'Podcast episode'),
  },
  'tv-segments': {
    plural: label('Телесюжеттер', 'Телесюжеты', 'TV segments'),
    singular: label('Телесюжет', 'Телесюжет', 'TV segment'),
  },
  videos: {
    plural: label('Бейнелер', 'Видео', 'Videos'),
    singular: label('Бейне', 'Видео', 'Video'),
  },
} satisfies Record<string, { plural: Labels; singular: Labels }>

/** A select option per content type, labelled with its name (never the raw collection slug). */
export const contentTypeOptions = (slugs: readonly (keyof typeof CONTENT_TYPE_LABELS)[]) =>
  slugs.map((value) => ({ label: CONTENT_TYPE_LABELS[value].singular, value }))

/** @payloadcms/plugin-seo's fields (it labels them in English only) and its tab. */
export const SEO_LABELS = {
  description: label('Мета-сипаттама', 'Мета-описание', 'Meta description'),
  group: label(
    'Іздеу жүйелеріне арналған деректер',
    'Данные для поисковых систем',
    'Search engine data',
  ),
  image: label('Мета-сурет', 'Мета-изображение', 'Meta image'),
  imageDescription: label(
    'Іздеу нәтижелері мен әлеуметтік желілерде көрсетілетін сурет; бос болса, басты сурет алынады.',
    'Изображение для поисковой выдачи и соцсетей; если пусто, берётся главное изображение.',
    'Shown in search results and on social networks; when empty, the hero image is used.',
  ),
  tab: label('Іздеу жүйелері', 'Поисковые системы', 'Search engines'),
  title: label('Мета-тақырып', 'Мета-заголовок', 'Meta title'),
}
