import type { CollectionAfterLoginHook, Field } from 'payload'

import { ADMIN_LANGUAGES, isAdminLanguage, LANGUAGE_COOKIE_MAX_AGE } from './adminLanguage'
import { label } from './locales'

const LANGUAGE_NAMES: Record<(typeof ADMIN_LANGUAGES)[number], string> = {
  en: 'English',
  kk: 'Қазақша',
  ru: 'Русский',
}

/**
 * The user's interface language, stored on the account so that it follows her to every device: set at sign-in
 * (`applyStoredLanguage`) and kept in step with the account view's language picker by the admin provider
 * src/i18n/admin/LanguageFollowsUser.tsx. Empty until she picks one: the browser's language applies.
 */
export const languageField: Field = {
  name: 'language',
  type: 'select',
  label: label('Интерфейс тілі', 'Язык интерфейса', 'Interface language'),
  options: ADMIN_LANGUAGES.map((value) => ({
    label: label(LANGUAGE_NAMES[value], LANGUAGE_NAMES[value], LANGUAGE_NAMES[value]),
    value,
  })),
  // The account view's own language picker is the one control; this field only stores its choice.
  admin: { disableListColumn: true, disableListFilter: true, hidden: true },
}

/** At sign-in, the browser takes the user's stored language (Payload reads its `payload-lng` cookie). */
export const applyStoredLanguage: CollectionAfterLoginHook = ({ req, user }) => {
  const language = (user as { language?: unknown }).language
  if (!isAdminLanguage(language)) return
  const cookie = `${req.payload.config.cookiePrefix || 'payload'}-lng`
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append(
    'Set-Cookie',
    `${cookie}=${language}; Path=/; Max-Age=${LANGUAGE_COOKIE_MAX_AGE}; SameSite=Lax`,
  )
}
