/**
 * The plugin's error messages in the newsroom's interface languages (kk, ru, en), by key; the part of a key before
 * a dot is the machine `code`, the same in every language. The host app merges this catalogue into its own
 * (src/errors/messages.ts), so its error answers can say them in the caller's language.
 */
type Text = { en: string; kk: string; ru: string }

export const AI_ETHICS_MESSAGES = {
  'AUTHENTICATION_REQUIRED.ethicsQueue': {
    en: 'Log in to see the ethics queue.',
    kk: 'Этикалық тексеру кезегін көру үшін жүйеге кіріңіз.',
    ru: 'Войдите в систему, чтобы увидеть очередь этической проверки.',
  },
  'AUTHENTICATION_REQUIRED.ethicsReview': {
    en: 'Log in to review content.',
    kk: 'Материалды тексеру үшін жүйеге кіріңіз.',
    ru: 'Войдите в систему, чтобы проверять материалы.',
  },
  ETHICS_REVIEW_REQUIRED: {
    en: 'This content is flagged as made with AI and waits for an ethics review: an ethics reviewer must clear it first.',
    kk: 'Бұл материал ЖИ көмегімен жасалған деп белгіленген және этикалық тексеруді күтуде: алдымен оны этика сарапшысы мақұлдауы керек.',
    ru: 'Этот материал отмечен как созданный с помощью ИИ и ждёт этической проверки: сначала его должен одобрить эксперт по этике.',
  },
  'ETHICS_REVIEW_REQUIRED.publishPending': {
    en: 'This content is flagged as made with AI and waits for an ethics review: an ethics reviewer must clear it before it is published.',
    kk: 'Бұл материал ЖИ көмегімен жасалған деп белгіленген және этикалық тексеруді күтуде: жарияланбас бұрын оны этика сарапшысы мақұлдауы керек.',
    ru: 'Этот материал отмечен как созданный с помощью ИИ и ждёт этической проверки: до публикации его должен одобрить эксперт по этике.',
  },
  'ETHICS_REVIEW_REQUIRED.publishRejected': {
    en: 'An ethics reviewer rejected this AI-assisted content: change it (it will be reviewed again) before it is published.',
    kk: 'Этика сарапшысы ЖИ көмегімен жасалған бұл материалды қабылдамады: жарияламас бұрын оны өзгертіңіз (ол қайта тексеріледі).',
    ru: 'Эксперт по этике отклонил этот материал, сделанный с помощью ИИ: измените его перед публикацией (он будет проверен снова).',
  },
  'ETHICS_REVIEW_REQUIRED.rejected': {
    en: 'An ethics reviewer rejected this AI-assisted content: it cannot be published or scheduled.',
    kk: 'Этика сарапшысы ЖИ көмегімен жасалған бұл материалды қабылдамады: оны жариялауға да, жоспарлауға да болмайды.',
    ru: 'Эксперт по этике отклонил этот материал, сделанный с помощью ИИ: его нельзя опубликовать или запланировать.',
  },
  'FORBIDDEN.ethicsReviewsAppendOnly': {
    en: 'Ethics reviews are append-only: a review cannot be changed or deleted.',
    kk: 'Этикалық тексеру жазбаларын тек қосуға болады: жазбаны өзгертуге де, жоюға да болмайды.',
    ru: 'Записи этической проверки можно только добавлять: запись нельзя изменить или удалить.',
  },
  'FORBIDDEN_ACTION.ethicsQueue': {
    en: 'Only ethics reviewers and chief editors see the queue.',
    kk: 'Кезекті тек этика сарапшылары мен бас редакторлар көре алады.',
    ru: 'Очередь видят только эксперты по этике и главные редакторы.',
  },
  'FORBIDDEN_ACTION.ethicsReview': {
    en: 'Only ethics reviewers may clear or reject flagged content.',
    kk: 'Белгіленген материалды тек этика сарапшылары мақұлдай немесе қабылдамай алады.',
    ru: 'Одобрять или отклонять отмеченные материалы могут только эксперты по этике.',
  },
  'INVALID_BODY.ethicsReview': {
    en: 'The body must be a JSON object: { collection, id, decision, note }.',
    kk: 'Сұрау денесі JSON объектісі болуы керек: { collection, id, decision, note }.',
    ru: 'Тело запроса должно быть JSON-объектом: { collection, id, decision, note }.',
  },
  'INVALID_BODY.ethicsReviewCollection': {
    en: 'collection: must be one of {allowed}.',
    kk: 'collection: рұқсат етілген мәндер — {allowed}.',
    ru: 'collection: допустимые значения — {allowed}.',
  },
  'INVALID_BODY.ethicsReviewDecision': {
    en: 'decision: must be "clear" or "reject".',
    kk: 'decision: "clear" (мақұлдау) немесе "reject" (қабылдамау) болуы керек.',
    ru: 'decision: должно быть "clear" (одобрить) или "reject" (отклонить).',
  },
  'INVALID_BODY.ethicsReviewId': {
    en: 'id: required.',
    kk: 'id: міндетті өріс.',
    ru: 'id: обязательное поле.',
  },
  'INVALID_BODY.ethicsReviewNote': {
    en: 'note: required — say why you decided so.',
    kk: 'note: міндетті өріс — шешіміңіздің себебін жазыңыз.',
    ru: 'note: обязательное поле — объясните, почему вы так решили.',
  },
  'INVALID_BODY.ethicsReviewNoteLength': {
    en: 'note: at most {max} characters.',
    kk: 'note: ең көбі {max} таңба.',
    ru: 'note: не больше {max} символов.',
  },
  'NOT_FOUND.ethicsReviewDocument': {
    en: 'No {collection} document with id {id}.',
    kk: '{id} идентификаторы бар «{collection}» құжаты жоқ.',
    ru: 'Нет документа «{collection}» с идентификатором {id}.',
  },
  NOTHING_TO_REVIEW: {
    en: 'This document has no AI flags, so there is nothing to review.',
    kk: 'Бұл құжатта ЖИ белгілері жоқ, сондықтан тексеретін ештеңе жоқ.',
    ru: 'У этого документа нет отметок об ИИ, поэтому проверять нечего.',
  },
} satisfies Record<string, Text>

export type AIEthicsMessageKey = keyof typeof AI_ETHICS_MESSAGES
export type Params = Record<string, number | string>

const LANGUAGES = ['kk', 'ru', 'en'] as const

/** The message for `key` in `language` (English for a language the plugin does not speak), placeholders filled. */
export const aiEthicsMessage = (key: AIEthicsMessageKey, params: Params = {}, language = 'en') => {
  const lang = (LANGUAGES as readonly string[]).includes(language) ? (language as keyof Text) : 'en'
  return AI_ETHICS_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** The code of a key: the part before a variant (`INVALID_BODY.ethicsReviewId` → `INVALID_BODY`). */
export const codeOf = (key: AIEthicsMessageKey): string => key.split('.')[0]
