import { failStartup } from '../db/startupError'

/** What one request may send. Uploads keep the media collection's own limit (Payload's `upload.requestSizeLimit`). */
export type RequestLimits = {
  /** Largest body of the auth routes (login, password reset, unlock…), which never need more than a few fields. */
  maxAuthBodyBytes: number
  /** Largest JSON or form body of any other route, GraphQL included. */
  maxBodyBytes: number
  /** Deepest nesting of arrays and objects in a JSON body (GraphQL: also of the query text). */
  maxJsonDepth: number
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxAuthBodyBytes: 16 * 1024,
  maxBodyBytes: 1024 * 1024,
  maxJsonDepth: 64,
}

const positiveInteger = (name: string, fallback: number, env: NodeJS.ProcessEnv): number => {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isSafeInteger(value) || value < 1)
    return failStartup({ key: 'INVALID_SETTING.wholeNumber', params: { min: 1, name, value: raw } })
  return value
}

/** Read once per process from `REQUEST_MAX_BODY_BYTES`, `REQUEST_MAX_AUTH_BODY_BYTES`, `REQUEST_MAX_JSON_DEPTH`. */
export const requestLimits = (env: NodeJS.ProcessEnv = process.env): RequestLimits => ({
  maxAuthBodyBytes: positiveInteger(
    'REQUEST_MAX_AUTH_BODY_BYTES',
    DEFAULT_REQUEST_LIMITS.maxAuthBodyBytes,
    env,
  ),
  maxBodyBytes: positiveInteger('REQUEST_MAX_BODY_BYTES', DEFAULT_REQUEST_LIMITS.maxBodyBytes, env),
  maxJsonDepth: positiveInteger('REQUEST_MAX_JSON_DEPTH', DEFAULT_REQUEST_LIMITS.maxJsonDepth, env),
})

/** `1 MB`, `16 KB`: limits as a person reads them in an error message. */
export const formatLimit = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB`
    : bytes >= 1024
      ? `${+(bytes / 1024).toFixed(1)} KB`
      : `${bytes} B`
