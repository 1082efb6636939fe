'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

const LABEL: Record<string, string> = {
  en: 'Contribution reports',
  kk: 'Үлес есептері',
  ru: 'Отчёты о вкладе',
}

/** Sidebar link to /admin/reports, for the people who may read the reports (`readers`: their roles). */
export const ReportsNavLink: React.FC<{ readers: string[] }> = ({ readers }) => {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  if (!roles.some((role) => readers.includes(role))) return null
  return (
    <a
      className="nav__link"
      href={`${config.routes.admin}/reports`}
      id="nav-contribution-reports"
      style={{ display: 'block', padding: '4px 0' }}
    >
      {LABEL[i18n.language] ?? LABEL.en}
    </a>
  )
}
