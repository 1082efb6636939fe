'use client'

import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { HOLD_TEXT, textIn } from '../labels'

/**
 * The list column of guarded collections: "Held: pending review" or "Held: rejected" on items the ethics review
 * holds back, nothing on the others (or where the user may not read the review).
 */
export const EthicsHoldCell = ({ rowData }: DefaultCellComponentProps) => {
  const { i18n } = useTranslation()
  const status = (rowData?.ethicsReview as undefined | { status?: string })?.status
  if (status !== 'pending' && status !== 'rejected') return null
  return (
    <span
      className={`ethics-hold-cell ethics-hold-cell--${status}`}
      data-status={status}
      style={{ color: 'var(--theme-warning-700, #a15c00)', fontWeight: 600 }}
    >
      {textIn(
        status === 'pending' ? HOLD_TEXT.pendingShort : HOLD_TEXT.rejectedShort,
        i18n.language,
      )}
    </span>
  )
}
