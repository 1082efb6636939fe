/** Slug of the sign-in throttle counters (collections/AuthThrottles.ts). */
export const AUTH_THROTTLES = 'auth-throttles'

/** The jobs queue and task that send password-reset e-mails outside the request (src/accounts/passwordReset.ts). */
export const ACCOUNTS_QUEUE = 'accounts'
export const SEND_PASSWORD_RESET_TASK = 'sendPasswordReset'
