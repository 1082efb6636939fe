'use client'

import type { DefaultCellComponentProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'

/** The reviewed item's collection in the list of reviews: its name in the admin's language, not its slug. */
export const TargetCollectionCell = ({ cellData }: DefaultCellComponentProps) => {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const slug = typeof cellData === 'string' ? cellData : ''
  const collection = slug ? getEntityConfig({ collectionSlug: slug }) : undefined
  return (
    <span>
      {collection?.labels?.singular ? getTranslation(collection.labels.singular, i18n) : slug}
    </span>
  )
}
