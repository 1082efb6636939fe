import type { CollectionConfig } from 'payload'

import { checkCurrentPasswordFirst, currentPasswordField } from '../../src/accounts/currentPassword'
import { accountEndpoints } from '../../src/accounts/endpoints'
import { guardSignIn, rememberCreatedAccount, settleSignIn } from '../../src/accounts/signInGuard'
import { isAdmin, ROLES } from '../../src/access/roles'
import { label } from '../../src/i18n/locales'
import { applyStoredLanguage, languageField } from '../../src/i18n/userLanguage'
import { ensureRelationsExist } from '../../src/hooks/ensureRelationsExist'
import { readUsers } from './access/readUsers'
import { updateUsers } from './access/updateUsers'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { hideOthersSessions } from './hooks/hideOthersSessions'
import { onlyAdminsChange } from '../../src/hooks/fieldGuards'

const ROLE_LABELS: Record<(typeof ROLES)[number], Record<string, string>> = {
  admin: label('Әкімші', 'Администратор', 'Administrator'),
  'chief-editor': label('Бас редактор', 'Главный редактор', 'Chief editor'),
  'ethics-reviewer': label('Этика сарапшысы', 'Эксперт по этике', 'Ethics reviewer'),
  journalist: label('Журналист', 'Журналист', 'Journalist'),
  'regional-editor': label('Өңірлік редактор', 'Региональный редактор', 'Regional editor'),
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    plural: label('Пайдаланушылар', 'Пользователи', 'Users'),
    singular: label('Пайдаланушы', 'Пользователь', 'User'),
  },
  // No account lock: anyone could lock a colleague out with it. Sign-ins are throttled instead (src/accounts/).
  auth: { maxLoginAttempts: 0 },
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: readUsers,
    unlock: isAdmin,
    update: updateUsers,
  },
  endpoints: accountEndpoints,
  admin: {
    defaultColumns: ['name', 'email', 'roles', 'regions'],
    group: label('Редакция', 'Редакция', 'Newsroom'),
    useAsTitle: 'name',
  },
  fields: [
    // First, so the admin shows it right under Payload's e-mail and password fields when a change needs it.
    currentPasswordField,
    { name: 'name', type: 'text', required: true, label: label('Аты-жөні', 'Имя', 'Name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['journalist'],
      label: label('Рөлдері', 'Роли', 'Roles'),
      options: ROLES.map((value) => ({ label: ROLE_LABELS[value], value })),
      access: { create: isAdmin, update: isAdmin },
      hooks: { beforeValidate: [onlyAdminsChange] },
    },
    {
      name: 'regions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      saveToJWT: true,
      label: label('Өңірлері', 'Регионы', 'Regions'),
      admin: {
        description: label(
          'Өңірлік редактор мен журналист тек осы өңірлерде жұмыс істейді.',
          'Региональный редактор и журналист работают только в этих регионах.',
          'Regional editors and journalists work only in these regions.',
        ),
      },
      access: { create: isAdmin, update: isAdmin },
      hooks: { beforeValidate: [onlyAdminsChange] },
    },
    {
      name: 'contributor',
      type: 'relationship',
      relationTo: 'contributors',
      label: label('Автор профилі', 'Профиль автора', 'Contributor profile'),
      // Which profile is whose is an assignment, as the profile's own `user` link.
      hooks: { beforeValidate: [onlyAdminsChange] },
    },
    languageField,
  ],
  hooks: {
    afterChange: [rememberCreatedAccount],
    afterLogin: [settleSignIn, applyStoredLanguage],
    afterRead: [hideOthersSessions],
    beforeChange: [firstUserIsAdmin, ensureRelationsExist],
    beforeOperation: [guardSignIn, checkCurrentPasswordFirst],
  },
  timestamps: true,
}
