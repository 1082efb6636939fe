import type { CoseSigner } from './cose'

import { c2paInThread } from '../provenance/c2pa'

/** What the manifest of a published size says, besides the actions the size itself implies. */
export type Publication = {
  /** The IPTC digital source type of an AI original (full URI). */
  digitalSourceType?: string
  /** The name of the editor whose action published the picture (never an e-mail). */
  editor?: string
  /** The organisation that publishes and signs. */
  organization: string
  publishedAt: Date
}

export type ImageFile = { data: Uint8Array; format: string; title: string }

/** The claim generator named in every manifest the plugin signs. */
export const CLAIM_GENERATOR = { name: 'payload-plugin-ai-ethics', version: '1' }
const INGREDIENT = 'original'

// c2pa-rs's builder reads its Blobs through the browser's FileReaderSync, which Node lacks: a Blob that keeps its
// bytes, and a FileReaderSync (installed only where none exists) that hands them over.
class BytesBlob extends Blob {
  constructor(readonly content: Uint8Array) {
    super([content as Uint8Array<ArrayBuffer>])
  }
  override slice(start = 0, end = this.content.length): BytesBlob {
    return new BytesBlob(this.content.subarray(start, end))
  }
}
const installFileReaderSync = () => {
  const global = globalThis as { FileReaderSync?: unknown }
  global.FileReaderSync ??= class FileReaderSync {
    readAsArrayBuffer(blob: Blob): ArrayBuffer {
      if (!(blob instanceof BytesBlob))
        throw new TypeError('FileReaderSync: only in-memory blobs can be read here')
      const { content } = blob
      return content.buffer.slice(
        content.byteOffset,
        content.byteOffset + content.byteLength,
      ) as ArrayBuffer
    }
  }
}

/**
 * The manifest definition (c2pa-rs `ManifestDefinition`) of one published file: a size (resized, perhaps cropped)
 * or, with `resized: false`, the original itself.
 */
export const manifestFor = (
  size: ImageFile,
  { cropped, resized }: { cropped: boolean; resized: boolean },
  publication: Publication,
) => ({
  assertions: [
    {
      data: {
        actions: [
          {
            action: 'c2pa.opened',
            parameters: { ingredientIds: [INGREDIENT] },
            ...(publication.digitalSourceType
              ? { digitalSourceType: publication.digitalSourceType }
              : {}),
          },
          ...(cropped ? [{ action: 'c2pa.cropped' }] : []),
          ...(resized ? [{ action: 'c2pa.resized' }] : []),
          { action: 'c2pa.published', when: publication.publishedAt.toISOString() },
        ],
      },
      label: 'c2pa.actions.v2',
    },
    {
      data: {
        '@context': 'https://schema.org',
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: publication.organization },
        ...(publication.editor
          ? { editor: [{ '@type': 'Person', name: publication.editor }] }
          : {}),
      },
      label: 'stds.schema-org.CreativeWork',
    },
  ],
  claim_generator_info: [CLAIM_GENERATOR],
  title: size.title,
})

// One signing at a time per process: each holds the original and a size in WebAssembly memory.
let queue: Promise<unknown> = Promise.resolve()
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
  const run = queue.then(work, work)
  queue = run.catch(() => undefined)
  return run
}

/**
 * Builds and signs a manifest (c2pa-rs `ManifestDefinition`) into a file with c2pa-rs, with an optional `parentOf`
 * ingredient whose own manifest store is embedded. Returns the file's bytes with the manifest store embedded.
 */
export const signAsset = (
  signer: CoseSigner,
  definition: object,
  file: Omit<ImageFile, 'title'>,
  ingredient?: ImageFile,
): Promise<Uint8Array> =>
  oneAtATime(async () => {
    const c2pa = await c2paInThread()
    installFileReaderSync()
    // c2pa-rs checks what it signed before returning it; trust lists are not configured here (see provenance/c2pa.ts).
    const settings = JSON.stringify({
      verify: {
        ocsp_fetch: false,
        remote_manifest_fetch: false,
        verify_after_sign: true,
        verify_trust: false,
      },
    })
    const builder = c2pa.WasmBuilder.fromJson(JSON.stringify(definition), settings)
    try {
      if (ingredient) {
        await builder.addIngredientFromBlob(
          JSON.stringify({
            instance_id: INGREDIENT,
            label: INGREDIENT,
            relationship: 'parentOf',
            title: ingredient.title,
          }),
          ingredient.format,
          new BytesBlob(ingredient.data),
        )
      }
      return await builder.sign(signer, [], file.format, new BytesBlob(file.data))
    } finally {
      builder.free()
    }
  })

/**
 * Signs one published file of a picture (a resized, perhaps cropped, copy, or the original itself): the original
 * upload as it came is the `parentOf` ingredient, its own manifest store embedded, so credentials it carried (an AI
 * generator's, a camera's) travel with the file.
 */
export const signImage = (
  signer: CoseSigner,
  original: ImageFile,
  file: ImageFile,
  edits: { cropped: boolean; resized: boolean },
  publication: Publication,
): Promise<Uint8Array> => signAsset(signer, manifestFor(file, edits, publication), file, original)
