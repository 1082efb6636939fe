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

/** What the edit view, the list and the editor's desk say while the review holds an item back (kk, ru, en). */
export const HOLD_TEXT = {
  column: l('Этикалық тексеру', 'Этическая проверка', 'Ethics review'),
  filter: l(
    'Этикалық тексеруде тұрғандар',
    'Задержаны этической проверкой',
    'Held by the ethics review',
  ),
  pending: l(
    'Этикалық тексеруде: материал ЖИ көмегімен жасалған деп белгіленді ({count} белгі). Этика сарапшысы рұқсат бермейінше оны жариялауға да, жоспарлауға да болмайды.',
    'На этической проверке: материал отмечен как сделанный с помощью ИИ (сигналов: {count}). Его нельзя опубликовать или запланировать, пока эксперт по этике не одобрит его.',
    'Held by the ethics review: this item is flagged as made with AI ({count} signals). It cannot be published or scheduled until an ethics reviewer clears it.',
  ),
  pendingShort: l('Этикалық тексеруде', 'На этической проверке', 'Held: ethics review'),
  rejected: l(
    'Этика сарапшысы бұл материалды қабылдамады: оны жариялауға болмайды. Мәтінді түзетіңіз — өзгертілген материал қайта тексеріледі.',
    'Эксперт по этике отклонил этот материал: его нельзя опубликовать. Исправьте текст — изменённый материал проверят снова.',
    'An ethics reviewer rejected this item: it cannot be published. Change it and it will be reviewed again.',
  ),
  rejectedShort: l(
    'Этика бойынша қабылданбады',
    'Отклонено этической проверкой',
    'Held: rejected in ethics review',
  ),
  reviewerNote: l('Сарапшы түсініктемесі', 'Комментарий эксперта', 'Reviewer’s note'),
} satisfies Record<string, Labels>

/** The notice reviewers get by e-mail when an item is flagged (kk, ru, en); `{title}`, `{type}` are filled in. */
export const FLAGGED_MAIL = {
  subject: l(
    'Этикалық тексеруді күтуде: «{title}»',
    'Ждёт этической проверки: «{title}»',
    'Waiting for an ethics review: «{title}»',
  ),
  intro: l(
    '«{title}» ({type}) ЖИ көмегімен жасалған деп белгіленді және сіздің шешіміңізсіз жарияланбайды.',
    '«{title}» ({type}) отмечен как сделанный с помощью ИИ и не будет опубликован без вашего решения.',
    '«{title}» ({type}) is flagged as made with AI and cannot be published until you decide.',
  ),
  signals: l('Белгілер:', 'Сигналы:', 'Signals:'),
  open: l('Материалды ашу:', 'Открыть материал:', 'Open the item:'),
  queue: l('Тексеру кезегі:', 'Очередь проверки:', 'Review queue:'),
} satisfies Record<string, Labels>

/** One text in a language, English when the language has none; `{name}` placeholders filled from `params`. */
export const textIn = (
  labels: Labels,
  language: string | undefined,
  params: Record<string, number | string> = {},
): string =>
  (labels[language as keyof Labels] ?? labels.en).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
