import type { CollectionBeforeOperationHook } from 'payload'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { ValidationError } from 'payload'
import sharp from 'sharp'

import { languageOf } from '../../../src/errors/language'
import { type MessageKey, type MessageParams, renderMessage } from '../../../src/errors/messages'
import { RequestError } from '../../../src/errors/RequestError'
import { ALLOWED_MIME_TYPES, sizeParams, UPLOAD_RULES, uploadKindOf } from '../uploadLimits'
import { imageLimits, UNDECODABLE_IMAGE_TYPES } from '../uploadRules'

/** Millions of pixels, in each language's words. */
const megapixels = (pixels: number) => {
  const amount = Math.round(pixels / 100_000) / 10
  return { en: `${amount} MP`, kk: `${String(amount).replace('.', ',')} Мп`, ru: `${String(amount).replace('.', ',')} Мп` }
}

/**
 * An image over the pixel budget is refused from its header (sharp's metadata reads no pixels), before Payload or
 * the og crop decode it: 413 with code IMAGE_TOO_LARGE.
 */
const assertWithinPixelBudget = async (input: Buffer | string, name: string) => {
  const meta = await sharp(input).metadata()
  const { maxPixels, maxSide } = imageLimits()
  const [width, height, frames] = [meta.width ?? 0, meta.pageHeight ?? meta.height ?? 0, meta.pages ?? 1]
  const pixels = width * height * frames
  const picture = {
    en: `${width} × ${height}${frames > 1 ? ` × ${frames} frames` : ''}`,
    kk: `${width} × ${height}${frames > 1 ? ` × ${frames} кадр` : ''}`,
    ru: `${width} × ${height}${frames > 1 ? ` × ${frames} кадров` : ''}`,
  }
  if (Math.max(width, height) > maxSide || pixels > maxPixels) {
    throw new RequestError(
      413,
      'IMAGE_TOO_LARGE',
      { maxPixels: megapixels(maxPixels), maxSide, name, picture, pixels: megapixels(pixels) },
      { data: { maxPixels, maxSide } },
    )
  }
}

/**
 * Checks an upload before anything is written: its type is read from the bytes (a text file renamed `.jpg`
 * is not an image) and must be on the allowlist, and its size must be within the limit for its kind.
 * Payload alone falls back to the file extension when the bytes say nothing.
 */
export const checkUploadContent: CollectionBeforeOperationHook<'media'> = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const file = req.file
  const language = languageOf(req)
  const reject = (key: MessageKey, params: MessageParams) => {
    const message = renderMessage(key, params, language)
    throw new ValidationError({ collection: collection.slug, errors: [{ message, path: 'file' }] }, req.t)
  }

  const detected =
    file.data && file.data.length > 0
      ? await fileTypeFromBuffer(file.data)
      : file.tempFilePath
        ? await fileTypeFromFile(file.tempFilePath)
        : undefined
  if (!detected) {
    reject('VALIDATION_FAILED.fileUnrecognised', { name: file.name })
    return args
  }
  const undecodable = UNDECODABLE_IMAGE_TYPES[detected.mime]
  if (undecodable) {
    throw new RequestError(415, 'UNSUPPORTED_IMAGE_FORMAT', { format: undecodable, name: file.name }, { parameter: 'file' })
  }
  const kind = uploadKindOf(detected.mime)
  if (!kind) {
    reject('VALIDATION_FAILED.fileType', { allowed: ALLOWED_MIME_TYPES.join(', '), name: file.name, type: detected.mime })
    return args
  }
  const size = file.size ?? file.data?.length ?? 0
  if (size > UPLOAD_RULES[kind].maxBytes) {
    reject('VALIDATION_FAILED.fileTooLarge', sizeParams(file.name, size, kind))
  }
  if (kind === 'image') await assertWithinPixelBudget(file.data?.length ? file.data : file.tempFilePath!, file.name)
  // Store the type the bytes declare, not what the client claimed.
  file.mimetype = detected.mime
  return args
}
