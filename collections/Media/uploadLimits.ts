/**
 * What the newsroom may upload and how big each kind may be: read by the server's check of the bytes
 * (hooks/checkUploadContent.ts) and by the admin's check in the browser before a file is sent
 * (admin/UploadCheck.tsx), so both refuse the same files with the same catalogue messages. Browser-safe: no Node
 * modules here (the server-only settings are in ./uploadRules.ts).
 */
import { type Language, type MessageParams, renderMessage } from '../../src/errors/messages'

export const UPLOAD_RULES = {
  image: {
    maxBytes: 25 * 1024 * 1024,
    // TIFF: sharp reads and resizes it, and the XMP provenance is read from the original. HEIC/HEIF photos are
    // refused (./uploadRules.ts UNDECODABLE_IMAGE_TYPES): this sharp cannot decode HEVC-coded pictures.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/tiff'],
  },
  audio: {
    maxBytes: 200 * 1024 * 1024,
    mimeTypes: [
      'audio/mpeg',
      'audio/mp4',
      'audio/x-m4a',
      'audio/aac',
      'audio/ogg',
      'audio/opus',
      'audio/wav',
      'audio/x-wav',
      'audio/flac',
      'audio/x-flac',
    ],
  },
  video: {
    maxBytes: 500 * 1024 * 1024,
    mimeTypes: ['video/mp4', 'video/webm', 'video/quicktime'],
  },
} as const

export type UploadKind = keyof typeof UPLOAD_RULES

/** The kinds by name, as the refusals say them. */
export const UPLOAD_KIND_NAMES: Record<UploadKind, Record<Language, string>> = {
  audio: { en: 'audio', kk: 'аудио', ru: 'аудио' },
  image: { en: 'image', kk: 'сурет', ru: 'изображение' },
  video: { en: 'video', kk: 'бейне', ru: 'видео' },
}

export const ALLOWED_MIME_TYPES: string[] = Object.values(UPLOAD_RULES).flatMap((rule) => [
  ...rule.mimeTypes,
])

/** The largest file any rule allows: the multipart parser's own limit. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_RULES).map((rule) => rule.maxBytes))

export const uploadKindOf = (mimeType: string): undefined | UploadKind =>
  (Object.keys(UPLOAD_RULES) as UploadKind[]).find((kind) =>
    (UPLOAD_RULES[kind].mimeTypes as readonly string[]).includes(mimeType),
  )

/** Megabytes in the language's words: `1.5 MB`, `1,5 МБ` (kk, ru). */
export const formatBytes = (bytes: number, language: string = 'en'): string => {
  const amount = (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)
  return language === 'kk' || language === 'ru'
    ? `${amount.replace('.', ',')} МБ`
    : `${amount} MB`
}

/** A file the browser is about to send, as a `File` describes it. */
export type FileToUpload = { name: string; size: number; type: string }

/** Why a file cannot be uploaded: the catalogue key and its placeholders (the key gives the code). */
export type UploadProblem = {
  key: 'VALIDATION_FAILED.fileTooLarge' | 'VALIDATION_FAILED.fileType'
  params: MessageParams
}

/**
 * The problem with a file before it is sent: its type (as the browser names it from the extension; the server
 * reads the bytes again) must be allowed, and its size within its kind's limit. A file whose type the browser
 * does not know is left to the server, which reads its bytes.
 */
export const uploadProblem = (file: FileToUpload): undefined | UploadProblem => {
  if (!file.type) return undefined
  const kind = uploadKindOf(file.type)
  if (!kind) {
    return {
      key: 'VALIDATION_FAILED.fileType',
      params: { allowed: ALLOWED_MIME_TYPES.join(', '), name: file.name, type: file.type },
    }
  }
  const limit = UPLOAD_RULES[kind].maxBytes
  if (file.size <= limit) return undefined
  return { key: 'VALIDATION_FAILED.fileTooLarge', params: sizeParams(file.name, file.size, kind) }
}

/** The placeholders of a too-large refusal: sizes in each language's units, the kind by name. */
export const sizeParams = (name: string, size: number, kind: UploadKind): MessageParams => {
  const inEach = (bytes: number) => ({
    en: formatBytes(bytes, 'en'),
    kk: formatBytes(bytes, 'kk'),
    ru: formatBytes(bytes, 'ru'),
  })
  return {
    kind: UPLOAD_KIND_NAMES[kind],
    limit: inEach(UPLOAD_RULES[kind].maxBytes),
    name,
    size: inEach(size),
  }
}

/** The refusal of a file in the given language, or undefined when it may be sent. */
export const uploadRefusal = (
  file: FileToUpload,
  language: string,
): undefined | { code: string; message: string } => {
  const problem = uploadProblem(file)
  if (!problem) return undefined
  return {
    code: problem.key.split('.')[0],
    message: renderMessage(problem.key, problem.params, language),
  }
}
