'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useRef } from 'react'

import { isAdminLanguage } from '../adminLanguage'

type Props = { children?: React.ReactNode }

/**
 * Keeps the admin's language and the signed-in user's stored language (`users.language`) in step:
 * - a language picked here (Payload's picker in the account view switches the browser's cookie) is stored on the
 *   user, so her other devices follow it;
 * - a page loaded with another language than the stored one (she changed it on another device while this browser
 *   stayed signed in) switches to the stored one.
 */
export const LanguageFollowsUser = ({ children }: Props) => {
  const { user } = useAuth<{ id: number | string; language?: null | string }>()
  const { i18n, switchLanguage } = useTranslation()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const shown = useRef(i18n.language)

  useEffect(() => {
    const pickedHere = shown.current !== i18n.language
    shown.current = i18n.language
    if (!user?.id || !isAdminLanguage(i18n.language)) return
    if (pickedHere) {
      if (user.language !== i18n.language) {
        void fetch(`${serverURL}${api}/users/${user.id}`, {
          body: JSON.stringify({ language: i18n.language }),
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          method: 'PATCH',
        })
      }
      return
    }
    if (isAdminLanguage(user.language) && user.language !== i18n.language)
      void switchLanguage?.(user.language as Parameters<NonNullable<typeof switchLanguage>>[0])
  }, [api, i18n.language, serverURL, switchLanguage, user?.id, user?.language])

  return <>{children}</>
}
