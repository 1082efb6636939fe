/**
 * The plugin's admin texts in the newsroom's interface languages (kk, ru, en): field labels and the labels of the
 * stored values, so no raw value (`generated`, `not_required`, `c2pa…`) reaches the admin.
 */
type Labels = { en: string; kk: string; ru: string }

const l = (kk: string, ru: string, en: string): Labels => ({ en, kk, ru })

export const USAGE_LABELS: Record<string, Labels> = {
  assisted: l('ЖИ көмегімен жасалды', 'Сделано с помощью ИИ', 'AI-assisted'),
  generated: l('ЖИ жасады', 'Создано ИИ', 'AI-generated'),
  none: l('Пайдаланылмады', 'Не использовался', 'Not used'),
}

export const SCOPE_LABELS: Record<string, Labels> = {
  'audio-video': l('Дыбыс пен бейне', 'Аудио и видео', 'Audio and video'),
  'drafting-text': l('Мәтіннің жобасын жазу', 'Черновик текста', 'Drafting text'),
  'editing-images': l('Суреттерді өңдеу', 'Обработка изображений', 'Editing images'),
  'generating-images': l('Сурет жасау', 'Создание изображений', 'Generating images'),
  summarising: l('Қысқаша мазмұндау', 'Краткое изложение', 'Summarising'),
  transcription: l('Дыбысты мәтінге түсіру', 'Расшифровка записи', 'Transcription'),
  translation: l('Аударма', 'Перевод', 'Translation'),
}

export const REVIEW_STATUS_LABELS: Record<string, Labels> = {
  cleared: l('Рұқсат етілді', 'Одобрено', 'Cleared'),
  not_required: l('Қажет емес', 'Не требуется', 'Not required'),
  pending: l('Тексерілуде', 'На проверке', 'Pending review'),
  rejected: l('Қабылданбады', 'Отклонено', 'Rejected'),
}

export const FLAG_SOURCE_LABELS: Record<string, Labels> = {
  disclosure: l('Автордың мәлімдемесі', 'Заявление автора', 'Author’s declaration'),
  external: l('Сыртқы тексеру қызметі', 'Внешняя проверка', 'External detector'),
  image: l('Сурет', 'Изображение', 'Image'),
  text: l('Мәтін', 'Текст', 'Text'),
}

export const DECISION_LABELS: Record<string, Labels> = {
  clear: l('Рұқсат етілді', 'Одобрено', 'Cleared'),
  reject: l('Қабылданбады', 'Отклонено', 'Rejected'),
}

export const CLASSIFICATION_LABELS: Record<string, Labels> = {
  'generative-ai': l('Генеративті ЖИ жасаған', 'Создано генеративным ИИ', 'Made by generative AI'),
  'not-ai': l('ЖИ емес', 'Не ИИ', 'Not AI'),
  synthetic: l('Синтетикалық', 'Синтетическое', 'Synthetic'),
  unknown: l('Белгісіз', 'Неизвестно', 'Unknown'),
}

export const VALIDATION_LABELS: Record<string, Labels> = {
  invalid: l('Жарамсыз', 'Недействительна', 'Invalid'),
  valid: l('Жарамды', 'Действительна', 'Valid'),
}

/** `[{ label, value }]` for a select whose values have labels above. */
export const optionsOf = (values: readonly string[], labels: Record<string, Labels>) =>
  values.map((value) => ({ label: labels[value] ?? l(value, value, value), value }))

export const FIELD_LABELS = {
  at: l('Уақыты', 'Время', 'Time'),
  c2paClaimGenerator: l(
    'Куәлікті жасаған бағдарлама',
    'Программа, создавшая подпись',
    'Credentials made by',
  ),
  c2paDigitalSourceTypes: l(
    'Куәліктегі дереккөз түрлері',
    'Типы источника в подписи',
    'Source types in the credentials',
  ),
  c2paPresent: l('Түпнұсқалық куәлігі бар', 'Есть цифровая подпись', 'Content credentials present'),
  c2paReferencedButMissing: l(
    'Куәлікке сілтеме бар, өзі жоқ',
    'Подпись упомянута, но отсутствует',
    'Credentials referenced but missing',
  ),
  c2paValidation: l('Куәлікті тексеру', 'Проверка подписи', 'Credentials check'),
  c2paValidationErrors: l('Тексеру қателері', 'Ошибки проверки', 'Check errors'),
  classification: l('Жіктелуі', 'Классификация', 'Classification'),
  decision: l('Шешім', 'Решение', 'Decision'),
  detail: l('Толығырақ', 'Подробности', 'Detail'),
  digitalSourceType: l('Цифрлық дереккөз түрі', 'Тип цифрового источника', 'Digital source type'),
  docId: l('Құжат', 'Документ', 'Item id'),
  flag: l('Белгі', 'Сигнал', 'Flag'),
  flags: l('Белгілер', 'Сигналы', 'Flags'),
  jsonLd: l('Машина оқитын белгі', 'Машиночитаемая метка', 'Machine-readable mark'),
  kind: l('Түрі', 'Вид', 'Kind'),
  locale: l('Тілі', 'Язык', 'Language'),
  note: l('Түсініктеме', 'Комментарий', 'Note'),
  queuedAt: l(
    'Тексеру кезегіне түскен уақыты',
    'Поставлено в очередь проверки',
    'Queued for review at',
  ),
  readError: l('Оқу қатесі', 'Ошибка чтения', 'Read error'),
  readerLabel: l('Оқырманға көрсетілетін мәтін', 'Текст для читателей', 'Text shown to readers'),
  reviewedAt: l('Тексерілген уақыты', 'Дата проверки', 'Reviewed at'),
  reviewer: l('Тексерген', 'Проверил', 'Reviewer'),
  scope: l('Қолжетімділік аясы', 'Область доступа', 'Access scope'),
  signal: l('Белгі түрі', 'Признак', 'Signal'),
  source: l('Дереккөзі', 'Источник', 'Source'),
  status: l('Мәртебесі', 'Статус', 'Status'),
  targetCollection: l('Материал түрі', 'Тип материала', 'Content type'),
  xmpDigitalSourceType: l(
    'Метадеректегі дереккөз түрі',
    'Тип источника в метаданных',
    'Source type in the metadata',
  ),
} satisfies Record<string, Labels>
