'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

type Props = { collectionSlug: string }

/** `where` as the admin's list URL expects it: where[and][0][field][op]=value. */
const toQuery = (value: unknown, prefix: string): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => toQuery(inner, `${prefix}[${key}]`))
    : [`${prefix}=${encodeURIComponent(String(value))}`]
const listUrl = (base: string, conditions: Record<string, unknown>[]) => base + toQuery({ and: conditions }, 'where').join('&')

/** Shortcuts above the list: the filters a desk uses every day. */
export const WorkflowFilters: React.FC<Props> = ({ collectionSlug }) => {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  if (!user) return null
  const roles: string[] = (user as { roles?: string[] }).roles ?? []
  const regions = ((user as { regions?: unknown[] }).regions ?? []).map((r) =>
    r && typeof r === 'object' ? (r as { id: number }).id : r,
  )
  const isNational = roles.includes('admin') || roles.includes('chief-editor')
  const isEditor = isNational || roles.includes('regional-editor')
  const base = `${config.routes.admin}/collections/${collectionSlug}?`
  const inMyRegions = isNational ? [] : [{ region: { in: regions } }]
  const labels = {
    changes: { en: 'Changes requested', kk: 'Түзету сұралды', ru: 'Нужны правки' },
    drafts: { en: 'My drafts', kk: 'Менің жобаларым', ru: 'Мои черновики' },
    nav: { en: 'Workflow filters', kk: 'Редакциялық сүзгілер', ru: 'Фильтры редакции' },
    review: { en: 'Awaiting my review', kk: 'Менің тексеруімде', ru: 'Ждут моей проверки' },
  }
  const text = (key: keyof typeof labels) => labels[key][i18n.language as 'en'] ?? labels[key].en
  const mine = { createdBy: { equals: user.id } }
  const links: { href: string; key: keyof typeof labels }[] = [
    ...(isEditor ? [{ href: listUrl(base, [{ workflowStatus: { equals: 'in_review' } }, ...inMyRegions]), key: 'review' as const }] : []),
    { href: listUrl(base, [mine, { workflowStatus: { equals: 'draft' } }]), key: 'drafts' },
    { href: listUrl(base, [{ workflowStatus: { equals: 'changes_requested' } }, ...(isEditor ? inMyRegions : [mine])]), key: 'changes' },
  ]
  return (
    <nav aria-label={text('nav')} className="workflow-filters" style={{ display: 'flex', gap: 12, marginBottom: 12 }}>
      {links.map((link) => (
        <a href={link.href} key={link.key}>
          {text(link.key)}
        </a>
      ))}
    </nav>
  )
}
