import type { JobsConfig } from 'payload'

import { ACCOUNTS_QUEUE } from './accounts/constants'
import { sendPasswordResetTask } from './accounts/passwordReset'
import { WEBHOOKS_QUEUE } from './delivery/webhooks/constants'
import { deliverWebhookTask } from './delivery/webhooks/deliverTask'

/**
 * Background work runs in Payload's jobs queue inside the server: no external cron is needed on one machine.
 * JOBS_AUTORUN=false turns the runner off in a process (tests drive jobs themselves).
 */
export const jobs: JobsConfig = {
  autoRun: [
    { cron: '* * * * *', limit: 20, queue: 'default' },
    // Webhook deliveries go out within seconds of the event (cron with a seconds field).
    { cron: '*/5 * * * * *', limit: 20, queue: WEBHOOKS_QUEUE },
    // Password-reset e-mails, sent outside the request that asked (src/accounts/passwordReset.ts).
    { cron: '*/5 * * * * *', limit: 20, queue: ACCOUNTS_QUEUE },
  ],
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  // The workflow plugin adds its scheduled-publish task (plugins/workflow, queue `default`).
  tasks: [deliverWebhookTask, sendPasswordResetTask],
}
