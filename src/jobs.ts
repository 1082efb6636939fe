import type { JobsConfig } from 'payload'

import { ACCOUNTS_QUEUE } from './accounts/constants'
import { sendPasswordResetTask } from './accounts/passwordReset'
import { switchSetting } from './db/settings'

/** Whether this process runs the jobs queue (`JOBS_AUTORUN`, true or false; checked at start-up by src/onInit.ts). */
export const jobsAutoRun = (): boolean => switchSetting('JOBS_AUTORUN', true)

/**
 * Background work runs in Payload's jobs queue inside the server: no external cron is needed on one machine. The
 * plugins add their own (webhook deliveries: plugins/delivery; picture signing: plugins/ai-ethics).
 * JOBS_AUTORUN=false turns the runner off in a process (tests drive jobs themselves).
 */
export const jobs: JobsConfig = {
  autoRun: [
    { cron: '* * * * *', limit: 20, queue: 'default' },
    // Password-reset e-mails, sent outside the request that asked (src/accounts/passwordReset.ts).
    { cron: '*/5 * * * * *', limit: 20, queue: ACCOUNTS_QUEUE },
  ],
  shouldAutoRun: jobsAutoRun,
  // The workflow plugin adds its scheduled-publish task, the delivery plugin its webhook task.
  tasks: [sendPasswordResetTask],
}
