import Busboy from 'busboy'

import { RequestError } from '../errors/RequestError'
import { formatLimit } from './settings'

/**
 * After refusing a body as too large, the server keeps reading and discarding up to this much of it, so the client
 * reads the 413 on a healthy connection (a socket closed with unread data is reset, and the answer can be lost).
 * Past it the connection is dropped. Nothing read is kept in memory.
 */
const DISCARD_LIMIT = 64 * 1024 * 1024

export const tooLarge = (limit: number) =>
  new RequestError(413, 'BODY_TOO_LARGE', { limit: formatLimit(limit) })

/** The body length the client announced, if it did. */
export const declaredLength = (request: Request): number | undefined => {
  const header = request.headers.get('content-length')
  if (header === null || !/^\d+$/.test(header.trim())) return undefined
  return Number(header)
}

/** `application/json` from `Application/JSON; charset=utf-8`; empty when there is no Content-Type. */
export const mediaTypeOf = (request: Request): string =>
  (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

const discardRest = (reader: ReadableStreamDefaultReader<Uint8Array>): void => {
  void (async () => {
    let discarded = 0
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return
        discarded += value.byteLength
        if (discarded > DISCARD_LIMIT) {
          await reader.cancel()
          return
        }
      }
    } catch {
      // the client went away: nothing left to discard
    }
  })()
}

/**
 * Reads the whole body into memory, but never more than `limit` bytes: a larger announced length is refused
 * before a byte is read (Node discards the unread body after the answer), and a body without a length (chunked)
 * is refused as soon as it passes the limit. Throws a 413 RequestError.
 */
export const readBodyWithin = async (request: Request, limit: number): Promise<Uint8Array> => {
  const declared = declaredLength(request)
  if (declared !== undefined && declared > limit) throw tooLarge(limit)
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      discardRest(reader)
      throw tooLarge(limit)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/**
 * Passes a streamed body (an upload) through unbuffered while a multipart parser reads along: the stream fails
 * with a 413 past `limit` bytes, with a 400 when the multipart is malformed or incomplete, and when its `_payload`
 * field (the document's data, as the admin sends it) is not a JSON object within the JSON limits. The upload
 * parser then throws that error, and the answer carries its code. File contents are never kept. The source is
 * never cancelled (that would reset the connection before the answer is written); what is left of it is read
 * and discarded.
 */
export const guardedUploadStream = (
  body: ReadableStream<Uint8Array>,
  contentType: string,
  limit: number,
  limits: { maxBodyBytes: number; maxJsonDepth: number },
): ReadableStream<Uint8Array> => {
  const reader = body.getReader()
  const parser = Busboy({
    headers: { 'content-type': contentType },
    limits: { fieldSize: limits.maxBodyBytes },
  })
  let problem: RequestError | undefined
  const fail = (error: RequestError) => {
    problem ??= error
  }
  const parsed = new Promise<void>((resolve) => {
    parser.on('close', resolve)
    parser.on('finish', resolve)
    parser.on('error', () => {
      fail(new RequestError(400, 'INVALID_MULTIPART'))
      resolve()
    })
  })
  parser.on('file', (_name, file) => file.resume())
  parser.on('field', (name, value, info) => {
    if (name !== '_payload') return
    if (info.valueTruncated) return fail(tooLarge(limits.maxBodyBytes))
    try {
      parseJsonObject(value, limits.maxJsonDepth)
    } catch (error) {
      fail(error as RequestError)
    }
  })
  let size = 0
  const stop = (controller: ReadableStreamDefaultController<Uint8Array>, error: RequestError) => {
    controller.error(error)
    discardRest(reader)
  }
  return new ReadableStream<Uint8Array>({
    cancel() {
      discardRest(reader)
    },
    async pull(controller) {
      const { done, value } = await reader.read()
      if (done) {
        parser.end()
        await parsed
        if (problem) controller.error(problem)
        else controller.close()
        return
      }
      size += value.byteLength
      if (size > limit) return stop(controller, tooLarge(limit))
      await new Promise<void>((resolve) => parser.write(value, () => resolve()))
      if (problem) return stop(controller, problem)
      controller.enqueue(value)
    },
  })
}

/** How deeply `text` (JSON, or a GraphQL document) nests brackets and braces, strings skipped; stops past `max`. */
export const nestingExceeds = (text: string, max: number, brackets = '[{'): boolean => {
  const closers = brackets === '[{' ? ']}' : ']})'
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
      continue
    }
    if (char === '"') inString = true
    else if (brackets.includes(char)) {
      if (++depth > max) return true
    } else if (closers.includes(char)) depth--
  }
  return false
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** The body as text, refusing bytes that are not UTF-8 (400) instead of storing replacement characters. */
export const utf8Text = (bytes: Uint8Array): string => {
  try {
    return UTF8.decode(bytes)
  } catch {
    throw new RequestError(400, 'INVALID_ENCODING')
  }
}

const jsonKind = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

/** Parses JSON text that must be an object (`{…}`), nested at most `maxDepth` levels: 400 with a code otherwise. */
export const parseJsonObject = (text: string, maxDepth: number): Record<string, unknown> => {
  if (nestingExceeds(text, maxDepth))
    throw new RequestError(400, 'BODY_TOO_DEEP', { max: maxDepth })
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new RequestError(400, 'INVALID_JSON')
  }
  if (jsonKind(value) !== 'object')
    throw new RequestError(400, 'INVALID_BODY', { got: jsonKind(value) })
  return value as Record<string, unknown>
}

/** A form (multipart/form-data) body that parses, whose `_payload` field, if any, is a JSON object. */
export const checkFormBody = async (
  bytes: Uint8Array,
  contentType: string,
  maxDepth: number,
): Promise<void> => {
  let form: FormData
  try {
    form = await new Response(bytes as BodyInit, {
      headers: { 'content-type': contentType },
    }).formData()
  } catch {
    throw new RequestError(400, 'INVALID_MULTIPART')
  }
  const payload = form.get('_payload')
  if (typeof payload === 'string') parseJsonObject(payload, maxDepth)
}

/** The multipart boundary of a Content-Type header, if it names a usable one (RFC 2046: 1–70 characters). */
export const boundaryOf = (contentType: string): string | undefined => {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType)
  return match ? (match[1] ?? match[2]) : undefined
}
