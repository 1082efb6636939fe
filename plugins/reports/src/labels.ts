/** The reports' own texts in the three interface languages (kk, ru, en). */
import { label } from '../../shared/labels'

/**
 * Column headers of the contribution report's CSV download (./csv.ts), by column key; the counted collections'
 * columns are headed with each collection's plural label (the resolved options' `typeLabels`).
 */
export const REPORT_COLUMN_LABELS = {
  aiItems: label('ЖИ қатысқан материалдар', 'Материалы с ИИ', 'Items with AI'),
  aiShare: label('ЖИ үлесі', 'Доля ИИ', 'AI share'),
  key: label('Идентификатор', 'Идентификатор', 'Key'),
  label: label('Атауы', 'Название', 'Name'),
  medianHoursToPublish: label(
    'Жариялауға дейінгі уақыт медианасы (сағ)',
    'Медиана времени до публикации (ч)',
    'Median hours to publish',
  ),
  participants: label('Қатысушылар', 'Участники', 'Participants'),
  slug: label('Қысқа атауы', 'Краткое имя', 'Slug'),
  total: label('Барлығы', 'Всего', 'Total'),
}

/** Column headers of the report's ethics CSV (`section=ethics`, ./csv.ts), by column key. */
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
