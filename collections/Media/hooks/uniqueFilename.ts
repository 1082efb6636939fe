import type { CollectionBeforeOperationHook } from 'payload'

import { randomBytes } from 'crypto'
import path from 'path'

/**
 * Context flag for trusted code that names its files itself and writes them one at a time: the seed finds its
 * demo pictures again by file name.
 */
export const KEEP_UPLOAD_FILENAME = 'keepUploadFilename'

/**
 * Every uploaded file gets a name no other upload has: a random suffix (`same-name-3f9a2c1b.png`). Payload makes a
 * name unique by looking for a free one and then writing to it, which races: twelve uploads of `same-name.png` at
 * once all found the same name free, eleven were then refused by the database, and the twelfth served the bytes of
 * whichever upload wrote the file last. A name decided without looking cannot collide, its sizes (named after it)
 * neither, so a refused upload can never overwrite another's files.
 */
export const giveUploadAUniqueName: CollectionBeforeOperationHook<'media'> = ({ args, context, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file || context?.[KEEP_UPLOAD_FILENAME]) return args
  const { ext, name } = path.parse(req.file.name)
  req.file.name = `${name || 'file'}-${randomBytes(4).toString('hex')}${ext}`
  return args
}
