import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Contributor, Media } from '../../src/payload-types'
import { createItem } from '../delivery/fixtures'
import { type ApiServer, startApiServer } from '../delivery/server'
import { createContributor, jpegBuffer, unique } from '../helpers/factories'
import { bootPayload } from '../helpers/payload'
import {
  createNewsroom,
  gqlId,
  type HttpClient,
  httpClient,
  type Newsroom,
  type Persona,
} from './newsroom'

// Finding 11: who may create and change which fields, in which region. Every refusal is a 4xx naming the field,
// nothing is written; and no response carries a colleague's sessions.

let payload: Payload
let server: ApiServer
let newsroom: Newsroom
let http: HttpClient

beforeAll(async () => {
  payload = await bootPayload()
  server = await startApiServer()
  newsroom = await createNewsroom(payload)
  http = httpClient(server, newsroom)
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

const uploadAs = async (persona: 'journalistA' | 'journalistB', marker: string): Promise<Media> => {
  const data = await jpegBuffer(200, 120)
  return payload.create({
    collection: 'media',
    data: { alt: `${marker} alt` },
    file: { data, mimetype: 'image/jpeg', name: `${marker}-${unique()}.jpg`, size: data.length },
    overrideAccess: false,
    user: newsroom.people[persona],
  })
}

describe('contributor profiles', () => {
  let profile: Contributor

  beforeAll(async () => {
    profile = await createContributor(payload, {
      region: newsroom.regionA.id,
      user: newsroom.people.journalistA.id,
    })
  })

  const reload = () => payload.findByID({ collection: 'contributors', depth: 0, id: profile.id })

  it('a regional editor creates profiles in her region only: another region is 403 naming region, nothing written', async () => {
    const before = (await payload.count({ collection: 'contributors' })).totalDocs
    const elsewhere = await http.post('editorA', '/api/contributors', {
      fullName: 'Бөтен өңір',
      mediaType: 'online',
      region: newsroom.regionB.id,
    })
    expect(elsewhere.status).toBe(403)
    expect(elsewhere.body.errors[0].message).toMatch(/^region:/)
    expect((await payload.count({ collection: 'contributors' })).totalDocs).toBe(before)
    const home = await http.post('editorA', '/api/contributors', {
      fullName: 'Өз өңірі',
      mediaType: 'online',
      region: newsroom.regionA.id,
    })
    expect(home.status).toBe(201)
  })

  it('a regional editor cannot move a profile of her region to another region (403)', async () => {
    const refused = await http.patch('editorA', `/api/contributors/${profile.id}`, {
      region: newsroom.regionB.id,
    })
    expect(refused.status).toBe(403)
    expect((await reload()).region).toBe(newsroom.regionA.id)
  })

  it('a journalist cannot move her own profile to another region: 403 naming region, region unchanged', async () => {
    const res = await http.patch('journalistA', `/api/contributors/${profile.id}`, {
      region: newsroom.regionB.id,
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^region:/)
    expect((await reload()).region).toBe(newsroom.regionA.id)
  })

  it('a journalist cannot hand her profile to another account: 403 naming user, link unchanged', async () => {
    const res = await http.patch('journalistA', `/api/contributors/${profile.id}`, {
      user: newsroom.people.journalistB.id,
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^user:/)
    expect((await reload()).user).toBe(newsroom.people.journalistA.id)
  })

  it('nor a regional editor (account links are for administrators); an administrator can', async () => {
    expect(
      (
        await http.patch('editorA', `/api/contributors/${profile.id}`, {
          user: newsroom.people.editorA.id,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await http.patch('chief', `/api/contributors/${profile.id}`, {
          user: newsroom.people.editorA.id,
        })
      ).status,
    ).toBe(403)
    expect((await reload()).user).toBe(newsroom.people.journalistA.id)
    const admin = await http.patch('admin', `/api/contributors/${profile.id}`, {
      user: newsroom.people.journalistA.id,
    })
    expect(admin.status).toBe(200)
  })

  it('a journalist still edits the rest of her own profile', async () => {
    const res = await http.patch('journalistA', `/api/contributors/${profile.id}`, {
      outlet: 'Қазақстан-Шығыс',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  })

  it('a journalist cannot link her account to somebody else’s profile (users.contributor): 403 naming contributor', async () => {
    const other = await createContributor(payload, { region: newsroom.regionB.id })
    const res = await http.patch('journalistA', `/api/users/${newsroom.people.journalistA.id}`, {
      contributor: other.id,
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/^contributor:/)
  })
})

describe('media', () => {
  it('a regional editor edits uploads of her region only: another region’s is 403, unchanged', async () => {
    const theirs = await uploadAs('journalistB', 'region-b')
    const res = await http.patch('editorA', `/api/media/${theirs.id}`, { alt: 'Өзгертілді' })
    expect(res.status).toBe(403)
    expect((await payload.findByID({ collection: 'media', id: theirs.id })).alt).toBe(
      'region-b alt',
    )
    const ours = await uploadAs('journalistA', 'region-a')
    expect(
      (await http.patch('editorA', `/api/media/${ours.id}`, { alt: 'Түзетілді' })).status,
    ).toBe(200)
  })

  it('a journalist cannot put an upload she cannot read into her item, and learns nothing about it (400)', async () => {
    const secret = await uploadAs('journalistA', 'secret-region-a')
    const article = await createItem(payload, 'articles', {
      author: newsroom.people.journalistB,
      region: newsroom.regionB.id,
      status: 'draft',
    })
    const hero = await http.patch('journalistB', `/api/articles/${article.id}`, {
      heroImage: secret.id,
    })
    expect(hero.status).toBe(400)
    expect(JSON.stringify(hero.body)).toContain(`no media file with id ${secret.id}`)
    expect(JSON.stringify(hero.body)).not.toContain(secret.filename!)
    // In a field of another kind, the refusal does not name the file or its type either.
    const podcast = await createItem(payload, 'podcast-episodes', {
      author: newsroom.people.journalistB,
      region: newsroom.regionB.id,
      status: 'draft',
    })
    const audio = await http.patch('journalistB', `/api/podcast-episodes/${podcast.id}`, {
      audio: secret.id,
    })
    expect(audio.status).toBe(400)
    expect(JSON.stringify(audio.body)).not.toContain(secret.filename!)
    expect(JSON.stringify(audio.body)).not.toContain('image/jpeg')
    const body = {
      root: {
        children: [
          {
            fields: null,
            format: '',
            id: 'x1',
            relationTo: 'media',
            type: 'upload',
            value: secret.id,
            version: 3,
          },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        type: 'root',
        version: 1,
      },
    }
    const inText = await http.patch('journalistB', `/api/articles/${article.id}`, { body })
    expect(inText.status).toBe(400)
    expect(JSON.stringify(inText.body)).not.toContain(secret.filename!)
  })
})

describe('publishedAt', () => {
  it('a journalist cannot set it (it is stamped on publication): 403 naming publishedAt, REST and GraphQL, nothing written', async () => {
    const created = await http.post('journalistA', '/api/articles', {
      publishedAt: '2019-05-01T00:00:00.000Z',
      region: newsroom.regionA.id,
      title: 'Ескі күн',
    })
    expect(created.status).toBe(403)
    expect(created.body.errors[0].message).toMatch(/^publishedAt:/)
    const draft = await createItem(payload, 'articles', {
      author: newsroom.people.journalistA,
      region: newsroom.regionA.id,
      status: 'draft',
    })
    const updated = await http.patch('journalistA', `/api/articles/${draft.id}`, {
      publishedAt: '2019-05-01T00:00:00.000Z',
    })
    expect(updated.status).toBe(403)
    const gql = await http.graphql(
      'journalistA',
      `mutation { updateArticle(id: ${gqlId(draft.id)}, data: { publishedAt: "2019-05-01T00:00:00.000Z" }) { id } }`,
    )
    expect(gql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(
      (await payload.findByID({ collection: 'articles', draft: true, id: draft.id })).publishedAt ??
        null,
    ).toBeNull()
  })

  it('a journalist may send it back unchanged (the admin form sends every field)', async () => {
    const draft = await createItem(payload, 'articles', {
      author: newsroom.people.journalistA,
      region: newsroom.regionA.id,
      status: 'draft',
    })
    const res = await http.patch('journalistA', `/api/articles/${draft.id}`, {
      publishedAt: null,
      title: 'Жаңа тақырып',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  })

  it('an editor of the region may backdate it (archive material), a chief editor too', async () => {
    const draft = await createItem(payload, 'articles', {
      author: newsroom.people.journalistA,
      region: newsroom.regionA.id,
      status: 'draft',
    })
    for (const persona of ['editorA', 'chief'] as const) {
      const res = await http.patch(persona, `/api/articles/${draft.id}`, {
        publishedAt: '2019-05-01T00:00:00.000Z',
      })
      expect(res.status, `${persona}: ${JSON.stringify(res.body)}`).toBe(200)
    }
  })
})

describe('editorial comments', () => {
  it('are written only by people who work on the item: a journalist of another region cannot comment on a public item (404)', async () => {
    const item = await createItem(payload, 'articles', {
      author: newsroom.people.journalistA,
      region: newsroom.regionA.id,
      status: 'live',
    })
    const res = await http.post('journalistB', '/api/editorial-comments', {
      body: 'Сырттан пікір',
      docId: String(item.id),
      targetCollection: 'articles',
    })
    expect(res.status).toBe(404)
    expect(
      (
        await http.post('editorA', '/api/editorial-comments', {
          body: 'Редактордан',
          docId: String(item.id),
          targetCollection: 'articles',
        })
      ).status,
    ).toBe(201)
  })
})

describe('sessions', () => {
  /** Every `sessions` list in a response that is not empty and not the caller's own. */
  const othersSessions = (body: unknown, callerId: number): unknown[] => {
    const found: unknown[] = []
    const walk = (value: unknown) => {
      if (Array.isArray(value)) return value.forEach(walk)
      if (!value || typeof value !== 'object') return
      const record = value as Record<string, unknown>
      if (Array.isArray(record.sessions) && record.sessions.length > 0 && record.id !== callerId)
        found.push(record)
      Object.values(record).forEach(walk)
    }
    walk(body)
    return found
  }
  const callerId = (persona: Persona) =>
    persona === 'anonymous' ? -1 : newsroom.people[persona].id

  it('no response shows a colleague’s sessions: workflow actions, lists at depth 1 and 2, GraphQL, the ethics review', async () => {
    const item = await createItem(payload, 'articles', {
      author: newsroom.people.journalistA,
      data: { workflowStatus: 'in_review' },
      region: newsroom.regionA.id,
      status: 'draft',
    })
    const responses: [Persona, unknown][] = []
    const approve = await http.post('editorA', `/api/articles/${item.id}/workflow`, {
      action: 'approve',
    })
    expect(approve.status).toBe(200)
    responses.push(['editorA', approve.body])
    responses.push([
      'editorA',
      (await http.get('editorA', `/api/articles/${item.id}/workflow`)).body,
    ])
    for (const persona of ['journalistB', 'editorA', 'admin'] as const) {
      responses.push([persona, (await http.get(persona, '/api/users?depth=2&limit=100')).body])
      responses.push([
        persona,
        (await http.get(persona, `/api/articles/${item.id}?depth=2&draft=true`)).body,
      ])
      responses.push([
        persona,
        (await http.get(persona, '/api/workflow-events?depth=2&limit=100')).body,
      ])
      responses.push([
        persona,
        (
          await http.graphql(
            persona,
            '{ Users(limit: 100) { docs { id sessions { id expiresAt } } } }',
          )
        ).body,
      ])
    }
    const held = await createItem(payload, 'articles', {
      author: newsroom.people.journalistA,
      ethics: 'pending',
      region: newsroom.regionA.id,
      status: 'draft',
    })
    const review = await http.post('ethics', '/api/ai-ethics/review', {
      collection: 'articles',
      decision: 'clear',
      id: held.id,
      note: 'Тексерілді.',
    })
    expect(review.status).toBe(200)
    responses.push(['ethics', review.body])
    responses.push([
      'journalistA',
      (await http.get('journalistA', '/api/ethics-reviews?depth=2')).body,
    ])
    for (const [persona, body] of responses)
      expect(othersSessions(body, callerId(persona)), persona).toEqual([])
  })

  it('the caller sees her own sessions on /api/users/me', async () => {
    const me = await http.get('journalistA', '/api/users/me')
    expect(me.body.user.sessions.length).toBeGreaterThan(0)
  })
})
