import type { ServerProps } from 'payload'

import React from 'react'

import { DashboardPanels } from './DashboardPanels'
import { type DashboardUser, loadDashboard } from './data'

/**
 * `admin.components.beforeDashboard`: the signed-in user's panels above Payload's collection cards.
 * Titles and region names are read in the interface language (each falls back as the localization config says).
 */
export const NewsroomDashboard = async ({ i18n, payload, user }: ServerProps) => {
  if (!user) return null
  // `user` has the user's own field read access applied; roles and regions are readable by their owner.
  const data = await loadDashboard({
    locale: i18n.language,
    payload,
    user: { ...user, collection: payload.config.admin.user } as DashboardUser,
  })
  return (
    <DashboardPanels
      adminRoute={payload.config.routes.admin}
      data={data}
      language={i18n.language}
    />
  )
}
