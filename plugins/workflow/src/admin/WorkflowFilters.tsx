'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import type { Where } from 'payload'
import React from 'react'

import { listUrl } from '../../../shared/listUrl'

type Props = { collectionSlug: string }

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
  const inMyRegions: Where[] = isNational ? [] : [{ region: { in: regions } }]
  const url = (conditions: Where[]) =>
    listUrl(config.routes.admin, collectionSlug, { and: conditions })
  const labels = {
    changes: { en: 'Changes requested', kk: 'Түзету сұралды', ru: 'Нужны правки' },
    drafts: { en: 'My drafts', kk: 'Менің жобаларым', ru: 'Мои черновики' },
    nav: { en: 'Workflow filters', kk: 'Редакциялық сүзгілер', ru: 'Фильтры редакции' },
    review: { en: 'Awaiting my review', kk: 'Менің тексеруімде', ru: 'Ждут моей проверки' },
  }
  const text = (key: keyof typeof labels) => labels[key][i18n.language as 'en'] ?? labels[key].en
  const mine = { createdBy: { equals: user.id } }
  const links: { href: string; key: keyof typeof labels }[] = [
    ...(isEditor
      ? [
          {
            href: url([{ workflowStatus: { equals: 'in_review' } }, ...inMyRegions]),
            key: 'review' as const,
          },
        ]
      : []),
    { href: url([mine, { workflowStatus: { equals: 'draft' } }]), key: 'drafts' },
    {
      href: url([
        { workflowStatus: { equals: 'changes_requested' } },
        ...(isEditor ? inMyRegions : [mine]),
      ]),
      key: 'changes',
    },
  ]
  return (
    <nav
      aria-label={text('nav')}
      className="workflow-filters"
      style={{ display: 'flex', gap: 12, marginBottom: 12 }}
    >
      {links.map((link) => (
        <a href={link.href} key={link.key}>
          {text(link.key)}
        </a>
      ))}
    </nav>
  )
}
