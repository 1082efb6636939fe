import type { Payload, SanitizedConfig } from 'payload'

import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import fs from 'fs'
import path from 'path'
import { getPayload } from 'payload'
import { fileURLToPath } from 'url'

import { buildTestConfig, POSTS, resetStorage, type Role, type TestConfigOptions } from './config'

export type RestResult = { body: any; status: number }
type RestOptions = { form?: FormData; json?: unknown; token?: string }

/**
 * Calls the Next.js route handlers of the given config (as `app/(payload)/api/[...slug]/route.ts` would),
 * so a request meets Payload's REST layer exactly as a client's does, without an HTTP server.
 */
export const restClient = (config: Promise<SanitizedConfig>) => {
  const handlers = { GET: REST_GET(config), PATCH: REST_PATCH(config), POST: REST_POST(config) }
  const graphqlHandler = GRAPHQL_POST(config)

  const send = async (response: Response): Promise<RestResult> => {
    const text = await response.text()
    try {
      return { body: JSON.parse(text), status: response.status }
    } catch {
      return { body: text, status: response.status }
    }
  }

  const rest = async (
    method: keyof typeof handlers,
    url: string,
    { form, json, token }: RestOptions = {},
  ) => {
    const target = new URL(url, 'http://localhost:3000')
    const slug = target.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const headers = new Headers()
    if (token) headers.set('Authorization', `JWT ${token}`)
    let body: BodyInit | undefined = form
    if (!form && json !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(json)
    }
    return send(
      await handlers[method](new Request(target, { body, headers, method }), {
        params: Promise.resolve({ slug }),
      }),
    )
  }

  const graphql = async (
    query: string,
    { locale, token }: { locale?: string; token?: string } = {},
  ) => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const url = new URL('/api/graphql', 'http://localhost:3000')
    if (locale) url.searchParams.set('locale', locale)
    return send(
      await graphqlHandler(
        new Request(url, { body: JSON.stringify({ query }), headers, method: 'POST' }),
      ),
    )
  }

  return { graphql, rest }
}

export type TestApp = {
  config: Promise<SanitizedConfig>
  /** Stops Payload and removes the database and uploads this instance made. */
  destroy: () => Promise<void>
  payload: Payload
} & ReturnType<typeof restClient>

/** Boots a fresh instance of the minimal app (empty database and upload folder) with the given plugin options. */
export const bootTestApp = async (options: TestConfigOptions): Promise<TestApp> => {
  resetStorage(options.name)
  const config = buildTestConfig(options)
  const payload = await getPayload({ config })
  const destroy = async () => {
    await payload.destroy()
    resetStorage(options.name)
  }
  return { config, destroy, payload, ...restClient(config) }
}

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

export const FIXTURE_FILES = [
  'ai-composite-xmp.jpg',
  'ai-trained-xmp.jpg',
  'c2pa-algorithmic-C.jpg',
  'c2pa-edited-CA.jpg',
  'c2pa-stripped-no_manifest.jpg',
  'camera-capture-xmp.jpg',
  'plain-no-metadata.jpg',
] as const
export type FixtureName = (typeof FIXTURE_FILES)[number]

export const fixture = (name: FixtureName): Buffer => fs.readFileSync(path.join(FIXTURES, name))

/** Uploads a fixture image to `media` through the Local API, as an upload form would hand it over. */
export const uploadFixture = async (
  payload: Payload,
  name: FixtureName,
  alt = 'Форум журналистов в Астане',
) => {
  const data = fixture(name)
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
  }) as Promise<Record<string, any>>
}

let counter = 0
const unique = () => `${process.pid}-${++counter}`

export const PASSWORD = 'plugin-test-password'

export type TestUser = {
  collection: 'users'
  email: string
  id: number | string
  roles: Role[]
  token: string
}

/** A user with the given roles, signed in: `token` for REST, the object itself as `user` for the Local API. */
export const createUser = async (payload: Payload, roles: Role[]): Promise<TestUser> => {
  const email = `${roles.join('-') || 'nobody'}-${unique()}@example.test`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, roles } as never,
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: PASSWORD },
  })
  return { ...(user as unknown as TestUser), collection: 'users', token: token! }
}

/** A Lexical rich-text value with one paragraph per string. */
export const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      children: [
        { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 },
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      version: 1,
    })),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

/** Awaits an operation that must fail and returns what it threw. */
export const rejectionOf = async (operation: Promise<unknown>): Promise<any> => {
  try {
    await operation
  } catch (error) {
    return error
  }
  throw new Error('expected the operation to be refused, but it succeeded')
}

export type TestFlag = {
  at?: string
  detail: string
  locale?: null | string
  signal: string
  source: string
}
export type TestPost = {
  [field: string]: any
  _status?: 'draft' | 'published'
  aiNotice?: {
    digitalSourceType?: null | string
    jsonLd?: unknown
    kind?: null | string
    label?: null | string
  }
  ethicsReview?: {
    flags: TestFlag[]
    note?: null | string
    reviewedAt?: null | string
    reviewedFlags?: null | string[]
    reviewer?: unknown
    status: 'cleared' | 'not_required' | 'pending' | 'rejected'
  }
  id: number
}

type SaveOptions = { draft?: boolean; locale?: string; user?: TestUser }

// The minimal app's `posts` is not the newsroom's (whose generated types the `payload` module carries), so the
// Local API calls go through these two untyped doors.
const asUser = (user?: TestUser) => (user ? { overrideAccess: false, user: user as never } : {})

/** Creates a post through the Local API; a draft unless `draft: false`. */
export const createPost = (
  payload: Payload,
  data: Record<string, unknown>,
  { draft = true, locale, user }: SaveOptions = {},
) =>
  payload.create({
    collection: POSTS,
    data: data as never,
    depth: 0,
    draft,
    locale: locale as never,
    ...asUser(user),
  }) as unknown as Promise<TestPost>

/** Updates a post through the Local API; `_status: 'published'` in `data` publishes. */
export const updatePost = (
  payload: Payload,
  id: number | string,
  data: Record<string, unknown>,
  { draft, locale, user }: SaveOptions = {},
) =>
  payload.update({
    collection: POSTS,
    data: data as never,
    depth: 0,
    draft,
    id,
    locale: locale as never,
    ...asUser(user),
  }) as unknown as Promise<TestPost>

/** The latest version of a post (draft included), as staff see it. */
export const readPost = (
  payload: Payload,
  id: number | string,
  { draft = true, locale }: { draft?: boolean; locale?: string } = {},
) =>
  payload.findByID({
    collection: POSTS,
    depth: 0,
    draft,
    id,
    locale: locale as never,
  }) as unknown as Promise<TestPost>

/** Asks the review endpoint for a decision, as the given user. */
export const decide = (app: TestApp, user: TestUser | undefined, body: Record<string, unknown>) =>
  app.rest('POST', '/api/ai-ethics/review', { json: body, token: user?.token })
