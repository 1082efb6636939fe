import type { PayloadRequest } from 'payload'

import { ERROR_CODE } from './constants'
import { reviewAllowsPublication } from './visibility'

/** Why a check refuses publication: an HTTP status, a machine `code` and a message saying what to do. */
export type EthicsRefusal = { code: string; message: string; messageKey?: string; status: number }

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
  return {
    code: ERROR_CODE,
    // The host's message catalogue says it in the caller's language (kk, ru, en).
    messageKey: status === 'rejected' ? `${ERROR_CODE}.rejected` : ERROR_CODE,
    message:
      status === 'rejected'
        ? 'An ethics reviewer rejected this AI-assisted content: it cannot be published or scheduled.'
        : 'This content is flagged as made with AI and waits for an ethics review: an ethics reviewer must clear it first.',
    status: 409,
  }
}
