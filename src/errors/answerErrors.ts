import type { AfterErrorHook } from 'payload'

import { describeError, errorBody } from './describeError'
import { languageOf } from './language'

/**
 * `config.hooks.afterError`: every error answer, REST and GraphQL, gets a machine `code` and a message in the
 * caller's language (language.ts). What the caller may read is decided from the error's status and `isPublic`,
 * not its class name, so refusals keep their message in minified production builds; internal errors (5xx) are
 * answered "something went wrong" with code INTERNAL_ERROR, their details only in the log.
 */
export const answerErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const answer = describeError(error, languageOf(req))
  if (graphqlResult) {
    const extensions = {
      ...(graphqlResult.extensions ?? {}),
      code: answer.code,
      statusCode: answer.status,
    }
    if (answer.status >= 500) delete (extensions as Record<string, unknown>).data
    if (answer.parameter) Object.assign(extensions, { parameter: answer.parameter })
    return { graphqlResult: { ...graphqlResult, extensions, message: answer.message } }
  }
  return { response: errorBody(answer), status: answer.status }
}
