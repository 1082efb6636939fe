import type { PayloadRequest } from 'payload'

import { fieldMessage } from '../src/errors/language'
import { label } from '../src/i18n/locales'
import { mediaOfKind } from '../src/fields/mediaOfKind'
import { publishableCollection } from './shared/publishableCollection'
import { CONTENT_TYPE_LABELS } from '../src/i18n/catalogue'

export const EthnoEvents = publishableCollection({
  slug: 'ethno-events',
  labels: CONTENT_TYPE_LABELS['ethno-events'],
  rubric: { formats: ['event-coverage', 'festival', 'project'] },
  admin: { defaultColumns: ['title', 'region', 'eventDate', '_status', 'publishedAt'] },
  fields: [
    {
      name: 'eventDate',
      type: 'date',
      required: true,
      index: true,
      label: label('Өткен күні', 'Дата события', 'Event date'),
    },
    {
      name: 'venue',
      type: 'text',
      localized: true,
      label: label('Өткен орны', 'Место проведения', 'Venue'),
    },
    {
      name: 'associations',
      type: 'array',
      maxRows: 50,
      label: label(
        'Қатысқан этномәдени бірлестіктер',
        'Этнокультурные объединения',
        'Ethno-cultural associations',
      ),
      labels: {
        plural: label('Этномәдени бірлестіктер', 'Этнокультурные объединения', 'Associations'),
        singular: label('Этномәдени бірлестік', 'Этнокультурное объединение', 'Association'),
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          localized: true,
          required: true,
          label: label('Атауы', 'Название', 'Name'),
        },
      ],
    },
    {
      name: 'participantsCount',
      type: 'number',
      min: 0,
      max: 1_000_000,
      label: label('Қатысушылар саны', 'Число участников', 'Participants'),
      validate: (value: null | number | undefined, { req }: { req?: PayloadRequest }) =>
        value === null ||
        value === undefined ||
        (Number.isInteger(value) && value >= 0 && value <= 1_000_000)
          ? true
          : fieldMessage(req, 'VALIDATION_FAILED.wholeNumberRange', {
              field: 'participantsCount',
              max: '1 000 000',
              min: 0,
            }),
    },
    mediaOfKind('image', {
      name: 'heroImage',
      label: label('Басты сурет', 'Главное изображение', 'Hero image'),
    }),
    { name: 'body', type: 'richText', localized: true, label: label('Мәтін', 'Текст', 'Body') },
    mediaOfKind('image', {
      name: 'gallery',
      hasMany: true,
      maxRows: 60,
      label: label('Фотогалерея', 'Фотогалерея', 'Gallery'),
    }),
  ],
})
