import type { CollectionBeforeOperationHook } from 'payload'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { APIError, ValidationError } from 'payload'
import sharp from 'sharp'

import { RequestError } from '../../../src/errors/RequestError'
import {
  ALLOWED_MIME_TYPES,
  formatBytes,
  imageLimits,
  UNDECODABLE_IMAGE_TYPES,
  UPLOAD_RULES,
  uploadKindOf,
} from '../uploadRules'

const megapixels = (pixels: number) => `${Math.round(pixels / 100_000) / 10} MP`

/**
 * An image over the pixel budget is refused from its header (sharp's metadata reads no pixels), before Payload or
 * the og crop decode it: 413 with code IMAGE_TOO_LARGE.
 */
const assertWithinPixelBudget = async (input: Buffer | string, name: string) => {
  const meta = await sharp(input).metadata()
  const { maxPixels, maxSide } = imageLimits()
  const [width, height, frames] = [meta.width ?? 0, meta.pageHeight ?? meta.height ?? 0, meta.pages ?? 1]
  const pixels = width * height * frames
  const picture = `${width} × ${height}${frames > 1 ? ` × ${frames} frames` : ''}`
  if (Math.max(width, height) > maxSide || pixels > maxPixels) {
    throw new APIError(
      `file: "${name}" is ${picture} pixels (${megapixels(pixels)}); images may have at most ${megapixels(maxPixels)} in all frames and ${maxSide} pixels a side. Scale it down and upload it again.`,
      413,
      { code: 'IMAGE_TOO_LARGE', maxPixels, maxSide },
      true,
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
  const reject = (message: string) => {
    throw new ValidationError({ collection: collection.slug, errors: [{ message, path: 'file' }] }, req.t)
  }

  const detected =
    file.data && file.data.length > 0
      ? await fileTypeFromBuffer(file.data)
      : file.tempFilePath
        ? await fileTypeFromFile(file.tempFilePath)
        : undefined
  if (!detected) {
    reject(`file: the content of "${file.name}" is not a recognised image, audio or video file.`)
    return args
  }
  const undecodable = UNDECODABLE_IMAGE_TYPES[detected.mime]
  if (undecodable) {
    throw new RequestError(415, 'UNSUPPORTED_IMAGE_FORMAT', { format: undecodable, name: file.name }, { parameter: 'file' })
  }
  const kind = uploadKindOf(detected.mime)
  if (!kind) {
    reject(`file: "${file.name}" is ${detected.mime}; allowed types are ${ALLOWED_MIME_TYPES.join(', ')}.`)
    return args
  }
  const size = file.size ?? file.data?.length ?? 0
  if (size > UPLOAD_RULES[kind].maxBytes) {
    reject(`file: "${file.name}" is ${formatBytes(size)}; the limit for ${kind} files is ${formatBytes(UPLOAD_RULES[kind].maxBytes)}.`)
  }
  if (kind === 'image') await assertWithinPixelBudget(file.data?.length ? file.data : file.tempFilePath!, file.name)
  // Store the type the bytes declare, not what the client claimed.
  file.mimetype = detected.mime
  return args
}
