import type { PayloadRequest, ServerProps } from 'payload'

import React from 'react'
import * as qs from 'qs-esm'

import { HOLD_TEXT, textIn } from '../labels'
import { REVIEW_STATUS_PATH } from '../visibility'

type Props = Partial<ServerProps> & {
  collectionSlug: string
  /** Whether the user may filter on the review (the plugin's `reviewAccess.document` without a document). */
  mayQuery: (req: PayloadRequest) => boolean
}

/** Above a guarded collection's list: a link to the items the ethics review holds back (pending or rejected). */
export const EthicsHoldFilter: React.FC<Props> = ({
  collectionSlug,
  i18n,
  mayQuery,
  payload,
  user,
}) => {
  if (!payload || !user || !mayQuery({ payload, user } as PayloadRequest)) return null
  const query = qs.stringify(
    { where: { or: [{ and: [{ [REVIEW_STATUS_PATH]: { in: ['pending', 'rejected'] } }] }] } },
    { addQueryPrefix: true, encode: true },
  )
  return (
    <p className="ethics-hold-filter" style={{ margin: '0 0 12px' }}>
      <a href={`${payload.config.routes.admin}/collections/${collectionSlug}${query}`}>
        {textIn(HOLD_TEXT.filter, i18n?.language)}
      </a>
    </p>
  )
}
