import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Field,
} from 'payload'

import fs from 'fs/promises'
import path from 'path'

import { boundedSharp } from './boundedSharp'

/**
 * The social-card size (`sizes.og`, 1200×630), cut around the editor's focal point.
 *
 * Why not one of Payload's `imageSizes`: for a cropped size Payload 3.90.1 runs the full-resolution resize twice
 * (once only to learn the scaled dimensions, both with JPEG shrink-on-load switched off), which made a 12 MP upload
 * cost 1.8× the resizes themselves (`npm run bench:upload`). Here the scaled dimensions are computed, and the crop is
 * one sharp pipeline with shrink-on-load, started as soon as the upload arrives so that it runs alongside Payload's
 * own sizes. The result is stored in the same `sizes.og` fields an image size would have (same columns, URL, API).
 */
export const OG = { height: 630, name: 'og', width: 1200 } as const

/** The types Payload resizes (it leaves SVG alone); the og card is a still image even for an animated source. */
const RESIZABLE = new Set(['image/avif', 'image/gif', 'image/jpeg', 'image/png', 'image/tiff', 'image/webp'])

const CONTEXT_KEY = 'newsroom:og'
const FILE_KEY = 'newsroom:og-file'

type FocalPoint = { x: number; y: number }

export type OgRendering = { data: Buffer; format: string; height: number; size: number; width: number }

type Pending = { focal: FocalPoint; rendering: Promise<OgRendering | undefined> }

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/**
 * Scales the picture so the 1200×630 box is covered, then cuts the box out centred on the focal point (in percent),
 * kept inside the picture. Pictures smaller than the box on both sides get no og size, as Payload does for its sizes.
 */
export const renderOg = async (input: Buffer | string, focal: FocalPoint): Promise<OgRendering | undefined> => {
  const meta = await boundedSharp(input).metadata()
  const width = meta.autoOrient?.width ?? meta.width
  const height = meta.autoOrient?.height ?? meta.height
  if (!width || !height || (width < OG.width && height < OG.height)) return undefined
  const scale = Math.max(OG.width / width, OG.height / height)
  const scaledWidth = Math.max(OG.width, Math.round(width * scale))
  const scaledHeight = Math.max(OG.height, Math.round(height * scale))
  const left = Math.floor(clamp((scaledWidth * focal.x) / 100 - OG.width / 2, 0, scaledWidth - OG.width))
  const top = Math.floor(clamp((scaledHeight * focal.y) / 100 - OG.height / 2, 0, scaledHeight - OG.height))
  // One of the image pipelines `boundedSharp` runs a few at a time.
  const { data, info } = await boundedSharp(input)
    .rotate()
    .resize({ fit: 'fill', height: scaledHeight, width: scaledWidth })
    .extract({ height: OG.height, left, top, width: OG.width })
    .toBuffer({ resolveWithObject: true })
  return { data, format: info.format, height: info.height, size: info.size, width: info.width }
}

const extensionOf = (format: string) => (format === 'jpeg' ? 'jpg' : format === 'heif' ? 'avif' : format)
const mimeTypeOf = (format: string) => `image/${format === 'heif' ? 'avif' : format}`

/** The focal point Payload will use for this write: the admin's edit, the document's fields, or the centre. */
const focalOf = (value: { focalX?: null | number; focalY?: null | number } | undefined, edits?: unknown): FocalPoint => {
  // The admin sends a moved focal point as `?uploadEdits[focalPoint][x]=…` (strings).
  const fromEdits = (edits as { focalPoint?: { x?: unknown; y?: unknown } } | undefined)?.focalPoint
  const [x, y] = [Number(fromEdits?.x), Number(fromEdits?.y)]
  if (fromEdits && Number.isFinite(x) && Number.isFinite(y)) return { x: Math.round(x), y: Math.round(y) }
  if (typeof value?.focalX === 'number' && typeof value.focalY === 'number') return { x: value.focalX, y: value.focalY }
  return { x: 50, y: 50 }
}

const uploadDir = (collection: { upload?: unknown }) => {
  const upload = collection.upload as undefined | { staticDir?: string }
  return upload?.staticDir ? path.resolve(upload.staticDir) : undefined
}

/** Starts the og crop as soon as a new image arrives, so it runs while Payload makes its own sizes. */
export const startOgRendering: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file || !RESIZABLE.has(req.file.mimetype)) return args
  const data = req.file.data?.length ? req.file.data : req.file.tempFilePath
  if (!data) return args
  const focal = focalOf(args.data as Parameters<typeof focalOf>[0], (req.query as Record<string, unknown> | undefined)?.uploadEdits)
  const rendering = renderOg(data, focal)
  rendering.catch(() => undefined) // awaited (and reported) in beforeChange
  req.context[CONTEXT_KEY] = { focal, rendering } satisfies Pending
  return args
}

/**
 * Whenever Payload has (re)processed the file — a new upload, a replaced file, a moved focal point — the og size
 * is made from the same bytes and focal point and recorded in `sizes.og`; the file is written once the document
 * is valid and saved (`writeOgSize`), so a refused upload leaves nothing behind.
 */
export const storeOgSize: CollectionBeforeChangeHook = async ({ collection, context, data, req }) => {
  const file = req.file
  const dir = uploadDir(collection)
  if (!file || !dir || !data.filename || !RESIZABLE.has(String(data.mimeType ?? file.mimetype))) return data
  const focal = focalOf(data)
  const pending = context[CONTEXT_KEY] as Pending | undefined
  const source = file.data?.length ? file.data : file.tempFilePath
  const rendering =
    pending && pending.focal.x === focal.x && pending.focal.y === focal.y
      ? await pending.rendering
      : source
        ? await renderOg(source, focal)
        : undefined
  const sizes = (data.sizes ?? {}) as Record<string, unknown>
  if (!rendering) {
    data.sizes = { ...sizes, [OG.name]: { filename: null, filesize: null, height: null, mimeType: null, url: null, width: null } }
    return data
  }
  const base = String(data.filename).replace(/\.[^.]+$/, '')
  const filename = `${base}-${rendering.width}x${rendering.height}.${extensionOf(rendering.format)}`
  context[FILE_KEY] = { data: rendering.data, path: path.join(dir, filename) }
  data.sizes = {
    ...sizes,
    [OG.name]: {
      filename,
      filesize: rendering.size,
      height: rendering.height,
      mimeType: mimeTypeOf(rendering.format),
      url: `${req.payload.config.routes.api}/${collection.slug}/file/${encodeURIComponent(filename)}`,
      width: rendering.width,
    },
  }
  return data
}

/** Writes the og file of this save (first of the afterChange hooks, so the AI-provenance mark sees it). */
export const writeOgSize: CollectionAfterChangeHook = async ({ context, doc }) => {
  const file = context[FILE_KEY] as undefined | { data: Buffer; path: string }
  if (file) {
    delete context[FILE_KEY]
    await fs.writeFile(file.path, file.data)
  }
  return doc
}

const ogFilenameOf = (doc: unknown) => (doc as { sizes?: Record<string, { filename?: null | string } | undefined> } | undefined)?.sizes?.[OG.name]?.filename

const removeOgFile = async (collection: { upload?: unknown }, filename: null | string | undefined) => {
  const dir = uploadDir(collection)
  if (filename && dir) await fs.rm(path.join(dir, filename), { force: true })
}

/** A replaced file's old og card goes, as Payload removes its own old sizes. */
export const removeReplacedOgSize: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc }) => {
  const before = ogFilenameOf(previousDoc)
  if (operation === 'update' && before !== ogFilenameOf(doc)) await removeOgFile(collection, before)
  return doc
}

export const removeOgSize: CollectionAfterDeleteHook = async ({ collection, doc }) => {
  await removeOgFile(collection, ogFilenameOf(doc))
  return doc
}

const hiddenReadOnly = { hidden: true, readOnly: true } as const

/**
 * `sizes.og`, declared here because it is not one of Payload's `imageSizes`; Payload merges it into the `sizes`
 * group it builds for the others. Same fields and columns as an image size; the URL is absolute on read.
 */
export const ogSizeField: Field = {
  name: 'sizes',
  type: 'group',
  admin: { hidden: true },
  fields: [
    {
      name: OG.name,
      type: 'group',
      admin: { hidden: true },
      label: OG.name,
      fields: [
        {
          name: 'url',
          type: 'text',
          admin: hiddenReadOnly,
          label: 'URL',
          hooks: {
            afterRead: [
              ({ req, value }) => (typeof value === 'string' && value.startsWith('/') ? `${req.payload.config.serverURL ?? ''}${value}` : value),
            ],
          },
        },
        { name: 'width', type: 'number', admin: hiddenReadOnly },
        { name: 'height', type: 'number', admin: hiddenReadOnly },
        { name: 'mimeType', type: 'text', admin: hiddenReadOnly },
        { name: 'filesize', type: 'number', admin: hiddenReadOnly },
        { name: 'filename', type: 'text', admin: hiddenReadOnly, index: true },
      ],
    },
  ],
}
