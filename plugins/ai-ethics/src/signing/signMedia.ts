import type { CollectionSlug, PayloadRequest } from 'payload'

import { createHash } from 'crypto'
import fs from 'fs/promises'
import path from 'path'

import type { ResolvedSigningOptions } from '../types'

import { CONTENT_CREDENTIALS } from '../fields/ethicsFields'
import { unsupportedMessage } from './unsupported'
import { IPTC_DST, isAIClass, sourceTypeTerm } from '../provenance/classify'
import { coseSigner } from './cose'
import { signImage } from './signImage'

/** One file as signed: a file whose bytes no longer hash to `sha256` was made again since (and is signed again). */
export type SignedFile = { filename: string; sha256: string; size: string }

export type SignMediaResult =
  'not-public' | 'signed' | 'unchanged' | 'unsupported' | 'off' | 'failed' | 'missing'

// What c2pa-rs embeds a manifest in among the formats Payload resizes (JPEG, PNG, WebP, AVIF, GIF, TIFF) and
// HEIF/HEIC. Every size Payload makes is one of them; other public files (SVG, which Payload does not resize, sound,
// video) are recorded as `unsupported`, with a sentence saying so, rather than left looking as if still to be signed.
export const SIGNABLE = new Set([
  'image/avif',
  'image/gif',
  'image/heic',
  'image/heif',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'image/webp',
])

type SizeDoc = {
  filename?: null | string
  filesize?: null | number
  height?: null | number
  mimeType?: null | string
  url?: unknown
  width?: null | number
}
type StoredFile = SizeDoc & { filename: string }
type MediaDoc = {
  [field: string]: unknown
  contentCredentials?: { files?: null | SignedFile[]; status?: null | string }
  filename?: null | string
  height?: null | number
  id: number | string
  mimeType?: null | string
  provenance?: {
    c2paDigitalSourceTypes?: null | string[]
    classification?: null | string
    xmpDigitalSourceType?: null | string
  }
  sizes?: null | Record<string, null | SizeDoc>
  width?: null | number
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

/** The IPTC source type of an AI original, as a full URI, for the manifest's first action. */
const aiSourceType = (doc: MediaDoc): string | undefined => {
  const provenance = doc.provenance
  if (!provenance || !isAIClass(provenance.classification ?? undefined)) return undefined
  const value = provenance.xmpDigitalSourceType ?? provenance.c2paDigitalSourceTypes?.[0]
  return value ? `${IPTC_DST}${sourceTypeTerm(value)}` : undefined
}

// A size whose proportions differ from the original's by more than rounding was cut, not only scaled.
const isCropped = (doc: MediaDoc, size: SizeDoc) =>
  Boolean(doc.width && doc.height && size.width && size.height) &&
  Math.abs(size.width! / size.height! - doc.width! / doc.height!) >
    0.02 * (doc.width! / doc.height!)

/** The `files` entry of the original upload (sizes are named by their image size). */
export const ORIGINAL = '(original)'

// One signing of a given picture at a time in this process: two jobs for it (a publication and a public mark at
// once) would otherwise read the same files and the later write would not be the one recorded.
const running = new Map<string, Promise<unknown>>()
const oneAtATimePer = <T>(key: string, work: () => Promise<T>): Promise<T> => {
  const run = (running.get(key) ?? Promise.resolve()).then(work, work)
  const settled = run.catch(() => undefined)
  running.set(key, settled)
  void settled.then(() => running.get(key) === settled && running.delete(key))
  return run
}

// `url` is computed on read; the stored column stays empty.
const withoutUrl = (size: null | SizeDoc, filesize: number | undefined) => {
  const { url: _computed, ...stored } = size ?? {}
  return filesize ? { ...stored, filesize } : stored
}

const writeAtomically = async (file: string, data: Uint8Array) => {
  const temporary = `${file}.${process.pid}.c2pa-tmp`
  await fs.writeFile(temporary, data)
  await fs.rename(temporary, file)
}

/**
 * Signs every size of a public picture whose bytes are not the ones it signed before, in place (the websites' URLs
 * stay), and records the result on the media document. Idempotent: run twice, the second run finds every file as
 * signed and changes nothing. A failure is recorded (`status: failed`, `error`) and logged, never thrown: the
 * publication that asked for it has long been answered.
 */
export const signMedia = (
  req: PayloadRequest,
  args: {
    collection: CollectionSlug
    id: number | string
    publisher?: string
    signing: ResolvedSigningOptions
  },
): Promise<SignMediaResult> =>
  oneAtATimePer(`${args.collection}:${args.id}`, () => signMediaNow(req, args))

const signMediaNow = async (
  req: PayloadRequest,
  {
    collection,
    id,
    publisher,
    signing,
  }: {
    collection: CollectionSlug
    id: number | string
    publisher?: string
    signing: ResolvedSigningOptions
  },
): Promise<SignMediaResult> => {
  const { credentials } = signing
  if (!credentials) return 'off'
  const doc = (await req.payload.findByID({
    collection,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
  })) as MediaDoc | null
  if (!doc) return 'missing'
  if (doc[signing.publishedField] !== true) return 'not-public'
  const upload = req.payload.collections[collection]?.config.upload
  const staticDir =
    upload && typeof upload === 'object' && upload.staticDir
      ? path.resolve(upload.staticDir)
      : undefined
  if (!staticDir || !doc.filename) return 'unchanged'
  if (!SIGNABLE.has(doc.mimeType ?? '')) {
    if (doc.contentCredentials?.status === 'unsupported') return 'unchanged'
    await req.payload.db.updateOne({
      collection,
      data: {
        [CONTENT_CREDENTIALS]: {
          error: unsupportedMessage(doc.mimeType),
          files: [],
          publisher: null,
          signedAt: null,
          signer: null,
          status: 'unsupported',
        },
      },
      id: doc.id,
      req,
      returning: false,
    })
    return 'unsupported'
  }

  const before = new Map((doc.contentCredentials?.files ?? []).map((file) => [file.size, file]))
  const record = (data: Record<string, unknown>) =>
    req.payload.db.updateOne({
      collection,
      data: { [CONTENT_CREDENTIALS]: data },
      id: doc.id,
      req,
      returning: false,
    })
  try {
    const sizes = Object.entries(doc.sizes ?? {}).filter((entry): entry is [string, StoredFile] =>
      Boolean(entry[1]?.filename && SIGNABLE.has(entry[1].mimeType ?? doc.mimeType ?? '')),
    )
    // The original last: the sizes name it, as it came, as their ingredient.
    const targets: [string, StoredFile][] = [
      ...sizes,
      ...(signing.signOriginal ? [[ORIGINAL, doc as StoredFile] as [string, StoredFile]] : []),
    ]
    const files: SignedFile[] = []
    const stale: [string, StoredFile, Uint8Array][] = []
    for (const [name, file] of targets) {
      const data = new Uint8Array(await fs.readFile(path.join(staticDir, file.filename)))
      const signed = before.get(name)
      if (signed && signed.filename === file.filename && signed.sha256 === sha256(data))
        files.push(signed)
      else stale.push([name, file, data])
    }
    if (
      stale.length === 0 &&
      doc.contentCredentials?.status === 'signed' &&
      files.length === before.size
    )
      return 'unchanged'

    const original = {
      data: new Uint8Array(await fs.readFile(path.join(staticDir, doc.filename))),
      format: doc.mimeType!,
      title: doc.filename,
    }
    const signer = coseSigner(credentials)
    const publication = {
      digitalSourceType: aiSourceType(doc),
      editor: publisher,
      organization: signing.organization ?? credentials.organization,
      publishedAt: new Date(),
    }
    const filesizes: Record<string, number> = {}
    for (const [name, file, data] of stale) {
      const format = file.mimeType ?? doc.mimeType!
      const edits =
        name === ORIGINAL
          ? { cropped: false, resized: false }
          : { cropped: isCropped(doc, file), resized: true }
      const signed = await signImage(
        signer,
        original,
        { data, format, title: file.filename },
        edits,
        publication,
      )
      await writeAtomically(path.join(staticDir, file.filename), signed)
      files.push({ filename: file.filename, sha256: sha256(signed), size: name })
      filesizes[name] = signed.length
    }
    await req.payload.db.updateOne({
      collection,
      data: {
        [CONTENT_CREDENTIALS]: {
          error: null,
          files,
          publisher: publisher ?? null,
          signedAt: new Date().toISOString(),
          signer: credentials.subject,
          status: 'signed',
        },
        // The stored sizes in bytes follow the files (whole size groups: an adapter may replace a nested object).
        ...(filesizes[ORIGINAL] ? { filesize: filesizes[ORIGINAL] } : {}),
        ...(sizes.some(([name]) => filesizes[name])
          ? {
              sizes: Object.fromEntries(
                Object.entries(doc.sizes ?? {}).map(([name, size]) => [
                  name,
                  withoutUrl(size, filesizes[name]),
                ]),
              ),
            }
          : {}),
      },
      id: doc.id,
      req,
      returning: false,
    })
    return 'signed'
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    req.payload.logger.error({
      err,
      msg: `ai-ethics: could not sign the public files of ${collection} ${doc.id}: ${message}`,
    })
    await record({ error: message.slice(0, 2000), status: 'failed' }).catch(
      (recordError: unknown) =>
        req.payload.logger.error({
          err: recordError,
          msg: `ai-ethics: could not record the signing failure of ${collection} ${doc.id}`,
        }),
    )
    return 'failed'
  }
}
