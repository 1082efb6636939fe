import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { EthicsQueueClient } from './EthicsQueueClient'

const TITLE: Record<string, string> = { en: 'Ethics review queue', kk: 'Этикалық тексеру кезегі', ru: 'Очередь этической проверки' }

/** The admin page /admin/ethics-queue: pending documents across collections, decided right here. */
export const EthicsQueueView: React.FC<AdminViewServerProps> = ({ initPageResult, params, searchParams }) => (
  <DefaultTemplate
    i18n={initPageResult.req.i18n}
    locale={initPageResult.locale}
    params={params}
    payload={initPageResult.req.payload}
    permissions={initPageResult.permissions}
    searchParams={searchParams}
    user={initPageResult.req.user ?? undefined}
    visibleEntities={initPageResult.visibleEntities}
  >
    <Gutter className="ethics-queue-view">
      <h1>{TITLE[initPageResult.req.i18n.language] ?? TITLE.en}</h1>
      <EthicsQueueClient />
    </Gutter>
  </DefaultTemplate>
)
