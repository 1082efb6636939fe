import { type Asset, BMFF, JPEG, PNG } from '@trustnxt/c2pa-ts/asset'
import { SuperBox } from '@trustnxt/c2pa-ts/jumbf'
import { DataHashAssertion, ManifestStore } from '@trustnxt/c2pa-ts/manifest'

/** What a second C2PA implementation (@trustnxt/c2pa-ts, not c2pa-rs that signed) reads and checks in a file. */
export type VerifiedManifest = {
  actions: { action: string; digitalSourceType?: string; ingredients: number }[]
  creativeWork?: { editor?: { name?: string }[]; publisher?: { name?: string } }
  errors: string[]
  /** The ingredient's own manifest, if it carried one: its actions' digital source types and its signer. */
  ingredient?: {
    relationship?: string
    title?: string
    manifest?: { digitalSourceTypes: string[]; signer?: string }
  }
  manifests: number
  signer?: string
  valid: boolean
}

type Span = { length: number; start: number }
/** Where a container keeps its manifest store: the JUMBF, and the bytes a data hash may leave out for it. */
type Embedded = { jumbf: Uint8Array; span: Span; alsoExcludable?: Span }

/**
 * An asset c2pa-ts has no reader for (it reads JPEG, PNG and BMFF/HEIF/AVIF): the file's bytes, with the manifest
 * store found by the container rules of the C2PA specification (2.1, appendix A), written here from the
 * specification, not from c2pa-rs. c2pa-ts then validates the claim, the signature and the data hash as for any file.
 */
class ContainerAsset implements Asset {
  constructor(
    private readonly data: Uint8Array,
    readonly mimeType: string,
    readonly embedded: Embedded | undefined,
  ) {}
  dumpInfo() {
    return `${this.mimeType}, ${this.data.length} bytes`
  }
  async ensureManifestSpace(): Promise<void> {
    throw new Error('read only')
  }
  getDataLength() {
    return this.data.length
  }
  async getDataRange(start = 0, length = this.data.length - start) {
    return this.data.subarray(start, start + length)
  }
  getHashExclusionRange() {
    return this.embedded?.span ?? { length: 0, start: 0 }
  }
  getManifestJUMBF() {
    return this.embedded?.jumbf
  }
  async writeManifestJUMBF(): Promise<void> {
    throw new Error('read only')
  }
}

const ascii = (data: Uint8Array, start: number, length: number) =>
  Buffer.from(data.subarray(start, start + length)).toString('latin1')

/** WebP (RIFF): a top-level chunk `C2PA` holds the JUMBF; the whole chunk, header and padding, is excluded. */
const webpManifest = (data: Uint8Array): Embedded | undefined => {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  for (let at = 12; at + 8 <= data.length;) {
    const size = view.getUint32(at + 4, true)
    if (ascii(data, at, 4) === 'C2PA')
      return {
        jumbf: data.subarray(at + 8, at + 8 + size),
        span: { length: 8 + size + (size % 2), start: at },
      }
    at += 8 + size + (size % 2)
  }
  return undefined
}

/** GIF: an application extension `C2PA_GIF` whose data sub-blocks, joined, are the JUMBF. */
const gifManifest = (data: Uint8Array): Embedded | undefined => {
  const marker = Buffer.from(data).indexOf(Buffer.from('\x21\xff\x0bC2PA_GIF', 'latin1'))
  if (marker < 0) return undefined
  const parts: Uint8Array[] = []
  let at = marker + 3 + 11
  while (data[at] !== 0) {
    parts.push(data.subarray(at + 1, at + 1 + data[at]))
    at += 1 + data[at]
  }
  return { jumbf: Buffer.concat(parts), span: { length: at + 1 - marker, start: marker } }
}

/**
 * TIFF: tag 52545 (0xCD41, UNDEFINED) of the first IFD points at the JUMBF; the data hash leaves out the JUMBF and
 * the tag's IFD entry (whose offset changes when the store is written).
 */
const tiffManifest = (data: Uint8Array): Embedded | undefined => {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const little = ascii(data, 0, 2) === 'II'
  const ifd = view.getUint32(4, little)
  const entries = view.getUint16(ifd, little)
  for (let entry = 0; entry < entries; entry++) {
    const at = ifd + 2 + 12 * entry
    if (view.getUint16(at, little) !== 0xcd41) continue
    const length = view.getUint32(at + 4, little)
    const start = view.getUint32(at + 8, little)
    return {
      alsoExcludable: { length: 12, start: at },
      jumbf: data.subarray(start, start + length),
      span: { length, start },
    }
  }
  return undefined
}

const assetOf = (data: Uint8Array): Asset & { embedded?: Embedded } => {
  for (const Type of [JPEG, PNG, BMFF]) if (Type.canRead(data)) return new Type(data)
  if (ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 4) === 'WEBP')
    return new ContainerAsset(data, 'image/webp', webpManifest(data))
  if (ascii(data, 0, 4) === 'GIF8') return new ContainerAsset(data, 'image/gif', gifManifest(data))
  if (ascii(data, 0, 4) === 'II*\0' || ascii(data, 0, 4) === 'MM\0*')
    return new ContainerAsset(data, 'image/tiff', tiffManifest(data))
  throw new Error('c2pa-ts cannot read this format')
}

/** Reads the manifest store of a file with c2pa-ts, validates it against the file, and summarises the active manifest. */
export const verifyWithC2paTs = async (
  bytes: Uint8Array,
): Promise<undefined | VerifiedManifest> => {
  const data = new Uint8Array(bytes)
  const asset = assetOf(data)
  const jumbf = asset.getManifestJUMBF() as Uint8Array<ArrayBuffer> | undefined
  if (!jumbf) return undefined
  const store = ManifestStore.read(SuperBox.fromBuffer(jumbf))
  const result = await store.validate(asset)
  const active = store.getActiveManifest()!
  const errors = result.statusEntries
    .filter((entry) => !entry.success)
    .map((entry) => `${entry.code}${entry.explanation ? `: ${entry.explanation}` : ''}`)
  // c2pa-ts hashes what the manifest's data hash says; for the containers read above it is also checked that the
  // hash leaves out the manifest store and nothing else (else a manifest could leave the picture itself unhashed).
  if ('embedded' in asset && asset.embedded) {
    const { alsoExcludable, span } = asset.embedded
    const inside = (exclusion: Span, range: Span | undefined) =>
      Boolean(range) &&
      exclusion.start >= range!.start &&
      exclusion.start + exclusion.length <= range!.start + range!.length
    const hashes = ((active.assertions?.assertions ?? []) as unknown[]).filter(
      (a): a is DataHashAssertion => a instanceof DataHashAssertion,
    )
    if (hashes.length === 0) errors.push('no data hash assertion')
    for (const hash of hashes)
      for (const exclusion of hash.exclusions)
        if (!inside(exclusion, span) && !inside(exclusion, alsoExcludable))
          errors.push(
            `data hash excludes ${exclusion.start}+${exclusion.length}, outside the manifest store at ${span.start}+${span.length}`,
          )
  }
  const assertions = (active.assertions?.assertions ?? []) as any[]
  const actions = assertions
    .filter((a) => a.label?.startsWith('c2pa.actions'))
    .flatMap((a) => a.actions ?? [])
  const creativeWork = assertions.find((a) => a.label === 'stds.schema-org.CreativeWork')?.item
  const ingredientAssertion = assertions.find((a) => a.label?.startsWith('c2pa.ingredient'))
  const ingredientManifestLabel = /\/c2pa\/([^/]+)/.exec(
    ingredientAssertion?.activeManifest?.uri ?? '',
  )?.[1]
  const ingredientManifest = store.manifests.find(
    (manifest) => manifest.label === ingredientManifestLabel,
  )
  const sourceTypesOf = (manifest: typeof active) =>
    ((manifest.assertions?.assertions ?? []) as any[])
      .filter((a) => a.label?.startsWith('c2pa.actions'))
      .flatMap((a) => a.actions ?? [])
      .map((action: { digitalSourceType?: string }) => action.digitalSourceType)
      .filter(Boolean) as string[]
  return {
    actions: actions.map((action: any) => ({
      action: action.action,
      ...(action.digitalSourceType ? { digitalSourceType: action.digitalSourceType } : {}),
      ingredients: action.parameters?.ingredients?.length ?? 0,
    })),
    creativeWork,
    errors,
    ingredient: ingredientAssertion
      ? {
          manifest: ingredientManifest
            ? {
                digitalSourceTypes: sourceTypesOf(ingredientManifest),
                signer:
                  ingredientManifest.signature?.signatureData?.certificate?.subject?.toString(),
              }
            : undefined,
          relationship: ingredientAssertion.relationship,
          title: ingredientAssertion.title,
        }
      : undefined,
    manifests: store.manifests.length,
    signer: active.signature?.signatureData?.certificate?.subject?.toString(),
    valid: result.isValid && errors.length === 0,
  }
}

/**
 * The offset of a byte the manifest's hash covers (in the middle of the larger part of the file outside the manifest
 * store): changed, the file must no longer validate.
 */
export const hashedByteOf = (bytes: Uint8Array): number => {
  const { length, start } = assetOf(new Uint8Array(bytes)).getHashExclusionRange()
  const after = bytes.length - start - length
  return start >= after ? Math.floor(start / 2) : start + length + Math.floor(after / 2)
}
