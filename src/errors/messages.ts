/**
 * The catalogue of error messages, by machine code, in the three interface languages. A refusal carries its
 * `code` unchanged in every language; only the text a person reads is chosen by the caller's language
 * (`language.ts`). A code may have variants (`INVALID_PARAMETER.wholeNumber`): same code, another sentence.
 * Every refusal the app answers with is built from an entry here (RequestError, WorkflowError, the plugins' own
 * catalogues merged below); test/i18n/errorCatalogue.spec.ts checks each has kk, ru and en.
 */
import { AI_ETHICS_MESSAGES } from '../../plugins/ai-ethics/src/messages'
import { REPORT_MESSAGES } from '../../plugins/reports/src/messages'

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
  // The AI-ethics plugin's refusals (the ethics hold, the review endpoint) and the contribution report's.
  ...AI_ETHICS_MESSAGES,
  ...REPORT_MESSAGES,
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
  // Workflow request bodies (src/workflow/body.ts): POST /api/{collection}/{id}/workflow.
  'INVALID_BODY.workflowJson': {
    en: 'The body must be JSON: {"action": "...", "comment"?, "publishAt"?, "assignee"?}.',
    kk: 'Сұрау денесі JSON болуы керек: {"action": "...", "comment"?, "publishAt"?, "assignee"?}.',
    ru: 'Тело запроса должно быть JSON: {"action": "...", "comment"?, "publishAt"?, "assignee"?}.',
  },
  'INVALID_BODY.workflowObject': {
    en: 'The body must be a JSON object: { action, comment, publishAt, assignee }.',
    kk: 'Сұрау денесі JSON объектісі болуы керек: { action, comment, publishAt, assignee }.',
    ru: 'Тело запроса должно быть JSON-объектом: { action, comment, publishAt, assignee }.',
  },
  'INVALID_BODY.workflowUnknownFields': {
    en: 'Unknown field(s): {fields}. Allowed: action, comment, publishAt, assignee.',
    kk: 'Белгісіз өріс(тер): {fields}. Рұқсат етілгені: action, comment, publishAt, assignee.',
    ru: 'Неизвестные поля: {fields}. Допустимы: action, comment, publishAt, assignee.',
  },
  'INVALID_BODY.workflowAction': {
    en: 'action: must be one of {allowed}.',
    kk: 'action: рұқсат етілген мәндер — {allowed}.',
    ru: 'action: допустимые значения — {allowed}.',
  },
  'INVALID_BODY.commentType': {
    en: 'comment: must be a string.',
    kk: 'comment: мәтін (жол) болуы керек.',
    ru: 'comment: должно быть строкой.',
  },
  'INVALID_BODY.commentLength': {
    en: 'comment: at most {max} characters.',
    kk: 'comment: ең көбі {max} таңба.',
    ru: 'comment: не больше {max} символов.',
  },
  'INVALID_BODY.commentRequired': {
    en: 'comment: required when requesting changes — tell the author what to fix.',
    kk: 'comment: түзету сұрағанда міндетті — авторға нені түзету керектігін жазыңыз.',
    ru: 'comment: обязателен при запросе правок — напишите автору, что исправить.',
  },
  'INVALID_BODY.publishAtOnlySchedule': {
    en: 'publishAt: only used with action "schedule".',
    kk: 'publishAt: тек "schedule" (жоспарлау) әрекетімен қолданылады.',
    ru: 'publishAt: используется только с действием "schedule" (запланировать).',
  },
  'INVALID_BODY.publishAtDate': {
    en: 'publishAt: must be an ISO 8601 date-time.',
    kk: 'publishAt: ISO 8601 пішіміндегі күн мен уақыт болуы керек.',
    ru: 'publishAt: должно быть датой и временем в формате ISO 8601.',
  },
  'INVALID_BODY.publishAtFuture': {
    en: 'publishAt: must be in the future (at least {seconds} seconds from now).',
    kk: 'publishAt: болашақтағы уақыт болуы керек (қазірден кемінде {seconds} секунд кейін).',
    ru: 'publishAt: должно быть в будущем (не раньше чем через {seconds} секунд).',
  },
  'INVALID_BODY.publishAtRequired': {
    en: 'publishAt: required to schedule publication.',
    kk: 'publishAt: жариялауды жоспарлау үшін міндетті.',
    ru: 'publishAt: обязательно для планирования публикации.',
  },
  'INVALID_BODY.assigneeOnlySubmit': {
    en: 'assignee: can only be set when submitting.',
    kk: 'assignee: тек тексеруге жібергенде көрсетіледі.',
    ru: 'assignee: указывается только при отправке на проверку.',
  },
  'INVALID_BODY.assigneeId': {
    en: 'assignee: must be a user id.',
    kk: 'assignee: пайдаланушының идентификаторы болуы керек.',
    ru: 'assignee: должно быть идентификатором пользователя.',
  },
  'INVALID_BODY.assigneeNotEditor': {
    en: "assignee: user {id} is not an editor of this item's region.",
    kk: 'assignee: {id} пайдаланушысы бұл материал өңірінің редакторы емес.',
    ru: 'assignee: пользователь {id} не редактор региона этого материала.',
  },
  'NOT_FOUND.item': {
    en: 'No {collection} item with id {id}.',
    kk: '{id} идентификаторы бар «{collection}» материалы жоқ.',
    ru: 'Нет материала «{collection}» с идентификатором {id}.',
  },
  PUBLISH_THROUGH_WORKFLOW: {
    en: '_status: publishing goes through the editorial workflow: POST /api/{collection}/<id>/workflow with {"action":"publish"} once the item is approved.',
    kk: '_status: жариялау редакциялық жұмыс барысы арқылы ғана жүреді: материал мақұлданған соң POST /api/{collection}/<id>/workflow сұрауын {"action":"publish"} денесімен жіберіңіз.',
    ru: '_status: публикация идёт только через редакционный процесс: когда материал одобрен, отправьте POST /api/{collection}/<id>/workflow с {"action":"publish"}.',
  },
  RESTORE_AS_DRAFT: {
    en: 'Restoring a version saves it as a draft revision of the {collection} item, which goes live only through the workflow; this call would write the live version. Restore over REST (POST /api/{collection}/versions/<versionId>), GraphQL, or restoreVersionOperation with draft: true.',
    kk: 'Нұсқаны қалпына келтіру оны «{collection}» материалының жоба нұсқасы ретінде сақтайды, ал ол тек жұмыс барысы арқылы жарияланады; бұл шақыру жарияланған нұсқаны қайта жазар еді. REST (POST /api/{collection}/versions/<versionId>), GraphQL немесе draft: true параметрімен restoreVersionOperation арқылы қалпына келтіріңіз.',
    ru: 'Восстановление версии сохраняет её как черновую редакцию материала «{collection}», которая публикуется только через редакционный процесс; этот вызов перезаписал бы опубликованную версию. Восстанавливайте через REST (POST /api/{collection}/versions/<versionId>), GraphQL или restoreVersionOperation с draft: true.',
  },
  WORKFLOW_STATE_READ_ONLY: {
    en: 'workflowStatus: is {state} and changes only through the workflow (POST /api/{collection}/{id}/workflow).',
    kk: 'workflowStatus: қазір {state} күйінде және тек жұмыс барысы арқылы өзгереді (POST /api/{collection}/{id}/workflow).',
    ru: 'workflowStatus: сейчас в состоянии {state} и меняется только через редакционный процесс (POST /api/{collection}/{id}/workflow).',
  },
  // A bulk edit (PATCH /api/{collection}?where=…) refused for some of its items: {reason} is the one-item refusal.
  'NOT_EDITABLE_IN_STATE.bulk': {
    en: '{reason} Not editable by you: {collection} {ids}. Nothing was changed.',
    kk: '{reason} Сіз өңдей алмайтындары: {collection} {ids}. Ештеңе өзгертілмеді.',
    ru: '{reason} Вы не можете редактировать: {collection} {ids}. Ничего не изменено.',
  },
  'FORBIDDEN_REGION.bulk': {
    en: '{reason} Not editable by you: {collection} {ids}. Nothing was changed.',
    kk: '{reason} Сіз өңдей алмайтындары: {collection} {ids}. Ештеңе өзгертілмеді.',
    ru: '{reason} Вы не можете редактировать: {collection} {ids}. Ничего не изменено.',
  },
  'FORBIDDEN_ACTION.bulk': {
    en: '{reason} Not editable by you: {collection} {ids}. Nothing was changed.',
    kk: '{reason} Сіз өңдей алмайтындары: {collection} {ids}. Ештеңе өзгертілмеді.',
    ru: '{reason} Вы не можете редактировать: {collection} {ids}. Ничего не изменено.',
  },
  // Field-level write rules (src/hooks/fieldGuards.ts, src/delivery/publicMedia/mediaFields.ts).
  'FORBIDDEN.adminOnlyField': {
    en: '{field}: only an administrator can change {field}.',
    kk: '{field}: {field} өрісін тек әкімші өзгерте алады.',
    ru: '{field}: изменить {field} может только администратор.',
  },
  'FORBIDDEN.ownRegionFile': {
    en: 'region: you can only file content in your own region(s).',
    kk: 'region: материалды тек өз өңіріңізге (өңірлеріңізге) тіркей аласыз.',
    ru: 'region: вы можете размещать материалы только в своём регионе (регионах).',
  },
  'FORBIDDEN.ownRegionContributors': {
    en: 'region: you can only keep contributor profiles in your own region(s).',
    kk: 'region: авторлар профильдерін тек өз өңіріңізде (өңірлеріңізде) жүргізе аласыз.',
    ru: 'region: вы можете вести профили авторов только в своём регионе (регионах).',
  },
  'FORBIDDEN.publishedAtByEditors': {
    en: "{field}: the server sets it when the item is published; only an editor of the item's region can change it.",
    kk: '{field}: материал жарияланғанда оны сервер қояды; оны тек материал өңірінің редакторы өзгерте алады.',
    ru: '{field}: ставится сервером при публикации материала; изменить его может только редактор региона материала.',
  },
  'FORBIDDEN.markPublic': {
    en: 'markedPublic: only an editor can mark a media file public.',
    kk: 'markedPublic: медиафайлды тек редактор жария деп белгілей алады.',
    ru: 'markedPublic: отметить медиафайл как публичный может только редактор.',
  },
  // Append-only records and comments.
  'FORBIDDEN.workflowEventsChange': {
    en: 'Workflow events are append-only and cannot be changed.',
    kk: 'Жұмыс барысы оқиғаларын тек қосуға болады: оларды өзгертуге болмайды.',
    ru: 'События редакционного процесса можно только добавлять: их нельзя изменить.',
  },
  'FORBIDDEN.workflowEventsDelete': {
    en: 'Workflow events are append-only and cannot be deleted.',
    kk: 'Жұмыс барысы оқиғаларын тек қосуға болады: оларды жоюға болмайды.',
    ru: 'События редакционного процесса можно только добавлять: их нельзя удалить.',
  },
  'UNAUTHORIZED.comment': {
    en: 'Log in to comment.',
    kk: 'Пікір қалдыру үшін жүйеге кіріңіз.',
    ru: 'Войдите в систему, чтобы оставить комментарий.',
  },
  'NOT_FOUND.commentItem': {
    en: 'docId: no {collection} item {id} that you work on.',
    kk: 'docId: сіз жұмыс істейтін {id} идентификаторлы «{collection}» материалы жоқ.',
    ru: 'docId: нет материала «{collection}» {id}, с которым вы работаете.',
  },
  // Accounts (src/accounts).
  'TOO_MANY_ATTEMPTS.signIn': {
    en: 'Too many sign-in attempts. Try again in {seconds} s.',
    kk: 'Жүйеге кіру әрекеттері тым көп. {seconds} секундтан кейін қайталап көріңіз.',
    ru: 'Слишком много попыток входа. Повторите через {seconds} с.',
  },
  'TOO_MANY_ATTEMPTS.passwordReset': {
    en: 'Too many password-reset requests. Try again in {seconds} s.',
    kk: 'Құпиясөзді қалпына келтіру сұраулары тым көп. {seconds} секундтан кейін қайталап көріңіз.',
    ru: 'Слишком много запросов на сброс пароля. Повторите через {seconds} с.',
  },
  'EMAIL_REQUIRED.reset': {
    en: 'email: required, the address you sign in with.',
    kk: 'email: міндетті өріс — жүйеге кіретін мекенжайыңыз.',
    ru: 'email: обязательное поле — адрес, с которым вы входите в систему.',
  },
  'EMAIL_REQUIRED.unlock': {
    en: 'email: required, the address of the account to unlock.',
    kk: 'email: міндетті өріс — құлпын ашатын тіркелгінің мекенжайы.',
    ru: 'email: обязательное поле — адрес учётной записи, которую нужно разблокировать.',
  },
  UNLOCK_FORBIDDEN: {
    en: 'Only an administrator can unlock accounts.',
    kk: 'Тіркелгілердің құлпын тек әкімші аша алады.',
    ru: 'Разблокировать учётные записи может только администратор.',
  },
  'CURRENT_PASSWORD_REQUIRED.password': {
    en: 'currentPassword: required to change your password; send your current password with the change.',
    kk: 'currentPassword: құпиясөзді өзгерту үшін міндетті; өзгеріспен бірге қазіргі құпиясөзіңізді жіберіңіз.',
    ru: 'currentPassword: обязателен для смены пароля; отправьте текущий пароль вместе с изменением.',
  },
  'CURRENT_PASSWORD_REQUIRED.email': {
    en: 'currentPassword: required to change your e-mail; send your current password with the change.',
    kk: 'currentPassword: электрондық поштаны өзгерту үшін міндетті; өзгеріспен бірге қазіргі құпиясөзіңізді жіберіңіз.',
    ru: 'currentPassword: обязателен для смены e-mail; отправьте текущий пароль вместе с изменением.',
  },
  CURRENT_PASSWORD_INCORRECT: {
    en: 'currentPassword: that is not your current password.',
    kk: 'currentPassword: бұл сіздің қазіргі құпиясөзіңіз емес.',
    ru: 'currentPassword: это не ваш текущий пароль.',
  },
  // Uploads (collections/Media).
  IMAGE_TOO_LARGE: {
    en: 'file: "{name}" is {picture} pixels ({pixels}); images may have at most {maxPixels} in all frames and {maxSide} pixels a side. Scale it down and upload it again.',
    kk: 'file: «{name}» өлшемі {picture} пиксель ({pixels}); суреттің барлық кадрында ең көбі {maxPixels}, ал әр жағында ең көбі {maxSide} пиксель болуы мүмкін. Оны кішірейтіп, қайта жүктеңіз.',
    ru: 'file: размер «{name}» — {picture} пикселей ({pixels}); в изображении может быть не больше {maxPixels} во всех кадрах и не больше {maxSide} пикселей по стороне. Уменьшите его и загрузите снова.',
  },
  'PUBLIC_LIMIT_EXCEEDED.wholeNumber': {
    en: '{parameter}: must be a whole number from {min} to {max}.',
    kk: '{parameter}: {min} мен {max} аралығындағы бүтін сан болуы керек.',
    ru: '{parameter}: должно быть целым числом от {min} до {max}.',
  },
  'PUBLIC_LIMIT_EXCEEDED.range': {
    en: '{parameter}: must be from {min} to {max} for anonymous callers (got {got}); sign in for more.',
    kk: '{parameter}: тіркелгісіз шақырушылар үшін {min} мен {max} аралығында болуы керек (берілгені: {got}); көбірек алу үшін жүйеге кіріңіз.',
    ru: '{parameter}: для анонимных запросов должно быть от {min} до {max} (получено {got}); войдите в систему, чтобы получить больше.',
  },
  'PUBLIC_LIMIT_EXCEEDED.pagination': {
    en: 'pagination: anonymous callers cannot turn pagination off; page with `page` and `limit`.',
    kk: 'pagination: тіркелгісіз шақырушылар беттеуді өшіре алмайды; `page` және `limit` арқылы беттеңіз.',
    ru: 'pagination: анонимные запросы не могут отключить постраничный вывод; листайте с помощью `page` и `limit`.',
  },
  'PUBLIC_LIMIT_EXCEEDED.graphqlDocuments': {
    en: 'limit: the lists of one anonymous query may ask for at most {max} documents in all (this one asks for {got}); page through them, or sign in.',
    kk: 'limit: бір анонимді сұраудың тізімдері барлығы ең көбі {max} құжат сұрай алады (бұл сұрау {got} құжат сұрайды); оларды беттеп алыңыз немесе жүйеге кіріңіз.',
    ru: 'limit: списки одного анонимного запроса могут запросить всего не больше {max} документов (этот запрашивает {got}); листайте их постранично или войдите в систему.',
  },
  'PUBLIC_LIMIT_EXCEEDED.graphqlDepth': {
    en: 'depth: related documents may be nested at most {max} levels deep for anonymous callers (`{field}` is level {level}); sign in for more.',
    kk: 'depth: тіркелгісіз шақырушылар үшін байланысты құжаттардың кірістірілуі ең көбі {max} деңгей (`{field}` — {level}-деңгей); көбірек алу үшін жүйеге кіріңіз.',
    ru: 'depth: для анонимных запросов связанные документы могут быть вложены не глубже {max} уровней (`{field}` — уровень {level}); войдите в систему, чтобы получить больше.',
  },
  'PUBLIC_LIMIT_EXCEEDED.locale': {
    en: 'locale: must be one of {allowed} (or all).',
    kk: 'locale: рұқсат етілген мәндер — {allowed} (немесе all).',
    ru: 'locale: допустимые значения — {allowed} (или all).',
  },
  // Upload checks (collections/Media/hooks/checkUploadContent.ts); {kind} comes per language.
  'VALIDATION_FAILED.fileUnrecognised': {
    en: 'file: the content of "{name}" is not a recognised image, audio or video file.',
    kk: 'file: «{name}» мазмұны танылған сурет, аудио немесе бейне файлы емес.',
    ru: 'file: содержимое «{name}» не распознано как изображение, аудио или видео.',
  },
  'VALIDATION_FAILED.fileType': {
    en: 'file: "{name}" is {type}; allowed types are {allowed}.',
    kk: 'file: «{name}» түрі — {type}; рұқсат етілген түрлер: {allowed}.',
    ru: 'file: тип «{name}» — {type}; допустимые типы: {allowed}.',
  },
  'VALIDATION_FAILED.fileTooLarge': {
    en: 'file: "{name}" is {size}; the limit for {kind} files is {limit}.',
    kk: 'file: «{name}» көлемі — {size}; {kind} файлдарының шегі — {limit}.',
    ru: 'file: размер «{name}» — {size}; предел для файлов типа «{kind}» — {limit}.',
  },
  // GraphQL documents past a bound (src/delivery/graphqlDocumentLimits.ts).
  GRAPHQL_TOO_DEEP: {
    en: 'Fields are nested {depth} deep; at most {max} levels are allowed.',
    kk: 'Өрістердің кірістірілу тереңдігі {depth}; ең көбі {max} деңгейге рұқсат етіледі.',
    ru: 'Поля вложены на глубину {depth}; допускается не больше {max} уровней.',
  },
  GRAPHQL_TOO_MANY_FIELDS: {
    en: 'The query selects {count} fields as it runs (a fragment counts once per use); at most {max} are allowed.',
    kk: 'Сұрау орындалғанда {count} өріс таңдайды (фрагмент әр қолданылған сайын саналады); ең көбі {max} өріске рұқсат етіледі.',
    ru: 'При выполнении запрос выбирает {count} полей (фрагмент считается при каждом использовании); допускается не больше {max}.',
  },
  'GRAPHQL_TOO_MANY_FIELDS.uncounted': {
    en: 'The query selects too many fields as it runs (a fragment counts once per use); at most {max} are allowed.',
    kk: 'Сұрау орындалғанда тым көп өріс таңдайды (фрагмент әр қолданылған сайын саналады); ең көбі {max} өріске рұқсат етіледі.',
    ru: 'При выполнении запрос выбирает слишком много полей (фрагмент считается при каждом использовании); допускается не больше {max}.',
  },
  GRAPHQL_TOO_MANY_ALIASES: {
    en: 'The query uses {count} aliases as it runs; at most {max} are allowed.',
    kk: 'Сұрау орындалғанда {count} бүркеншік атау (alias) қолданады; ең көбі {max} рұқсат етіледі.',
    ru: 'При выполнении запрос использует {count} псевдонимов (alias); допускается не больше {max}.',
  },
  GRAPHQL_TOO_MANY_TOKENS: {
    en: 'The query has more than {max} tokens; split it into smaller queries.',
    kk: 'Сұрауда {max} лексемадан көп; оны кішірек сұрауларға бөліңіз.',
    ru: 'В запросе больше {max} лексем; разделите его на запросы поменьше.',
  },
  // graphql-js's syntax errors, said again in the caller's language (plugins/delivery/src/graphqlMessages.ts);
  // {at} is line:column. GRAPHQL_PARSE_FAILED itself keeps graphql-js's detail for a wording not known there.
  GRAPHQL_PARSE_FAILED: {
    en: 'The query is not valid GraphQL at {at}: {detail}',
    kk: 'Сұрау {at} орнында дұрыс GraphQL емес: {detail}',
    ru: 'Запрос — не корректный GraphQL в позиции {at}: {detail}',
  },
  'GRAPHQL_PARSE_FAILED.expected': {
    en: 'The query is not valid GraphQL at {at}: expected {expected}, found {found}.',
    kk: 'Сұрау {at} орнында дұрыс GraphQL емес: {expected} күтілген еді, {found} табылды.',
    ru: 'Запрос — не корректный GraphQL в позиции {at}: ожидалось {expected}, найдено {found}.',
  },
  'GRAPHQL_PARSE_FAILED.unexpected': {
    en: 'The query is not valid GraphQL at {at}: {found} cannot stand there.',
    kk: 'Сұрау {at} орнында дұрыс GraphQL емес: бұл жерде {found} тұра алмайды.',
    ru: 'Запрос — не корректный GraphQL в позиции {at}: здесь не может стоять {found}.',
  },
  'GRAPHQL_PARSE_FAILED.character': {
    en: 'The query is not valid GraphQL at {at}: the character {found} cannot stand there.',
    kk: 'Сұрау {at} орнында дұрыс GraphQL емес: бұл жерде {found} таңбасы тұра алмайды.',
    ru: 'Запрос — не корректный GraphQL в позиции {at}: здесь не может стоять символ {found}.',
  },
  'GRAPHQL_PARSE_FAILED.unterminated': {
    en: 'The query is not valid GraphQL at {at}: a string is not closed with a quote.',
    kk: 'Сұрау {at} орнында дұрыс GraphQL емес: жол тырнақшамен жабылмаған.',
    ru: 'Запрос — не корректный GraphQL в позиции {at}: строка не закрыта кавычкой.',
  },
  // graphql-js's validation and variable errors and the complexity limit (plugins/delivery/src/graphqlMessages.ts).
  GRAPHQL_UNKNOWN_FIELD: {
    en: 'Type "{type}" has no field "{field}".',
    kk: '«{type}» түрінде «{field}» өрісі жоқ.',
    ru: 'У типа «{type}» нет поля «{field}».',
  },
  GRAPHQL_UNKNOWN_ARGUMENT: {
    en: 'Field "{field}" has no argument "{argument}".',
    kk: '«{field}» өрісінде «{argument}» аргументі жоқ.',
    ru: 'У поля «{field}» нет аргумента «{argument}».',
  },
  'GRAPHQL_UNKNOWN_ARGUMENT.directive': {
    en: 'Directive "{directive}" has no argument "{argument}".',
    kk: '«{directive}» директивасында «{argument}» аргументі жоқ.',
    ru: 'У директивы «{directive}» нет аргумента «{argument}».',
  },
  GRAPHQL_UNKNOWN_TYPE: {
    en: 'There is no type "{type}" in the schema.',
    kk: 'Схемада «{type}» түрі жоқ.',
    ru: 'В схеме нет типа «{type}».',
  },
  GRAPHQL_UNKNOWN_FRAGMENT: {
    en: 'There is no fragment "{fragment}" in the query.',
    kk: 'Сұрауда «{fragment}» фрагменті жоқ.',
    ru: 'В запросе нет фрагмента «{fragment}».',
  },
  GRAPHQL_UNKNOWN_DIRECTIVE: {
    en: 'There is no directive "{directive}".',
    kk: '«{directive}» директивасы жоқ.',
    ru: 'Директивы «{directive}» не существует.',
  },
  GRAPHQL_UNKNOWN_VARIABLE: {
    en: 'Variable "{variable}" is used but not declared by the operation.',
    kk: '«{variable}» айнымалысы қолданылған, бірақ операцияда жарияланбаған.',
    ru: 'Переменная «{variable}» используется, но не объявлена в операции.',
  },
  GRAPHQL_UNUSED_DEFINITION: {
    en: '"{name}" is declared but never used; remove it.',
    kk: '«{name}» жарияланған, бірақ еш жерде қолданылмайды; оны алып тастаңыз.',
    ru: '«{name}» объявлен, но нигде не используется; удалите его.',
  },
  GRAPHQL_VARIABLE_TYPE: {
    en: 'Variable "{variable}" is declared as "{type}" but used where "{expected}" is expected.',
    kk: '«{variable}» айнымалысы «{type}» түрімен жарияланған, бірақ «{expected}» күтілетін жерде қолданылған.',
    ru: 'Переменная «{variable}» объявлена с типом «{type}», но используется там, где ожидается «{expected}».',
  },
  'GRAPHQL_VARIABLE_TYPE.value': {
    en: 'Variable "{variable}": {value} is not a valid {type} value.',
    kk: '«{variable}» айнымалысы: {value} — дұрыс {type} мәні емес.',
    ru: 'Переменная «{variable}»: {value} — недопустимое значение типа {type}.',
  },
  'GRAPHQL_VARIABLE_TYPE.invalid': {
    en: 'Variable "{variable}": {value} is not a valid value of its type.',
    kk: '«{variable}» айнымалысы: {value} — оның түріне сай мән емес.',
    ru: 'Переменная «{variable}»: {value} — недопустимое значение для её типа.',
  },
  'GRAPHQL_VARIABLE_TYPE.missing': {
    en: 'Variable "{variable}" of type "{type}" must be given a value.',
    kk: '«{type}» түріндегі «{variable}» айнымалысына мән берілуі керек.',
    ru: 'Переменной «{variable}» типа «{type}» нужно передать значение.',
  },
  GRAPHQL_VALUE_TYPE: {
    en: '{value} is not a valid {type} value.',
    kk: '{value} — дұрыс {type} мәні емес.',
    ru: '{value} — недопустимое значение типа {type}.',
  },
  'GRAPHQL_VALUE_TYPE.argument': {
    en: 'Argument "{argument}": {value} is not a valid value of its type.',
    kk: '«{argument}» аргументі: {value} — оның түріне сай мән емес.',
    ru: 'Аргумент «{argument}»: {value} — недопустимое значение для его типа.',
  },
  GRAPHQL_MISSING_ARGUMENT: {
    en: 'Field "{field}" needs the argument "{argument}" (of type {type}).',
    kk: '«{field}» өрісіне «{argument}» аргументі ({type} түрі) берілуі керек.',
    ru: 'Полю «{field}» нужен аргумент «{argument}» (типа {type}).',
  },
  'GRAPHQL_MISSING_ARGUMENT.value': {
    en: 'The argument "{argument}" (of type {type}) must be given a value.',
    kk: '«{argument}» аргументіне ({type} түрі) мән берілуі керек.',
    ru: 'Аргументу «{argument}» (типа {type}) нужно передать значение.',
  },
  GRAPHQL_SELECTION: {
    en: 'Field "{field}" of type "{type}" needs a selection of subfields: {field} { … }.',
    kk: '«{type}» түріндегі «{field}» өрісі үшін ішкі өрістерді таңдаңыз: {field} { … }.',
    ru: 'Для поля «{field}» типа «{type}» выберите вложенные поля: {field} { … }.',
  },
  'GRAPHQL_SELECTION.none': {
    en: 'Field "{field}" is of type "{type}", which has no subfields; remove its selection.',
    kk: '«{field}» өрісінің түрі — «{type}», оның ішкі өрістері жоқ; таңдауды алып тастаңыз.',
    ru: 'Поле «{field}» имеет тип «{type}» без вложенных полей; уберите выбор подполей.',
  },
  GRAPHQL_TOO_COMPLEX: {
    en: 'The query is too complex ({complexity}); at most {max} is allowed (each field costs 1, each related document 10).',
    kk: 'Сұрау тым күрделі ({complexity}); ең көбі {max} рұқсат етіледі (әр өріс — 1, әр байланысты құжат — 10).',
    ru: 'Запрос слишком сложный ({complexity}); допускается не больше {max} (каждое поле — 1, каждый связанный документ — 10).',
  },
  GRAPHQL_VALIDATION_FAILED: {
    en: 'The query cannot run: {detail}',
    kk: 'Сұрауды орындау мүмкін емес: {detail}',
    ru: 'Запрос не может быть выполнен: {detail}',
  },
  GRAPHQL_BAD_REQUEST: {
    en: 'Part of the query could not be answered: {detail}',
    kk: 'Сұраудың бір бөлігіне жауап беру мүмкін болмады: {detail}',
    ru: 'На часть запроса не удалось ответить: {detail}',
  },
  GRAPHQL_SUGGESTION: {
    en: 'Did you mean {names}?',
    kk: 'Мүмкін, {names} деп жазғыңыз келген шығар?',
    ru: 'Возможно, вы имели в виду {names}?',
  },
  GRAPHQL_FRAGMENT_CYCLE: {
    en: 'Fragment "{fragment}" spreads itself; fragments must not form a cycle.',
    kk: '«{fragment}» фрагменті өзін-өзі қамтиды; фрагменттер тұйық шеңбер құрмауы керек.',
    ru: 'Фрагмент «{fragment}» включает сам себя; фрагменты не должны образовывать цикл.',
  },
  // Feeds, the sitemap, preview links (src/delivery).
  'INVALID_PARAMETER.feedSlug': {
    en: '{parameter}: give one slug, e.g. ?{parameter}=astana.',
    kk: '{parameter}: бір қысқа атау беріңіз, мысалы ?{parameter}=astana.',
    ru: '{parameter}: укажите одно краткое имя, например ?{parameter}=astana.',
  },
  'INVALID_PARAMETER.feedNoRegion': {
    en: 'region: no region with slug "{value}".',
    kk: 'region: «{value}» қысқа атаулы өңір жоқ.',
    ru: 'region: нет региона с кратким именем «{value}».',
  },
  'INVALID_PARAMETER.feedNoRubric': {
    en: 'rubric: no rubric with slug "{value}".',
    kk: 'rubric: «{value}» қысқа атаулы айдар жоқ.',
    ru: 'rubric: нет рубрики с кратким именем «{value}».',
  },
  'INVALID_PARAMETER.feedLocale': {
    en: 'locale: must be one of {allowed}.',
    kk: 'locale: рұқсат етілген мәндер — {allowed}.',
    ru: 'locale: допустимые значения — {allowed}.',
  },
  'INVALID_PARAMETER.sitemapCollection': {
    en: 'collection: must be one of {allowed} (with page).',
    kk: 'collection: рұқсат етілген мәндер — {allowed} (page параметрімен бірге).',
    ru: 'collection: допустимые значения — {allowed} (вместе с page).',
  },
  'INVALID_PARAMETER.sitemapPage': {
    en: 'page: must be a whole number from 1 (with collection).',
    kk: 'page: 1-ден басталатын бүтін сан болуы керек (collection параметрімен бірге).',
    ru: 'page: должно быть целым числом от 1 (вместе с collection).',
  },
  'NOT_FOUND.sitemapPage': {
    en: 'page: {collection} has no page {page}.',
    kk: 'page: «{collection}» ішінде {page}-бет жоқ.',
    ru: 'page: в «{collection}» нет страницы {page}.',
  },
  'NOT_FOUND.previewCollection': {
    en: 'No previewable collection "{collection}".',
    kk: '«{collection}» деген алдын ала қаралатын жинақ жоқ.',
    ru: 'Нет коллекции «{collection}» с предпросмотром.',
  },
  'NOT_FOUND.itemDrafts': {
    en: 'No {collection} item with id {id} whose drafts you can read.',
    kk: 'Жобаларын оқи алатын {id} идентификаторлы «{collection}» материалы жоқ.',
    ru: 'Нет материала «{collection}» с идентификатором {id}, черновики которого вы можете читать.',
  },
  'UNAUTHORIZED.previewLink': {
    en: 'Log in to create preview links.',
    kk: 'Алдын ала қарау сілтемелерін жасау үшін жүйеге кіріңіз.',
    ru: 'Войдите в систему, чтобы создавать ссылки предпросмотра.',
  },
  'FORBIDDEN.previewUnsigned': {
    en: 'A preview link needs `expires` (Unix seconds) and `sig` (hex HMAC-SHA256).',
    kk: 'Алдын ала қарау сілтемесіне `expires` (Unix секундтары) және `sig` (hex HMAC-SHA256) керек.',
    ru: 'Ссылке предпросмотра нужны `expires` (секунды Unix) и `sig` (hex HMAC-SHA256).',
  },
  'FORBIDDEN.previewSignature': {
    en: 'The preview signature does not match this document.',
    kk: 'Алдын ала қарау қолтаңбасы бұл құжатқа сәйкес келмейді.',
    ru: 'Подпись предпросмотра не соответствует этому документу.',
  },
  'FORBIDDEN.previewExpired': {
    en: 'The preview link has expired; open the preview again from the admin.',
    kk: 'Алдын ала қарау сілтемесінің мерзімі өтті; алдын ала қарауды әкімші панелінен қайта ашыңыз.',
    ru: 'Срок ссылки предпросмотра истёк; откройте предпросмотр заново из админки.',
  },
  // The database cannot serve (src/db/unavailableResponse.ts): 503 with Retry-After.
  DATABASE_BUSY: {
    en: 'The database is busy: the request was not completed. Please try again in a few seconds.',
    kk: 'Дерекқор бос емес: сұрау орындалмады. Бірнеше секундтан кейін қайталап көріңіз.',
    ru: 'База данных занята: запрос не выполнен. Повторите через несколько секунд.',
  },
  DATABASE_UNAVAILABLE: {
    en: 'The database cannot be reached right now: the request was not completed. Please try again in a few seconds.',
    kk: 'Дерекқорға қазір қосылу мүмкін емес: сұрау орындалмады. Бірнеше секундтан кейін қайталап көріңіз.',
    ru: 'База данных сейчас недоступна: запрос не выполнен. Повторите через несколько секунд.',
  },
  // A state-changing request that carries the login cookie from another site (src/http/sameOriginCookies.ts).
  CROSS_SITE_COOKIE: {
    en: 'This request carries the login cookie, but its Origin, Sec-Fetch-Site or Referer header does not show it comes from this site. Send it from the admin (at SERVER_URL when that is set), or sign API clients in with the `Authorization: JWT <token>` header; a trusted website must be listed in CSRF_ORIGINS.',
    kk: 'Бұл сұрауда кіру cookie файлы бар, бірақ оның Origin, Sec-Fetch-Site немесе Referer тақырыбы сұраудың осы сайттан келгенін көрсетпейді. Оны әкімші панелінен жіберіңіз (SERVER_URL берілсе, сол мекенжайдан), ал API клиенттерін `Authorization: JWT <token>` тақырыбымен кіргізіңіз; сенімді сайт CSRF_ORIGINS тізімінде болуы керек.',
    ru: 'Этот запрос несёт cookie входа, но его заголовок Origin, Sec-Fetch-Site или Referer не показывает, что он пришёл с этого сайта. Отправьте его из админки (с адреса SERVER_URL, если он задан) или авторизуйте API-клиенты заголовком `Authorization: JWT <token>`; доверенный сайт должен быть указан в CSRF_ORIGINS.',
  },
  // Field validation of content (src/fields, collections): {field} is the field's name.
  'VALIDATION_FAILED.required': {
    en: '{field} is required.',
    kk: '{field}: міндетті өріс.',
    ru: '{field}: обязательное поле.',
  },
  'VALIDATION_FAILED.httpsOnly': {
    en: '{field}: "{value}" must be an https:// link.',
    kk: '{field}: «{value}» https:// сілтемесі болуы керек.',
    ru: '{field}: «{value}» должно быть ссылкой https://.',
  },
  'VALIDATION_FAILED.notUrl': {
    en: '{field}: "{value}" is not a valid URL.',
    kk: '{field}: «{value}» дұрыс сілтеме (URL) емес.',
    ru: '{field}: «{value}» — некорректная ссылка (URL).',
  },
  'VALIDATION_FAILED.videoLinkOrUpload': {
    en: '{field}: give a video link or upload the video.',
    kk: '{field}: бейне сілтемесін беріңіз немесе бейнені жүктеңіз.',
    ru: '{field}: укажите ссылку на видео или загрузите видео.',
  },
  'VALIDATION_FAILED.wholeSeconds': {
    en: '{field}: whole seconds between {min} and {max}.',
    kk: '{field}: {min} мен {max} аралығындағы бүтін секунд саны.',
    ru: '{field}: целое число секунд от {min} до {max}.',
  },
  'VALIDATION_FAILED.wholeNumberRange': {
    en: '{field}: a whole number from {min} to {max}.',
    kk: '{field}: {min} мен {max} аралығындағы бүтін сан.',
    ru: '{field}: целое число от {min} до {max}.',
  },
  'VALIDATION_FAILED.noRubric': {
    en: 'rubric: no rubric with id {id}.',
    kk: 'rubric: {id} идентификаторлы айдар жоқ.',
    ru: 'rubric: нет рубрики с идентификатором {id}.',
  },
  'VALIDATION_FAILED.rubricFormat': {
    en: 'rubric: «{slug}» is a {format} rubric; this content needs one of: {allowed}.',
    kk: 'rubric: «{slug}» — {format} айдары; бұл материалға мыналардың бірі керек: {allowed}.',
    ru: 'rubric: «{slug}» — рубрика формата {format}; этому материалу нужна одна из: {allowed}.',
  },
  'VALIDATION_FAILED.noMedia': {
    en: '{field}: no media file with id {ids}.',
    kk: '{field}: {ids} идентификаторлы медиафайл жоқ.',
    ru: '{field}: нет медиафайла с идентификатором {ids}.',
  },
  'VALIDATION_FAILED.mediaKind': {
    en: '{field}: "{name}" is {type}; {kind} file is needed here.',
    kk: '{field}: «{name}» түрі — {type}; мұнда {kind} файлы керек.',
    ru: '{field}: тип «{name}» — {type}; здесь нужен {kind}.',
  },
  'VALIDATION_FAILED.unreadableMedia': {
    en: 'media: no media file with id {ids} that you can read; choose a file from the media library.',
    kk: 'media: {ids} идентификаторлы, сіз оқи алатын медиафайл жоқ; медиатекадан файл таңдаңыз.',
    ru: 'media: нет доступного вам медиафайла с идентификатором {ids}; выберите файл из медиатеки.',
  },
  // Webhook targets (src/delivery/webhooks/targetPolicy.ts): field validation, and why a target is refused.
  'VALIDATION_FAILED.webhookNotAbsolute': {
    en: 'url: "{value}" is not an absolute URL.',
    kk: 'url: «{value}» толық (абсолютті) сілтеме емес.',
    ru: 'url: «{value}» — не абсолютная ссылка.',
  },
  'VALIDATION_FAILED.webhookCredentials': {
    en: 'url: must not contain a user name or password; sign with the secret instead.',
    kk: 'url: ішінде пайдаланушы аты не құпиясөз болмауы керек; оның орнына құпия кілтпен қол қойыңыз.',
    ru: 'url: не должен содержать имя пользователя или пароль; вместо этого подписывайте секретом.',
  },
  'VALIDATION_FAILED.webhookHttps': {
    en: 'url: must be https:// (plain http:// only to a host named in WEBHOOK_ALLOWED_HOSTS).',
    kk: 'url: https:// болуы керек (қарапайым http:// тек WEBHOOK_ALLOWED_HOSTS тізіміндегі хостқа рұқсат).',
    ru: 'url: должен быть https:// (обычный http:// — только к хосту из WEBHOOK_ALLOWED_HOSTS).',
  },
  'VALIDATION_FAILED.webhookRefused': {
    en: 'url: {host} is refused: {problem}. Webhooks go to public addresses; name a local or private receiver in WEBHOOK_ALLOWED_HOSTS to allow it.',
    kk: 'url: {host} қабылданбайды: {problem}. Вебхуктар жария мекенжайларға жіберіледі; жергілікті не жеке қабылдаушыға рұқсат беру үшін оны WEBHOOK_ALLOWED_HOSTS тізіміне жазыңыз.',
    ru: 'url: {host} отклонён: {problem}. Вебхуки отправляются на публичные адреса; чтобы разрешить локальный или частный приёмник, укажите его в WEBHOOK_ALLOWED_HOSTS.',
  },
  'VALIDATION_FAILED.webhookResolved': {
    en: 'url: {problem}. Name it in WEBHOOK_ALLOWED_HOSTS to allow it.',
    kk: 'url: {problem}. Рұқсат беру үшін оны WEBHOOK_ALLOWED_HOSTS тізіміне жазыңыз.',
    ru: 'url: {problem}. Чтобы разрешить, укажите его в WEBHOOK_ALLOWED_HOSTS.',
  },
  // Settings that stop the start (src/db/startupError.ts): said to the operator in the language of LANG/LC_ALL.
  'INVALID_SETTING.wholeNumber': {
    en: '{name}: must be a whole number from {min} (got "{value}").',
    kk: '{name}: {min} немесе одан үлкен бүтін сан болуы керек (берілгені: «{value}»).',
    ru: '{name}: должно быть целым числом от {min} (получено «{value}»).',
  },
  'INVALID_SETTING.wholeNumberOrZero': {
    en: '{name}: must be a whole number from {min} (or 0 for no limit) (got "{value}").',
    kk: '{name}: {min} немесе одан үлкен бүтін сан (шектеусіз болса — 0) болуы керек (берілгені: «{value}»).',
    ru: '{name}: должно быть целым числом от {min} (или 0 — без ограничения) (получено «{value}»).',
  },
  'INVALID_SETTING.numberRange': {
    en: '{name}: must be a number from {min} to {max} (got "{value}").',
    kk: '{name}: {min} мен {max} аралығындағы сан болуы керек (берілгені: «{value}»).',
    ru: '{name}: должно быть числом от {min} до {max} (получено «{value}»).',
  },
  'INVALID_SETTING.onOff': {
    en: '{name}: must be "on" or "off" (got "{value}").',
    kk: '{name}: «on» немесе «off» болуы керек (берілгені: «{value}»).',
    ru: '{name}: должно быть «on» или «off» (получено «{value}»).',
  },
  'INVALID_SETTING.secretRequired': {
    en: '{name}: must be set in production (a long random string).',
    kk: '{name}: өндірістік ортада міндетті түрде берілуі керек (ұзын кездейсоқ жол).',
    ru: '{name}: обязательно задать в продакшене (длинная случайная строка).',
  },
  'INVALID_SETTING.origin': {
    en: '{name}: "{value}" is not an origin; write it as https://host[:port], comma-separated.',
    kk: '{name}: «{value}» — дұрыс origin емес; оны https://host[:port] түрінде, үтірмен бөліп жазыңыз.',
    ru: '{name}: «{value}» — не origin; запишите его как https://host[:port], через запятую.',
  },
  'INVALID_SETTING.databaseUnsupported': {
    en: '{name}: unsupported value "{value}": use file:./path.db (SQLite), postgres://... or mongodb://...',
    kk: '{name}: «{value}» мәніне қолдау көрсетілмейді: file:./path.db (SQLite), postgres://... немесе mongodb://... жазыңыз',
    ru: '{name}: значение «{value}» не поддерживается: используйте file:./path.db (SQLite), postgres://... или mongodb://...',
  },
  'INVALID_SETTING.databaseNoAnswer': {
    en: '{name}: cannot use {value}: the database server did not answer ({reason}). Check the variable and that the server is running.',
    kk: '{name}: {value} қолдану мүмкін емес: дерекқор сервері жауап бермеді ({reason}). Айнымалыны және сервердің іске қосылғанын тексеріңіз.',
    ru: '{name}: нельзя использовать {value}: сервер базы данных не ответил ({reason}). Проверьте переменную и что сервер запущен.',
  },
  'INVALID_SETTING.developmentSchema': {
    en: '{name}: {value} holds a schema pushed by development mode (npm run dev), not built by the committed migrations, so they cannot be applied to it. Keep it for npm run dev, or give production a new database: DATABASE_URI=<new database> npm run migrate && npm run seed',
    kk: '{name}: {value} ішіндегі схеманы бекітілген миграциялар емес, әзірлеу режимі (npm run dev) құрған, сондықтан миграцияларды оған қолдану мүмкін емес. Оны npm run dev үшін қалдырыңыз немесе өндірістік ортаға жаңа дерекқор беріңіз: DATABASE_URI=<жаңа дерекқор> npm run migrate && npm run seed',
    ru: '{name}: в {value} схема создана режимом разработки (npm run dev), а не закоммиченными миграциями, поэтому их нельзя к ней применить. Оставьте её для npm run dev или дайте продакшену новую базу: DATABASE_URI=<новая база> npm run migrate && npm run seed',
  },
  // Why a webhook delivery attempt failed, as the delivery log shows it (plugins/delivery/src/webhooks/deliveryError.ts).
  WEBHOOK_TIMEOUT: {
    en: 'no answer within {ms} ms',
    kk: '{ms} мс ішінде жауап болмады',
    ru: 'нет ответа в течение {ms} мс',
  },
  WEBHOOK_HTTP_ERROR: {
    en: 'the receiver answered HTTP {status}',
    kk: 'қабылдаушы HTTP {status} деп жауап берді',
    ru: 'получатель ответил HTTP {status}',
  },
  WEBHOOK_TARGET_REFUSED: {
    en: 'refused: {problem}',
    kk: 'қабылданбады: {problem}',
    ru: 'отклонено: {problem}',
  },
  WEBHOOK_CONNECTION_FAILED: {
    en: 'could not connect: {detail}',
    kk: 'қосылу мүмкін болмады: {detail}',
    ru: 'не удалось подключиться: {detail}',
  },
  'WEBHOOK_TARGET_REFUSED.notAddress': {
    en: '"{address}" is not an IP address',
    kk: '«{address}» — дұрыс IP мекенжайы емес',
    ru: '«{address}» — не IP-адрес',
  },
  'WEBHOOK_TARGET_REFUSED.range': {
    en: 'it is {range}',
    kk: 'бұл — {range}',
    ru: 'это {range}',
  },
  'WEBHOOK_TARGET_REFUSED.reserved': {
    en: 'it is a reserved address ({range})',
    kk: 'бұл — қорға алынған мекенжай ({range})',
    ru: 'это зарезервированный адрес ({range})',
  },
  'WEBHOOK_TARGET_REFUSED.singleLabel': {
    en: 'a single-label name only resolves inside a network',
    kk: 'бір бөліктен тұратын атау тек ішкі желіде табылады',
    ru: 'имя из одной части разрешается только внутри сети',
  },
  'WEBHOOK_TARGET_REFUSED.internalSuffix': {
    en: '.{suffix} names only resolve inside a network',
    kk: '.{suffix} атаулары тек ішкі желіде табылады',
    ru: 'имена .{suffix} разрешаются только внутри сети',
  },
  'WEBHOOK_TARGET_REFUSED.resolvesPrivate': {
    en: '{host} resolves to an address that is not public ({problem})',
    kk: '{host} жария емес мекенжайға сәйкес келеді ({problem})',
    ru: '{host} указывает на непубличный адрес ({problem})',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    en: 'Send the body as application/json (files as multipart/form-data); “{contentType}” is not accepted here.',
    kk: 'Сұрау денесін application/json түрінде жіберіңіз (файлдарды — multipart/form-data түрінде); «{contentType}» мұнда қабылданбайды.',
    ru: 'Отправьте тело запроса как application/json (файлы — как multipart/form-data); «{contentType}» здесь не принимается.',
  },
} satisfies Record<string, Text>

export type MessageKey = keyof typeof MESSAGES

/** A message in every language: a placeholder value for another message (a refusal quoting its reason). */
export const textOf = (key: MessageKey, params: MessageParams = {}): Text => ({
  en: renderMessage(key, params, 'en'),
  kk: renderMessage(key, params, 'kk'),
  ru: renderMessage(key, params, 'ru'),
})

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
