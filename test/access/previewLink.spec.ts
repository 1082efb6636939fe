import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createItem, PUBLISHABLE } from '../delivery/fixtures'
import { type ApiServer, startApiServer } from '../delivery/server'
import { bootPayload } from '../helpers/payload'
import { createNewsroom, type HttpClient, httpClient, type Newsroom } from './newsroom'

// Finding 3: a preview link shows the latest draft of an item (for an hour, whatever is saved meanwhile), so only
// people who may read the item's drafts get one — never staff of another region, even for an item that is public.

let payload: Payload
let server: ApiServer
let newsroom: Newsroom
let http: HttpClient
const items = {} as Record<string, { draft: number; public: number; revised: number }>

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  newsroom = await createNewsroom(payload)
  http = httpClient(server, newsroom)
  const author = newsroom.people.journalistA
  const region = newsroom.regionA.id
  for (const collection of PUBLISHABLE) {
    const revised = await createItem(payload, collection, { author, region, status: 'live' })
    await payload.update({
      collection,
      data: { title: 'Ембарго: түзету' } as never,
      draft: true,
      id: revised.id,
      user: author,
    })
    items[collection] = {
      draft: (await createItem(payload, collection, { author, region, status: 'draft' })).id,
      public: (await createItem(payload, collection, { author, region, status: 'live' })).id,
      revised: revised.id,
    }
  }
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

describe.each(PUBLISHABLE)('preview links of %s', (collection) => {
  it.each(['revised', 'public', 'draft'] as const)(
    'a journalist of another region gets none for the %s item (404)',
    async (which) => {
      const res = await http.get(
        'journalistB',
        `/api/preview-link/${collection}/${items[collection][which]}`,
      )
      expect(res.status).toBe(404)
      expect(JSON.stringify(res.body)).not.toMatch(/sig=/)
    },
  )

  it('the author, the editor of the region, the chief editor, the ethics reviewer and the admin get one', async () => {
    for (const persona of ['journalistA', 'editorA', 'chief', 'ethics', 'admin'] as const) {
      const res = await http.get(
        persona,
        `/api/preview-link/${collection}/${items[collection].revised}`,
      )
      expect(res.status, persona).toBe(200)
      expect(res.body.apiUrl).toMatch(/sig=[0-9a-f]{64}/)
    }
  })

  it('anonymous callers are asked to log in (401)', async () => {
    expect(
      (await http.get('anonymous', `/api/preview-link/${collection}/${items[collection].revised}`))
        .status,
    ).toBe(401)
  })
})
