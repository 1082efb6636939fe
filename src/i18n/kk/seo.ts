/**
 * Kazakh strings for @payloadcms/plugin-seo (the `plugin-seo` translation group).
 *
 * The plugin ships its own `translations` object (dist/translations/*.js) with no `kk` entry and deep-merges it
 * under `config.i18n.translations` (the project's own entries win), so supplying `kk['plugin-seo']` there is enough.
 * Keys mirror the plugin's English object; test/i18n.spec.ts checks them against it.
 */
export type SeoTranslations = {
  'plugin-seo': {
    almostThere: string
    autoGenerate: string
    bestPractices: string
    characterCount: string
    charactersLeftOver: string
    charactersToGo: string
    charactersTooMany: string
    checksPassing: string
    good: string
    imageAutoGenerationTip: string
    lengthTipDescription: string
    lengthTipTitle: string
    missing: string
    noImage: string
    preview: string
    previewDescription: string
    tooLong: string
    tooShort: string
  }
}

export const kkSeoTranslations: SeoTranslations = {
  'plugin-seo': {
    almostThere: 'Сәл қалды',
    autoGenerate: 'Автоматты түрде толтыру',
    // Shown as the link text at the end of `lengthTipDescription` / `lengthTipTitle`.
    bestPractices: 'үздік тәжірибелер',
    // Followed directly by one of the three `characters…` strings below.
    characterCount: '{{current}}/{{minLength}}-{{maxLength}} таңба, ',
    charactersLeftOver: 'тағы {{characters}} таңба қосуға болады',
    charactersToGo: 'тағы {{characters}} таңба қажет',
    charactersTooMany: '{{characters}} таңба артық',
    checksPassing: 'Тексерулер: {{current}}/{{max}} өтті',
    good: 'Жақсы',
    imageAutoGenerationTip: 'Автоматты толтыру таңдалған басты суретті алады.',
    lengthTipDescription:
      'Ұзындығы {{minLength}}–{{maxLength}} таңба аралығында болуы керек. Сапалы мета-сипаттама жазу жөнінде қараңыз: ',
    lengthTipTitle:
      'Ұзындығы {{minLength}}–{{maxLength}} таңба аралығында болуы керек. Сапалы мета-тақырып жазу жөнінде қараңыз: ',
    missing: 'Толтырылмаған',
    noImage: 'Сурет жоқ',
    preview: 'Алдын ала қарау',
    previewDescription:
      'Іздеу нәтижелеріндегі нақты көрініс мазмұнға және оның іздеу сұрауына сәйкестігіне қарай өзгеруі мүмкін.',
    tooLong: 'Тым ұзын',
    tooShort: 'Тым қысқа',
  },
}
