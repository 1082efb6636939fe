/**
 * Kazakh strings for @payloadcms/richtext-lexical (the `lexical` translation group).
 *
 * Lexical has no `kk` of its own. Its editor-wide strings (dist/i18n.js) end up under `lexical.general`, and each
 * feature's strings (dist/features/<feature>/…/i18n.js) under `lexical.<featureKey>`; Payload deep-merges them into
 * `config.i18n.translations` without overwriting a language they do not define, so `kk.lexical` given there is used.
 * Keys mirror Lexical's English objects; test/i18n.spec.ts checks them against every i18n.js file of the package.
 */
export type LexicalTranslations = {
  align: {
    alignCenterLabel: string
    alignJustifyLabel: string
    alignLeftLabel: string
    alignRightLabel: string
  }
  blockquote: { label: string }
  blocks: {
    inlineBlocks: { create: string; edit: string; label: string; remove: string }
    label: string
  }
  checklist: { label: string }
  general: {
    placeholder: string
    slashMenuBasicGroupLabel: string
    slashMenuListGroupLabel: string
    toolbarItemsActive: string
  }
  heading: { label: string }
  horizontalRule: { label: string }
  indent: { decreaseLabel: string; increaseLabel: string }
  link: { label: string; loadingWithEllipsis: string }
  orderedList: { label: string }
  paragraph: { label: string; label2: string }
  relationship: { label: string }
  textState: { defaultStyle: string }
  unorderedList: { label: string }
  upload: { label: string }
}

export const kkLexicalTranslations: { lexical: LexicalTranslations } = {
  lexical: {
    align: {
      alignCenterLabel: 'Ортаға туралау',
      alignJustifyLabel: 'Ені бойынша туралау',
      alignLeftLabel: 'Сол жаққа туралау',
      alignRightLabel: 'Оң жаққа туралау',
    },
    blockquote: { label: 'Дәйексөз' },
    blocks: {
      inlineBlocks: {
        create: '{{label}} жасау',
        edit: '{{label}} өңдеу',
        label: 'Жолішілік блоктар',
        remove: '{{label}} алып тастау',
      },
      label: 'Блоктар',
    },
    checklist: { label: 'Белгілеу тізімі' },
    general: {
      placeholder: "Жаза бастаңыз немесе пәрмендер үшін '/' пернесін басыңыз...",
      slashMenuBasicGroupLabel: 'Негізгі',
      slashMenuListGroupLabel: 'Тізімдер',
      toolbarItemsActive: '{{count}} белсенді',
    },
    heading: { label: '{{headingLevel}}-деңгейлі тақырып' },
    horizontalRule: { label: 'Көлденең сызық' },
    indent: { decreaseLabel: 'Шегіністі азайту', increaseLabel: 'Шегіністі арттыру' },
    link: { label: 'Сілтеме', loadingWithEllipsis: 'Жүктелуде...' },
    orderedList: { label: 'Нөмірленген тізім' },
    paragraph: { label: 'Абзац', label2: 'Қалыпты мәтін' },
    relationship: { label: 'Байланыс' },
    textState: { defaultStyle: 'Әдепкі стиль' },
    unorderedList: { label: 'Маркерлі тізім' },
    upload: { label: 'Жүктеп салынған файл' },
  },
}
