import type { FieldHook, TextFieldSingleValidation } from 'payload'

import { fieldMessage } from '../src/errors/language'
import { label } from '../src/i18n/locales'
import { durationField } from '../src/fields/duration'
import { guestsField } from '../src/fields/guests'
import { mediaOfKind } from '../src/fields/mediaOfKind'
import { validateHttpsUrl, videoProvider } from '../src/fields/videoUrl'
import { publishableCollection } from './shared/publishableCollection'
import { CONTENT_TYPE_LABELS } from '../src/i18n/catalogue'

const urlOrUpload: TextFieldSingleValidation = (value, { req, siblingData }) => {
  const urlCheck = validateHttpsUrl(value, 'videoUrl', req)
  if (urlCheck !== true) return urlCheck
  return value || (siblingData as { video?: unknown }).video
    ? true
    : fieldMessage(req, 'VALIDATION_FAILED.videoLinkOrUpload', { field: 'videoUrl' })
}

const deriveProvider: FieldHook = ({ siblingData }) =>
  siblingData.videoUrl && validateHttpsUrl(siblingData.videoUrl, 'videoUrl') === true
    ? videoProvider(siblingData.videoUrl)
    : 'upload'

export const Videos = publishableCollection({
  slug: 'videos',
  labels: CONTENT_TYPE_LABELS.videos,
  rubric: { formats: ['video-series', 'animation', 'project', 'talk-series'] },
  fields: [
    {
      name: 'videoUrl',
      type: 'text',
      label: label('Бейне сілтемесі', 'Ссылка на видео', 'Video link (YouTube, Vimeo, https)'),
      validate: urlOrUpload,
    },
    mediaOfKind('video', { name: 'video', label: label('Бейнефайл', 'Видеофайл', 'Video file') }),
    {
      name: 'provider',
      type: 'select',
      label: label('Платформа', 'Платформа', 'Provider'),
      options: [
        { label: label('YouTube', 'YouTube', 'YouTube'), value: 'youtube' },
        { label: label('Vimeo', 'Vimeo', 'Vimeo'), value: 'vimeo' },
        { label: label('Басқа сайт', 'Другой сайт', 'Other site'), value: 'other' },
        { label: label('Жүктелген файл', 'Загруженный файл', 'Uploaded file'), value: 'upload' },
      ],
      admin: { position: 'sidebar', readOnly: true },
      hooks: { beforeChange: [deriveProvider] },
    },
    durationField(),
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      label: label('Аудиториясы', 'Аудитория', 'Audience'),
      options: [
        {
          label: label('Мемлекеттік қызметшілер', 'Госслужащие', 'Civil servants'),
          value: 'civil-servants',
        },
        { label: label('Мұғалімдер', 'Учителя', 'Teachers'), value: 'teachers' },
        { label: label('Журналистер', 'Журналисты', 'Journalists'), value: 'journalists' },
        {
          label: label('Жастар ұйымдары', 'Молодёжные организации', 'Youth organisations'),
          value: 'youth-organisations',
        },
        { label: label('Жұртшылық', 'Широкая публика', 'General public'), value: 'general-public' },
      ],
    },
    mediaOfKind('image', { name: 'heroImage', label: label('Мұқаба', 'Обложка', 'Cover image') }),
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: label('Сипаттамасы', 'Описание', 'Description'),
    },
    guestsField(),
  ],
})
