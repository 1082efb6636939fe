import type { AfterErrorHook } from 'payload'

type PublicError = { data?: unknown; isPublic?: boolean; message?: string; name?: string; status?: number }

/**
 * Keeps the message and `data` (its machine `code`) of a public error the app throws, in production builds too.
 * Payload formats an error by `instanceof APIError`; in `next build` output the app's hooks can hold another
 * copy of that class than Payload's REST handler (and its name can be minified away), so a refusal such as
 * `429 TOO_MANY_ATTEMPTS` reached clients as "An unknown error occurred." without its code. The status was
 * kept; this puts the body back the way Payload formats its own errors. GraphQL reads `data` directly.
 */
export const publicErrorDetails: AfterErrorHook = ({ error, graphqlResult, result }) => {
  if (graphqlResult || !result) return
  const { data, isPublic, message, name, status } = error as PublicError
  if (!isPublic || typeof status !== 'number' || status >= 500 || data === undefined || data === null) return
  if (result.errors?.some((entry) => 'data' in (entry as object))) return // Payload formatted it
  return { response: { ...result, errors: [{ data, message, name: name || 'APIError' }] } as typeof result }
}
