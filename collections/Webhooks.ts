import type { CollectionConfig } from 'payload'

import { randomBytes } from 'crypto'

import { isAdmin } from '../src/access/roles'
import { WEBHOOKS_COLLECTION } from '../plugins/delivery/src/webhooks/constants'
import { refuseInternalTargets } from '../plugins/delivery/src/webhooks/refuseInternalTargets'
import { validateWebhookUrl } from '../plugins/delivery/src/webhooks/targetPolicy'
import { label } from '../src/i18n/locales'
import { WEBHOOK_EVENT_OPTIONS } from '../src/i18n/catalogue'

/**
 * Outgoing webhooks: websites and partners are told when content goes live, changes while live, or goes down.
 * Admins manage them; the secret signs every delivery (`X-Newsroom-Signature`) and only admins can read it back.
 * Targets must be public (plugins/delivery/src/webhooks/targetPolicy.ts) unless WEBHOOK_ALLOWED_HOSTS names them.
 */
export const Webhooks: CollectionConfig = {
  slug: WEBHOOKS_COLLECTION,
  labels: {
    plural: label('Вебхуктар', 'Вебхуки', 'Webhooks'),
    singular: label('Вебхук', 'Вебхук', 'Webhook'),
  },
  access: { create: isAdmin, delete: isAdmin, read: isAdmin, update: isAdmin },
  admin: {
    defaultColumns: ['url', 'events', 'active'],
    group: label('Интеграциялар', 'Интеграции', 'Integrations'),
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
      access: { read: isAdmin, update: isAdmin },
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
}
