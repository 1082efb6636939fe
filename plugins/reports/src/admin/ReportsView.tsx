import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { mayReadReports } from '../access'
import { reportsOptionsOf } from '../options'
import { inLanguage } from '../text'
import { hasAnyRole, regionIdsOf } from '../users'
import { initialFilters } from './filters'
import { ReportsClient, type RegionOption, type TypeColumn } from './ReportsClient'

const TEXT = {
  forbidden: {
    en: 'Contribution reports are for the editors who read them (national and regional).',
    kk: 'Үлес есептері оларды оқитын редакторларға (республикалық және өңірлік) арналған.',
    ru: 'Отчёты о вкладе доступны редакторам, которые их читают (общенациональным и региональным).',
  },
  title: { en: 'Contribution reports', kk: 'Үлес есептері', ru: 'Отчёты о вкладе' },
}

/** The admin page /admin/reports: what each region (journalist, rubric, month, type) published in a period. */
export const ReportsView: React.FC<AdminViewServerProps> = async ({
  initPageResult,
  params,
  searchParams,
}) => {
  const { req } = initPageResult
  const language = req.i18n.language
  const text = (key: keyof typeof TEXT) => inLanguage(TEXT[key], language)
  const user = req.user
  const options = reportsOptionsOf(req.payload.config)
  const national = hasAnyRole(user, options.readers.national)
  const mayRead = mayReadReports(user, options.readers)

  let regions: RegionOption[] = []
  if (user && mayRead) {
    const own = regionIdsOf(user)
    const { docs } = await req.payload.find({
      collection: options.regionsCollection,
      depth: 0,
      locale: initPageResult.locale?.code as 'kk' | undefined,
      overrideAccess: true,
      pagination: false,
      select: { name: true, order: true, slug: true } as never,
      sort: 'order',
    })
    regions = (docs as unknown as { id: number | string; name: string; slug: string }[])
      .filter((region) => national || own.includes(String(region.id)))
      .map((region) => ({ name: region.name, slug: region.slug }))
  }
  const today = options.zone.dayOf(new Date())
  // The counted collections' columns, named as the admin names them.
  const types: TypeColumn[] = options.collections.map((slug) => {
    const plural = req.payload.collections[slug]?.config.labels?.plural as
      Record<string, string> | string | undefined
    return {
      key: options.typeKeys[slug],
      label: typeof plural === 'string' ? plural : inLanguage(plural ?? { en: slug }, language),
    }
  })

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
        {user && mayRead ? (
          <ReportsClient
            allRegions={national}
            initial={initialFilters(searchParams, regions, today)}
            regions={regions}
            types={types}
          />
        ) : (
          <p role="alert">{text('forbidden')}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
