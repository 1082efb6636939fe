import type { CollectionConfig } from 'payload'

import { randomBytes } from 'crypto'

import type { ResolvedDeliveryOptions } from '../types'

import { label } from '../../../shared/labels'
import { WEBHOOK_DELIVERIES_COLLECTION, WEBHOOKS_COLLECTION } from './constants'
import { deliveryErrorFields } from './deliveryError'
import { refuseInternalTargets } from './refuseInternalTargets'
import { validateWebhookUrl } from './targetPolicy'

/** Webhook events, as the webhook form offers them and the delivery log shows them. */
export const WEBHOOK_EVENT_OPTIONS = [
  { label: label('Жарияланды', 'Опубликовано', 'Published'), value: 'publish' },
  { label: label('Жариялау тоқтатылды', 'Снято с публикации', 'Unpublished'), value: 'unpublish' },
  {
    label: label(
      'Жарияланған материал жаңартылды',
      'Обновлён опубликованный материал',
      'Published item updated',
    ),
    value: 'update-published',
  },
]

const INTEGRATIONS = label('Интеграциялар', 'Интеграции', 'Integrations')
const nobody = () => false

/**
 * Outgoing webhooks: websites and partners are told when content goes live, changes while live, or goes down.
 * Those `manageWebhooks` allows manage them; the secret signs every delivery (`X-Newsroom-Signature`) and only they
 * can read it back. Targets must be public (./targetPolicy.ts) unless WEBHOOK_ALLOWED_HOSTS names them.
 */
export const webhooksCollection = ({
  manageWebhooks,
}: Pick<ResolvedDeliveryOptions, 'manageWebhooks'>): CollectionConfig => ({
  slug: WEBHOOKS_COLLECTION,
  labels: {
    plural: label('Вебхуктар', 'Вебхуки', 'Webhooks'),
    singular: label('Вебхук', 'Вебхук', 'Webhook'),
  },
  access: {
    create: manageWebhooks,
    delete: manageWebhooks,
    read: manageWebhooks,
    update: manageWebhooks,
  },
  admin: {
    defaultColumns: ['url', 'events', 'active'],
    group: INTEGRATIONS,
    useAsTitle: 'url',
  },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      label: label('Мекенжай (URL)', 'Адрес (URL)', 'URL'),
      validate: validateWebhookUrl,
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      label: label('Оқиғалар', 'События', 'Events'),
      options: WEBHOOK_EVENT_OPTIONS,
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: 16,
      label: label('Құпия кілт', 'Секрет', 'Secret'),
      defaultValue: () => randomBytes(32).toString('hex'),
      access: { read: manageWebhooks, update: manageWebhooks },
      admin: {
        description: label(
          'Әр жіберілім X-Newsroom-Signature тақырыбында осы кілтпен қол қойылады (HMAC-SHA256).',
          'Каждая доставка подписывается этим ключом в заголовке X-Newsroom-Signature (HMAC-SHA256).',
          'Every delivery is signed with this key in the X-Newsroom-Signature header (HMAC-SHA256).',
        ),
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: label('Белсенді', 'Активен', 'Active'),
    },
  ],
  hooks: { beforeChange: [refuseInternalTargets] },
  timestamps: true,
})

/**
 * One record per delivery attempt, written by the delivery job: what was sent where, and what came back. Read by
 * those `manageWebhooks` allows; nobody writes it through the API.
 */
export const webhookDeliveriesCollection = ({
  manageWebhooks,
}: Pick<ResolvedDeliveryOptions, 'manageWebhooks'>): CollectionConfig => ({
  slug: WEBHOOK_DELIVERIES_COLLECTION,
  labels: {
    plural: label('Вебхук жіберілімдері', 'Доставки вебхуков', 'Webhook deliveries'),
    singular: label('Вебхук жіберілімі', 'Доставка вебхука', 'Webhook delivery'),
  },
  access: { create: nobody, delete: nobody, read: manageWebhooks, update: nobody },
  admin: {
    defaultColumns: [
      'createdAt',
      'webhook',
      'event',
      'statusCode',
      'attempt',
      'durationMs',
      'error',
    ],
    group: INTEGRATIONS,
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: WEBHOOKS_COLLECTION,
      index: true,
      label: label('Вебхук', 'Вебхук', 'Webhook'),
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      options: WEBHOOK_EVENT_OPTIONS,
      label: label('Оқиға', 'Событие', 'Event'),
    },
    { name: 'targetCollection', type: 'text', label: label('Бөлім', 'Раздел', 'Collection') },
    { name: 'docId', type: 'text', index: true, label: label('Құжат', 'Документ', 'Item id') },
    { name: 'url', type: 'text', label: label('Мекенжай', 'Адрес', 'URL') },
    { name: 'statusCode', type: 'number', label: label('HTTP коды', 'HTTP-код', 'Status code') },
    {
      name: 'attempt',
      type: 'number',
      required: true,
      label: label('Әрекет', 'Попытка', 'Attempt'),
    },
    { name: 'ok', type: 'checkbox', index: true, label: label('Сәтті', 'Успешно', 'Delivered') },
    // error (in the reader's language), errorCode, errorParams
    ...deliveryErrorFields,
    {
      name: 'durationMs',
      type: 'number',
      label: label('Ұзақтығы, мс', 'Длительность, мс', 'Duration (ms)'),
    },
    { name: 'jobId', type: 'text', admin: { hidden: true } },
  ],
  timestamps: true,
})
