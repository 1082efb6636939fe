'use client'

import { useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { inLanguage } from '../../i18n/locales'
import { STATE_LABELS, type WorkflowState } from '../../../plugins/workflow/src/states'
import { EDITING_TEXT, fill } from '../text'

type Person = { email?: string; id: number | string; name?: string }
type Item = {
  assignee?: null | number | Person
  createdBy?: null | number | Person
  workflowStatus?: WorkflowState
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as Person).id : value)

/**
 * Says why the form is read-only and what to do, when the signed-in user may not save this item in its state
 * (the server decides: the edit view's permission to save, plugins/workflow/src/editRules.ts). The author of an item in
 * review is told who has it and to ask for changes.
 */
export const ReadOnlyNotice: React.FC = () => {
  const { collectionSlug, hasSavePermission, id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [item, setItem] = useState<Item>()
  const readOnly = Boolean(id) && hasSavePermission === false

  useEffect(() => {
    if (!readOnly) return
    const controller = new AbortController()
    const select = ['assignee', 'createdBy', 'workflowStatus']
      .map((field) => `select[${field}]=true`)
      .join('&')
    void fetch(
      `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}?depth=1&draft=true&${select}`,
      { credentials: 'include', signal: controller.signal },
    )
      .then((res) => (res.ok ? res.json() : undefined))
      .then((doc) => doc && setItem(doc))
      .catch(() => undefined)
    return () => controller.abort()
  }, [collectionSlug, config.routes.api, config.serverURL, id, readOnly])

  if (!readOnly || !item) return null
  const language = i18n.language
  const assignee =
    item.assignee && typeof item.assignee === 'object'
      ? item.assignee.name || item.assignee.email
      : undefined
  const who = assignee ?? inLanguage(EDITING_TEXT.theRegionEditor, language)
  const state = item.workflowStatus ?? 'draft'
  const isAuthor = user && String(idOf(item.createdBy)) === String(user.id)
  const text = !isAuthor
    ? inLanguage(EDITING_TEXT.readOnlyOther, language)
    : state === 'in_review'
      ? fill(inLanguage(EDITING_TEXT.readOnlyInReview, language), { who })
      : fill(inLanguage(EDITING_TEXT.readOnlyDecided, language), {
          state: inLanguage(STATE_LABELS[state], language),
          who,
        })
  return (
    <div
      className="read-only-notice"
      data-state={state}
      data-testid="read-only-notice"
      role="status"
    >
      {text}
    </div>
  )
}
