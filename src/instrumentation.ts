/**
 * Next runs `register` once in every server process, before it serves requests. In production the Node server
 * starts Payload here instead of on the first request: migrations run and the jobs queue (scheduled publishing,
 * webhooks) starts in the process that has the job-runner role even if no request ever reaches it, and the
 * cluster in server.mjs knows a worker is ready only once Payload is.
 */
export async function register(): Promise<void> {
  // The branch is resolved at build time: the edge bundle never includes Payload.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    const { startPayload } = await import('./instrumentation-node')
    await startPayload()
  }
}
