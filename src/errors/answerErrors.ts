import type { AfterErrorHook, PayloadRequest } from 'payload'

import { describeError, errorBody, statusOf } from './describeError'
import { languageOf } from './language'
import { RequestError } from './RequestError'

/** What the multipart parser (busboy) throws for a body that is not valid multipart/form-data. */
const MULTIPART_PARSE_ERRORS = new Set(['Malformed part header', 'Malformed urlencoded form', 'Multipart: Boundary not found', 'Unexpected end of file', 'Unexpected end of form'])

/**
 * A client's malformed upload body surfaces from Payload's parser as a plain error (500): the parser's own
 * messages, or a `_payload` field that is not JSON. They are the caller's mistake: 400 with a code.
 */
const asBodyError = (error: unknown, req: PayloadRequest | undefined): unknown => {
  if (statusOf(error) !== 500 || !req?.headers || !/^multipart\//i.test(req.headers.get('content-type') ?? '')) return error
  if (error instanceof SyntaxError && req.data === undefined) return new RequestError(400, 'INVALID_JSON')
  if (error instanceof Error && MULTIPART_PARSE_ERRORS.has(error.message)) return new RequestError(400, 'INVALID_MULTIPART')
  return error
}

/**
 * `config.hooks.afterError`: every error answer, REST and GraphQL, gets a machine `code` and a message in the
 * caller's language (`req.i18n`). What the caller may read is decided from the error's status and `isPublic`,
 * not its class name, so refusals keep their message in minified production builds; internal errors (5xx) are
 * answered "something went wrong" with code INTERNAL_ERROR, their details only in the log.
 */
export const answerErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const answer = describeError(asBodyError(error, req), languageOf(req))
  if (graphqlResult) {
    const extensions = { ...(graphqlResult.extensions ?? {}), code: answer.code, statusCode: answer.status }
    if (answer.status >= 500) delete (extensions as Record<string, unknown>).data
    if (answer.parameter) Object.assign(extensions, { parameter: answer.parameter })
    return { graphqlResult: { ...graphqlResult, extensions, message: answer.message } }
  }
  return { response: errorBody(answer), status: answer.status }
}
