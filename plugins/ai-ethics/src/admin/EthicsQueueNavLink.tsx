'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

const LABEL: Record<string, string> = { en: 'Ethics queue', kk: 'Этика кезегі', ru: 'Очередь этики' }

export const EthicsQueueNavLink: React.FC = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return (
    <a className="nav__link" href={`${config.routes.admin}/ethics-queue`} id="nav-ethics-queue" style={{ display: 'block', padding: '4px 0' }}>
      {LABEL[i18n.language] ?? LABEL.en}
    </a>
  )
}
