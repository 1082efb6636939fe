import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../plugins/ai-ethics/src'
import { livePreview, signPreview } from '../../plugins/delivery/src/preview'
import { createNewsroom, type HttpClient, httpClient, type Newsroom } from '../access/newsroom'
import { richText, unique, uploadImage } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import { type ApiServer, startApiServer } from './server'

// The reader preview inside the app (plugins/delivery/src/previewPage.ts): what Live preview opens when no website is
// configured. Staff who may read the draft see it as a reader would, with the AI notice; anyone else gets a 404.

let payload: Payload
let server: ApiServer
let newsroom: Newsroom
let http: HttpClient
let id: number
const marker = unique()
const title = `Алдын ала қарау ${marker}`
const bodyText = `Мақаланың мәтіні ${marker}`

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  newsroom = await createNewsroom(payload)
  http = httpClient(server, newsroom)
  const author = newsroom.people.journalistA
  const hero = await uploadImage(payload, { alt: `Мұқаба ${marker}`, user: author })
  // Written by the journalist as in the admin: the AI declaration makes the plugin compute the reader notice.
  const doc = await payload.create({
    collection: 'articles',
    data: {
      aiDisclosure: { usage: 'generated' },
      body: richText(bodyText),
      heroImage: hero.id,
      region: newsroom.regionA.id,
      title,
    } as never,
    draft: true,
    overrideAccess: false,
    user: author,
  })
  id = doc.id as number
  await payload.update({
    collection: 'articles',
    data: { body: richText(`Текст статьи ${marker}`), title: `Предпросмотр ${marker}` } as never,
    draft: true,
    id,
    locale: 'ru',
    overrideAccess: false,
    user: author,
  })
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const linkFor = (locale: string, target = { collection: 'articles', id }) => {
  const { expires, sig } = signPreview(payload.secret, target)
  return `/preview/${target.collection}/${target.id}?locale=${locale}&expires=${expires}&sig=${sig}`
}

describe('reader preview page', () => {
  it('shows staff who may read the draft its title, cover, body and AI notice, in the chosen locale', async () => {
    for (const persona of ['editorA', 'journalistA', 'chief', 'ethics'] as const) {
      const res = await http.get(persona, linkFor('kk'))
      expect(res.status, `${persona}: ${String(res.body).slice(0, 300)}`).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
      const html = String(res.body)
      expect(html).toContain(`<h1>${title}</h1>`)
      expect(html).toMatch(new RegExp(`<p[^>]*>${bodyText}</p>`))
      expect(html).toContain(DEFAULT_LABELS.kk.generated)
      expect(html).toMatch(/<img src="[^"]+\/media\/file\/[^"]+" alt="Мұқаба /)
      expect(html).toContain('<html lang="kk">')
    }
    const ru = await http.get('editorA', linkFor('ru'))
    expect(ru.status).toBe(200)
    expect(String(ru.body)).toContain(`<h1>Предпросмотр ${marker}</h1>`)
    expect(String(ru.body)).toContain(`Текст статьи ${marker}`)
    expect(String(ru.body)).toContain(DEFAULT_LABELS.ru.generated)
  })

  it('may be framed by the admin (same origin) only, loads nothing from elsewhere and is never cached', async () => {
    const res = await http.get('editorA', linkFor('kk'))
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    const policy = res.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("frame-ancestors 'self'")
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toMatch(/https?:/)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
  })

  it('answers 404 to anonymous callers and to staff who may not read the draft, even with a valid link', async () => {
    for (const persona of ['anonymous', 'journalistB'] as const) {
      const res = await http.get(persona, linkFor('kk'))
      expect(res.status, persona).toBe(404)
      expect(String(res.body)).not.toContain(marker)
    }
  })

  it('refuses a link whose signature does not match, and names no previewable collection it does not know', async () => {
    const tampered = linkFor('kk').replace(
      /sig=([0-9a-f])/,
      (_, c) => `sig=${c === '0' ? '1' : '0'}`,
    )
    const res = await http.get('editorA', tampered)
    expect(res.status).toBe(403)
    expect(String(res.body)).not.toContain(marker)
    expect((await http.get('editorA', linkFor('kk', { collection: 'users', id }))).status).toBe(404)
  })

  it('is where Live preview points when no website is configured', async () => {
    expect(process.env.WEBSITE_URL).toBeUndefined()
    const url = await (livePreview.url as (args: unknown) => Promise<string> | string)({
      collectionConfig: payload.collections.articles.config,
      data: { id },
      locale: { code: 'ru' },
      req: { payload },
    })
    const { pathname, search } = new URL(url)
    expect(pathname).toBe(`/preview/articles/${id}`)
    const res = await http.get('editorA', `${pathname}${search}`)
    expect(res.status).toBe(200)
    expect(String(res.body)).toContain(`Предпросмотр ${marker}`)
  })
})
