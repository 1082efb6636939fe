'use client'

import {
  ConfirmationModal,
  LeaveWithoutSaving,
  useAuth,
  useDocumentInfo,
  useFormModified,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import React, { useEffect, useRef } from 'react'

import { inLanguage } from '../../i18n/locales'
import { EDITING_TEXT } from '../text'

const BACK_MODAL = 'edit-safety-back'
/** Marks the history entry this guard adds on top of the edit view's own. */
const GUARD = 'editSafetyGuard'

/**
 * Every way out of a form with unsaved changes warns. Payload's LeaveWithoutSaving covers links and reloads/closing
 * (beforeunload), but not the browser's Back and Forward buttons inside the admin (Next's router handles them without
 * leaving the page), and Payload turns it off for collections with autosave. Here: LeaveWithoutSaving for autosave
 * collections (changes typed since the last autosave are still unsaved), and a guard entry in the history while the
 * form has unsaved changes, so that Back first lands on this same page and asks.
 */
export const LeaveGuard: React.FC = () => {
  const { docConfig, hasSavePermission } = useDocumentInfo()
  const { user } = useAuth()
  const modified = useFormModified()
  const { closeModal, openModal } = useModal()
  const { i18n } = useTranslation()
  const leaving = useRef(false)
  const prevent = Boolean(modified && user && hasSavePermission !== false)
  const autosave = Boolean(
    (docConfig as { versions?: { drafts?: { autosave?: unknown } } } | undefined)?.versions?.drafts
      ?.autosave,
  )

  useEffect(() => {
    if (!prevent) return
    const here = window.location.href
    if (!window.history.state?.[GUARD])
      window.history.pushState({ ...window.history.state, [GUARD]: true }, '', here)
    const onPopState = () => {
      // Back from the guard lands on this page's own entry (same address): ask before going further.
      if (leaving.current || window.location.href !== here || window.history.state?.[GUARD]) return
      openModal(BACK_MODAL)
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [openModal, prevent])

  const stay = () => {
    closeModal(BACK_MODAL)
    window.history.pushState({ ...window.history.state, [GUARD]: true }, '', window.location.href)
  }
  const leave = () => {
    leaving.current = true
    closeModal(BACK_MODAL)
    window.history.back()
  }

  return (
    <>
      {autosave && <LeaveWithoutSaving />}
      <ConfirmationModal
        body={inLanguage(EDITING_TEXT.backBody, i18n.language)}
        cancelLabel={inLanguage(EDITING_TEXT.stay, i18n.language)}
        confirmLabel={inLanguage(EDITING_TEXT.leave, i18n.language)}
        heading={inLanguage(EDITING_TEXT.backHeading, i18n.language)}
        modalSlug={BACK_MODAL}
        onCancel={stay}
        onConfirm={leave}
      />
    </>
  )
}
