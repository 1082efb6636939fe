import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const handlers = {
  DELETE: REST_DELETE(config),
  GET: REST_GET(config),
  PATCH: REST_PATCH(config),
  POST: REST_POST(config),
}

type RestOptions = {
  /** A JSON body, sent as application/json. */
  json?: unknown
  /** A multipart body (uploads). */
  form?: FormData
  token?: string
}

export type RestResult = { body: any; status: number }

/**
 * Sends a request through the same Next.js route handlers as `src/app/(payload)/api/[...slug]/route.ts`,
 * without starting an HTTP server: the request meets Payload's REST layer exactly as a client's would.
 */
export const rest = async (
  method: keyof typeof handlers,
  path: string,
  { form, json, token }: RestOptions = {},
): Promise<RestResult> => {
  const url = new URL(path, 'http://localhost:3000')
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  let body: BodyInit | undefined
  if (form) body = form
  else if (json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(json)
  }
  const response = await handlers[method](new Request(url, { body, headers, method }), {
    params: Promise.resolve({ slug }),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { body: parsed, status: response.status }
}

/** A multipart upload body as the admin panel sends it: the file plus the other fields as `_payload` JSON. */
export const uploadForm = (
  file: { data: Buffer; name: string; type: string },
  fields: Record<string, unknown>,
): FormData => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  return form
}
