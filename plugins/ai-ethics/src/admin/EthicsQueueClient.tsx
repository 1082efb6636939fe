'use client'

import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

type Flag = { detail?: string; locale?: string; signal: string; source: string }
type Item = {
  collection: string
  flags: Flag[]
  id: number | string
  title: string
  updatedAt: string
}

const TEXT = {
  clear: { en: 'Clear', kk: 'Рұқсат беру', ru: 'Одобрить' },
  empty: {
    en: 'Nothing waits for a review.',
    kk: 'Тексеруді күтетін материал жоқ.',
    ru: 'Нет материалов на проверке.',
  },
  note: {
    en: 'Reviewer note (required)',
    kk: 'Сарапшы түсініктемесі (міндетті)',
    ru: 'Комментарий эксперта (обязательно)',
  },
  readOnly: {
    en: 'You can see what waits for a review; only ethics reviewers decide.',
    kk: 'Тексеруді не күтіп тұрғанын көре аласыз; шешімді тек этика сарапшылары қабылдайды.',
    ru: 'Вы видите, что ждёт проверки; решение принимают только эксперты по этике.',
  },
  reject: { en: 'Reject', kk: 'Қабылдамау', ru: 'Отклонить' },
}

/** Lists pending documents with their flags and lets a reviewer clear or reject each with a note. */
export const EthicsQueueClient: React.FC = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = (key: keyof typeof TEXT) => TEXT[key][i18n.language as 'en'] ?? TEXT[key].en
  const api = `${config.serverURL}${config.routes.api}/ai-ethics`
  const [items, setItems] = useState<Item[]>()
  const [canDecide, setCanDecide] = useState(false)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [error, setError] = useState<string>()

  const load = useCallback(async () => {
    const res = await fetch(`${api}/queue`, { credentials: 'include' })
    const json = await res.json().catch(() => ({}))
    if (!res.ok) setError(json.message ?? `Error ${res.status}`)
    else {
      setItems(json.items)
      setCanDecide(json.canDecide === true)
    }
  }, [api])

  useEffect(() => {
    void load()
  }, [load])

  const decide = async (item: Item, decision: 'clear' | 'reject') => {
    const key = `${item.collection}:${item.id}`
    const res = await fetch(`${api}/review`, {
      body: JSON.stringify({
        collection: item.collection,
        decision,
        id: item.id,
        note: notes[key] ?? '',
      }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const json = await res.json().catch(() => ({}))
    if (!res.ok) {
      toast.error(json.message ?? `Error ${res.status}`)
      return
    }
    toast.success(`${item.title}: ${t(decision)}`)
    await load()
  }

  if (error) return <p role="alert">{error}</p>
  if (!items) return <p>…</p>
  if (items.length === 0) return <p>{t('empty')}</p>
  return (
    <>
      {canDecide ? null : (
        <p className="ethics-queue-read-only" data-testid="ethics-queue-read-only" role="note">
          {t('readOnly')}
        </p>
      )}
      <ul className="ethics-queue" style={{ listStyle: 'none', padding: 0 }}>
        {items.map((item) => {
          const key = `${item.collection}:${item.id}`
          return (
            <li
              data-testid="ethics-queue-item"
              key={key}
              style={{ borderBottom: '1px solid var(--theme-elevation-150)', padding: '12px 0' }}
            >
              <h2 style={{ fontSize: '1.15rem', margin: '0 0 8px' }}>
                <a href={`${config.routes.admin}/collections/${item.collection}/${item.id}`}>
                  {item.title}
                </a>{' '}
                <small>({item.collection})</small>
              </h2>
              <ul>
                {item.flags.map((flag, index) => (
                  <li key={index}>
                    <strong>{flag.source}</strong> · {flag.signal}
                    {flag.locale ? ` · ${flag.locale}` : ''} — {flag.detail}
                  </li>
                ))}
              </ul>
              {canDecide ? (
                <>
                  <label htmlFor={`note-${key}`}>{t('note')}</label>
                  <textarea
                    id={`note-${key}`}
                    onChange={(e) => setNotes({ ...notes, [key]: e.target.value })}
                    rows={2}
                    style={{ display: 'block', width: '100%' }}
                    value={notes[key] ?? ''}
                  />
                  <div style={{ display: 'flex', gap: 8 }}>
                    <Button
                      disabled={!notes[key]?.trim()}
                      onClick={() => void decide(item, 'clear')}
                      size="small"
                    >
                      {t('clear')}
                    </Button>
                    <Button
                      buttonStyle="secondary"
                      disabled={!notes[key]?.trim()}
                      onClick={() => void decide(item, 'reject')}
                      size="small"
                    >
                      {t('reject')}
                    </Button>
                  </div>
                </>
              ) : null}
            </li>
          )
        })}
      </ul>
    </>
  )
}
