import type { LoggerOptions } from 'pino'

import { stdSerializers } from 'pino'

import { describeError, statusOf } from '../errors/describeError'

type ErrorLike = Error & {
  cause?: unknown
  detail?: unknown
  originalError?: unknown
  params?: unknown
}

const isErrorLike = (value: unknown): value is ErrorLike =>
  value instanceof Error ||
  Boolean(value && typeof value === 'object' && 'message' in value && 'stack' in value)

/** The error chain: the error, its `cause`s and a GraphQL error's `originalError`. */
const chainOf = (error: ErrorLike): ErrorLike[] => {
  const chain: ErrorLike[] = []
  let current: unknown = error
  while (isErrorLike(current) && !chain.includes(current) && chain.length < 10) {
    chain.push(current)
    current = current.originalError ?? current.cause
  }
  return chain
}

/**
 * The statement parameters a failed SQL query carries (drizzle's "Failed query: …\nparams: …" errors): article
 * text, e-mail addresses, names. They never belong in a production log; the SQL itself stays (it is the app's).
 */
const parameterTexts = (error: ErrorLike): string[] =>
  chainOf(error)
    .map((entry) =>
      Array.isArray(entry.params) && entry.params.length > 0
        ? `params: ${String(entry.params)}`
        : '',
    )
    .filter(Boolean)

const scrub = (text: unknown, secrets: string[]): unknown =>
  typeof text === 'string'
    ? secrets.reduce((result, secret) => result.split(secret).join('params: [redacted]'), text)
    : text

/** pino's error serializer, with query parameters and database error details taken out. */
const redactingErrorSerializer = (error: unknown): unknown => {
  const serialized = stdSerializers.err(error as Error) as unknown as Record<string, unknown>
  if (!isErrorLike(error)) return serialized
  const secrets = parameterTexts(error)
  serialized.message = scrub(serialized.message, secrets)
  serialized.stack = scrub(serialized.stack, secrets)
  if ('params' in serialized) serialized.params = '[redacted]'
  // PostgreSQL puts the offending values in `detail` ("Key (email)=(…) already exists.").
  if ('detail' in serialized) serialized.detail = '[redacted]'
  return serialized
}

/** The message pino would print for an error, with the same redaction. */
const messageOf = (error: ErrorLike, redact: boolean): string => {
  const message = String(error.message ?? 'Error')
  return redact ? String(scrub(message, parameterTexts(error))) : message
}

/** A refusal: an error the caller caused (4xx). GraphQL wraps it (`originalError`). */
const isRefusal = (error: ErrorLike): boolean => statusOf(error.originalError ?? error) < 500

export type AppLoggerSettings = {
  level?: string
  /** Take query parameters out of logged errors. Default: whenever NODE_ENV is production. */
  redactQueryParameters?: boolean
}

const isProduction = () => process.env.NODE_ENV === 'production'

/**
 * Options for Payload's pino logger (`logger: { options }` in the config):
 * - a refusal (a 4xx: validation, access, a bad request) is the caller's mistake, not the server's: it is logged
 *   as one `info` line with its status and code, without a stack — Payload logs every error it answers at
 *   `error` level with the full stack unless the error's class is listed in `loggingLevels`, and class names are
 *   minified in production builds;
 * - a 5xx keeps its level and stack;
 * - in production, the parameters of failed SQL statements (drizzle puts them in the message) and PostgreSQL's
 *   value-bearing `detail` are redacted from every logged error and its message.
 */
export const appLoggerOptions = ({
  level = process.env.LOG_LEVEL || 'info',
  redactQueryParameters,
}: AppLoggerSettings = {}): LoggerOptions => {
  const redact = () => redactQueryParameters ?? isProduction()
  return {
    hooks: {
      logMethod(args, method, levelValue) {
        const [first, ...rest] = args as unknown[]
        // Payload logs a requested upload file that is not on the disk at `error`, whether or not any document names
        // it (a made-up URL is a plain 404): worth a warning, not an error.
        if (
          levelValue >= 50 &&
          typeof first === 'string' &&
          / is missing on the disk\./.test(first)
        )
          return this.warn(first)
        const fields: Record<string, unknown> | undefined = isErrorLike(first)
          ? { err: first }
          : first && typeof first === 'object'
            ? (first as Record<string, unknown>)
            : undefined
        const error = fields?.err
        if (!fields || !isErrorLike(error))
          return method.apply(this, args as Parameters<typeof method>)
        const message =
          typeof rest[0] === 'string'
            ? rest[0]
            : typeof fields.msg === 'string'
              ? fields.msg
              : messageOf(error, redact())
        if (levelValue >= 40 && isRefusal(error)) {
          const { code, status } = describeError(error, 'en')
          const { err: _omitted, ...context } = fields
          return this.info({ ...context, code, status }, message)
        }
        return method.apply(this, [{ ...fields, msg: undefined }, message] as Parameters<
          typeof method
        >)
      },
    },
    level,
    serializers: {
      err: (error: unknown) =>
        redact() ? redactingErrorSerializer(error) : stdSerializers.err(error as Error),
    },
  }
}
