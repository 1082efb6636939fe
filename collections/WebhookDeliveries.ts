import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/roles'
import {
  WEBHOOK_DELIVERIES_COLLECTION,
  WEBHOOKS_COLLECTION,
} from '../plugins/delivery/src/webhooks/constants'
import { deliveryErrorFields } from '../plugins/delivery/src/webhooks/deliveryError'
import { WEBHOOK_EVENT_OPTIONS } from '../src/i18n/catalogue'
import { label } from '../src/i18n/locales'
import { nobody } from '../plugins/workflow/src/access'

/** One record per delivery attempt, written by the delivery job: what was sent where, and what came back. */
export const WebhookDeliveries: CollectionConfig = {
  slug: WEBHOOK_DELIVERIES_COLLECTION,
  labels: {
    plural: label('Вебхук жіберілімдері', 'Доставки вебхуков', 'Webhook deliveries'),
    singular: label('Вебхук жіберілімі', 'Доставка вебхука', 'Webhook delivery'),
  },
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
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
    group: label('Интеграциялар', 'Интеграции', 'Integrations'),
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
}
