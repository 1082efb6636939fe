import fs from 'fs'
import path from 'path'

/** Where the Media collection writes files in tests (vitest.config.mts sets MEDIA_DIR). */
export const MEDIA_DIR = path.resolve(process.env.MEDIA_DIR || '.tmp/test-media')

/** Every file name in the upload folder, sorted, to compare before and after an operation. */
export const mediaFiles = (): string[] =>
  fs.existsSync(MEDIA_DIR) ? fs.readdirSync(MEDIA_DIR).sort() : []

/** Where uploads sent over HTTP are spooled while Payload processes them (vitest.config.mts sets UPLOAD_TEMP_DIR). */
export const UPLOAD_SPOOL_DIR = path.resolve(
  process.env.UPLOAD_TEMP_DIR || '.tmp/test-upload-spool',
)

export const spooledFiles = (): string[] =>
  fs.existsSync(UPLOAD_SPOOL_DIR) ? fs.readdirSync(UPLOAD_SPOOL_DIR).sort() : []
