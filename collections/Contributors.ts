import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { anyone, hasRole, isAdmin, NATIONAL_ROLES, userRegionIds } from '../src/access/roles'
import { label } from '../src/i18n/locales'
import { ensureRelationsExist } from '../src/hooks/ensureRelationsExist'
import { onlyAdminsChange, ownRegionOnly } from '../src/hooks/fieldGuards'

const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user)

/**
 * National editors edit every profile, regional editors those of their regions, anyone their own; a profile's region
 * stays among the editor's own regions, and only an administrator links it to an account.
 */
const updateContributors: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, ...NATIONAL_ROLES)) return true
  const own: Where = { user: { equals: user.id } }
  return hasRole(user, 'regional-editor')
    ? { or: [own, { region: { in: userRegionIds(user) } }] }
    : own
}

export const MEDIA_TYPES = ['tv', 'radio', 'print', 'online', 'blogger', 'new-media'] as const

export const Contributors: CollectionConfig<'contributors'> = {
  slug: 'contributors',
  labels: {
    plural: label('Авторлар', 'Авторы', 'Contributors'),
    singular: label('Автор', 'Автор', 'Contributor'),
  },
  access: {
    create: ({ req: { user } }) => hasRole(user, ...NATIONAL_ROLES, 'regional-editor'),
    delete: isAdmin,
    read: anyone,
    update: updateContributors,
  },
  admin: {
    defaultColumns: ['fullName', 'region', 'mediaType', 'outlet', 'active'],
    group: label('Редакция', 'Редакция', 'Newsroom'),
    useAsTitle: 'fullName',
  },
  defaultSort: 'fullName',
  fields: [
    {
      name: 'fullName',
      type: 'text',
      required: true,
      index: true,
      label: label('Аты-жөні', 'ФИО', 'Full name'),
    },
    {
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      required: true,
      index: true,
      label: label('Өңір', 'Регион', 'Region'),
      hooks: { beforeValidate: [ownRegionOnly('FORBIDDEN.ownRegionContributors')] },
    },
    {
      name: 'mediaType',
      type: 'select',
      required: true,
      label: label('БАҚ түрі', 'Тип СМИ', 'Media type'),
      options: [
        { label: label('Телевизия', 'Телевидение', 'TV'), value: 'tv' },
        { label: label('Радио', 'Радио', 'Radio'), value: 'radio' },
        { label: label('Баспасөз', 'Печать', 'Print'), value: 'print' },
        { label: label('Онлайн БАҚ', 'Онлайн-СМИ', 'Online'), value: 'online' },
        { label: label('Блогер', 'Блогер', 'Blogger'), value: 'blogger' },
        { label: label('Жаңа медиа', 'Новые медиа', 'New media'), value: 'new-media' },
      ],
    },
    { name: 'outlet', type: 'text', label: label('Басылым / арна', 'Издание / канал', 'Outlet') },
    {
      name: 'bio',
      type: 'textarea',
      localized: true,
      label: label('Өмірбаяны', 'Биография', 'Biography'),
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: label('Фото', 'Фото', 'Photo') },
    {
      name: 'email',
      type: 'email',
      label: label('Электрондық пошта', 'Эл. почта', 'E-mail'),
      access: { read: staffOnly },
      admin: {
        description: label(
          'Тек редакцияға көрінеді.',
          'Видно только редакции.',
          'Visible to staff only.',
        ),
      },
    },
    {
      name: 'phone',
      type: 'text',
      label: label('Телефон', 'Телефон', 'Phone'),
      access: { read: staffOnly },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: label('Пайдаланушы', 'Пользователь', 'User account'),
      access: { read: staffOnly },
      admin: { position: 'sidebar' },
      // Linking a profile to an account lets that account edit it: an administrator's decision.
      hooks: { beforeValidate: [onlyAdminsChange] },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: label('Белсенді', 'Активен', 'Active'),
      admin: { position: 'sidebar' },
    },
  ],
  hooks: { beforeChange: [ensureRelationsExist] },
}
