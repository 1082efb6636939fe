import type { PayloadRequest, TaskConfig } from 'payload'

import { RequestError } from '../errors/RequestError'
import { clientAddress } from './clientAddress'
import { ACCOUNTS_QUEUE, SEND_PASSWORD_RESET_TASK } from './constants'
import { keyedHash, normaliseEmail } from './keys'
import { tooManyAttempts } from './refusals'
import { countAttempt } from './throttle'

/** Password-reset requests per client address and per e-mail address in a window. */
export const passwordResetLimits = {
  /** @default 10 */
  perAddress: 10,
  /** @default 5 */
  perAccount: 5,
  /** @default 1 hour */
  windowMs: 60 * 60_000,
}

/**
 * "Forgot password" for REST and GraphQL. Payload's operation looks the account up, writes a token and sends the
 * e-mail inside the request: an unknown address answered at once and a known one after the SMTP exchange (or
 * with a 500 when the mail server was down), which told who has an account. Here every request, known or not,
 * only counts against the limits and queues a job, and answers the same; the job runs Payload's own operation
 * (its token, its e-mail, its 15-second interval per account) in the background.
 */
export const requestPasswordReset = async (
  req: PayloadRequest,
  emailInput: unknown,
): Promise<void> => {
  const email = normaliseEmail(emailInput)
  if (!email) {
    throw new RequestError(400, 'EMAIL_REQUIRED.reset', {}, { data: {} })
  }
  const { payload } = req
  const { perAccount, perAddress, windowMs } = passwordResetLimits
  for (const [key, limit] of [
    [`reset-address:${keyedHash(payload, 'address', clientAddress(req.headers))}`, perAddress],
    [`reset-account:${keyedHash(payload, 'account', email)}`, perAccount],
  ] as const) {
    const counted = await countAttempt(payload, key, windowMs)
    if (counted.count > limit)
      throw tooManyAttempts(req, counted.windowStart + windowMs - Date.now(), 'passwordReset')
  }
  await payload.jobs.queue({
    input: { email },
    queue: ACCOUNTS_QUEUE,
    task: SEND_PASSWORD_RESET_TASK,
  })
}

/** Sends the reset e-mail of a queued request through Payload's forgot-password operation (nothing for an unknown address). */
export const sendPasswordResetTask: TaskConfig = {
  slug: SEND_PASSWORD_RESET_TASK,
  inputSchema: [{ name: 'email', type: 'text', required: true }],
  retries: 2,
  handler: async ({ input, req }) => {
    await req.payload.forgotPassword({
      collection: 'users',
      data: { email: (input as { email: string }).email },
      req,
    })
    return { output: {} }
  },
}
