import type { CollectionBeforeOperationHook } from 'payload'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { ValidationError } from 'payload'

import { ALLOWED_MIME_TYPES, formatBytes, UPLOAD_RULES, uploadKindOf } from '../uploadRules'

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
  const kind = uploadKindOf(detected.mime)
  if (!kind) {
    reject(`file: "${file.name}" is ${detected.mime}; allowed types are ${ALLOWED_MIME_TYPES.join(', ')}.`)
    return args
  }
  const size = file.size ?? file.data?.length ?? 0
  if (size > UPLOAD_RULES[kind].maxBytes) {
    reject(`file: "${file.name}" is ${formatBytes(size)}; the limit for ${kind} files is ${formatBytes(UPLOAD_RULES[kind].maxBytes)}.`)
  }
  // Store the type the bytes declare, not what the client claimed.
  file.mimetype = detected.mime
  return args
}
