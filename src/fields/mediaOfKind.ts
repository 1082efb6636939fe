import type { UploadField } from 'payload'

import { fieldMessage } from '../errors/language'
import { relationIds } from '../utilities/relationId'

type Kind = 'audio' | 'image' | 'video'

/** The file a field wants, as its refusal names it ("an audio file is needed here"). */
const KIND_WANTED = {
  audio: { en: 'an audio', kk: 'аудио', ru: 'аудиофайл' },
  image: { en: 'an image', kk: 'сурет', ru: 'файл изображения' },
  video: { en: 'a video', kk: 'бейне', ru: 'видеофайл' },
}

/**
 * An upload field that only accepts media of one kind (checked on the server, filtered in the admin picker). A file
 * the writer cannot read is answered as missing: the refusal must not tell another region's file name or type.
 */
export const mediaOfKind = (
  kind: Kind,
  field: Omit<UploadField, 'relationTo' | 'type'>,
): UploadField =>
  ({
    ...field,
    type: 'upload',
    relationTo: 'media',
    filterOptions: { mimeType: { contains: `${kind}/` } },
    validate: async (
      value: unknown,
      {
        overrideAccess,
        previousValue,
        req,
        required,
      }: { overrideAccess?: boolean; previousValue?: unknown; req: any; required?: boolean },
    ) => {
      const ids = relationIds(value)
      if (ids.length === 0)
        return required
          ? fieldMessage(req, 'VALIDATION_FAILED.required', { field: field.name })
          : true
      // Files the document already had stay allowed even if the writer cannot read them (an editor keeps a picture
      // a national editor chose); new ones are looked up as the writer sees them.
      const kept = new Set(relationIds(previousValue).map(String))
      const lookUp = async (wanted: (number | string)[], asWriter: boolean) =>
        wanted.length === 0
          ? []
          : (
              await req.payload.find({
                collection: 'media',
                depth: 0,
                limit: wanted.length,
                overrideAccess: !asWriter,
                pagination: false,
                req,
                where: { id: { in: wanted } },
              })
            ).docs
      const asWriter = overrideAccess !== true && Boolean(req.user)
      const docs = [
        ...(await lookUp(
          ids.filter((id) => !asWriter || kept.has(String(id))),
          false,
        )),
        ...(await lookUp(asWriter ? ids.filter((id) => !kept.has(String(id))) : [], true)),
      ]
      for (const id of ids) {
        const doc = docs.find((candidate: { id: unknown }) => String(candidate.id) === String(id))
        if (!doc)
          return fieldMessage(req, 'VALIDATION_FAILED.noMedia', {
            field: field.name,
            ids: String(id),
          })
        if (!String(doc.mimeType ?? '').startsWith(`${kind}/`)) {
          return fieldMessage(req, 'VALIDATION_FAILED.mediaKind', {
            field: field.name,
            kind: KIND_WANTED[kind],
            name: String(doc.filename),
            type: String(doc.mimeType),
          })
        }
      }
      return true
    },
  }) as UploadField
