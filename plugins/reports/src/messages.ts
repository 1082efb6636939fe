/**
 * The contribution report's error messages in the newsroom's interface languages (kk, ru, en), by key; the part
 * of a key before a dot is the machine `code`. Merged into the app's catalogue (src/errors/messages.ts).
 */
type Text = { en: string; kk: string; ru: string }

export const REPORT_MESSAGES = {
  'AUTHENTICATION_REQUIRED.report': {
    en: 'Log in to read contribution reports.',
    kk: 'Үлес есептерін оқу үшін жүйеге кіріңіз.',
    ru: 'Войдите в систему, чтобы читать отчёты о вкладе.',
  },
  DATE_OUT_OF_RANGE: {
    en: '{parameter}: {value} is outside the days reports cover ({firstDay} to {lastDay}).',
    kk: '{parameter}: {value} есептер қамтитын күндерден тыс ({firstDay} – {lastDay}).',
    ru: '{parameter}: {value} вне дней, которые охватывают отчёты (с {firstDay} по {lastDay}).',
  },
  'FORBIDDEN.report': {
    en: 'Contribution reports are for {roles}.',
    kk: 'Үлес есептері мына рөлдерге арналған: {roles}.',
    ru: 'Отчёты о вкладе доступны ролям: {roles}.',
  },
  'FORBIDDEN_REGION.report': {
    en: 'region: you can only read reports of your own region(s).',
    kk: 'region: тек өз өңіріңіздің (өңірлеріңіздің) есептерін оқи аласыз.',
    ru: 'region: вы можете читать отчёты только своего региона (регионов).',
  },
  'INVALID_PARAMETER.reportDayRequired': {
    en: '{parameter}: required, a day as YYYY-MM-DD.',
    kk: '{parameter}: міндетті, ЖЖЖЖ-АА-КК (YYYY-MM-DD) пішіміндегі күн.',
    ru: '{parameter}: обязательно, день в формате ГГГГ-ММ-ДД (YYYY-MM-DD).',
  },
  'INVALID_PARAMETER.reportFromAfterTo': {
    en: 'from: {from} is after to ({to}).',
    kk: 'from: {from} күні to ({to}) күнінен кейін.',
    ru: 'from: {from} позже to ({to}).',
  },
  'INVALID_PARAMETER.reportGroupByRequired': {
    en: 'groupBy: required, one of {allowed}.',
    kk: 'groupBy: міндетті, рұқсат етілген мәндер — {allowed}.',
    ru: 'groupBy: обязательно, допустимые значения — {allowed}.',
  },
  'INVALID_PARAMETER.reportNoRegion': {
    en: 'region: no region with slug "{value}".',
    kk: 'region: «{value}» қысқа атаулы өңір жоқ.',
    ru: 'region: нет региона с кратким именем «{value}».',
  },
  'INVALID_PARAMETER.reportNotDay': {
    en: '{parameter}: "{value}" is not a calendar day as YYYY-MM-DD.',
    kk: '{parameter}: «{value}» ЖЖЖЖ-АА-КК (YYYY-MM-DD) пішіміндегі күнтізбелік күн емес.',
    ru: '{parameter}: «{value}» — не календарный день в формате ГГГГ-ММ-ДД (YYYY-MM-DD).',
  },
  'INVALID_PARAMETER.reportNotOneOf': {
    en: '{parameter}: "{value}" is not one of {allowed}.',
    kk: '{parameter}: «{value}» рұқсат етілген мәндердің ішінде жоқ ({allowed}).',
    ru: '{parameter}: «{value}» не входит в допустимые значения ({allowed}).',
  },
  'INVALID_PARAMETER.reportOnce': {
    en: '{parameter}: give it once.',
    kk: '{parameter}: оны бір рет қана беріңіз.',
    ru: '{parameter}: укажите его только один раз.',
  },
  'INVALID_PARAMETER.reportSection': {
    en: 'section: "{value}" is not one of {allowed}.',
    kk: 'section: «{value}» рұқсат етілген мәндердің бірі емес: {allowed}.',
    ru: 'section: «{value}» не входит в допустимые значения: {allowed}.',
  },
  'INVALID_PARAMETER.reportNoEthics': {
    en: 'section: these reports have no ethics section.',
    kk: 'section: бұл есептерде этика бөлімі жоқ.',
    ru: 'section: в этих отчётах нет раздела этики.',
  },
  'INVALID_PARAMETER.reportRegionSlug': {
    en: 'region: "{value}" is not a region slug.',
    kk: 'region: «{value}» өңірдің қысқа атауы емес.',
    ru: 'region: «{value}» — не краткое имя региона.',
  },
  RANGE_TOO_LONG: {
    en: 'to: a report covers at most {maxYears} years; from {from} the last day is {last}. Ask for several reports.',
    kk: 'to: бір есеп ең көбі {maxYears} жылды қамтиды; {from} күнінен бастағанда соңғы күн — {last}. Бірнеше есеп сұраңыз.',
    ru: 'to: отчёт охватывает не больше {maxYears} лет; начиная с {from}, последний день — {last}. Запросите несколько отчётов.',
  },
} satisfies Record<string, Text>
