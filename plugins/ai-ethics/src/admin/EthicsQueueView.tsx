import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { EthicsQueueClient } from './EthicsQueueClient'
import { SigningNotice } from './SigningNotice'

const TITLE: Record<string, string> = {
  en: 'Ethics review queue',
  kk: 'Этикалық тексеру кезегі',
  ru: 'Очередь этической проверки',
}

type Props = AdminViewServerProps & {
  /** Whether published pictures are signed (a server prop set by the plugin; absent: signing not configured). */
  signing?: 'off' | 'on'
}

/**
 * The admin page /admin/ethics-queue: pending documents across collections, decided right here; says when published
 * pictures go out unsigned because no certificate is configured.
 */
export const EthicsQueueView: React.FC<Props> = ({
  initPageResult,
  params,
  searchParams,
  signing,
}) => (
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
      {signing === 'off' ? (
        <SigningNotice i18n={initPageResult.req.i18n} signingOn={false} />
      ) : null}
      <EthicsQueueClient />
    </Gutter>
  </DefaultTemplate>
)
