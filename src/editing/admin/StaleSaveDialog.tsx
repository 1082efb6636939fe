'use client'

import {
  Button,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormProcessing,
  useFormSubmitted,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useEffect, useState } from 'react'

import { inLanguage } from '../../i18n/locales'
import { EDITING_TEXT } from '../text'

/**
 * The admin's side of refused stale saves (../staleSaves.ts). The form sends the `updatedAt` it loaded; when a save
 * (manual or autosave) does not go through and the item has a newer version than that, the user is told what
 * happened and chooses: see what changed (the versions view, in another tab), keep her text in the form for now, or
 * reload the current version.
 */
export const StaleSaveDialog: React.FC = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { setModified } = useForm()
  const router = useRouter()
  const submitted = useFormSubmitted()
  const processing = useFormProcessing()
  const base = useFormFields(([fields]) => fields.updatedAt?.value) as string | undefined
  const [stale, setStale] = useState(false)
  const language = i18n.language

  // A save that failed leaves the form `submitted` (a successful one clears it): then, is the form's base stale?
  const [check, setCheck] = useState(0)
  useEffect(() => {
    if (submitted && !processing) setCheck((n) => n + 1)
  }, [processing, submitted])

  useEffect(() => {
    if (!check || !id || !collectionSlug || !base) return
    const controller = new AbortController()
    void (async () => {
      const url = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?depth=0&draft=true&select[updatedAt]=true`
      const res = await fetch(url, { credentials: 'include', signal: controller.signal }).catch(
        () => undefined,
      )
      if (!res?.ok) return
      const current = (await res.json().catch(() => ({}))).updatedAt as string | undefined
      if (current && Date.parse(current) !== Date.parse(base)) setStale(true)
    })()
    return () => controller.abort()
  }, [base, check, collectionSlug, config.routes.api, config.serverURL, id])

  if (!stale) return null
  const versionsUrl = `${config.routes.admin}/collections/${collectionSlug}/${id}/versions`
  return (
    <div className="edit-safety__backdrop">
      <div
        aria-labelledby="stale-document-heading"
        aria-modal="true"
        className="edit-safety__dialog"
        data-testid="stale-document-dialog"
        role="alertdialog"
      >
        <h2 id="stale-document-heading">{inLanguage(EDITING_TEXT.staleHeading, language)}</h2>
        <p>{inLanguage(EDITING_TEXT.staleBody, language)}</p>
        <div className="edit-safety__buttons">
          <a
            className="btn btn--style-secondary btn--size-small"
            href={versionsUrl}
            rel="noopener"
            target="_blank"
          >
            {inLanguage(EDITING_TEXT.staleCompare, language)}
          </a>
          <Button
            buttonStyle="secondary"
            id="stale-document-keep"
            onClick={() => setStale(false)}
            size="small"
          >
            {inLanguage(EDITING_TEXT.staleKeep, language)}
          </Button>
          <Button
            id="stale-document-reload"
            onClick={() => {
              setModified(false)
              setStale(false)
              router.refresh()
            }}
            size="small"
            extraButtonProps={{ 'data-testid': 'stale-document-reload' }}
          >
            {inLanguage(EDITING_TEXT.staleReload, language)}
          </Button>
        </div>
      </div>
    </div>
  )
}
