import { label } from '../src/i18n/locales'
import { mediaOfKind } from '../src/fields/mediaOfKind'
import { publishableCollection } from './shared/publishableCollection'
import { CONTENT_TYPE_LABELS } from '../src/i18n/catalogue'

export const Articles = publishableCollection({
  slug: 'articles',
  labels: CONTENT_TYPE_LABELS.articles,
  fields: [
    mediaOfKind('image', {
      name: 'heroImage',
      label: label('Басты сурет', 'Главное изображение', 'Hero image'),
    }),
    { name: 'body', type: 'richText', localized: true, label: label('Мәтін', 'Текст', 'Body') },
  ],
})
