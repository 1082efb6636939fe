'use client'

import { Button, toast, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { useSaveBeforeAction } from './useSaveBeforeAction'
import { useRouter } from 'next/navigation.js'
import React, { useCallback, useEffect, useState } from 'react'

import { inLanguage } from '../../../shared/labels'
import { ACTION_LABELS, STATE_LABELS, type WorkflowAction, type WorkflowState } from '../states'
import './workflow.scss'

type Person = { email?: string; id: number | string; name?: string }
type TimelineEvent = {
  action: WorkflowAction
  actor?: Person | number
  comment?: string
  createdAt: string
  from: WorkflowState
  id: number | string
  to: WorkflowState
}
type Comment = { author?: Person | number; body: string; createdAt: string; id: number | string }
type WorkflowInfo = {
  actions: WorkflowAction[]
  comments: Comment[]
  events: TimelineEvent[]
  live: boolean
  state: WorkflowState
}

const NEEDS_COMMENT: WorkflowAction[] = ['request_changes']
const OPTIONAL_COMMENT: WorkflowAction[] = ['submit', 'approve', 'reopen', 'unpublish']

const TEXT = {
  addComment: { en: 'Add comment', kk: 'Пікір қосу', ru: 'Добавить комментарий' },
  cancel: { en: 'Cancel', kk: 'Бас тарту', ru: 'Отмена' },
  comment: { en: 'Comment', kk: 'Түсініктеме', ru: 'Комментарий' },
  editorialComment: { en: 'Editorial comment', kk: 'Редакция пікірі', ru: 'Комментарий редакции' },
  live: { en: 'live', kk: 'сайтта', ru: 'на сайте' },
  loading: { en: 'Loading…', kk: 'Жүктелуде…', ru: 'Загрузка…' },
  timeline: { en: 'Workflow timeline', kk: 'Редакциялық тарих', ru: 'История в редакции' },
}

const nameOf = (person: Person | number | undefined) =>
  person && typeof person === 'object'
    ? person.name || person.email || String(person.id)
    : person
      ? `#${person}`
      : '—'

/**
 * The workflow in the edit view's sidebar: the current state, only the actions this user may take now
 * (as the server reports them), a comment/date dialog where one is needed, and the timeline.
 */
export const WorkflowPanel: React.FC = () => {
  const { collectionSlug, getDocPermissions, id, setHasPublishedDoc, setUnpublishedVersionCount } =
    useDocumentInfo()
  const saveBeforeAction = useSaveBeforeAction()
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const language = i18n.language
  const [info, setInfo] = useState<WorkflowInfo>()
  const [pending, setPending] = useState<WorkflowAction>()
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [newComment, setNewComment] = useState('')
  const base = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/workflow`

  const load = useCallback(async () => {
    if (!id || !user) return
    const res = await fetch(base, { credentials: 'include' })
    if (res.ok) setInfo(await res.json())
  }, [base, id, user])

  useEffect(() => {
    void load()
  }, [load])

  const run = async (action: WorkflowAction) => {
    setBusy(true)
    try {
      // What was typed is saved first, or the action is not taken (src/editing/admin/useSaveBeforeAction.ts).
      if (!(await saveBeforeAction())) return
      const body: Record<string, unknown> = { action }
      if (comment.trim()) body.comment = comment.trim()
      if (action === 'schedule' && publishAt) body.publishAt = new Date(publishAt).toISOString()
      const res = await fetch(base, {
        body: JSON.stringify(body),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) {
        toast.error(json.message ?? `Error ${res.status}`)
        return
      }
      toast.success(inLanguage(STATE_LABELS[json.event.to as WorkflowState], language))
      // Payload's own status line in the document header reads these; keep it in step without a reload.
      if (json.event.to === 'published') {
        setHasPublishedDoc(true)
        setUnpublishedVersionCount(0)
      } else if (action === 'unpublish') setHasPublishedDoc(false)
      setPending(undefined)
      setComment('')
      setPublishAt('')
      await load()
      // The state may have taken this user's right to save (an author who submitted): the form follows at once.
      await getDocPermissions()
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  const addComment = async () => {
    if (!newComment.trim()) return
    const res = await fetch(`${config.serverURL}${config.routes.api}/editorial-comments`, {
      body: JSON.stringify({
        body: newComment.trim(),
        docId: String(id),
        targetCollection: collectionSlug,
      }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    if (!res.ok) {
      const json = await res.json().catch(() => ({}))
      toast.error(json.errors?.[0]?.message ?? `Error ${res.status}`)
      return
    }
    setNewComment('')
    await load()
  }

  if (!id) {
    return (
      <div className="workflow-panel">
        <div className="workflow-panel__state" data-state="draft">
          {inLanguage(STATE_LABELS.draft, language)}
        </div>
      </div>
    )
  }
  if (!info)
    return (
      <div className="workflow-panel" aria-busy="true">
        {inLanguage(TEXT.loading, language)}
      </div>
    )

  const timeline = [
    ...info.events.map((event) => ({ at: event.createdAt, event, key: `e${event.id}` })),
    ...info.comments.map((note) => ({ at: note.createdAt, key: `c${note.id}`, note })),
  ].sort((a, b) => a.at.localeCompare(b.at))

  return (
    <div className="workflow-panel" data-testid="workflow-panel">
      <div className="workflow-panel__state" data-state={info.state} data-testid="workflow-state">
        {inLanguage(STATE_LABELS[info.state], language)}
        {info.live && info.state !== 'published' ? ` · ${inLanguage(TEXT.live, language)}` : ''}
      </div>
      <div className="workflow-panel__actions">
        {info.actions.map((action) => (
          <Button
            buttonStyle={
              action === 'request_changes' || action === 'unpublish' ? 'secondary' : 'primary'
            }
            disabled={busy}
            key={action}
            onClick={() =>
              NEEDS_COMMENT.includes(action) ||
              OPTIONAL_COMMENT.includes(action) ||
              action === 'schedule'
                ? setPending(action)
                : void run(action)
            }
            size="small"
            id={`workflow-action-${action}`}
          >
            {inLanguage(ACTION_LABELS[action], language)}
          </Button>
        ))}
      </div>
      {pending && (
        <div
          className="workflow-panel__dialog"
          role="dialog"
          aria-label={inLanguage(ACTION_LABELS[pending], language)}
        >
          <label htmlFor="workflow-comment">
            {NEEDS_COMMENT.includes(pending) ? '* ' : ''}
            {inLanguage(TEXT.comment, language)}
          </label>
          <textarea
            aria-required={NEEDS_COMMENT.includes(pending)}
            id="workflow-comment"
            onChange={(e) => setComment(e.target.value)}
            rows={3}
            value={comment}
          />
          {pending === 'schedule' && (
            <>
              <label htmlFor="workflow-publish-at">
                {inLanguage(ACTION_LABELS.schedule, language)}
              </label>
              <input
                id="workflow-publish-at"
                onChange={(e) => setPublishAt(e.target.value)}
                type="datetime-local"
                value={publishAt}
              />
            </>
          )}
          <div className="workflow-panel__dialog-buttons">
            <Button
              disabled={
                busy ||
                (NEEDS_COMMENT.includes(pending) && !comment.trim()) ||
                (pending === 'schedule' && !publishAt)
              }
              id="workflow-confirm"
              onClick={() => void run(pending)}
              size="small"
            >
              {inLanguage(ACTION_LABELS[pending], language)}
            </Button>
            <Button
              buttonStyle="secondary"
              id="workflow-cancel"
              onClick={() => setPending(undefined)}
              size="small"
            >
              {inLanguage(TEXT.cancel, language)}
            </Button>
          </div>
        </div>
      )}
      <ol
        aria-label={inLanguage(TEXT.timeline, language)}
        className="workflow-panel__timeline"
        data-testid="workflow-timeline"
      >
        {timeline.map((entry) =>
          'event' in entry && entry.event ? (
            <li key={entry.key}>
              <time dateTime={entry.at}>{new Date(entry.at).toLocaleString(language)}</time>{' '}
              <strong>{inLanguage(ACTION_LABELS[entry.event.action], language)}</strong> —{' '}
              {nameOf(entry.event.actor)}
              {entry.event.comment && <blockquote>{entry.event.comment}</blockquote>}
            </li>
          ) : 'note' in entry && entry.note ? (
            <li className="workflow-panel__note" key={entry.key}>
              <time dateTime={entry.at}>{new Date(entry.at).toLocaleString(language)}</time>{' '}
              {nameOf(entry.note.author)}
              <blockquote>{entry.note.body}</blockquote>
            </li>
          ) : null,
        )}
      </ol>
      <div className="workflow-panel__add-comment">
        <textarea
          aria-label={inLanguage(TEXT.editorialComment, language)}
          id="workflow-new-comment"
          onChange={(e) => setNewComment(e.target.value)}
          rows={2}
          value={newComment}
        />
        <Button
          buttonStyle="secondary"
          disabled={!newComment.trim()}
          id="workflow-add-comment"
          onClick={() => void addComment()}
          size="small"
        >
          {inLanguage(TEXT.addComment, language)}
        </Button>
      </div>
    </div>
  )
}
