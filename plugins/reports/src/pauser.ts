/** Rows handled between two pauses: a few milliseconds of work. */
const ROWS_PER_SLICE = 5_000

/**
 * A counter for long in-memory loops: after every ROWS_PER_SLICE rows, `await pause()` lets the event loop run
 * (other requests, timers) before the loop goes on, so a large report never holds the server for long.
 */
export const pauser = () => {
  let rows = 0
  return async (count = 1): Promise<void> => {
    rows += count
    if (rows < ROWS_PER_SLICE) return
    rows = 0
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
}
