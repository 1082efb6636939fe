import type { Field, FieldAccess, FieldHook } from 'payload'

import type { ResolvedAIEthicsOptions } from '../types'

import { SCOPES, USAGES } from '../constants'
import { unsupportedMessage } from '../signing/unsupported'
import {
  CLASSIFICATION_LABELS,
  FIELD_LABELS as L,
  FLAG_SOURCE_LABELS,
  HOLD_TEXT,
  optionsOf,
  REVIEW_STATUS_LABELS,
  SCOPE_LABELS,
  USAGE_LABELS,
  VALIDATION_LABELS,
} from '../labels'

const serverOnly: FieldAccess = () => false

/** The author's declaration of AI use: entered in the edit form, public (it is what readers are told). */
export const aiDisclosureField = (): Field => ({
  name: 'aiDisclosure',
  type: 'group',
  label: { en: 'Use of AI', kk: 'Жасанды интеллектіні пайдалану', ru: 'Использование ИИ' },
  admin: {
    description: {
      en: 'Declare any use of AI tools. Content made with AI is reviewed for ethics before it can be published.',
      kk: 'ЖИ құралдарын кез келген пайдалануды көрсетіңіз. ЖИ көмегімен жасалған материал жарияланар алдында этикалық тексеруден өтеді.',
      ru: 'Укажите любое использование ИИ. Материалы, сделанные с ИИ, перед публикацией проходят этическую проверку.',
    },
  },
  fields: [
    {
      name: 'usage',
      type: 'select',
      defaultValue: 'none',
      label: { en: 'AI used', kk: 'ЖИ пайдаланылды ма', ru: 'Использован ли ИИ' },
      options: optionsOf(USAGES, USAGE_LABELS),
    },
    {
      name: 'tools',
      type: 'text',
      hasMany: true,
      maxRows: 10,
      label: { en: 'Tools', kk: 'Құралдар', ru: 'Инструменты' },
    },
    {
      name: 'scope',
      type: 'select',
      hasMany: true,
      label: { en: 'What AI did', kk: 'ЖИ не істеді', ru: 'Что делал ИИ' },
      options: optionsOf(SCOPES, SCOPE_LABELS),
    },
  ],
})

/** The ethics review, managed by the server: read as `reviewAccess.document` allows, never in the public API. */
export const ethicsReviewField = (options: ResolvedAIEthicsOptions, usersSlug: string): Field => ({
  name: 'ethicsReview',
  type: 'group',
  label: { en: 'Ethics review', kk: 'Этикалық тексеру', ru: 'Этическая проверка' },
  access: {
    create: serverOnly,
    read: ({ doc, req }) => options.reviewAccess.document({ doc, req }),
    update: serverOnly,
  },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    {
      name: 'status',
      type: 'select',
      defaultValue: 'not_required',
      index: true,
      label: L.status,
      options: optionsOf(['not_required', 'pending', 'cleared', 'rejected'], REVIEW_STATUS_LABELS),
    },
    {
      name: 'flags',
      type: 'array',
      label: L.flags,
      labels: { plural: L.flags, singular: L.flag },
      fields: [
        {
          name: 'source',
          type: 'select',
          label: L.source,
          options: optionsOf(['disclosure', 'text', 'image', 'external'], FLAG_SOURCE_LABELS),
          required: true,
        },
        { name: 'signal', type: 'text', label: L.signal, required: true },
        { name: 'detail', type: 'text', label: L.detail },
        { name: 'locale', type: 'text', label: L.locale },
        { name: 'at', type: 'date', label: L.at },
      ],
    },
    // When the document entered the review queue (its status became pending); kept while it waits.
    { name: 'queuedAt', type: 'date', label: L.queuedAt },
    { name: 'reviewer', type: 'relationship', relationTo: usersSlug as never, label: L.reviewer },
    { name: 'reviewedAt', type: 'date', label: L.reviewedAt },
    { name: 'note', type: 'textarea', label: L.note },
    // Fingerprints of the flags a reviewer cleared: only new flags reopen a cleared review.
    { name: 'reviewedFlags', type: 'json', admin: { hidden: true } },
  ],
})

const labelFor =
  (options: ResolvedAIEthicsOptions): FieldHook =>
  ({ req, siblingData }) => {
    const kind = siblingData?.kind as 'assisted' | 'generated' | null | undefined
    if (!kind) return null
    const localization = req.payload.config.localization
    const fallback =
      localization && options.labels[localization.defaultLocale]
        ? localization.defaultLocale
        : Object.keys(options.labels)[0]
    const locale = req.locale && options.labels[req.locale] ? req.locale : fallback
    return options.labels[locale]?.[kind] ?? null
  }

const jsonLdFor: FieldHook = ({ siblingData }) =>
  siblingData?.kind && siblingData.digitalSourceType
    ? {
        '@context': 'https://schema.org',
        '@type': 'CreativeWork',
        digitalSourceType: siblingData.digitalSourceType,
      }
    : null

/**
 * What readers are told (Kazakhstan's AI law, Art. 21: a visible warning and a machine-readable mark):
 * computed on save from the declaration and the media's provenance; the label follows the requested locale.
 */
export const readerDisclosureField = (options: ResolvedAIEthicsOptions): Field => ({
  name: 'aiNotice',
  type: 'group',
  label: {
    en: 'AI notice for readers',
    kk: 'Оқырманға ЖИ туралы ескерту',
    ru: 'Пометка об ИИ для читателей',
  },
  access: { create: serverOnly, update: serverOnly },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: L.kind,
      options: optionsOf(['assisted', 'generated'], USAGE_LABELS),
    },
    { name: 'digitalSourceType', type: 'text', label: L.digitalSourceType },
    {
      name: 'label',
      type: 'text',
      label: L.readerLabel,
      virtual: true,
      hooks: { afterRead: [labelFor(options)] },
    },
    {
      name: 'jsonLd',
      type: 'json',
      label: L.jsonLd,
      virtual: true,
      hooks: { afterRead: [jsonLdFor] },
    },
  ],
})

/** Where an uploaded image, sound or video came from, read from the original file (XMP and C2PA). */
export const provenanceField = (): Field => ({
  name: 'provenance',
  type: 'group',
  label: { en: 'Provenance', kk: 'Шығу тегі', ru: 'Происхождение' },
  access: { create: serverOnly, update: serverOnly },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    {
      name: 'classification',
      type: 'select',
      index: true,
      label: L.classification,
      options: optionsOf(
        ['generative-ai', 'synthetic', 'not-ai', 'unknown'],
        CLASSIFICATION_LABELS,
      ),
    },
    { name: 'xmpDigitalSourceType', type: 'text', label: L.xmpDigitalSourceType },
    { name: 'c2paPresent', type: 'checkbox', label: L.c2paPresent },
    { name: 'c2paClaimGenerator', type: 'text', label: L.c2paClaimGenerator },
    {
      name: 'c2paDigitalSourceTypes',
      type: 'text',
      hasMany: true,
      label: L.c2paDigitalSourceTypes,
    },
    { name: 'c2paReferencedButMissing', type: 'checkbox', label: L.c2paReferencedButMissing },
    // `invalid`: a manifest is there but its signature, certificate or hashes do not check out (a flag for review).
    {
      name: 'c2paValidation',
      type: 'select',
      label: L.c2paValidation,
      options: optionsOf(['valid', 'invalid'], VALIDATION_LABELS),
    },
    { name: 'c2paValidationErrors', type: 'text', hasMany: true, label: L.c2paValidationErrors },
    { name: 'readError', type: 'text', label: L.readError },
  ],
})

export const CONTENT_CREDENTIALS = 'contentCredentials'

/**
 * Whether the files the public gets of this picture carry the organisation's signed C2PA manifest: kept by the
 * signing job (src/signing/signMedia.ts), which signs again any size whose bytes changed since (a new file, a moved
 * focal point).
 * Staff read it; the notice above it says when signing is off.
 */
export const contentCredentialsField = (signingOn: boolean): Field => ({
  name: CONTENT_CREDENTIALS,
  type: 'group',
  label: {
    en: 'Content Credentials (C2PA)',
    kk: 'Контент тегінің куәлігі (C2PA)',
    ru: 'Учётные данные контента (C2PA)',
  },
  access: { create: serverOnly, read: ({ req }) => Boolean(req.user), update: serverOnly },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    {
      name: 'notice',
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: '/plugins/ai-ethics/src/exports/rsc#SigningNotice',
            serverProps: { signingOn },
          },
        },
        // A notice in the form, never a list column.
        disableListColumn: true,
      },
    },
    // Empty: not signed (yet). `failed`: the last attempt failed, `error` says why; the next publication or change of
    // the file retries. `unsupported`: public, but in a format the plugin does not sign (SVG, sound, video); `error`
    // says which formats are signed.
    {
      name: 'status',
      type: 'select',
      index: true,
      label: { en: 'Status', kk: 'Күйі', ru: 'Статус' },
      options: [
        { label: { en: 'Signed', kk: 'Қол қойылды', ru: 'Подписано' }, value: 'signed' },
        { label: { en: 'Failed', kk: 'Сәтсіз', ru: 'Ошибка' }, value: 'failed' },
        {
          label: {
            en: 'Not signed: format not supported',
            kk: 'Қол қойылмады: пішімі қолдау көрмейді',
            ru: 'Не подписано: формат не поддерживается',
          },
          value: 'unsupported',
        },
      ],
    },
    {
      name: 'signedAt',
      type: 'date',
      label: { en: 'Signed at', kk: 'Қол қойылған уақыты', ru: 'Подписано в' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publisher',
      type: 'text',
      label: { en: 'Published by', kk: 'Жариялаған', ru: 'Опубликовал' },
    },
    {
      name: 'signer',
      type: 'text',
      label: { en: 'Signing certificate', kk: 'Қол қою сертификаты', ru: 'Сертификат подписи' },
    },
    // [{ size, filename, sha256 }] of the files as signed: a file whose bytes differ was made again since.
    { name: 'files', type: 'json', admin: { hidden: true } },
    {
      name: 'error',
      type: 'text',
      // The `unsupported` sentence is stored in English and read in the reader's language.
      hooks: { afterRead: [unsupportedInReadersLanguage] },
      label: { en: 'Error', kk: 'Қате', ru: 'Ошибка' },
    },
  ],
})

const unsupportedInReadersLanguage: FieldHook = ({ data, req, siblingData, value }) =>
  siblingData?.status === 'unsupported'
    ? unsupportedMessage((data as { mimeType?: string } | undefined)?.mimeType, req.i18n?.language)
    : value

export const HOLD_FIELD = 'ethicsHold'

/**
 * What the editor sees while the review holds an item back: a notice at the top of the form and a list column,
 * both empty for items the review lets through. A UI field: it stores nothing.
 */
export const ethicsHoldField = (): Field => ({
  name: HOLD_FIELD,
  type: 'ui',
  label: HOLD_TEXT.column,
  admin: {
    components: {
      Cell: '/plugins/ai-ethics/src/exports/client#EthicsHoldCell',
      Field: '/plugins/ai-ethics/src/exports/client#EthicsHoldNotice',
    },
  },
})
