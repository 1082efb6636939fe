import os from 'os'

/** What the newsroom may upload, by the type detected from the file's bytes, and how big each kind may be. */
export const UPLOAD_RULES = {
  image: {
    maxBytes: 25 * 1024 * 1024,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
  },
  audio: {
    maxBytes: 200 * 1024 * 1024,
    mimeTypes: ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac', 'audio/ogg', 'audio/opus', 'audio/wav', 'audio/x-wav', 'audio/flac', 'audio/x-flac'],
  },
  video: {
    maxBytes: 500 * 1024 * 1024,
    mimeTypes: ['video/mp4', 'video/webm', 'video/quicktime'],
  },
} as const

export type UploadKind = keyof typeof UPLOAD_RULES

export const ALLOWED_MIME_TYPES: string[] = Object.values(UPLOAD_RULES).flatMap((rule) => [...rule.mimeTypes])

/** The largest file any rule allows: the multipart parser's own limit. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_RULES).map((rule) => rule.maxBytes))

export const uploadKindOf = (mimeType: string): undefined | UploadKind =>
  (Object.keys(UPLOAD_RULES) as UploadKind[]).find((kind) =>
    (UPLOAD_RULES[kind].mimeTypes as readonly string[]).includes(mimeType),
  )

export const formatBytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`

/**
 * Where uploads sent over HTTP are spooled while they are checked and resized (Payload's `useTempFiles`): a 500 MB
 * video is never held in memory, and sharp reads images from disk instead of copying the bytes for every size.
 */
export const uploadTempDir = (): string => process.env.UPLOAD_TEMP_DIR || os.tmpdir()
