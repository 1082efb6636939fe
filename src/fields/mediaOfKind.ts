import type { UploadField } from 'payload'

import { relationIds } from '../utilities/relationId'

type Kind = 'audio' | 'image' | 'video'

/** An upload field that only accepts media of one kind (checked on the server, filtered in the admin picker). */
export const mediaOfKind = (kind: Kind, field: Omit<UploadField, 'relationTo' | 'type'>): UploadField =>
  ({
    ...field,
    type: 'upload',
    relationTo: 'media',
    filterOptions: { mimeType: { contains: `${kind}/` } },
    validate: async (value: unknown, { req, required }: { req: any; required?: boolean }) => {
      const ids = relationIds(value)
      if (ids.length === 0) return required ? `${field.name} is required.` : true
      const { docs } = await req.payload.find({
        collection: 'media',
        depth: 0,
        limit: ids.length,
        overrideAccess: true,
        pagination: false,
        req,
        where: { id: { in: ids } },
      })
      for (const id of ids) {
        const doc = docs.find((candidate: { id: unknown }) => String(candidate.id) === String(id))
        if (!doc) return `${field.name}: no media file with id ${id}.`
        if (!String(doc.mimeType ?? '').startsWith(`${kind}/`)) {
          return `${field.name}: "${doc.filename}" is ${doc.mimeType}; ${kind === 'video' ? 'a' : 'an'} ${kind} file is needed here.`
        }
      }
      return true
    },
  }) as UploadField
