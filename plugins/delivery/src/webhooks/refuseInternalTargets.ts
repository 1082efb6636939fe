import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { deliveryText, fieldMessage } from '../errors'
import { WEBHOOKS_COLLECTION } from './constants'
import { resolvedUrlProblem, validateWebhookUrl } from './targetPolicy'

/**
 * When a webhook's URL is saved, its host name is resolved once: a name that already points at a loopback,
 * private or metadata address is refused now (400 on `url`), not only at delivery. Field validation cannot do
 * this: the admin form runs it on every keystroke.
 */
export const refuseInternalTargets: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  // Only a URL that passes field validation (which runs after this hook) is resolved.
  if (
    typeof data.url !== 'string' ||
    data.url === originalDoc?.url ||
    validateWebhookUrl(data.url, { req }) !== true
  )
    return data
  const problem = await resolvedUrlProblem(data.url)
  if (problem) {
    throw new ValidationError({
      collection: WEBHOOKS_COLLECTION,
      errors: [
        {
          message: fieldMessage(req, 'VALIDATION_FAILED.webhookResolved', {
            problem: deliveryText(problem.key, problem.params),
          }),
          path: 'url',
        },
      ],
      req,
    })
  }
  return data
}
