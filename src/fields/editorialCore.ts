import type { Field, RelationshipField } from 'payload'

import { NATIONAL_ROLES, userRegionIds } from '../access/roles'
import { fieldMessage } from '../errors/language'
import { onlyRolesSetDate, ownRegionOnly } from '../hooks/fieldGuards'
import { label } from '../i18n/locales'
import { relationId } from '../utilities/relationId'
import { auditUserField } from './auditUser'
import { slugField } from './slug'

export const RUBRIC_FORMATS = [
  'column',
  'talk-series',
  'event-coverage',
  'podcast',
  'tv-programme',
  'video-series',
  'animation',
  'festival',
  'project',
] as const
export type RubricFormat = (typeof RUBRIC_FORMATS)[number]

type RubricOptions = {
  /** Only rubrics of these formats may be chosen (a podcast episode needs a podcast rubric). */
  formats?: RubricFormat[]
  label?: Record<string, string>
  required?: boolean
}

const rubricField = ({
  formats,
  label: fieldLabel,
  required = false,
}: RubricOptions): RelationshipField => ({
  name: 'rubric',
  type: 'relationship',
  relationTo: 'rubrics',
  required,
  index: true,
  label: fieldLabel ?? label('Айдар', 'Рубрика', 'Rubric'),
  admin: { position: 'sidebar' },
  ...(formats ? { filterOptions: { format: { in: formats } } } : {}),
  validate: async (value, { req }) => {
    const id = relationId(value)
    if (id === undefined)
      return required ? fieldMessage(req, 'VALIDATION_FAILED.required', { field: 'rubric' }) : true
    const rubric = await req.payload.findByID({
      collection: 'rubrics',
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: true,
      req,
    })
    if (!rubric) return fieldMessage(req, 'VALIDATION_FAILED.noRubric', { id: String(id) })
    if (formats && !formats.includes(rubric.format as RubricFormat)) {
      return fieldMessage(req, 'VALIDATION_FAILED.rubricFormat', {
        allowed: formats.join(', '),
        format: String(rubric.format),
        slug: String(rubric.slug),
      })
    }
    return true
  },
})

/**
 * The editorial core every publishable collection shares: headline, slug, excerpt, region, rubric,
 * contributors, tags, publication date and who created/last changed the item.
 */
export const editorialCoreFields = ({ rubric = {} }: { rubric?: RubricOptions } = {}): Field[] => [
  {
    name: 'title',
    type: 'text',
    localized: true,
    required: true,
    maxLength: 300,
    label: label('Тақырып', 'Заголовок', 'Title'),
  },
  {
    name: 'excerpt',
    type: 'textarea',
    localized: true,
    maxLength: 1000,
    label: label('Қысқаша мазмұны', 'Анонс', 'Excerpt'),
  },
  slugField(),
  {
    name: 'region',
    type: 'relationship',
    relationTo: 'regions',
    required: true,
    index: true,
    label: label('Өңір', 'Регион', 'Region'),
    // A new item starts in the author's region when she has exactly one.
    defaultValue: ({ user }) => {
      const regions = userRegionIds(user)
      return regions.length === 1 ? regions[0] : undefined
    },
    admin: { position: 'sidebar' },
    hooks: { beforeValidate: [ownRegionOnly('FORBIDDEN.ownRegionFile')] },
  },
  rubricField(rubric),
  {
    name: 'contributors',
    type: 'relationship',
    relationTo: 'contributors',
    hasMany: true,
    label: label('Авторлар', 'Авторы', 'Contributors'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'tags',
    type: 'text',
    hasMany: true,
    maxRows: 20,
    label: label('Тегтер', 'Теги', 'Tags'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'publishedAt',
    type: 'date',
    index: true,
    label: label('Жарияланған күні', 'Дата публикации', 'Published at'),
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    // A copy of an item is not published: it gets its own date when it is.
    disableDuplicate: true,
    // Stamped by the server on the first publication (src/hooks/setPublishedAt.ts); editors may backdate.
    hooks: {
      beforeValidate: [
        onlyRolesSetDate([...NATIONAL_ROLES, 'regional-editor'], 'FORBIDDEN.publishedAtByEditors'),
      ],
    },
  },
  auditUserField('createdBy', label('Құрастырған', 'Создал', 'Created by')),
  auditUserField('updatedBy', label('Соңғы өзгерткен', 'Последним изменил', 'Last changed by')),
]
