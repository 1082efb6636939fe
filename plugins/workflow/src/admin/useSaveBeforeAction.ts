'use client'

import {
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormBackgroundProcessing,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useCallback, useEffect, useRef } from 'react'

import { inLanguage } from '../../../shared/labels'

/** Said when the unsaved changes could not be saved first, in the three interface languages. */
const SAVE_FIRST_FAILED = {
  en: 'Your changes could not be saved, so the action was not taken. Fix what the message says and try again.',
  kk: 'Өзгерістеріңіз сақталмады, сондықтан әрекет орындалмады. Хабарламада айтылғанды түзетіп, қайталап көріңіз.',
  ru: 'Ваши изменения не удалось сохранить, поэтому действие не выполнено. Исправьте то, о чём говорит сообщение, и повторите.',
}

/**
 * For actions taken from the edit view (workflow transitions): saves the form's unsaved changes as a draft first,
 * exactly as "Save draft" would, and answers whether the action may go on. A transition reloads the form from the
 * server, so without this what was typed since the last save was discarded.
 */
export const useSaveBeforeAction = (): (() => Promise<boolean>) => {
  // Read when the action runs, not when it was rendered: an autosave may be finishing meanwhile.
  const isModified = useFormModified()
  const isAutosaving = useFormBackgroundProcessing()
  const modified = useRef(isModified)
  const autosaving = useRef(isAutosaving)
  useEffect(() => {
    modified.current = isModified
    autosaving.current = isAutosaving
  }, [isModified, isAutosaving])
  const { submit } = useForm()
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const locale = useLocale()
  const { i18n } = useTranslation()

  return useCallback(async () => {
    // An autosave under way first finishes: saving beside it would be refused as based on an older version.
    for (let waited = 0; autosaving.current && waited < 15_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100))
    if (!modified.current || !id) return true
    const query = new URLSearchParams({
      depth: '0',
      draft: 'true',
      'fallback-locale': 'null',
      locale: locale?.code ?? '',
    })
    const result = await submit({
      action: `${config.routes.api}/${collectionSlug}/${id}?${query}`,
      method: 'PATCH',
      overrides: { _status: 'draft' },
      skipValidation: true,
    })
    if (result?.res?.ok) return true
    toast.error(inLanguage(SAVE_FIRST_FAILED, i18n.language))
    return false
  }, [collectionSlug, config.routes.api, i18n.language, id, locale?.code, submit])
}
