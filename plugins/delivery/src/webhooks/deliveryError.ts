import type { Field, FieldHook } from 'payload'

import type { MessageParams } from '../../../shared/messages'

import { label } from '../../../shared/labels'
import { languageOf } from '../errors'
import { DELIVERY_MESSAGES, type DeliveryMessageKey, deliveryMessage } from '../messages'
import { WebhookTargetRefused } from './targetPolicy'

/**
 * Why a delivery attempt failed, as the delivery log stores it: a machine code (a catalogue key) and its
 * parameters, said in the reader's language when the log is read (the admin's, an API caller's). Rows written
 * before the code was stored keep their English sentence in `error` and are shown as they are.
 */
export type DeliveryFailure = { code: DeliveryErrorCode; params: MessageParams }
export type DeliveryErrorCode =
  'WEBHOOK_CONNECTION_FAILED' | 'WEBHOOK_HTTP_ERROR' | 'WEBHOOK_TARGET_REFUSED' | 'WEBHOOK_TIMEOUT'

const CODES: readonly string[] = [
  'WEBHOOK_CONNECTION_FAILED',
  'WEBHOOK_HTTP_ERROR',
  'WEBHOOK_TARGET_REFUSED',
  'WEBHOOK_TIMEOUT',
] satisfies DeliveryErrorCode[]

/** The failure of an attempt that got an answer: any status outside 2xx. */
export const statusError = (statusCode: number): DeliveryFailure | undefined =>
  statusCode < 200 || statusCode > 299
    ? { code: 'WEBHOOK_HTTP_ERROR', params: { status: statusCode } }
    : undefined

/** The failure of an attempt that threw: a refused target, a timeout, or the network's own error. */
export const thrownError = (err: unknown, timeoutMs: number): DeliveryFailure => {
  if (err instanceof WebhookTargetRefused)
    return { code: 'WEBHOOK_TARGET_REFUSED', params: { problem: err.problemText ?? err.message } }
  const cause = err as {
    cause?: { code?: string; message?: string }
    code?: string
    message?: string
    name?: string
  }
  if (cause.name === 'TimeoutError' || cause.name === 'AbortError')
    return { code: 'WEBHOOK_TIMEOUT', params: { ms: timeoutMs } }
  // The system's own words (connect ECONNREFUSED 127.0.0.1:1): machine detail, the same in every language.
  const detail =
    [cause.message, cause.code ?? cause.cause?.code].filter(Boolean).join(': ') || String(err)
  return { code: 'WEBHOOK_CONNECTION_FAILED', params: { detail } }
}

const isDeliveryCode = (code: unknown): code is DeliveryErrorCode =>
  typeof code === 'string' && CODES.includes(code) && code in DELIVERY_MESSAGES

/** The stored failure in `language`; undefined for a row without a known code (an old row). */
export const deliveryErrorText = (
  code: unknown,
  params: unknown,
  language: string,
): string | undefined =>
  isDeliveryCode(code)
    ? deliveryMessage(
        code as DeliveryMessageKey,
        params && typeof params === 'object' ? (params as MessageParams) : {},
        language,
      )
    : undefined

/** `error` as read: the coded failure in the reader's language, or the stored sentence of an old row. */
const errorInReadersLanguage: FieldHook = ({ req, siblingData, value }) =>
  deliveryErrorText(siblingData?.errorCode, siblingData?.errorParams, languageOf(req)) ?? value

/**
 * The delivery log's failure fields: `error` (the sentence, in the reader's language when read; stored in English
 * as it always was), `errorCode` and `errorParams` (what it is rendered from).
 */
export const deliveryErrorFields: Field[] = [
  {
    name: 'error',
    type: 'text',
    hooks: { afterRead: [errorInReadersLanguage] },
    label: label('Қате', 'Ошибка', 'Error'),
  },
  {
    name: 'errorCode',
    type: 'text',
    admin: { readOnly: true },
    label: label('Қате коды', 'Код ошибки', 'Error code'),
  },
  { name: 'errorParams', type: 'json', admin: { hidden: true } },
]
