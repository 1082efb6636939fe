import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { hasRole, NATIONAL_ROLES, userRegionIds } from '../../access/roles'
import { inLanguage } from '../../i18n/locales'
import { mayReadReports } from '../access'
import { dayOf } from '../timeZone'
import { initialFilters } from './filters'
import { ReportsClient, type RegionOption } from './ReportsClient'

const TEXT = {
  forbidden: {
    en: 'Contribution reports are for admins, chief editors and regional editors.',
    kk: 'Үлес есептері әкімшілерге, бас редакторларға және өңірлік редакторларға арналған.',
    ru: 'Отчёты о вкладе доступны администраторам, главным и региональным редакторам.',
  },
  title: { en: 'Contribution reports', kk: 'Үлес есептері', ru: 'Отчёты о вкладе' },
}

/** The admin page /admin/reports: what each region (journalist, rubric, month, type) published in a period. */
export const ReportsView: React.FC<AdminViewServerProps> = async ({ initPageResult, params, searchParams }) => {
  const { req } = initPageResult
  const language = req.i18n.language
  const text = (key: keyof typeof TEXT) => inLanguage(TEXT[key], language)
  const user = req.user

  let regions: RegionOption[] = []
  if (user && mayReadReports(user)) {
    const own = userRegionIds(user).map(String)
    const { docs } = await req.payload.find({
      collection: 'regions',
      depth: 0,
      locale: initPageResult.locale?.code as 'kk' | undefined,
      overrideAccess: true,
      pagination: false,
      select: { name: true, order: true, slug: true },
      sort: 'order',
    })
    regions = docs
      .filter((region) => hasRole(user, ...NATIONAL_ROLES) || own.includes(String(region.id)))
      .map((region) => ({ name: region.name, slug: region.slug }))
  }
  const today = dayOf(new Date())

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter className="contribution-reports-view">
        <h1>{text('title')}</h1>
        {user && mayReadReports(user) ? (
          <ReportsClient
            allRegions={hasRole(user, ...NATIONAL_ROLES)}
            initial={initialFilters(searchParams, regions, today)}
            regions={regions}
          />
        ) : (
          <p role="alert">{text('forbidden')}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
