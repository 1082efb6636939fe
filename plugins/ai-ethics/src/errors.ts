import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { type AIEthicsMessageKey, aiEthicsMessage, codeOf, type Params } from './messages'

/**
 * A refusal by the plugin: status, machine `code` (in `data`) and a catalogue message. `messageIn` says it in
 * another language: the host's error answers call it with the caller's language.
 */
export class AIEthicsError extends APIError<Record<string, unknown> & { code: string }> {
  readonly code: string
  readonly messageKey: AIEthicsMessageKey
  readonly params: Params

  constructor(
    status: number,
    key: AIEthicsMessageKey,
    params: Params = {},
    data: Record<string, unknown> = {},
  ) {
    super(aiEthicsMessage(key, params), status, { ...data, code: codeOf(key) }, true)
    this.code = codeOf(key)
    this.messageKey = key
    this.params = params
  }

  messageIn(language: string): string {
    return aiEthicsMessage(this.messageKey, this.params, language)
  }
}

/** The caller's language as Payload chose it for the request, unless the host says better (`languageOf` option). */
export const defaultLanguageOf = (req: PayloadRequest): string => req.i18n?.language ?? 'en'
