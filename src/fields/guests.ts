import type { ArrayField } from 'payload'

import { label } from '../i18n/locales'

/** People appearing in a podcast episode, TV segment or video. */
export const guestsField = (overrides: Partial<ArrayField> = {}): ArrayField => ({
  name: 'guests',
  type: 'array',
  maxRows: 30,
  label: label('Қонақтар', 'Гости', 'Guests'),
  labels: {
    plural: label('Қонақтар', 'Гости', 'Guests'),
    singular: label('Қонақ', 'Гость', 'Guest'),
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Аты-жөні', 'Имя', 'Name') },
    {
      name: 'role',
      type: 'text',
      localized: true,
      label: label('Кім', 'Кто', 'Role / affiliation'),
    },
  ],
  ...overrides,
})
