import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer, type ApiServer } from '../delivery/server'
import { rejectionOf } from '../helpers/errors'
import { bootPayload } from '../helpers/payload'
import { createDesk, type Desk, itemThroughWorkflow } from '../workflow/helpers'

/**
 * A save based on an older version than the item's latest is refused (409 STALE_DOCUMENT), through every entry
 * point that edits: REST (JSON and the admin's multipart form), GraphQL and the Local API as a user. The base is
 * the `updatedAt` the client read (in the body, or `If-Match`); a save that states none behaves as before.
 */

let payload: Payload
let desk: Desk
let server: ApiServer

beforeAll(async () => {
  payload = await bootPayload()
  desk = await createDesk(payload)
  server = await startApiServer()
})

afterAll(async () => {
  await server?.close()
  await payload?.destroy()
})

type Answer = { body: any; status: number }

const http = async (
  method: string,
  path: string,
  token: string,
  body?: BodyInit | object,
  headers: Record<string, string> = {},
): Promise<Answer> => {
  const init: RequestInit = { headers: { Authorization: `JWT ${token}`, ...headers }, method }
  if (body instanceof FormData) init.body = body
  else if (body !== undefined) {
    init.body = JSON.stringify(body)
    ;(init.headers as Record<string, string>)['Content-Type'] = 'application/json'
  }
  const response = await fetch(`${server.baseURL}${path}`, init)
  const text = await response.text()
  try {
    return { body: JSON.parse(text), status: response.status }
  } catch {
    return { body: text, status: response.status }
  }
}

const patch = (id: number, token: string, data: object, headers?: Record<string, string>) =>
  http('PATCH', `/api/articles/${id}?depth=0&draft=true`, token, data, headers)

const latest = async (id: number) =>
  (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id })) as Record<
    string,
    any
  >

/** An item in draft, read as a client would before editing: its `updatedAt` is the base of the next save. */
const draftItem = async () => {
  const item = await itemThroughWorkflow(desk, 'draft')
  return { ...item, base: (await latest(item.id)).updatedAt as string }
}

/** Another tab saves first: the item moves on from `base`. */
const savedElsewhere = async (id: number, excerpt = 'Бірінші бетте сақталды') => {
  const res = await patch(id, desk.tokens.author, { excerpt })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

const expectStale = (answer: Answer) => {
  expect(answer.status, JSON.stringify(answer.body)).toBe(409)
  expect(answer.body.code).toBe('STALE_DOCUMENT')
}

describe('a save based on an older version is refused (issue 14, part 1)', () => {
  it('REST PATCH with the updatedAt it read: 409 STALE_DOCUMENT after another save, the other save is kept', async () => {
    const item = await draftItem()
    await savedElsewhere(item.id, 'Бірінші қойынды')
    const answer = await patch(item.id, desk.tokens.author, {
      excerpt: 'Екінші қойынды',
      updatedAt: item.base,
    })
    expectStale(answer)
    expect(answer.body.message).toMatch(/changed|reload/i)
    expect((await latest(item.id)).excerpt).toBe('Бірінші қойынды')
  })

  it('the message is in the caller’s language (kk, ru), the code unchanged', async () => {
    const item = await draftItem()
    await savedElsewhere(item.id)
    const kk = await patch(
      item.id,
      desk.tokens.author,
      { excerpt: 'x', updatedAt: item.base },
      { 'Accept-Language': 'kk-KZ' },
    )
    const ru = await patch(
      item.id,
      desk.tokens.author,
      { excerpt: 'x', updatedAt: item.base },
      { 'Accept-Language': 'ru' },
    )
    expectStale(kk)
    expectStale(ru)
    expect(kk.body.message).toMatch(/[әғқңөұүһі]/i)
    expect(ru.body.message).toMatch(/[а-я]/i)
    expect(ru.body.message).not.toBe(kk.body.message)
  })

  it('If-Match with the updatedAt it read works the same; a current one saves', async () => {
    const item = await draftItem()
    const fresh = await patch(
      item.id,
      desk.tokens.author,
      { excerpt: 'Жаңа' },
      { 'If-Match': `"${item.base}"` },
    )
    expect(fresh.status, JSON.stringify(fresh.body)).toBe(200)
    const stale = await patch(
      item.id,
      desk.tokens.author,
      { excerpt: 'Ескі' },
      { 'If-Match': `"${item.base}"` },
    )
    expectStale(stale)
    expect((await latest(item.id)).excerpt).toBe('Жаңа')
  })

  it('a save on the current base succeeds, and its answer is the base of the next one (no false 409)', async () => {
    const item = await draftItem()
    let base = item.base
    for (const excerpt of ['бір', 'екі', 'үш']) {
      const answer = await patch(item.id, desk.tokens.author, { excerpt, updatedAt: base })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      base = answer.body.doc.updatedAt
    }
    expect((await latest(item.id)).excerpt).toBe('үш')
  })

  it('a save that states no base behaves as before (last write wins)', async () => {
    const item = await draftItem()
    await savedElsewhere(item.id)
    const answer = await patch(item.id, desk.tokens.author, { excerpt: 'Базасыз' })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  })

  it('the admin form (multipart `_payload`, as Payload’s Form submits it) is refused the same way', async () => {
    const item = await draftItem()
    await savedElsewhere(item.id)
    const form = new FormData()
    form.append(
      '_payload',
      JSON.stringify({
        excerpt: 'Админнен',
        region: desk.region.id,
        title: item.title,
        updatedAt: item.base,
      }),
    )
    const answer = await http(
      'PATCH',
      `/api/articles/${item.id}?depth=0&draft=true`,
      desk.tokens.author,
      form,
    )
    expectStale(answer)
  })

  it('a transition since the form loaded also makes it stale (the editor approved meanwhile)', async () => {
    const item = await itemThroughWorkflow(desk, 'in_review')
    const base = (await latest(item.id)).updatedAt
    const approved = await http('POST', `/api/articles/${item.id}/workflow`, desk.tokens.editor, {
      action: 'approve',
    })
    expect(approved.status).toBe(200)
    expectStale(await patch(item.id, desk.tokens.chief, { excerpt: 'Кеш', updatedAt: base }))
  })

  it('GraphQL update with the updatedAt it read: refused with code STALE_DOCUMENT', async () => {
    const item = await draftItem()
    await savedElsewhere(item.id)
    const mutation = `mutation { updateArticle(id: ${item.id}, draft: true, data: { excerpt: "GraphQL", updatedAt: "${item.base}" }) { id excerpt } }`
    const answer = await http('POST', '/api/graphql', desk.tokens.author, { query: mutation })
    const error = answer.body.errors?.[0]
    expect(error, JSON.stringify(answer.body)).toBeTruthy()
    expect(error.extensions).toMatchObject({ code: 'STALE_DOCUMENT', statusCode: 409 })
    expect((await latest(item.id)).excerpt).toBe('Бірінші бетте сақталды')
  })

  it('the Local API as a user (overrideAccess: false) with a stale updatedAt: 409 STALE_DOCUMENT', async () => {
    const item = await draftItem()
    await savedElsewhere(item.id)
    const error = await rejectionOf(
      payload.update({
        collection: 'articles',
        data: { excerpt: 'Local', updatedAt: item.base } as never,
        draft: true,
        id: item.id,
        overrideAccess: false,
        user: desk.people.author,
      }),
    )
    expect(error).toMatchObject({ status: 409 })
    expect(
      (error as { data?: { code?: string } }).data?.code ?? (error as { code?: string }).code,
    ).toBe('STALE_DOCUMENT')
  })

  it('two saves on the same base at the same moment: exactly one wins (5 rounds)', async () => {
    for (let round = 0; round < 5; round++) {
      const item = await draftItem()
      const answers = await Promise.all([
        patch(item.id, desk.tokens.author, { excerpt: `A${round}`, updatedAt: item.base }),
        patch(item.id, desk.tokens.editor, { excerpt: `B${round}`, updatedAt: item.base }),
      ])
      const summary = JSON.stringify(answers.map((answer) => [answer.status, answer.body.code]))
      expect(answers.map((answer) => answer.status).sort(), summary).toEqual([200, 409])
      expect(answers.find((answer) => answer.status === 409)!.body.code).toBe('STALE_DOCUMENT')
      const winner = answers.findIndex((answer) => answer.status === 200)
      expect((await latest(item.id)).excerpt, summary).toBe(`${'AB'[winner]}${round}`)
    }
  })
})
