import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '../src/access/roles'
import { label } from '../src/i18n/locales'
import { slugField } from '../src/fields/slug'

export const Regions: CollectionConfig<'regions'> = {
  slug: 'regions',
  labels: {
    plural: label('Өңірлер', 'Регионы', 'Regions'),
    singular: label('Өңір', 'Регион', 'Region'),
  },
  access: { create: isAdmin, delete: isAdmin, read: anyone, update: isAdmin },
  admin: {
    defaultColumns: ['name', 'kind', 'slug'],
    group: label('Анықтамалықтар', 'Справочники', 'Reference'),
    useAsTitle: 'name',
  },
  defaultSort: 'order',
  fields: [
    {
      name: 'name',
      type: 'text',
      localized: true,
      required: true,
      label: label('Атауы', 'Название', 'Name'),
    },
    slugField({ from: 'name' }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: label('Түрі', 'Тип', 'Kind'),
      options: [
        {
          label: label('Республикалық маңызы бар қала', 'Город республиканского значения', 'City'),
          value: 'city',
        },
        { label: label('Облыс', 'Область', 'Oblast'), value: 'oblast' },
      ],
    },
    {
      name: 'order',
      type: 'number',
      label: label('Реттік нөмірі', 'Порядок', 'Order'),
      admin: { position: 'sidebar' },
    },
  ],
}
