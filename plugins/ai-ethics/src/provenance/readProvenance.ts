import exifr from 'exifr'
import * as exifrModule from 'exifr'
import { fileTypeFromBuffer } from 'file-type'

import type { ProvenanceClass } from '../types'

import { type C2paReading, readC2pa } from './c2pa'
import { classifySourceType, isAIClass, strongestClass } from './classify'
import { bmffXmp, gifXmp, id3Xmp, riffXmp } from './xmpLocations'

export type ProvenanceReading = {
  c2pa: C2paReading & {
    /** XMP dcterms:provenance points at a manifest that is not embedded any more. */
    referencedButMissing: boolean
  }
  classification: ProvenanceClass
  /** The container the bytes were read as (file extension), when recognised. */
  format?: string
  /** IPTC DigitalSourceType from XMP. */
  xmpDigitalSourceType?: string
}

// exifr ships a UMD build (`main`, what Node loads: `sidecar` is on its default export) and an ES build (`module`, what
// bundlers load: `sidecar` is a named export, the default is the lite build without it).
const { sidecar } = (exifrModule as unknown as { default?: typeof exifrModule }).default?.sidecar
  ? (exifrModule as unknown as { default: typeof exifrModule }).default
  : exifrModule

// exifr reads XMP from these itself (JPEG APP1 incl. extended XMP, PNG iTXt, TIFF tag 700).
const EXIFR_FORMATS = new Set(['jpg', 'png', 'tif'])
const LOCATORS = [riffXmp, gifXmp, bmffXmp, id3Xmp]

const xmpPacketOf = async (data: Buffer, format: string | undefined) => {
  if (format && EXIFR_FORMATS.has(format))
    return exifr.parse(data, { mergeOutput: false, tiff: false, xmp: true })
  for (const locate of LOCATORS) {
    const packet = locate(data)
    if (packet) return sidecar(Buffer.from(packet), { mergeOutput: false }, 'xmp')
  }
  return undefined
}

const readXmp = async (data: Buffer, format: string | undefined) => {
  try {
    const parsed = (await xmpPacketOf(data, format)) as
      Record<string, Record<string, unknown>> | undefined
    const sourceType = parsed?.Iptc4xmpExt?.DigitalSourceType
    const provenance = parsed?.dcterms?.provenance
    return {
      digitalSourceType: typeof sourceType === 'string' ? sourceType : undefined,
      provenanceRef: typeof provenance === 'string' ? provenance : undefined,
    }
  } catch {
    return {}
  }
}

/**
 * Reads where an image, a sound or a video came from, from the original upload (before any resizing drops metadata):
 * the IPTC DigitalSourceType in XMP and the C2PA manifest store (validated), and classifies the result.
 * The container is recognised from the bytes: JPEG, PNG, WebP, AVIF, HEIC/HEIF, TIFF, GIF, MP4/M4A/MOV, MP3, WAV.
 */
export const readProvenance = async (input: Uint8Array): Promise<ProvenanceReading> => {
  const data = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  const format = (await fileTypeFromBuffer(data))?.ext
  const xmp = await readXmp(data, format)
  // The C2PA reader failing (it could not load) must not lose what XMP says.
  const c2pa: C2paReading = format
    ? await readC2pa(data, format).catch((error: Error) => ({
        digitalSourceTypes: [],
        error: `C2PA not read: ${error.message}`,
        present: false,
        validationErrors: [],
      }))
    : {
        digitalSourceTypes: [],
        error: 'unrecognised file format: C2PA not read',
        present: false,
        validationErrors: [],
      }
  // A manifest that does not validate cannot vouch for a capture; its AI claims still count (they only add caution).
  const c2paClasses = c2pa.digitalSourceTypes
    .map((value) => classifySourceType(value))
    .filter((value) => c2pa.validation === 'valid' || isAIClass(value))
  return {
    c2pa: {
      ...c2pa,
      referencedButMissing: !c2pa.present && Boolean(xmp.provenanceRef?.includes('c2pa')),
    },
    classification: strongestClass([classifySourceType(xmp.digitalSourceType), ...c2paClasses]),
    format,
    xmpDigitalSourceType: xmp.digitalSourceType,
  }
}
