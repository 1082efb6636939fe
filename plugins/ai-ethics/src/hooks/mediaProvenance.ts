import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
} from 'payload'

import fs from 'fs/promises'
import path from 'path'

import { CONTEXT } from '../constants'
import { isAIClass, IPTC_DST, sourceTypeTerm } from '../provenance/classify'
import { type ProvenanceReading, readProvenance } from '../provenance/readProvenance'

// Images, sounds and videos can carry XMP and C2PA; other uploads (documents) are not read.
const READABLE = /^(image|audio|video)\//

/** Reads the provenance of the uploaded original before Payload resizes it (resizing drops metadata). */
export const readUploadProvenance: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (
    (operation !== 'create' && operation !== 'update') ||
    !req.file ||
    !READABLE.test(req.file.mimetype ?? '')
  )
    return args
  const data = req.file.data?.length
    ? req.file.data
    : req.file.tempFilePath
      ? await fs.readFile(req.file.tempFilePath)
      : undefined
  if (data) {
    req.context[CONTEXT.provenance] = await readProvenance(data).catch(
      (error: Error): ProvenanceReading => ({
        c2pa: {
          digitalSourceTypes: [],
          error: error.message,
          present: false,
          referencedButMissing: false,
          validationErrors: [],
        },
        classification: 'unknown',
      }),
    )
  }
  return args
}

export const storeUploadProvenance: CollectionBeforeChangeHook = ({ context, data }) => {
  const reading = context?.[CONTEXT.provenance] as ProvenanceReading | undefined
  if (!reading) return data
  data.provenance = {
    c2paClaimGenerator: reading.c2pa.claimGenerator ?? null,
    c2paDigitalSourceTypes: reading.c2pa.digitalSourceTypes,
    c2paPresent: reading.c2pa.present,
    c2paReferencedButMissing: reading.c2pa.referencedButMissing,
    c2paValidation: reading.c2pa.validation ?? null,
    c2paValidationErrors: reading.c2pa.validationErrors,
    classification: reading.classification,
    readError: reading.c2pa.error ?? null,
    xmpDigitalSourceType: reading.xmpDigitalSourceType ?? null,
  }
  return data
}

const xmpPacket = (sourceType: string) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
  `<rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" ` +
  `Iptc4xmpExt:DigitalSourceType="${IPTC_DST}${sourceTypeTerm(sourceType)}"/></rdf:RDF></x:xmpmeta>`

/**
 * The resized copies of an AI image carry its IPTC DigitalSourceType too (sharp writes sizes without metadata):
 * only that mark is written, nothing else of the original's metadata (locations, devices) is copied.
 */
export const markImageSizes: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  req,
}) => {
  const reading = context?.[CONTEXT.provenance] as ProvenanceReading | undefined
  const upload = collection.upload
  if (
    !reading ||
    !isAIClass(reading.classification) ||
    !upload ||
    typeof upload !== 'object' ||
    !upload.staticDir
  )
    return doc
  const sourceType = reading.xmpDigitalSourceType ?? reading.c2pa.digitalSourceTypes[0]
  const sharp = req.payload.config.sharp
  if (!sourceType || !sharp) return doc
  const staticDir = path.resolve(upload.staticDir)
  for (const size of Object.values(
    (doc.sizes ?? {}) as Record<string, { filename?: null | string }>,
  )) {
    if (!size?.filename) continue
    const file = path.join(staticDir, size.filename)
    try {
      const marked = await sharp(await fs.readFile(file))
        .withXmp(xmpPacket(sourceType))
        .toBuffer()
      await fs.writeFile(file, marked)
    } catch (err) {
      req.payload.logger.error({
        err,
        msg: `ai-ethics: could not mark ${size.filename} with its digital source type`,
      })
    }
  }
  return doc
}
