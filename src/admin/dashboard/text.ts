import type { ItemPanelKey } from './data'

import { inLanguage } from '../../i18n/locales'

type Text = { en: string; kk: string; ru: string }

/** Every string the dashboard shows, in the three interface languages (English is the fallback). */
export const DASHBOARD_TEXT = {
  heading: { en: 'My desk', kk: 'Менің жұмыс үстелім', ru: 'Мой рабочий стол' },
  review: { en: 'Awaiting my review', kk: 'Менің тексеруімде', ru: 'Ждут моей проверки' },
  changesRequested: { en: 'Changes requested', kk: 'Түзету сұралды', ru: 'Нужны правки' },
  myDrafts: { en: 'My drafts', kk: 'Менің жобаларым', ru: 'Мои черновики' },
  sentForReview: {
    en: 'Sent to the desk',
    kk: 'Редакцияға жіберілгендер',
    ru: 'Отправлено в редакцию',
  },
  ethics: {
    en: 'Ethics review queue',
    kk: 'Этикалық тексеру кезегі',
    ru: 'Очередь этической проверки',
  },
  scheduled: { en: 'Scheduled next', kk: 'Алдағы жарияланымдар', ru: 'Ближайшие публикации' },
  contributions: {
    en: "This month's contributions",
    kk: 'Осы айдағы үлес',
    ru: 'Вклад за этот месяц',
  },
  emptyReview: {
    en: 'Nothing is waiting for your review.',
    kk: 'Сіздің тексеруіңізді күтіп тұрған материал жоқ.',
    ru: 'Ничего не ждёт вашей проверки.',
  },
  emptyChangesRequested: {
    en: 'No items are waiting for your changes.',
    kk: 'Түзетуіңізді күтіп тұрған материал жоқ.',
    ru: 'Нет материалов, ожидающих ваших правок.',
  },
  emptyMyDrafts: { en: 'You have no drafts.', kk: 'Сізде жоба жоқ.', ru: 'У вас нет черновиков.' },
  emptySentForReview: {
    en: 'Nothing you sent is in review, approved or scheduled.',
    kk: 'Сіз жіберген материалдардың ешқайсысы қарауда, мақұлданған не жоспарланған емес.',
    ru: 'Ничего из отправленного вами не на проверке, не одобрено и не запланировано.',
  },
  emptyEthics: {
    en: 'No items are waiting for an ethics review.',
    kk: 'Этикалық тексеруді күтіп тұрған материал жоқ.',
    ru: 'Нет материалов, ожидающих этической проверки.',
  },
  emptyScheduled: {
    en: 'Nothing is scheduled.',
    kk: 'Ештеңе жоспарланбаған.',
    ru: 'Ничего не запланировано.',
  },
  emptyContributions: {
    en: 'Nothing has been published this month yet.',
    kk: 'Осы айда әлі ештеңе жарияланбаған.',
    ru: 'В этом месяце ещё ничего не опубликовано.',
  },
  seeAll: { en: 'See all', kk: 'Барлығын көру', ru: 'Показать все' },
  untitled: { en: 'Untitled', kk: 'Атауы жоқ', ru: 'Без названия' },
  noRegion: { en: 'No region', kk: 'Өңірсіз', ru: 'Без региона' },
  updated: { en: 'Updated', kk: 'Өзгертілді', ru: 'Изменено' },
  publishes: { en: 'Publishes', kk: 'Жарияланады', ru: 'Публикация' },
  openEthicsQueue: {
    en: 'Open the ethics review queue',
    kk: 'Этикалық тексеру кезегін ашу',
    ru: 'Открыть очередь этической проверки',
  },
  openReport: { en: 'Open the full report', kk: 'Толық есепті ашу', ru: 'Открыть полный отчёт' },
  period: {
    en: 'Published items from {from} to {to}, Kazakhstan time',
    kk: '{from} – {to} аралығында жарияланған материалдар, Қазақстан уақытымен',
    ru: 'Опубликованные материалы с {from} по {to}, по времени Казахстана',
  },
  region: { en: 'Region', kk: 'Өңір', ru: 'Регион' },
  total: { en: 'Total', kk: 'Барлығы', ru: 'Всего' },
  topRegions: {
    en: 'The regions with the most items; the report lists every region.',
    kk: 'Ең көп материал жариялаған өңірлер; есепте барлық өңір бар.',
    ru: 'Регионы с наибольшим числом материалов; в отчёте — все регионы.',
  },
} satisfies Record<string, Text>

export type DashboardTextKey = keyof typeof DASHBOARD_TEXT

/** The empty-state sentence of each item panel. */
export const EMPTY_TEXT: Record<ItemPanelKey, DashboardTextKey> = {
  changesRequested: 'emptyChangesRequested',
  ethics: 'emptyEthics',
  myDrafts: 'emptyMyDrafts',
  review: 'emptyReview',
  scheduled: 'emptyScheduled',
  sentForReview: 'emptySentForReview',
}

/** A translator for one interface language; unknown languages read English. */
export const dashboardText =
  (language: string) =>
  (key: DashboardTextKey, values: Record<string, string> = {}): string => {
    return inLanguage(DASHBOARD_TEXT[key], language).replace(
      /\{(\w+)\}/g,
      (match, name: string) => values[name] ?? match,
    )
  }
