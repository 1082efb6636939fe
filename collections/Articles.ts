import { label } from '../src/i18n/locales'
import { mediaOfKind } from '../src/fields/mediaOfKind'
import { publishableCollection } from './shared/publishableCollection'

export const Articles = publishableCollection({
  slug: 'articles',
  labels: { plural: label('Мақалалар', 'Статьи', 'Articles'), singular: label('Мақала', 'Статья', 'Article') },
  fields: [
    mediaOfKind('image', { name: 'heroImage', label: label('Басты сурет', 'Главное изображение', 'Hero image') }),
    { name: 'body', type: 'richText', localized: true, label: label('Мәтін', 'Текст', 'Body') },
  ],
})
