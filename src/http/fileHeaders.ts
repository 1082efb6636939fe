/**
 * Image types a browser only ever draws as a picture. SVG is absent on purpose: it is a document that can run
 * script, so it is never served inline (the media collection does not accept it either).
 */
const RASTER_IMAGE_TYPES = new Set([
  'image/avif',
  'image/gif',
  'image/jpeg',
  'image/png',
  'image/webp',
])

/** An uploaded file may load and run nothing, even if a browser were to render it as a page. */
export const FILE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"

/**
 * Payload's `upload.modifyResponseHeaders` for the files it serves (`/api/<collection>/file/...`, every size and
 * range request): the type it read from the bytes is final (nosniff), the file is sandboxed, and anything but a
 * raster image — audio, video, anything else — is a download (`Content-Disposition: attachment`) rather than a
 * page; `<audio>`/`<video>` on a website play it all the same.
 */
export const fileResponseHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', FILE_CONTENT_SECURITY_POLICY)
  const type = (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (!RASTER_IMAGE_TYPES.has(type)) headers.set('Content-Disposition', 'attachment')
  return headers
}
