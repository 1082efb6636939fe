import config from '@payload-config'
import { getPayload } from 'payload'

/** Where server.mjs finds how to close Payload (database, job crons) when the process is asked to stop. */
export const SHUTDOWN_HOOK = Symbol.for('newsroom.server.shutdown')

export const startPayload = async (): Promise<void> => {
  // `cron: true` as Payload's own route handlers ask: the job runner starts unless JOBS_AUTORUN=false.
  const payload = await getPayload({ config, cron: true })
  ;(globalThis as { [SHUTDOWN_HOOK]?: () => Promise<void> })[SHUTDOWN_HOOK] = () =>
    payload.destroy()
}
