import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isNationalEditor } from '../src/access/roles'
import { RUBRIC_FORMATS } from '../src/fields/editorialCore'
import { slugField } from '../src/fields/slug'
import { label } from '../src/i18n/locales'
import { ensureRelationsExist } from '../src/hooks/ensureRelationsExist'

const FORMAT_LABELS: Record<(typeof RUBRIC_FORMATS)[number], Record<string, string>> = {
  animation: label('Анимация', 'Анимация', 'Animation'),
  column: label('Айдар / портреттер', 'Колонка / портреты', 'Column / profiles'),
  'event-coverage': label('Іс-шара жаңалықтары', 'Освещение событий', 'Event coverage'),
  festival: label('Фестиваль', 'Фестиваль', 'Festival'),
  podcast: label('Подкаст', 'Подкаст', 'Podcast'),
  project: label('Жоба', 'Проект', 'Project'),
  'talk-series': label('Сұхбат сериясы', 'Цикл бесед', 'Talk series'),
  'tv-programme': label('Телебағдарлама', 'Телепрограмма', 'TV programme'),
  'video-series': label('Бейнесериясы', 'Видеоцикл', 'Video series'),
}

export const Rubrics: CollectionConfig<'rubrics'> = {
  slug: 'rubrics',
  labels: {
    plural: label('Айдарлар', 'Рубрики', 'Rubrics'),
    singular: label('Айдар', 'Рубрика', 'Rubric'),
  },
  access: { create: isNationalEditor, delete: isAdmin, read: anyone, update: isNationalEditor },
  admin: {
    defaultColumns: ['name', 'format', 'region'],
    group: label('Анықтамалықтар', 'Справочники', 'Reference'),
    useAsTitle: 'name',
  },
  defaultSort: 'slug',
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
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      label: label('Үй өңірі', 'Домашний регион', 'Home region'),
      admin: {
        description: label(
          'Бос болса — республикалық айдар.',
          'Пусто — общенациональная рубрика.',
          'Empty means a national rubric.',
        ),
      },
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      index: true,
      label: label('Форматы', 'Формат', 'Format'),
      options: RUBRIC_FORMATS.map((value) => ({ label: FORMAT_LABELS[value], value })),
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Сипаттамасы', 'Описание', 'Description'),
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: label('Мұқаба', 'Обложка', 'Cover'),
    },
  ],
  hooks: { beforeChange: [ensureRelationsExist] },
}
