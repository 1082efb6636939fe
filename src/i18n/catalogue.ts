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

/** Column headers of the contribution report's CSV download (src/reports/csv.ts), by column key. */
export const REPORT_COLUMN_LABELS = {
  aiItems: label('ЖИ қатысқан материалдар', 'Материалы с ИИ', 'Items with AI'),
  aiShare: label('ЖИ үлесі', 'Доля ИИ', 'AI share'),
  articles: CONTENT_TYPE_LABELS.articles.plural,
  ethnoEvents: CONTENT_TYPE_LABELS['ethno-events'].plural,
  key: label('Идентификатор', 'Идентификатор', 'Key'),
  label: label('Атауы', 'Название', 'Name'),
  medianHoursToPublish: label(
    'Жариялауға дейінгі уақыт медианасы (сағ)',
    'Медиана времени до публикации (ч)',
    'Median hours to publish',
  ),
  participants: label('Қатысушылар', 'Участники', 'Participants'),
  podcastEpisodes: CONTENT_TYPE_LABELS['podcast-episodes'].plural,
  slug: label('Қысқа атауы', 'Краткое имя', 'Slug'),
  total: label('Барлығы', 'Всего', 'Total'),
  tvSegments: CONTENT_TYPE_LABELS['tv-segments'].plural,
  videos: CONTENT_TYPE_LABELS.videos.plural,
}

/** Column headers of the report's ethics CSV (`section=ethics`, plugins/reports/src/csv.ts), by column key. */
export const REPORT_ETHICS_COLUMN_LABELS = {
  aiItems: REPORT_COLUMN_LABELS.aiItems,
  aiShare: REPORT_COLUMN_LABELS.aiShare,
  clearRate: label('Рұқсат етілген үлесі', 'Доля одобренных', 'Clear rate'),
  cleared: label('Рұқсат етілді', 'Одобрено', 'Cleared'),
  decisions: label('Шешімдер', 'Решения', 'Decisions'),
  flaggedDisclosure: label(
    'Белгіленді: автордың мәлімдемесі',
    'Отмечено: заявление автора',
    'Flagged: author’s declaration',
  ),
  flaggedExternal: label(
    'Белгіленді: сыртқы тексеру қызметі',
    'Отмечено: внешняя проверка',
    'Flagged: external detector',
  ),
  flaggedImage: label('Белгіленді: сурет', 'Отмечено: изображение', 'Flagged: image'),
  flaggedItems: label(
    'Этикалық тексеруге түскен материалдар',
    'Материалы на этической проверке',
    'Items flagged for review',
  ),
  flaggedText: label('Белгіленді: мәтін', 'Отмечено: текст', 'Flagged: text'),
  key: REPORT_COLUMN_LABELS.key,
  label: REPORT_COLUMN_LABELS.label,
  month: label('Ай', 'Месяц', 'Month'),
  published: label('Жарияланған материалдар', 'Опубликовано материалов', 'Published items'),
  queueHoursMedian: label(
    'Кезекте күту медианасы (сағ)',
    'Медиана ожидания в очереди (ч)',
    'Median hours in the review queue',
  ),
  queueHoursP90: label(
    'Кезекте күтудің 90-перцентилі (сағ)',
    '90-й перцентиль ожидания в очереди (ч)',
    '90th percentile hours in the review queue',
  ),
  rejectRate: label('Қабылданбаған үлесі', 'Доля отклонённых', 'Reject rate'),
  rejected: label('Қабылданбады', 'Отклонено', 'Rejected'),
  slug: REPORT_COLUMN_LABELS.slug,
}

/** The totals row of the report's CSV. */
export const REPORT_TOTAL_ROW_LABEL = label(
  'БАРЛЫҒЫ (әр материал бір рет)',
  'ИТОГО (каждый материал один раз)',
  'TOTAL (each item once)',
)
