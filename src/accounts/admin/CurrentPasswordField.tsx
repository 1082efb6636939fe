'use client'

import type { TextFieldClientComponent } from 'payload'

import {
  FieldLabel,
  useAuth,
  useDocumentInfo,
  useField,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import React from 'react'

const TEXT = {
  help: {
    en: 'To change your password or e-mail, enter your current password.',
    kk: 'Құпиясөзді немесе e-mail-ді өзгерту үшін қазіргі құпиясөзді енгізіңіз.',
    ru: 'Чтобы сменить пароль или e-mail, введите текущий пароль.',
  },
}

/**
 * The current-password input of one's own account (src/accounts/currentPassword.ts): shown only while the form
 * changes the password or the e-mail, so Payload's "Change password" and e-mail fields keep working. Not shown
 * when an administrator edits someone else's account.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { collectionSlug, id, initialData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { setValue, value } = useField<string>({ path: path ?? field.name })
  const newPassword = useFormFields(([fields]) => fields.password?.value)
  const email = useFormFields(([fields]) => fields.email?.value)

  const ownAccount = Boolean(
    user && collectionSlug === 'users' && id !== undefined && String(user.id) === String(id),
  )
  const emailChanged =
    typeof email === 'string' &&
    typeof initialData?.email === 'string' &&
    email.trim().toLowerCase() !== initialData.email.toLowerCase()
  const needed =
    ownAccount && ((typeof newPassword === 'string' && newPassword !== '') || emailChanged)
  if (!needed) return null

  const inputId = 'field-currentPassword'
  return (
    <div
      className="field-type password current-password-field"
      style={{ marginBottom: 'var(--base)' }}
    >
      <FieldLabel
        htmlFor={inputId}
        label={getTranslation(field.label || 'Current password', i18n)}
        required
      />
      <input
        aria-describedby={`${inputId}-help`}
        autoComplete="current-password"
        id={inputId}
        name="currentPassword"
        onChange={(event) => setValue(event.target.value)}
        required
        type="password"
        value={value ?? ''}
      />
      <p className="field-description" id={`${inputId}-help`}>
        {TEXT.help[i18n.language as 'en'] ?? TEXT.help.en}
      </p>
    </div>
  )
}
