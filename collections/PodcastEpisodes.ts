import { label } from '../src/i18n/locales'
import { durationField } from '../src/fields/duration'
import { guestsField } from '../src/fields/guests'
import { mediaOfKind } from '../src/fields/mediaOfKind'
import { publishableCollection } from './shared/publishableCollection'
import { CONTENT_TYPE_LABELS } from '../src/i18n/catalogue'

export const PodcastEpisodes = publishableCollection({
  slug: 'podcast-episodes',
  labels: CONTENT_TYPE_LABELS['podcast-episodes'],
  rubric: { formats: ['podcast'], label: label('Подкаст', 'Подкаст', 'Show'), required: true },
  admin: { defaultColumns: ['title', 'rubric', 'season', 'episodeNumber', '_status'] },
  fields: [
    {
      name: 'season',
      type: 'number',
      min: 1,
      max: 100,
      defaultValue: 1,
      label: label('Маусым', 'Сезон', 'Season'),
    },
    {
      name: 'episodeNumber',
      type: 'number',
      required: true,
      min: 1,
      max: 10000,
      label: label('Шығарылым нөмірі', 'Номер выпуска', 'Episode number'),
    },
    mediaOfKind('audio', {
      name: 'audio',
      required: true,
      label: label('Аудио', 'Аудио', 'Audio'),
    }),
    durationField(),
    mediaOfKind('image', { name: 'heroImage', label: label('Мұқаба', 'Обложка', 'Cover image') }),
    {
      name: 'showNotes',
      type: 'richText',
      localized: true,
      label: label('Шығарылым туралы', 'Описание выпуска', 'Show notes'),
    },
    {
      name: 'transcript',
      type: 'textarea',
      localized: true,
      label: label('Мәтіндік нұсқасы', 'Расшифровка', 'Transcript'),
    },
    guestsField(),
  ],
})
