import type { TextFieldSingleValidation } from 'payload'

import { fieldMessage } from '../src/errors/language'
import { label } from '../src/i18n/locales'
import { durationField } from '../src/fields/duration'
import { guestsField } from '../src/fields/guests'
import { mediaOfKind } from '../src/fields/mediaOfKind'
import { validateHttpsUrl } from '../src/fields/videoUrl'
import { publishableCollection } from './shared/publishableCollection'
import { CONTENT_TYPE_LABELS } from '../src/i18n/catalogue'

const videoOrUrl: TextFieldSingleValidation = (value, { req, siblingData }) => {
  const urlCheck = validateHttpsUrl(value, 'externalUrl', req)
  if (urlCheck !== true) return urlCheck
  return value || (siblingData as { video?: unknown }).video
    ? true
    : fieldMessage(req, 'VALIDATION_FAILED.videoLinkOrUpload', { field: 'externalUrl' })
}

export const TvSegments = publishableCollection({
  slug: 'tv-segments',
  labels: CONTENT_TYPE_LABELS['tv-segments'],
  rubric: {
    formats: ['tv-programme'],
    label: label('Телебағдарлама', 'Телепрограмма', 'Programme'),
    required: true,
  },
  admin: { defaultColumns: ['title', 'rubric', 'airDate', 'channel', '_status'] },
  fields: [
    {
      name: 'airDate',
      type: 'date',
      required: true,
      index: true,
      label: label('Эфир күні', 'Дата эфира', 'Air date'),
    },
    { name: 'channel', type: 'text', label: label('Арна', 'Телеканал', 'Channel') },
    durationField(),
    mediaOfKind('video', { name: 'video', label: label('Бейнефайл', 'Видеофайл', 'Video file') }),
    {
      name: 'externalUrl',
      type: 'text',
      label: label('Бейне сілтемесі', 'Ссылка на видео', 'Video link'),
      validate: videoOrUrl,
    },
    mediaOfKind('image', { name: 'heroImage', label: label('Мұқаба', 'Обложка', 'Cover image') }),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('Қысқаша мазмұны', 'Краткое содержание', 'Summary'),
    },
    guestsField(),
  ],
})
