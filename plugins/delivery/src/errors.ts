import type { Payload, PayloadRequest, SanitizedConfig } from 'payload'

import {
  codeOfKey,
  FALLBACK_LANGUAGE,
  inEveryLanguage,
  type MessageParams,
  type Text,
} from '../../shared/messages'
import { Refusal } from '../../shared/refusal'
import { startupProblems } from '../../shared/startupError'
import { type DeliveryMessageKey, deliveryMessage } from './messages'
import { deliveryOptionsIn } from './options'

/**
 * A refusal by the delivery (a public read past its bounds, a bad feed parameter, an unsigned preview): HTTP status,
 * the machine `code` of its catalogue message (./messages.ts) and that message in the caller's language.
 */
export class DeliveryError extends Refusal {
  constructor(
    status: number,
    key: DeliveryMessageKey,
    params: MessageParams = {},
    options: { data?: Record<string, unknown>; parameter?: string } = {},
  ) {
    super(status, codeOfKey(key), (language) => deliveryMessage(key, params, language), options)
  }
}

/** A message in every language: a placeholder value for another message (a refusal quoting its reason). */
export const deliveryText = (key: DeliveryMessageKey, params: MessageParams = {}): Text =>
  inEveryLanguage((language) => deliveryMessage(key, params, language))

/**
 * A setting of the delivery that stops the start (`INVALID_SETTING.origin` and its values), said from its catalogue
 * in the operator's language: give it to `failStartup` or `StartupSettingError` (plugins/shared/startupError.ts).
 */
export const settingProblem = startupProblems<DeliveryMessageKey>(deliveryMessage)

/** The caller's language, from a request's headers and the config, as the app chooses it (`languageOfRequest`). */
export const languageOfRequest = (
  request: Pick<Request, 'headers'>,
  config: SanitizedConfig,
): string => {
  const options = deliveryOptionsIn(config)
  return options
    ? options.languageOfRequest(request, config)
    : (config.i18n?.fallbackLanguage ?? FALLBACK_LANGUAGE)
}

/** The language of a request Payload has prepared: from its headers, or the one Payload chose without them. */
export const languageOf = (req: PayloadRequest | undefined): string =>
  req?.headers && req.payload
    ? languageOfRequest(req, req.payload.config)
    : (req?.i18n?.language ?? FALLBACK_LANGUAGE)

/** A field validation message (a `validate` function's answer) in the language of the request that is saved. */
export const fieldMessage = (
  req: PayloadRequest | undefined,
  key: DeliveryMessageKey,
  params: MessageParams = {},
): string => deliveryMessage(key, params, languageOf(req))

/** The JSON answer of an error on the plugin's routes, as the app answers errors (the `errorResponse` option). */
export const errorResponse = (
  payload: Pick<Payload, 'config'>,
  error: unknown,
  language: string,
  headers?: HeadersInit,
): Response => {
  const options = deliveryOptionsIn(payload.config)
  if (!options) throw error
  return options.errorResponse(error, language, headers)
}
