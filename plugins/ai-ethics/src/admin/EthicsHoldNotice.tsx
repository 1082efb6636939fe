'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { HOLD_TEXT, textIn } from '../labels'

type Review = { flags?: unknown[]; note?: null | string; status?: string }

/**
 * At the top of a guarded item's form: says that the ethics review holds it back (pending or rejected), as soon as
 * a save flagged it, in the editor's language. Reads the review the form holds (it follows every save and autosave),
 * so users who may not read the review see nothing.
 */
export const EthicsHoldNotice: React.FC = () => {
  const { i18n } = useTranslation()
  const { savedDocumentData } = useDocumentInfo()
  // One value per selector: the notice renders again only when one of them changes.
  const fromForm = {
    flags: useFormFields(([fields]) => fields['ethicsReview.flags']?.value),
    note: useFormFields(([fields]) => fields['ethicsReview.note']?.value),
    status: useFormFields(([fields]) => fields['ethicsReview.status']?.value),
  }
  const saved = (savedDocumentData?.ethicsReview ?? {}) as Review
  const status = (fromForm.status as string | undefined) ?? saved.status
  if (status !== 'pending' && status !== 'rejected') return null
  const count =
    typeof fromForm.flags === 'number'
      ? fromForm.flags
      : Array.isArray(saved.flags)
        ? saved.flags.length
        : 0
  const note = (fromForm.note as string | undefined) ?? saved.note
  const language = i18n.language
  return (
    <div
      className="ethics-hold-notice"
      data-status={status}
      data-testid="ethics-hold-notice"
      role="status"
      style={{
        background: 'var(--theme-warning-100, #fff4e0)',
        border: '1px solid var(--theme-warning-500, #e0a100)',
        borderRadius: 4,
        marginBottom: 16,
        padding: '10px 14px',
      }}
    >
      <strong>
        {textIn(status === 'pending' ? HOLD_TEXT.pendingShort : HOLD_TEXT.rejectedShort, language)}
      </strong>
      {' — '}
      {textIn(status === 'pending' ? HOLD_TEXT.pending : HOLD_TEXT.rejected, language, { count })}
      {status === 'rejected' && note ? (
        <p style={{ margin: '6px 0 0' }}>
          {textIn(HOLD_TEXT.reviewerNote, language)}: {note}
        </p>
      ) : null}
    </div>
  )
}
