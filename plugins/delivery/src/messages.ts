/**
 * The delivery's messages in the newsroom's interface languages (kk, ru, en), by key; the part of a key before a
 * dot is the machine `code`, the same in every language. The host app merges this catalogue into its own
 * (src/errors/messages.ts), so its error answers can say them in the caller's language.
 */
import { messagesOf, type Text } from '../../shared/messages'

export const DELIVERY_MESSAGES = {
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
  'FORBIDDEN.markPublic': {
    en: 'markedPublic: only an editor can mark a media file public.',
    kk: 'markedPublic: медиафайлды тек редактор жария деп белгілей алады.',
    ru: 'markedPublic: отметить медиафайл как публичный может только редактор.',
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
  // graphql-js's syntax errors, said again in the caller's language (graphqlMessages.ts);
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
  // graphql-js's validation and variable errors and the complexity limit (graphqlMessages.ts).
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
  'NOT_FOUND.previewItem': {
    en: 'No {collection} item with id {id}.',
    kk: '{id} идентификаторы бар «{collection}» материалы жоқ.',
    ru: 'Нет материала «{collection}» с идентификатором {id}.',
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
  'VALIDATION_FAILED.unreadableMedia': {
    en: 'media: no media file with id {ids} that you can read; choose a file from the media library.',
    kk: 'media: {ids} идентификаторлы, сіз оқи алатын медиафайл жоқ; медиатекадан файл таңдаңыз.',
    ru: 'media: нет доступного вам медиафайла с идентификатором {ids}; выберите файл из медиатеки.',
  },
  'VALIDATION_FAILED.webhookUrlRequired': {
    en: '{field} is required.',
    kk: '{field}: міндетті өріс.',
    ru: '{field}: обязательное поле.',
  },
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
  // The delivery's settings that stop the start (publicCache/settings.ts, origins.ts): said to the operator in the
  // language of LANG/LC_ALL (plugins/shared/startupError.ts).
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
  'INVALID_SETTING.origin': {
    en: '{name}: "{value}" is not an origin; write it as https://host[:port], comma-separated.',
    kk: '{name}: «{value}» — дұрыс origin емес; оны https://host[:port] түрінде, үтірмен бөліп жазыңыз.',
    ru: '{name}: «{value}» — не origin; запишите его как https://host[:port], через запятую.',
  },
  // Why a webhook delivery attempt failed, as the delivery log shows it (webhooks/deliveryError.ts).
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
} satisfies Record<string, Text>

export type DeliveryMessageKey = keyof typeof DELIVERY_MESSAGES

/** The message for `key` in `language` (English when it is none of the three), placeholders filled. */
export const deliveryMessage = messagesOf<DeliveryMessageKey>(DELIVERY_MESSAGES)
