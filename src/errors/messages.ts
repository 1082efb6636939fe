/**
 * The catalogue of error messages, by machine code, in the three interface languages. A refusal carries its
 * `code` unchanged in every language; only the text a person reads is chosen by the caller's language
 * (`language.ts`). A code may have variants (`INVALID_PARAMETER.wholeNumber`): same code, another sentence.
 * Every refusal the app answers with is built from an entry here (RequestError, WorkflowError, the plugins' own
 * catalogues merged below); test/i18n/errorCatalogue.spec.ts checks each has kk, ru and en.
 */
import { AI_ETHICS_MESSAGES } from '../../plugins/ai-ethics/src/messages'
import { DELIVERY_MESSAGES } from '../../plugins/delivery/src/messages'
import { REPORT_MESSAGES } from '../../plugins/reports/src/messages'
import { WORKFLOW_MESSAGES } from '../../plugins/workflow/src/messages'
import { SETTING_MESSAGES } from './settingMessages.mjs'

import {
  FALLBACK_LANGUAGE,
  isLanguage,
  type Language,
  LANGUAGES,
  type MessageParams,
  type Text,
} from '../../plugins/shared/messages'

// The languages and placeholder values are the plugins' shared ones (plugins/shared/messages.ts).
export { FALLBACK_LANGUAGE, type Language, LANGUAGES, type MessageParams }

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
  // The plugins' messages: the workflow's, the delivery's, the AI-ethics review's and the contribution report's.
  ...WORKFLOW_MESSAGES,
  ...DELIVERY_MESSAGES,
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
  UNSUPPORTED_IMAGE_FORMAT: {
    en: 'file: “{name}” is a {format} photo, which this server cannot convert for the web. Save it as JPEG and upload it again (iPhone: Settings → Camera → Formats → Most Compatible).',
    kk: 'file: «{name}» — {format} форматындағы сурет, бұл сервер оны веб үшін түрлендіре алмайды. Оны JPEG ретінде сақтап, қайта жүктеңіз (iPhone: Параметрлер → Камера → Пішімдер → Ең үйлесімді).',
    ru: 'file: «{name}» — фото в формате {format}, которое этот сервер не может преобразовать для веба. Сохраните его как JPEG и загрузите снова (iPhone: Настройки → Камера → Форматы → Наиболее совместимый).',
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
  // Settings of the app that stop the start (src/db/startupError.ts): said to the operator in the language of
  // LANG/LC_ALL. The two whole-number sentences are shared with server.mjs (./settingMessages.mjs); the delivery's
  // own settings are in its catalogue (plugins/delivery/src/messages.ts).
  ...SETTING_MESSAGES,
  'INVALID_SETTING.positiveNumber': {
    en: '{name}: must be a number greater than 0 (got "{value}").',
    kk: '{name}: 0-ден үлкен сан болуы керек (берілгені: «{value}»).',
    ru: '{name}: должно быть числом больше 0 (получено «{value}»).',
  },
  'INVALID_SETTING.oneOf': {
    en: '{name}: must be one of {allowed} (got "{value}").',
    kk: '{name}: мына мәндердің бірі болуы керек: {allowed} (берілгені: «{value}»).',
    ru: '{name}: должно быть одним из значений {allowed} (получено «{value}»).',
  },
  'INVALID_SETTING.wholeNumberOrZero': {
    en: '{name}: must be a whole number from {min} (or 0 for no limit) (got "{value}").',
    kk: '{name}: {min} немесе одан үлкен бүтін сан (шектеусіз болса — 0) болуы керек (берілгені: «{value}»).',
    ru: '{name}: должно быть целым числом от {min} (или 0 — без ограничения) (получено «{value}»).',
  },
  'INVALID_SETTING.secretRequired': {
    en: '{name}: must be set in production (a long random string).',
    kk: '{name}: өндірістік ортада міндетті түрде берілуі керек (ұзын кездейсоқ жол).',
    ru: '{name}: обязательно задать в продакшене (длинная случайная строка).',
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
