import type { Field, FieldAccess, FieldHook } from 'payload'

import type { ResolvedAIEthicsOptions } from '../types'

import { SCOPES, USAGES } from '../constants'

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
      options: USAGES.map((value) => ({ label: value, value })),
    },
    { name: 'tools', type: 'text', hasMany: true, maxRows: 10, label: { en: 'Tools', kk: 'Құралдар', ru: 'Инструменты' } },
    {
      name: 'scope',
      type: 'select',
      hasMany: true,
      label: { en: 'What AI did', kk: 'ЖИ не істеді', ru: 'Что делал ИИ' },
      options: SCOPES.map((value) => ({ label: value, value })),
    },
  ],
})

/** The ethics review, managed by the server: read as `reviewAccess.document` allows, never in the public API. */
export const ethicsReviewField = (options: ResolvedAIEthicsOptions, usersSlug: string): Field => ({
  name: 'ethicsReview',
  type: 'group',
  label: { en: 'Ethics review', kk: 'Этикалық тексеру', ru: 'Этическая проверка' },
  access: { create: serverOnly, read: ({ doc, req }) => options.reviewAccess.document({ doc, req }), update: serverOnly },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    {
      name: 'status',
      type: 'select',
      defaultValue: 'not_required',
      index: true,
      options: ['not_required', 'pending', 'cleared', 'rejected'],
    },
    {
      name: 'flags',
      type: 'array',
      fields: [
        { name: 'source', type: 'select', options: ['disclosure', 'text', 'image', 'external'], required: true },
        { name: 'signal', type: 'text', required: true },
        { name: 'detail', type: 'text' },
        { name: 'locale', type: 'text' },
        { name: 'at', type: 'date' },
      ],
    },
    { name: 'reviewer', type: 'relationship', relationTo: usersSlug as never },
    { name: 'reviewedAt', type: 'date' },
    { name: 'note', type: 'textarea' },
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
    const fallback = localization && options.labels[localization.defaultLocale] ? localization.defaultLocale : Object.keys(options.labels)[0]
    const locale = req.locale && options.labels[req.locale] ? req.locale : fallback
    return options.labels[locale]?.[kind] ?? null
  }

const jsonLdFor: FieldHook = ({ siblingData }) =>
  siblingData?.kind && siblingData.digitalSourceType
    ? { '@context': 'https://schema.org', '@type': 'CreativeWork', digitalSourceType: siblingData.digitalSourceType }
    : null

/**
 * What readers are told (Kazakhstan's AI law, Art. 21: a visible warning and a machine-readable mark):
 * computed on save from the declaration and the media's provenance; the label follows the requested locale.
 */
export const readerDisclosureField = (options: ResolvedAIEthicsOptions): Field => ({
  name: 'aiNotice',
  type: 'group',
  label: { en: 'AI notice for readers', kk: 'Оқырманға ЖИ туралы ескерту', ru: 'Пометка об ИИ для читателей' },
  access: { create: serverOnly, update: serverOnly },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    { name: 'kind', type: 'select', options: ['assisted', 'generated'] },
    { name: 'digitalSourceType', type: 'text' },
    { name: 'label', type: 'text', virtual: true, hooks: { afterRead: [labelFor(options)] } },
    { name: 'jsonLd', type: 'json', virtual: true, hooks: { afterRead: [jsonLdFor] } },
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
    { name: 'classification', type: 'select', index: true, options: ['generative-ai', 'synthetic', 'not-ai', 'unknown'] },
    { name: 'xmpDigitalSourceType', type: 'text' },
    { name: 'c2paPresent', type: 'checkbox' },
    { name: 'c2paClaimGenerator', type: 'text' },
    { name: 'c2paDigitalSourceTypes', type: 'text', hasMany: true },
    { name: 'c2paReferencedButMissing', type: 'checkbox' },
    // `invalid`: a manifest is there but its signature, certificate or hashes do not check out (a flag for review).
    { name: 'c2paValidation', type: 'select', options: ['valid', 'invalid'] },
    { name: 'c2paValidationErrors', type: 'text', hasMany: true },
    { name: 'readError', type: 'text' },
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
  label: { en: 'Content Credentials (C2PA)', kk: 'Контент тегінің куәлігі (C2PA)', ru: 'Учётные данные контента (C2PA)' },
  access: { create: serverOnly, read: ({ req }) => Boolean(req.user), update: serverOnly },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    {
      name: 'notice',
      type: 'ui',
      admin: { components: { Field: { path: '/plugins/ai-ethics/src/exports/rsc#SigningNotice', serverProps: { signingOn } } } },
    },
    // Empty: not signed (yet). `failed`: the last attempt failed, `error` says why; the next publication or change of the file retries.
    {
      name: 'status',
      type: 'select',
      index: true,
      label: { en: 'Status', kk: 'Күйі', ru: 'Статус' },
      options: [
        { label: { en: 'Signed', kk: 'Қол қойылды', ru: 'Подписано' }, value: 'signed' },
        { label: { en: 'Failed', kk: 'Сәтсіз', ru: 'Ошибка' }, value: 'failed' },
      ],
    },
    { name: 'signedAt', type: 'date', label: { en: 'Signed at', kk: 'Қол қойылған уақыты', ru: 'Подписано в' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'publisher', type: 'text', label: { en: 'Published by', kk: 'Жариялаған', ru: 'Опубликовал' } },
    { name: 'signer', type: 'text', label: { en: 'Signing certificate', kk: 'Қол қою сертификаты', ru: 'Сертификат подписи' } },
    // [{ size, filename, sha256 }] of the files as signed: a file whose bytes differ was made again since.
    { name: 'files', type: 'json', admin: { hidden: true } },
    { name: 'error', type: 'text', label: { en: 'Error', kk: 'Қате', ru: 'Ошибка' } },
  ],
})
