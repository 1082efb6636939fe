import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, headersWithCors } from 'payload'

import { requestPasswordReset } from './passwordReset'
import { unlockAccount } from './unlock'

/** A POST handler that reads the body as Payload's own endpoints do (JSON or the admin's form data). */
const withBody =
  (action: (req: PayloadRequest, email: unknown) => Promise<void>): Endpoint['handler'] =>
  async (req) => {
    await addDataAndFileToRequest(req)
    await action(req, req.data?.email)
    return Response.json(
      { message: req.t('general:success') },
      { headers: headersWithCors({ headers: new Headers(), req }) },
    )
  }

/**
 * Replace Payload's `POST /api/users/forgot-password` and `/unlock` (a collection's own endpoints are matched
 * before Payload's): same paths and bodies, answers that do not depend on whether the account exists.
 * Errors are thrown as APIErrors, so Payload formats them and adds `Retry-After`.
 */
export const accountEndpoints: Endpoint[] = [
  { handler: withBody(requestPasswordReset), method: 'post', path: '/forgot-password' },
  { handler: withBody(unlockAccount), method: 'post', path: '/unlock' },
]
