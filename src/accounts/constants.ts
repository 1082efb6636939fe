/** Slug of the sign-in throttle counters (collections/AuthThrottles.ts). */
export const AUTH_THROTTLES = 'auth-throttles'

/** The jobs queue and task that send password-reset e-mails outside the request (src/accounts/passwordReset.ts). */
export const ACCOUNTS_QUEUE = 'accounts'
export const SEND_PASSWORD_RESET_TASK = 'sendPasswordReset'

/** Machine codes of the refusals this module answers with. */
export const ACCOUNT_CODES = {
  currentPasswordRequired: 'CURRENT_PASSWORD_REQUIRED',
  currentPasswordWrong: 'CURRENT_PASSWORD_INCORRECT',
  emailRequired: 'EMAIL_REQUIRED',
  throttled: 'TOO_MANY_ATTEMPTS',
  unlockForbidden: 'UNLOCK_FORBIDDEN',
} as const
