import { BMFF, JPEG, PNG } from '@trustnxt/c2pa-ts/asset'
import { SuperBox } from '@trustnxt/c2pa-ts/jumbf'
import { ManifestStore } from '@trustnxt/c2pa-ts/manifest'
import exifr from 'exifr'

import type { ProvenanceClass } from '../types'

import { classifySourceType, strongestClass } from './classify'

export type ProvenanceReading = {
  c2pa: {
    claimGenerator?: string
    /** digitalSourceType of the `c2pa.actions` assertions' actions. */
    digitalSourceTypes: string[]
    error?: string
    present: boolean
    /** XMP dcterms:provenance points at a manifest that is not embedded any more. */
    referencedButMissing: boolean
  }
  classification: ProvenanceClass
  /** IPTC DigitalSourceType from XMP. */
  xmpDigitalSourceType?: string
}

/** The same bytes without a copy (an upload is megabytes; it is only read). */
const view = (data: Uint8Array) => new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength)

const readXmp = async (data: Uint8Array) => {
  try {
    const parsed = (await exifr.parse(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { mergeOutput: false, tiff: false, xmp: true })) as
      | Record<string, Record<string, unknown>>
      | undefined
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

const readC2pa = (data: Uint8Array): Omit<ProvenanceReading['c2pa'], 'referencedButMissing'> => {
  const bytes = view(data)
  const asset = JPEG.canRead(bytes) ? new JPEG(bytes) : PNG.canRead(bytes) ? new PNG(bytes) : BMFF.canRead(bytes) ? new BMFF(bytes) : undefined
  const jumbf = asset?.getManifestJUMBF()
  if (!jumbf) return { digitalSourceTypes: [], present: false }
  try {
    const manifest = ManifestStore.read(SuperBox.fromBuffer(new Uint8Array(jumbf) as Uint8Array<ArrayBuffer>)).getActiveManifest()
    const claim = manifest?.claim as undefined | { claimGeneratorInfo?: { name?: string }; claimGeneratorName?: string }
    const digitalSourceTypes = (manifest?.assertions?.assertions ?? [])
      .filter((assertion) => String(assertion.label).startsWith('c2pa.actions'))
      .flatMap((assertion) => ((assertion as unknown as { actions?: { digitalSourceType?: string }[] }).actions ?? []))
      .map((action) => action.digitalSourceType)
      .filter((value): value is string => typeof value === 'string')
    return {
      claimGenerator: claim?.claimGeneratorName ?? claim?.claimGeneratorInfo?.name,
      digitalSourceTypes,
      present: true,
    }
  } catch (error) {
    return { digitalSourceTypes: [], error: `unreadable manifest: ${(error as Error).message}`, present: true }
  }
}

/**
 * Reads where an image came from, from the original upload (before any resizing drops metadata):
 * the IPTC DigitalSourceType in XMP and the C2PA manifest store, and classifies the result.
 */
export const readProvenance = async (data: Uint8Array): Promise<ProvenanceReading> => {
  const xmp = await readXmp(data)
  const c2pa = readC2pa(data)
  const classification = strongestClass([
    classifySourceType(xmp.digitalSourceType),
    ...c2pa.digitalSourceTypes.map((value) => classifySourceType(value)),
  ])
  return {
    c2pa: { ...c2pa, referencedButMissing: !c2pa.present && Boolean(xmp.provenanceRef?.includes('c2pa')) },
    classification,
    xmpDigitalSourceType: xmp.digitalSourceType,
  }
}
