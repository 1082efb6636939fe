import type { PayloadRequest } from 'payload'

import { ERROR_CODE } from './constants'

/**
 * For an editorial workflow that asks before `publish` and `schedule` (the app's `config.custom.prePublishChecks`):
 * refuses while the document's ethics review is pending or rejected.
 */
export const ethicsPrePublishCheck =
  (collections: string[]) =>
  ({ collection, doc }: { collection: string; doc: Record<string, any>; req: PayloadRequest }) => {
    if (!collections.includes(collection)) return undefined
    const status = doc.ethicsReview?.status
    if (status !== 'pending' && status !== 'rejected') return undefined
    return {
      code: ERROR_CODE,
      // The host's message catalogue says it in the caller's language (kk, ru, en).
      messageKey: status === 'pending' ? ERROR_CODE : `${ERROR_CODE}.rejected`,
      message:
        status === 'pending'
          ? 'This content is flagged as made with AI and waits for an ethics review: an ethics reviewer must clear it first.'
          : 'An ethics reviewer rejected this AI-assisted content: it cannot be published or scheduled.',
      status: 409,
    }
  }
