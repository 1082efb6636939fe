import { wholeNumberSetting } from '../db/settings'
import { Slots } from '../db/slots'
import { databaseUnavailableResponse } from '../db/unavailableResponse'
import { languageOfRequest } from '../errors/language'

/**
 * Writes take turns; reads never wait for them. Each server process lets `WRITE_CONCURRENCY` REST writes (POST,
 * PATCH, PUT, DELETE) run at once; the next ones wait in line, before any of their work starts, for at most
 * `WRITE_QUEUE_WAIT_MS`, and past that are answered 503 `DATABASE_BUSY` with `Retry-After`. On two cores, fifty
 * journalists saving at once would otherwise share the event loop with every reader: a write's work (parsing,
 * validation, hooks, the response) interleaves with all the others, and an anonymous read waits behind all of it
 * (reader p99 above 1 s in `npm run test:load`). Writes wait at no cost instead; throughput stays the CPU's.
 *
 * Uploads (multipart bodies) are not counted: a slow connection sending 30 MB would hold a turn for minutes, and
 * the image work they cause is bounded on its own (collections/Media/boundedSharp.ts).
 */

export type WriteAdmissionSettings = {
  /** WRITE_CONCURRENCY: REST writes one process runs at once. @default 4 */
  concurrency: number
  /** WRITE_QUEUE_WAIT_MS: longest a write waits for its turn before 503. @default 10000 */
  waitMs: number
}

export const writeAdmissionSettings = (): WriteAdmissionSettings => ({
  concurrency: wholeNumberSetting('WRITE_CONCURRENCY', 4, { min: 1 }),
  waitMs: wholeNumberSetting('WRITE_QUEUE_WAIT_MS', 10_000, { min: 100 }),
})

/** The line of one process, made when its first write arrives (so the settings are read once the app runs). */
let line: undefined | { settings: WriteAdmissionSettings; slots: Slots }
const theLine = () => {
  if (!line) {
    const settings = writeAdmissionSettings()
    line = { settings, slots: new Slots(settings.concurrency) }
  }
  return line
}

class WriteQueueTimeout extends Error {}

const isUpload = (request: Request) =>
  /^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>

export const withWriteAdmission =
  <C>(handler: RouteHandler<C>): RouteHandler<C> =>
  async (request, context) => {
    if (isUpload(request)) return handler(request, context)
    const { settings, slots } = theLine()
    let release: () => void
    try {
      release = await slots.acquire(settings.waitMs, () => new WriteQueueTimeout())
    } catch (error) {
      if (error instanceof WriteQueueTimeout)
        return databaseUnavailableResponse('DATABASE_BUSY', languageOfRequest(request, undefined))
      throw error
    }
    try {
      return await handler(request, context)
    } finally {
      release()
    }
  }
