/**
 * The catalogue of error messages, by machine code, in the three interface languages. A refusal carries its
 * `code` unchanged in every language; only the text a person reads is chosen by the caller's language
 * (`language.ts`). A code may have variants (`INVALID_PARAMETER.wholeNumber`): same code, another sentence.
 */

export type Language = 'en' | 'kk' | 'ru'
export const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en']
export const FALLBACK_LANGUAGE: Language = 'en'

type Text = Record<Language, string>
/** A placeholder's value: the same in every language, or a text per language (a state or action name). */
export type MessageParams = Record<string, number | string | Text>

/** What a where-filter value should have been, in words (`INVALID_PARAMETER.whereValue`'s `{expected}`). */
export const EXPECTED_VALUE = {
  boolean: { en: 'true or false', kk: 'true немесе false', ru: 'true или false' },
  date: {
    en: 'a date (e.g. 2026-03-22)',
    kk: 'күн (мысалы, 2026-03-22)',
    ru: 'дата (например, 2026-03-22)',
  },
  id: {
    en: 'a document id (a whole number)',
    kk: 'құжат идентификаторы (бүтін сан)',
    ru: 'идентификатор документа (целое число)',
  },
  list: { en: 'a list of values', kk: 'мәндер тізімі', ru: 'список значений' },
  number: { en: 'a number', kk: 'сан', ru: 'число' },
  object: { en: 'an object ({ … })', kk: 'объект ({ … })', ru: 'объект ({ … })' },
  point: { en: 'longitude,latitude', kk: 'бойлық,ендік', ru: 'долгота,широта' },
  rows: { en: 'a list of objects', kk: 'объектілер тізімі', ru: 'список объектов' },
  text: { en: 'text', kk: 'мәтін', ru: 'текст' },
} satisfies Record<string, Text>
export type ExpectedValue = keyof typeof EXPECTED_VALUE

export const MESSAGES = {
  BODY_TOO_DEEP: {
    en: 'The body is nested more than {max} levels deep.',
    kk: 'Сұрау денесінің кірістірілу тереңдігі {max} деңгейден асады.',
    ru: 'Вложенность тела запроса больше {max} уровней.',
  },
  BODY_TOO_LARGE: {
    en: 'The request body is larger than this address accepts ({limit}). Send a smaller body.',
    kk: 'Сұрау денесі бұл мекенжай қабылдайтын көлемнен үлкен ({limit}). Көлемі кішірек сұрау жіберіңіз.',
    ru: 'Тело запроса больше, чем принимает этот адрес ({limit}). Отправьте запрос меньшего размера.',
  },
  INTERNAL_ERROR: {
    en: 'Something went wrong on the server. Try again later; if it keeps happening, tell the administrator.',
    kk: 'Серверде бірдеңе дұрыс болмады. Кейінірек қайталап көріңіз; қате қайталана берсе, әкімшіге хабарлаңыз.',
    ru: 'На сервере что-то пошло не так. Повторите позже; если ошибка повторяется, сообщите администратору.',
  },
  INVALID_BODY: {
    en: 'The body must be a JSON object ({ … }), not {got}.',
    kk: 'Сұрау денесі JSON объектісі ({ … }) болуы керек, {got} емес.',
    ru: 'Тело запроса должно быть JSON-объектом ({ … }), а не {got}.',
  },
  'INVALID_BODY.graphql': {
    en: 'The body must be a JSON object with a "query" string (and optional "variables" and "operationName").',
    kk: 'Сұрау денесі "query" жолы бар JSON объектісі болуы керек ("variables" және "operationName" міндетті емес).',
    ru: 'Тело запроса должно быть JSON-объектом со строкой "query" (и необязательными "variables" и "operationName").',
  },
  INVALID_ENCODING: {
    en: 'The body is not valid UTF-8 text. Send it encoded as UTF-8.',
    kk: 'Сұрау денесі дұрыс UTF-8 мәтіні емес. Оны UTF-8 кодтауымен жіберіңіз.',
    ru: 'Тело запроса — не корректный текст UTF-8. Отправьте его в кодировке UTF-8.',
  },
  INVALID_CURSOR: {
    en: 'after: is not a cursor this list gave out. Start again from the first page and follow its nextCursor.',
    kk: 'after: бұл тізім берген курсор емес. Бірінші беттен қайта бастап, оның nextCursor мәнін пайдаланыңыз.',
    ru: 'after: это не курсор, выданный этим списком. Начните с первой страницы и используйте её nextCursor.',
  },
  'INVALID_CURSOR.order': {
    en: 'after: the cursor belongs to a list sorted by “{got}”, this one is sorted by “{expected}”. Keep the sort of the page that gave the cursor.',
    kk: 'after: курсор «{got}» бойынша сұрыпталған тізімге тиесілі, ал бұл тізім «{expected}» бойынша сұрыпталған. Курсорды берген беттің сұрыптауын сақтаңыз.',
    ru: 'after: курсор относится к списку с сортировкой «{got}», а этот список отсортирован по «{expected}». Сохраните сортировку страницы, выдавшей курсор.',
  },
  'INVALID_CURSOR.withPage': {
    en: 'after: give either after (the next page of a cursor walk) or page, not both.',
    kk: 'after: after (курсормен келесі бет) немесе page параметрінің біреуін ғана беріңіз, екеуін бірге емес.',
    ru: 'after: укажите либо after (следующая страница при обходе курсором), либо page, но не оба.',
  },
  'INVALID_CURSOR.unsupported': {
    en: 'after: this sort cannot be paged by cursor (one field every item has, or the id, can). Page with page and limit.',
    kk: 'after: бұл сұрыптауды курсормен беттеуге болмайды (әр элементте бар бір өріс немесе идентификатор бойынша болады). page және limit арқылы беттеңіз.',
    ru: 'after: эту сортировку нельзя листать курсором (можно по одному полю, которое есть у каждого элемента, или по id). Листайте с помощью page и limit.',
  },
  INVALID_ID: {
    en: '“{id}” is not a document id: ids are whole numbers.',
    kk: '«{id}» құжат идентификаторы емес: идентификаторлар — бүтін сандар.',
    ru: '«{id}» — не идентификатор документа: идентификаторы — целые числа.',
  },
  INVALID_JSON: {
    en: 'The body is not valid JSON. Check quotes, commas and brackets.',
    kk: 'Сұрау денесі дұрыс JSON емес. Тырнақшаларды, үтірлерді және жақшаларды тексеріңіз.',
    ru: 'Тело запроса — не корректный JSON. Проверьте кавычки, запятые и скобки.',
  },
  INVALID_MULTIPART: {
    en: 'The multipart/form-data body is malformed or incomplete. Check the boundary and send the whole body.',
    kk: 'multipart/form-data денесі бүлінген немесе толық емес. Boundary параметрін тексеріп, денені толық жіберіңіз.',
    ru: 'Тело multipart/form-data повреждено или неполно. Проверьте boundary и отправьте тело целиком.',
  },
  'INVALID_PARAMETER.boolean': {
    en: '{parameter}: must be true or false (got “{got}”).',
    kk: '{parameter}: true немесе false болуы керек (берілгені: «{got}»).',
    ru: '{parameter}: должно быть true или false (получено «{got}»).',
  },
  'INVALID_PARAMETER.json': {
    en: '{parameter}: is not valid JSON.',
    kk: '{parameter}: дұрыс JSON емес.',
    ru: '{parameter}: не корректный JSON.',
  },
  'INVALID_PARAMETER.nearNotPoint': {
    en: '{parameter}: near works on point (map) fields only.',
    kk: '{parameter}: near тек нүкте (координата) өрістеріне қолданылады.',
    ru: '{parameter}: near применяется только к полям-точкам (координатам).',
  },
  'INVALID_PARAMETER.oneOf': {
    en: '{parameter}: must be one of {allowed} (got “{got}”).',
    kk: '{parameter}: рұқсат етілген мәндер — {allowed} (берілгені: «{got}»).',
    ru: '{parameter}: допустимые значения — {allowed} (получено «{got}»).',
  },
  'INVALID_PARAMETER.single': {
    en: '{parameter}: give one value, not a list or an object.',
    kk: '{parameter}: тізім не объект емес, бір ғана мән беріңіз.',
    ru: '{parameter}: укажите одно значение, а не список или объект.',
  },
  'INVALID_PARAMETER.unknownField': {
    en: '{parameter}: {collection} has no field “{field}”.',
    kk: '{parameter}: {collection} ішінде «{field}» өрісі жоқ.',
    ru: '{parameter}: в {collection} нет поля «{field}».',
  },
  'INVALID_PARAMETER.whereList': {
    en: '{parameter}: must be a list of conditions.',
    kk: '{parameter}: шарттар тізімі болуы керек.',
    ru: '{parameter}: должно быть списком условий.',
  },
  'INVALID_PARAMETER.whereShape': {
    en: '{parameter}: must be an object of field conditions, e.g. where[title][equals]=…',
    kk: '{parameter}: өрістер бойынша шарттар объектісі болуы керек, мысалы where[title][equals]=…',
    ru: '{parameter}: должно быть объектом условий по полям, например where[title][equals]=…',
  },
  'INVALID_PARAMETER.whereValue': {
    en: '{parameter}: expects {expected} (got “{got}”).',
    kk: '{parameter}: {expected} күтіледі (берілгені: «{got}»).',
    ru: '{parameter}: ожидается {expected} (получено «{got}»).',
  },
  'INVALID_PARAMETER.wholeNumber': {
    en: '{parameter}: must be a whole number of at least {min} (got “{got}”).',
    kk: '{parameter}: кемінде {min} болатын бүтін сан болуы керек (берілгені: «{got}»).',
    ru: '{parameter}: должно быть целым числом не меньше {min} (получено «{got}»).',
  },
  'INVALID_PARAMETER.wholeNumberRange': {
    en: '{parameter}: must be a whole number from {min} to {max} (got “{got}”).',
    kk: '{parameter}: {min} мен {max} аралығындағы бүтін сан болуы керек (берілгені: «{got}»).',
    ru: '{parameter}: должно быть целым числом от {min} до {max} (получено «{got}»).',
  },
  NOT_FOUND: {
    en: 'There is no such document.',
    kk: 'Мұндай құжат жоқ.',
    ru: 'Такого документа нет.',
  },
  'NOT_FOUND.file': {
    en: 'There is no file named “{filename}”.',
    kk: '«{filename}» деген файл жоқ.',
    ru: 'Файла с именем «{filename}» нет.',
  },
  'NOT_FOUND.versions': {
    en: '{collection} keeps no versions.',
    kk: '{collection}: нұсқалар сақталмайды.',
    ru: '{collection}: версии не хранятся.',
  },
  'RICH_TEXT_INVALID.shape': {
    en: 'not a rich-text document (expected {"root": {"type": "root", "children": […]}}).',
    kk: 'бұл пішімделген мәтін құжаты емес (күтілетіні: {"root": {"type": "root", "children": […]}}).',
    ru: 'это не документ форматированного текста (ожидается {"root": {"type": "root", "children": […]}}).',
  },
  'RICH_TEXT_INVALID.tooDeep': {
    en: 'rich text is nested more than {max} levels deep.',
    kk: 'пішімделген мәтіннің кірістірілу тереңдігі {max} деңгейден асады.',
    ru: 'вложенность форматированного текста больше {max} уровней.',
  },
  'RICH_TEXT_INVALID.unknownNode': {
    en: 'unknown rich-text element “{type}” at {at}.',
    kk: 'пішімделген мәтіннің белгісіз элементі «{type}» ({at}).',
    ru: 'неизвестный элемент форматированного текста «{type}» ({at}).',
  },
  STALE_DOCUMENT: {
    en: 'This item was saved again after you opened it (by someone else, or by you in another tab). Your changes were not saved: reload the item to see the current version, then make them again.',
    kk: 'Бұл материал сіз ашқаннан кейін қайта сақталды (басқа біреу немесе өзіңіз басқа қойындыда). Өзгерістеріңіз сақталмады: ағымдағы нұсқаны көру үшін материалды қайта жүктеп, оларды қайта енгізіңіз.',
    ru: 'Этот материал сохранили заново после того, как вы его открыли (кто-то другой или вы в другой вкладке). Ваши изменения не сохранены: перезагрузите материал, чтобы увидеть текущую версию, и внесите их снова.',
  },
  'VALIDATION_FAILED.type': {
    en: 'expects {expected}, not {got}.',
    kk: '{expected} күтіледі, {got} емес.',
    ru: 'ожидается {expected}, а не {got}.',
  },
  // Field validation the app adds (src/fields/slug.ts, src/hooks/ensureRelationsExist.ts).
  'VALIDATION_FAILED.missingRelation': {
    en: '{field}: no {relationTo} document with id {ids}',
    kk: '{field}: {ids} идентификаторы бар «{relationTo}» құжаты жоқ',
    ru: '{field}: нет документа «{relationTo}» с идентификатором {ids}',
  },
  'VALIDATION_FAILED.slugPattern': {
    en: 'Slug "{value}" may contain only lowercase latin letters, digits and single hyphens.',
    kk: '«{value}» слагында тек кіші латын әріптері, сандар және жалғыз сызықшалар болуы мүмкін.',
    ru: 'Слаг «{value}» может содержать только строчные латинские буквы, цифры и одиночные дефисы.',
  },
  'VALIDATION_FAILED.slugRequired': {
    en: 'Slug is required (or give a title to generate it from).',
    kk: 'Слаг міндетті (немесе одан слаг жасалатын атау беріңіз).',
    ru: 'Нужен слаг (или заголовок, из которого его создать).',
  },
  // Workflow refusals (plugins/workflow) and the ethics hold: {action}, {from}, {state}, {allowed} come per language.
  AUTHENTICATION_REQUIRED: {
    en: 'Log in to act on editorial items.',
    kk: 'Редакциялық материалдармен жұмыс істеу үшін жүйеге кіріңіз.',
    ru: 'Войдите в систему, чтобы работать с редакционными материалами.',
  },
  'AUTHENTICATION_REQUIRED.timeline': {
    en: 'Log in to see the editorial workflow.',
    kk: 'Редакциялық жұмыс барысын көру үшін жүйеге кіріңіз.',
    ru: 'Войдите в систему, чтобы увидеть ход редакционной работы.',
  },
  CONCURRENT_TRANSITION: {
    en: 'Someone else changed this item at the same moment; reload and try again.',
    kk: 'Дәл осы сәтте бұл материалды басқа біреу өзгертті; бетті қайта жүктеп, әрекетті қайталаңыз.',
    ru: 'В тот же момент этот материал изменил кто-то другой; обновите страницу и повторите.',
  },
  ETHICS_REVIEW_REQUIRED: {
    en: 'This content is flagged as made with AI and waits for an ethics review: an ethics reviewer must clear it first.',
    kk: 'Бұл материал ЖИ көмегімен жасалған деп белгіленген және этикалық тексеруді күтуде: алдымен оны этика сарапшысы мақұлдауы керек.',
    ru: 'Этот материал отмечен как созданный с помощью ИИ и ждёт этической проверки: сначала его должен одобрить эксперт по этике.',
  },
  'ETHICS_REVIEW_REQUIRED.rejected': {
    en: 'An ethics reviewer rejected this AI-assisted content: it cannot be published or scheduled.',
    kk: 'Этика сарапшысы ЖИ көмегімен жасалған бұл материалды қабылдамады: оны жариялауға да, жоспарлауға да болмайды.',
    ru: 'Эксперт по этике отклонил этот материал, сделанный с помощью ИИ: его нельзя опубликовать или запланировать.',
  },
  'FORBIDDEN_ACTION.author': {
    en: "{action}: Only the author or an editor of the item's region may do this.",
    kk: '«{action}»: мұны тек материалдың авторы немесе оның өңірінің редакторы жасай алады.',
    ru: '«{action}»: это может сделать только автор или редактор региона материала.',
  },
  'FORBIDDEN_ACTION.editor': {
    en: "{action}: Only an editor of the item's region, a chief editor or an admin may do this.",
    kk: '«{action}»: мұны тек материал өңірінің редакторы, бас редактор немесе әкімші жасай алады.',
    ru: '«{action}»: это может сделать только редактор региона материала, главный редактор или администратор.',
  },
  'FORBIDDEN_ACTION.edit': {
    en: 'You may not edit this item: its author may while it is {states}, the editors of its region always.',
    kk: 'Бұл материалды өңдей алмайсыз: оның авторы материал «{states}» күйінде тұрғанда, ал өңір редакторлары әрқашан өңдей алады.',
    ru: 'Вы не можете редактировать этот материал: его автор может, пока он в состоянии «{states}», редакторы его региона — всегда.',
  },
  FORBIDDEN_REGION: {
    en: 'This item belongs to a region you do not edit.',
    kk: 'Бұл материал сіз редакцияламайтын өңірге тиесілі.',
    ru: 'Этот материал относится к региону, который вы не редактируете.',
  },
  'FORBIDDEN_REGION.action': {
    en: '{action}: This item belongs to a region you do not edit.',
    kk: '«{action}»: бұл материал сіз редакцияламайтын өңірге тиесілі.',
    ru: '«{action}»: этот материал относится к региону, который вы не редактируете.',
  },
  INVALID_TRANSITION: {
    en: 'Cannot {action} an item that is {from}. Allowed now: {allowed}.',
    kk: '«{from}» күйіндегі материалға «{action}» әрекеті қолданылмайды. Қазір рұқсат етілгені: {allowed}.',
    ru: 'Нельзя выполнить «{action}» для материала в состоянии «{from}». Сейчас доступно: {allowed}.',
  },
  NOT_EDITABLE_IN_STATE: {
    en: '{state}: the author edits an item only while it is {states}; an editor of its region can change it now, or request changes to give it back.',
    kk: '«{state}»: автор материалды тек «{states}» күйінде өңдей алады; қазір оны өңір редакторы өзгерте алады немесе түзету сұрап, авторға қайтара алады.',
    ru: '«{state}»: автор редактирует материал только в состоянии «{states}»; сейчас его может изменить редактор региона или вернуть автору, запросив правки.',
  },
  UNSUPPORTED_IMAGE_FORMAT: {
    en: 'file: “{name}” is a {format} photo, which this server cannot convert for the web. Save it as JPEG and upload it again (iPhone: Settings → Camera → Formats → Most Compatible).',
    kk: 'file: «{name}» — {format} форматындағы сурет, бұл сервер оны веб үшін түрлендіре алмайды. Оны JPEG ретінде сақтап, қайта жүктеңіз (iPhone: Параметрлер → Камера → Пішімдер → Ең үйлесімді).',
    ru: 'file: «{name}» — фото в формате {format}, которое этот сервер не может преобразовать для веба. Сохраните его как JPEG и загрузите снова (iPhone: Настройки → Камера → Форматы → Наиболее совместимый).',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    en: 'Send the body as application/json (files as multipart/form-data); “{contentType}” is not accepted here.',
    kk: 'Сұрау денесін application/json түрінде жіберіңіз (файлдарды — multipart/form-data түрінде); «{contentType}» мұнда қабылданбайды.',
    ru: 'Отправьте тело запроса как application/json (файлы — как multipart/form-data); «{contentType}» здесь не принимается.',
  },
} satisfies Record<string, Text>

export type MessageKey = keyof typeof MESSAGES

/** The machine code of a message key: the part before a variant (`INVALID_PARAMETER.single` → `INVALID_PARAMETER`). */
export const codeOfKey = (key: MessageKey): string => key.split('.')[0]

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)

/** The message for `key` in `language` (English when the catalogue has no such language), placeholders filled. */
export const renderMessage = (
  key: MessageKey,
  params: MessageParams = {},
  language: string = FALLBACK_LANGUAGE,
): string => {
  const lang = isLanguage(language) ? language : FALLBACK_LANGUAGE
  const expected =
    typeof params.expected === 'string' && params.expected in EXPECTED_VALUE
      ? EXPECTED_VALUE[params.expected as ExpectedValue][lang]
      : undefined
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'expected' && expected) return expected
    if (!(name in params)) return whole
    const value = params[name]
    return typeof value === 'object' ? value[lang] : String(value)
  })
}
