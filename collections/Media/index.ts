import type { CollectionConfig } from 'payload'

import path from 'path'
import { fileURLToPath } from 'url'

import { AUTHOR_ROLES, hasRole, NATIONAL_ROLES } from '../../src/access/roles'
import { mediaVisibilityFields, setMediaVisibility } from '../../plugins/delivery/src/publicMedia/mediaFields'
import { auditUserField } from '../../src/fields/auditUser'
import { fileResponseHeaders } from '../../src/http/fileHeaders'
import { label } from '../../src/i18n/locales'
import { readMedia, updateMedia } from './access'
import { checkUploadContent } from './hooks/checkUploadContent'
import { giveUploadAUniqueName } from './hooks/uniqueFilename'
import { ogSizeField, removeOgSize, removeReplacedOgSize, startOgRendering, storeOgSize, writeOgSize } from './ogImage'
import { ALLOWED_MIME_TYPES } from './uploadRules'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Upload storage; tests point it at a scratch folder. */
export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR || path.join(projectRoot, 'media'))

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { plural: label('Медиафайлдар', 'Медиафайлы', 'Media'), singular: label('Медиафайл', 'Медиафайл', 'Media file') },
  access: {
    create: ({ req: { user } }) => hasRole(user, ...AUTHOR_ROLES),
    delete: ({ req: { user } }) => hasRole(user, ...NATIONAL_ROLES),
    read: readMedia,
    update: updateMedia,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'credit'],
    group: label('Мазмұн', 'Контент', 'Content'),
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      maxLength: 300,
      label: label('Балама мәтін', 'Альтернативный текст', 'Alt text'),
      admin: {
        description: label(
          'Суретте не бар екенін көру қабілеті төмен оқырманға сипаттаңыз.',
          'Опишите изображение для незрячих читателей.',
          'Describe the picture for readers who cannot see it.',
        ),
      },
    },
    { name: 'caption', type: 'textarea', localized: true, label: label('Сурет асты жазуы', 'Подпись', 'Caption') },
    { name: 'credit', type: 'text', label: label('Авторы / дереккөзі', 'Автор / источник', 'Credit') },
    {
      // A file the newsroom does not take is refused in the browser, before it is sent (admin/UploadCheck.tsx).
      name: 'uploadCheck',
      type: 'ui',
      admin: {
        components: { Field: '/collections/Media/admin/UploadCheck#UploadCheck' },
        disableListColumn: true,
      },
    },
    auditUserField('createdBy', label('Жүктеген', 'Загрузил', 'Uploaded by')),
    ...mediaVisibilityFields(),
    ogSizeField,
    // Labels for Payload's own upload fields that it names in English only (merged into its fields by name).
    { name: 'mimeType', type: 'text', label: label('Файл түрі', 'Тип файла', 'File type') },
    { name: 'url', type: 'text', label: label('Сілтеме', 'Ссылка', 'Link'), admin: { disableListFilter: true } },
    { name: 'thumbnailURL', type: 'text', label: label('Нобай сілтемесі', 'Ссылка на миниатюру', 'Thumbnail link'), admin: { disableListFilter: true } },
  ],
  hooks: {
    afterChange: [writeOgSize, removeReplacedOgSize],
    afterDelete: [removeOgSize],
    beforeChange: [storeOgSize, setMediaVisibility],
    beforeOperation: [checkUploadContent, giveUploadAUniqueName, startOgRendering],
  },
  upload: {
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // The width-only sizes keep the whole picture, so the focal point cannot move them: `fit: 'inside'` says so
    // and Payload resizes them in one sharp pass (with JPEG shrink-on-load) instead of its focal-point crop, which
    // resizes the full image twice. The `og` crop (1200×630) does follow the focal point: see ./ogImage.ts.
    imageSizes: [
      { name: 'thumbnail', width: 320, fit: 'inside' },
      { name: 'card', width: 640, fit: 'inside' },
      { name: 'hero', width: 1600, fit: 'inside' },
    ],
    mimeTypes: ALLOWED_MIME_TYPES,
    // nosniff, a sandbox, and a download for anything that is not a raster image (src/http/fileHeaders.ts).
    modifyResponseHeaders: fileResponseHeaders,
    staticDir: mediaDir(),
  },
}
