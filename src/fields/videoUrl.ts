import type { PayloadRequest } from 'payload'

import { fieldMessage } from '../errors/language'

/** Accepts an empty value or an absolute https URL; refuses anything else with a message naming `field`. */
export const validateHttpsUrl = (
  value: null | string | undefined,
  field: string,
  req?: PayloadRequest,
): string | true => {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:'
      ? true
      : fieldMessage(req, 'VALIDATION_FAILED.httpsOnly', { field, value })
  } catch {
    return fieldMessage(req, 'VALIDATION_FAILED.notUrl', { field, value })
  }
}

/** Which host a video link points at, for embedding on the website. */
export const videoProvider = (value: string): 'other' | 'vimeo' | 'youtube' => {
  const host = new URL(value).hostname.replace(/^www\./, '')
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'm.youtube.com') return 'youtube'
  if (host === 'vimeo.com' || host === 'player.vimeo.com') return 'vimeo'
  return 'other'
}
