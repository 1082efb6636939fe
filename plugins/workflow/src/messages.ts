/**
 * The workflow's messages in the newsroom's interface languages (kk, ru, en), by key; the part of a key before a
 * dot is the machine `code`, the same in every language. The host app merges this catalogue into its own
 * (src/errors/messages.ts), so its error answers can say them in the caller's language.
 */
import { messagesOf, type Text } from '../../shared/messages'

export const WORKFLOW_MESSAGES = {
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
} satisfies Record<string, Text>

export type WorkflowMessageKey = keyof typeof WORKFLOW_MESSAGES

/** The message for `key` in `language` (English when it is none of the three), placeholders filled. */
export const workflowMessage = messagesOf<WorkflowMessageKey>(WORKFLOW_MESSAGES)
