import type { JobsConfig } from 'payload'

import { publishScheduledTask } from './workflow/scheduling'

/**
 * Background work runs in Payload's jobs queue inside the server: no external cron is needed on one machine.
 * JOBS_AUTORUN=false turns the runner off in a process (tests drive jobs themselves).
 */
export const jobs: JobsConfig = {
  autoRun: [{ cron: '* * * * *', limit: 20, queue: 'default' }],
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  tasks: [publishScheduledTask],
}
