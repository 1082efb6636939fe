import type { PayloadRequest } from 'payload'

import { type AIEthicsMessageKey, aiEthicsMessage, codeOf } from './messages'
import { reviewAllowsPublication } from './visibility'

/**
 * Why a check refuses publication: an HTTP status, a machine `code` and a message saying what to do (English);
 * `messageKey` names it in the plugin's catalogue (./messages.ts), which says it in kk, ru and en.
 */
export type EthicsRefusal = {
  code: string
  message: string
  messageKey: AIEthicsMessageKey
  status: number
}

type Collections = Record<string, undefined | { config: { flattenedFields: { name?: string }[] } }>

const isGuarded = (req: PayloadRequest, collection: string) =>
  Boolean(
    (req.payload.collections as unknown as Collections)[collection]?.config.flattenedFields.some(
      (field) => field.name === 'ethicsReview',
    ),
  )

/**
 * For an editorial workflow that asks before `publish` and `schedule` (the workflow plugin's `prePublishChecks`):
 * refuses while the ethics review holds the document back (./visibility.ts). Documents of collections the plugin
 * does not guard pass.
 */
export const ethicsPrePublishCheck = ({
  collection,
  doc,
  req,
}: {
  collection: string
  doc: Record<string, any>
  req: PayloadRequest
}): EthicsRefusal | undefined => {
  if (!isGuarded(req, collection)) return undefined
  const status = doc.ethicsReview?.status
  if (reviewAllowsPublication(status)) return undefined
  const messageKey: AIEthicsMessageKey =
    status === 'rejected' ? 'ETHICS_REVIEW_REQUIRED.rejected' : 'ETHICS_REVIEW_REQUIRED'
  return {
    code: codeOf(messageKey),
    message: aiEthicsMessage(messageKey),
    messageKey,
    status: 409,
  }
}
